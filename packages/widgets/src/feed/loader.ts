import { FeedLimitError, FeedStreamParser, JsonSyntaxError } from './stream-parse.js';
import { validateFeed, type Problem, type ValidationResult } from './validate.js';
import type { Feed } from './schema.js';

export type FeedErrorKind = 'no-feed' | 'network' | 'timeout' | 'http' | 'parse' | 'invalid' | 'version';

/** Why a feed could not be used. Every element shows it as a localized message with a retry. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

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

async function fetchFeed(url: string): Promise<LoadedFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
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
      parsed = await parseFeedResponse(url, response);
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
    return copy && (await parseFeedResponse(url, copy.response, copy.savedAt)).loaded;
  } catch {
    return undefined; // a copy that does not read cleanly counts as no copy
  }
}

interface Parsed {
  loaded: LoadedFeed;
  characters: number;
}

/** Time the feed's work may take before the page gets a turn (well under the 50 ms of a long task, also on a slow phone). */
const SLICE_MS = 8;
/** Bytes decoded, and characters read, in one step. */
const PIECE = 16_384;

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Decodes, parses and validates the feed as it arrives, a piece at a time, giving the page a turn every few
 * milliseconds: however large the feed, no step blocks the page for long (see `FeedStreamParser`).
 */
async function parseFeedResponse(url: string, response: Response, staleSince?: string): Promise<Parsed> {
  const parser = new FeedStreamParser({ feedUrl: url });
  const decoder = new TextDecoder();
  let characters = 0;
  let sliceStart = performance.now();
  const read = async (text: string) => {
    for (let i = 0; i < text.length; i += PIECE) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      parser.push(i === 0 && text.length <= PIECE ? text : text.slice(i, i + PIECE));
    }
    characters += text.length;
  };
  let result: ValidationResult;
  try {
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = 0; i < value.length; i += PIECE * 4) {
        await read(decoder.decode(value.subarray(i, i + PIECE * 4), { stream: true }));
      }
    }
    await read(decoder.decode());
    // The cross-references get a task of their own, and so does the first render that follows.
    await yieldToPage();
    result = parser.end();
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new FeedError('parse', url, `the feed at ${url} is not valid JSON: ${error.message}`);
    if (error instanceof FeedLimitError) {
      throw new FeedError('invalid', url, `the feed at ${url} is refused: ${error.message}`, undefined, [
        { path: '$', message: error.message, severity: 'error' },
      ]);
    }
    if (error instanceof FeedError) throw error;
    throw new FeedError('network', url, `could not read ${url}: ${(error as Error).message}`);
  }
  const loaded = toLoaded(url, result, staleSince);
  await yieldToPage();
  return { loaded, characters };
}

/** Parses and validates feed text in one go (for a feed already in hand). */
export function parseFeedText(url: string, text: string, staleSince?: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', url, `the feed at ${url} is not valid JSON: ${(error as Error).message}`);
  }
  return toLoaded(url, validateFeed(json, { feedUrl: resolveFeedUrl(url) }), staleSince);
}

/** The feed, or why it is unusable; the problems are summed up once on the console, naming entry and field. */
function toLoaded(url: string, { feed, problems, counts, fatal }: ValidationResult, staleSince?: string): LoadedFeed {
  if (!feed) {
    const first = problems[0];
    throw new FeedError(
      fatal ?? 'invalid',
      url,
      `the feed at ${url} cannot be used: ${first ? `${first.path} ${first.message}` : 'invalid'}`,
      undefined,
      problems,
    );
  }
  const total = counts.errors + counts.warnings;
  if (total) {
    const shown = problems.slice(0, MAX_LOGGED_PROBLEMS);
    console.warn(
      `[frisklivs-widgets] ${total} problem(s) in the feed ${url} (${counts.errors} error(s), ${counts.warnings} warning(s)):\n` +
        shown.map((p) => `${p.severity}: ${p.entryId ? `entry "${p.entryId.slice(0, 60)}" ` : ''}${p.path} ${p.message}`).join('\n') +
        (total > shown.length ? `\n… and ${total - shown.length} more (check the feed with frisklivs-feed validate)` : ''),
    );
  }
  return staleSince ? { url, feed, problems, staleSince } : { url, feed, problems };
}

/** Problems listed on the console; the rest are counted. */
const MAX_LOGGED_PROBLEMS = 20;
