/**
 * The last good copy of a feed, shown (with a notice) when the network fails later, and the heights the elements
 * last measured, so that the space they reserve while loading is close to what they will show.
 *
 * The copy lives in the Cache API, never in `localStorage`: the host page's 5 MB of `localStorage` stays the host
 * page's (a 1.5 M-character feed once took 2.6 M characters there, and a second feed URL left the page without
 * room). The browser streams the response into the cache: no script copies or stringifies it. A copy is written only
 * when the feed changed (its fingerprint: ETag, Last-Modified, length, `generatedAt`), copies of at most
 * `MAX_COPIES` feed URLs are kept (the least recently used goes), and a copy whose record does not read cleanly
 * counts as no copy. Pages not served over HTTPS (no Cache API) keep no copy.
 *
 * `localStorage` holds one small record: when each copy was saved and used (`MAX_COPIES` entries). This module loads
 * after the first render (it is not needed for it); the heights the elements measure are in `heights.ts`.
 */

const CACHE_NAME = 'frisklivs-widgets-feeds';
const RECORD_KEY = 'frisklivs-widgets:v2';
/** Copies from earlier versions, in `localStorage` (removed on sight). */
const LEGACY_PREFIX = 'frisklivs-widgets:feed:';
export const MAX_COPIES = 2;

interface CopyRecord {
  /** When the copy was saved (ISO 8601); absent while only heights are known. */
  savedAt?: string;
  fingerprint?: string;
  usedAt: number;
}
type Records = Record<string, CopyRecord>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const validDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked (a sandboxed frame, or site data switched off)
  }
}

/** Removes the copies earlier versions kept in `localStorage`. */
function clearLegacyCopies(): void {
  const store = storage();
  try {
    for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
      const key = store!.key(i);
      if (key?.startsWith(LEGACY_PREFIX)) store!.removeItem(key);
    }
  } catch {
    // Blocked storage has nothing of ours.
  }
}

/** Reads the record, keeping only well-formed entries (anything else counts as nothing). */
function readRecords(): Records {
  const store = storage();
  const out: Records = Object.create(null) as Records;
  if (!store) return out;
  try {
    const parsed: unknown = JSON.parse(store.getItem(RECORD_KEY) ?? '{}');
    if (!isRecord(parsed)) return out;
    for (const [url, value] of Object.entries(parsed)) {
      if (!isRecord(value) || typeof value.usedAt !== 'number') continue;
      const record: CopyRecord = { usedAt: value.usedAt };
      if (validDate(value.savedAt) && typeof value.fingerprint === 'string') {
        record.savedAt = value.savedAt;
        record.fingerprint = value.fingerprint;
      }
      out[url] = record;
    }
  } catch {
    // A record that does not parse is no record.
  }
  return out;
}

/** Writes the record, keeping the `MAX_COPIES` most recently used feed URLs. */
function writeRecords(records: Records): void {
  const urls = Object.keys(records).sort((a, b) => records[b]!.usedAt - records[a]!.usedAt);
  for (const url of urls.slice(MAX_COPIES)) delete records[url];
  try {
    storage()?.setItem(RECORD_KEY, JSON.stringify(records));
  } catch {
    // Full or blocked: the copy and the heights are conveniences only.
  }
}

function recordFor(records: Records, url: string): CopyRecord {
  return (records[url] ??= { usedAt: Date.now() });
}

async function openCache(): Promise<Cache | undefined> {
  try {
    return typeof caches === 'undefined' ? undefined : await caches.open(CACHE_NAME);
  } catch {
    return undefined;
  }
}

/** What identifies a version of the feed without reading it again. */
export function fingerprintOf(response: Response, characters: number, generatedAt: string): string {
  return [response.headers.get('etag') ?? '', response.headers.get('last-modified') ?? '', characters, generatedAt].join('|');
}

/** One write at a time: two feeds loading at once must not overwrite each other's record. */
let writing: Promise<void> = Promise.resolve();

/**
 * Keeps `copy` (an unread clone of the feed's response) as the last good copy of `url`, unless the copy kept already
 * has the same fingerprint. Never throws; resolves when done.
 */
export function keepCopy(url: string, copy: Response, fingerprint: string): Promise<void> {
  writing = writing.then(() => writeCopy(url, copy, fingerprint)).catch(() => {});
  return writing;
}

async function writeCopy(url: string, copy: Response, fingerprint: string): Promise<void> {
  clearLegacyCopies();
  const cache = await openCache();
  const unchanged = readRecords()[url]?.fingerprint === fingerprint && !!(await cache?.match(url).catch(() => undefined));
  let saved = false;
  if (cache && !unchanged) {
    try {
      // The response's own body, streamed into the cache by the browser.
      await cache.put(url, new Response(copy.body, { headers: { 'content-type': 'application/json' } }));
      saved = true;
    } catch {
      // Quota, or a body that broke off: no copy.
    }
  } else await copy.body?.cancel().catch(() => {});
  // The record is read and written at once, after the awaits, so that nothing else changed it in between.
  const records = readRecords();
  const record = recordFor(records, url);
  record.usedAt = Date.now();
  if (saved) {
    record.savedAt = new Date().toISOString();
    record.fingerprint = fingerprint;
  } else if (!unchanged) {
    delete record.savedAt;
    delete record.fingerprint;
  }
  writeRecords(records);
  // Copies whose record went (least recently used, or cleared) go too.
  if (cache) {
    for (const request of await cache.keys().catch(() => [] as readonly Request[])) {
      if (!readRecords()[request.url]?.savedAt) await cache.delete(request).catch(() => false);
    }
  }
}

/** The last good copy of `url` and when it was saved, or undefined (none, unreadable, or no Cache API). */
export async function lastGoodCopy(url: string): Promise<{ response: Response; savedAt: string } | undefined> {
  clearLegacyCopies();
  const records = readRecords();
  const record = records[url];
  if (!record?.savedAt) return undefined;
  const cache = await openCache();
  const response = await cache?.match(url).catch(() => undefined);
  if (!response?.body) return undefined;
  record.usedAt = Date.now();
  writeRecords(records);
  return { response, savedAt: record.savedAt };
}
