import { PRIVATE_FETCH, resolveFeedUrl } from './loader.js';
import type { Feed } from './schema.js';

export interface Postcode {
  postcode: string;
  postTown: string;
  municipality: string;
}

interface Attempt {
  pending?: Promise<Postcode[]>;
  /** After a failure: no new request before this time (ms since the epoch), and how many have failed. */
  retryAt: number;
  failures: number;
}

const attempts = new Map<string, Attempt>();
/** The wait after the first failure, doubling with each further one up to the last. */
const BACK_OFF_MS = 5_000;
const MAX_BACK_OFF_MS = 5 * 60_000;

/**
 * The optional postcode resource the feed points to (`resources.postcodes`,
 * relative to the feed URL). About 5 000 rows are too many to carry in every
 * feed, so this is fetched only when someone first types digits.
 *
 * Only a URL on the feed's own origin is ever fetched (the validator drops any other, and this checks again), and
 * a failed request is not repeated per keystroke: the next try waits 5 s, then 10 s, 20 s … up to 5 minutes.
 * Returns undefined when there is nothing to load now.
 */
export function loadPostcodes(feedUrl: string, feed: Feed): Promise<Postcode[]> | undefined {
  const reference = feed.resources?.postcodes;
  if (!reference) return undefined;
  let url: string;
  try {
    const base = new URL(resolveFeedUrl(feedUrl));
    const target = new URL(reference, base);
    if (target.origin !== base.origin || !/^(https?|blob):$/.test(target.protocol)) return undefined;
    url = target.href;
  } catch {
    return undefined;
  }
  const attempt = attempts.get(url) ?? { retryAt: 0, failures: 0 };
  attempts.set(url, attempt);
  if (attempt.pending) return attempt.pending;
  if (Date.now() < attempt.retryAt) return undefined;
  const pending = fetch(url, PRIVATE_FETCH)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then(parsePostcodes);
  attempt.pending = pending;
  pending.catch(() => {
    attempt.pending = undefined;
    attempt.failures++;
    attempt.retryAt = Date.now() + Math.min(MAX_BACK_OFF_MS, BACK_OFF_MS * 2 ** (attempt.failures - 1));
  });
  return pending;
}

/** Forgets loaded postcodes and past failures (tests). */
export function clearPostcodeCache(): void {
  attempts.clear();
}

/** Keeps only well-formed rows of `{ postcodes: [[postcode, postTown, municipality], …] }`. */
export function parsePostcodes(json: unknown): Postcode[] {
  const rows = (json as { postcodes?: unknown })?.postcodes;
  if (!Array.isArray(rows)) throw new Error('postcode resource without a postcodes array');
  const out: Postcode[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [postcode, postTown, municipality] = row as unknown[];
    if (
      typeof postcode === 'string' &&
      /^\d{4}$/.test(postcode) &&
      typeof postTown === 'string' &&
      typeof municipality === 'string' &&
      /^\d{4}$/.test(municipality)
    ) {
      out.push({ postcode, postTown, municipality });
    }
  }
  return out;
}
