/**
 * Reading a feed: the streamed parser, the schema and the validator. The loader (loader.ts) imports this module
 * together with its first request, so it is a chunk of its own that arrives while the feed downloads and is not in
 * any element's first load.
 */
import { FeedError } from './feed-error.js';
import type { LoadedFeed } from './loader.js';
import { FeedLimitError, FeedStreamParser, JsonSyntaxError } from './stream-parse.js';
import { validateFeed, type ValidationResult } from './validate.js';

export interface Parsed {
  loaded: LoadedFeed;
  characters: number;
}

/**
 * Time the feed's work may take before the page gets a turn: 5 ms here is about 20 ms on a phone four times slower,
 * under the 50 ms of a long task even when a garbage collection lands in the slice.
 */
const SLICE_MS = 5;
/** Bytes decoded in one step, and characters read in one step: small, so the time is checked every few entries. */
const BYTES = 8_192;
const PIECE = 4_096;

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Decodes, parses and validates the feed as it arrives, a piece at a time, giving the page a turn every few
 * milliseconds: however large the feed, no step blocks the page for long (see `FeedStreamParser`).
 */
export async function parseFeedResponse(url: string, response: Response, staleSince?: string): Promise<Parsed> {
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
      for (let i = 0; i < value.length; i += BYTES) {
        await read(decoder.decode(value.subarray(i, i + BYTES), { stream: true }));
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

/** Parses and validates feed text in one go (for a feed already in hand; `url`: its absolute URL). */
export function parseFeedText(url: string, text: string, staleSince?: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', url, `the feed at ${url} is not valid JSON: ${(error as Error).message}`);
  }
  return toLoaded(url, validateFeed(json, { feedUrl: url }), staleSince);
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
