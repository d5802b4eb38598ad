import { validateFeed, type Problem } from './validate.js';
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
const STORAGE_PREFIX = 'frisklivs-widgets:feed:';

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
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    const fallback = isTransient(error) ? lastGoodCopy(url) : undefined;
    if (fallback) return fallback;
    throw error;
  }
  const loaded = parseFeedText(url, text);
  remember(url, text);
  return loaded;
}

/** Network trouble and server errors may pass; a 404 or a broken feed should be seen and fixed. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

async function fetchText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const response = await fetch(url, { ...PRIVATE_FETCH, signal: controller.signal });
    if (!response.ok) throw new FeedError('http', url, `HTTP ${response.status} from ${url}`, response.status);
    return await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('timeout', url, `no answer from ${url} within ${settings.timeoutMs} ms`);
    throw new FeedError('network', url, `could not reach ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses and validates feed text; skipped entries are reported on the console, naming entry and field. */
export function parseFeedText(url: string, text: string, staleSince?: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', url, `the feed at ${url} is not valid JSON: ${(error as Error).message}`);
  }
  const { feed, problems, fatal } = validateFeed(json);
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
  if (problems.length) {
    console.warn(
      `[frisklivs-widgets] ${problems.length} problem(s) in the feed ${url}:\n` +
        problems.map((p) => `${p.severity}: ${p.entryId ? `entry "${p.entryId}" ` : ''}${p.path} ${p.message}`).join('\n'),
    );
  }
  return staleSince ? { url, feed, problems, staleSince } : { url, feed, problems };
}

/** Browsers give a site about 5 million characters of localStorage; a copy must leave room for the host page. */
const MAX_STORED_CHARACTERS = 1_500_000;

function remember(url: string, text: string): void {
  if (!settings.keepLastGoodCopy || text.length > MAX_STORED_CHARACTERS) return;
  const savedAt = new Date().toISOString();
  // Off the critical path: writing a large copy synchronously would delay the first render.
  const save = () => {
    try {
      localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ savedAt, text }));
    } catch {
      // Storage may be full, disabled or blocked: the copy is a convenience only.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 5000 });
  else setTimeout(save, 0);
}

function lastGoodCopy(url: string): LoadedFeed | undefined {
  if (!settings.keepLastGoodCopy) return undefined;
  try {
    const saved = localStorage.getItem(STORAGE_PREFIX + url);
    if (!saved) return undefined;
    const { savedAt, text } = JSON.parse(saved) as { savedAt: string; text: string };
    return parseFeedText(url, text, savedAt);
  } catch {
    return undefined;
  }
}
