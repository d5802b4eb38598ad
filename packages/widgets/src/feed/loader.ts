import { FeedError } from './feed-error.js';
import type { Problem } from './schema-kit.js';
import type { Feed } from './schema.js';
import type { Parsed } from './read-feed.js';

export { FeedError, type FeedErrorKind } from './feed-error.js';

export interface LoadedFeed {
  url: string;
  feed: Feed;
  problems: Problem[];
  /** Set when the network failed and a last good copy is shown instead. */
  staleSince?: string;
}

export type FeedSnapshot =
  | { state: 'loading'; url: string }
  | { state: 'ready'; url: string; loaded: LoadedFeed }
  | { state: 'error'; url: string; error: FeedError };

type Listener = (snapshot: FeedSnapshot) => void;

interface Entry {
  snapshot: FeedSnapshot;
  promise: Promise<LoadedFeed>;
  listeners: Set<Listener>;
}

const settings = { timeoutMs: 15_000, keepLastGoodCopy: true };

/** No cookies and no referrer: the data is public, and the reader's visit is nobody's business. */
export const PRIVATE_FETCH: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };
const entries = new Map<string, Entry>();

/** Page-wide loader settings. The last good copy is functional storage of public feed data only. */
export function configureFeedLoader(options: Partial<typeof settings>): void {
  Object.assign(settings, options);
}

export function resolveFeedUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** The feed URL an editor set once for the page: `<meta name="frisklivs-feed" content="…">`. */
export function pageFeedUrl(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="frisklivs-feed"]');
  return meta?.content.trim() || undefined;
}

/**
 * Subscribes to the feed at `url`. However many elements subscribe to one URL,
 * the page makes one request. The listener is called at once with the current
 * snapshot and again on every change; the returned function unsubscribes.
 */
export function subscribeFeed(url: string, listener: Listener): () => void {
  const entry = entryFor(resolveFeedUrl(url));
  entry.listeners.add(listener);
  listener(entry.snapshot);
  return () => entry.listeners.delete(listener);
}

/** The feed at `url` as a promise (shares the request with every subscriber). */
export function loadFeed(url: string): Promise<LoadedFeed> {
  return entryFor(resolveFeedUrl(url)).promise;
}

/** Fetches the feed again (the retry button); subscribers see loading, then the result. */
export function reloadFeed(url: string): Promise<LoadedFeed> {
  const absolute = resolveFeedUrl(url);
  const existing = entries.get(absolute);
  if (existing?.snapshot.state === 'loading') return existing.promise;
  const listeners = existing?.listeners ?? new Set<Listener>();
  entries.delete(absolute);
  const entry = entryFor(absolute, listeners);
  for (const listener of listeners) listener(entry.snapshot);
  return entry.promise;
}

/** Forgets every loaded feed (tests, or a page that swaps feeds wholesale). */
export function clearFeedCache(): void {
  entries.clear();
}

function entryFor(url: string, listeners = new Set<Listener>()): Entry {
  let entry = entries.get(url);
  if (entry) return entry;
  const created: Entry = { snapshot: { state: 'loading', url }, listeners, promise: undefined! };
  created.promise = fetchFeed(url).then(
    (loaded) => {
      settle(created, { state: 'ready', url, loaded });
      return loaded;
    },
    (error: unknown) => {
      const feedError = error instanceof FeedError ? error : new FeedError('network', url, String(error));
      settle(created, { state: 'error', url, error: feedError });
      throw feedError;
    },
  );
  // Subscribers learn of failures through their snapshot; nobody must see an unhandled rejection.
  created.promise.catch(() => {});
  entries.set(url, created);
  entry = created;
  return entry;
}

function settle(entry: Entry, snapshot: FeedSnapshot): void {
  entry.snapshot = snapshot;
  for (const listener of entry.listeners) listener(snapshot);
}

/**
 * The code that reads a feed (the streamed parser, the schema and the validator, about 6 KB gzip): no element needs
 * it before its feed arrives, so it is asked for together with the first feed request and arrives while the feed
 * downloads, instead of delaying every element's first paint and the request itself.
 */
let readerCode: Promise<typeof import('./read-feed.js')> | undefined;
function feedReader(url: string): Promise<typeof import('./read-feed.js')> {
  readerCode ??= import('./read-feed.js').catch((error: unknown) => {
    readerCode = undefined; // a retry asks again
    throw new FeedError('network', url, `could not load the feed reader: ${(error as Error).message}`);
  });
  return readerCode;
}

async function fetchFeed(url: string): Promise<LoadedFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const reader = feedReader(url);
  // Failures are reported where the reader is awaited; nobody must see an unhandled rejection meanwhile.
  reader.catch(() => {});
  try {
    let response: Response;
    try {
      response = await fetchResponse(url, controller.signal);
    } catch (error) {
      const fallback = isTransient(error) ? await fromLastGoodCopy(url) : undefined;
      if (fallback) return fallback;
      throw error;
    }
    // An unread twin of the response, for the last good copy; the browser streams it into the cache.
    const copy = settings.keepLastGoodCopy ? response.clone() : undefined;
    let parsed: Parsed;
    try {
      parsed = await (await reader).parseFeedResponse(url, response);
    } catch (error) {
      void copy?.body?.cancel().catch(() => {});
      if (controller.signal.aborted) throw timeoutError(url);
      throw error;
    }
    if (copy) {
      // Not needed for the first render: its code loads after it.
      void import('./last-good-copy.js')
        .then(({ keepCopy, fingerprintOf }) =>
          keepCopy(url, copy, fingerprintOf(response, parsed.characters, parsed.loaded.feed.generatedAt)),
        )
        .catch(() => copy.body?.cancel().catch(() => {}));
    }
    return parsed.loaded;
  } finally {
    clearTimeout(timer);
  }
}

/** Network trouble and server errors may pass; a 404 or a broken feed should be seen and fixed. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

const timeoutError = (url: string) => new FeedError('timeout', url, `no answer from ${url} within ${settings.timeoutMs} ms`);

async function fetchResponse(url: string, signal: AbortSignal): Promise<Response> {
  try {
    const response = await fetch(url, { ...PRIVATE_FETCH, signal });
    if (!response.ok) throw new FeedError('http', url, `HTTP ${response.status} from ${url}`, response.status);
    return response;
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw timeoutError(url);
    throw new FeedError('network', url, `could not reach ${url}: ${(error as Error).message}`);
  }
}

async function fromLastGoodCopy(url: string): Promise<LoadedFeed | undefined> {
  if (!settings.keepLastGoodCopy) return undefined;
  try {
    const { lastGoodCopy } = await import('./last-good-copy.js');
    const copy = await lastGoodCopy(url);
    return copy && (await (await feedReader(url)).parseFeedResponse(url, copy.response, copy.savedAt)).loaded;
  } catch {
    return undefined; // a copy that does not read cleanly counts as no copy
  }
}
