import { PRIVATE_FETCH, resolveFeedUrl } from './loader.js';
import type { Feed } from './schema.js';

export interface Postcode {
  postcode: string;
  postTown: string;
  municipality: string;
}

const cache = new Map<string, Promise<Postcode[]>>();

/**
 * The optional postcode resource the feed points to (`resources.postcodes`,
 * relative to the feed URL). About 5 000 rows are too many to carry in every
 * feed, so this is fetched only when someone first types digits.
 */
export function loadPostcodes(feedUrl: string, feed: Feed): Promise<Postcode[]> | undefined {
  const relative = feed.resources?.postcodes;
  if (!relative) return undefined;
  let url: string;
  try {
    url = new URL(relative, resolveFeedUrl(feedUrl)).href;
  } catch {
    return undefined;
  }
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, PRIVATE_FETCH)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(parsePostcodes);
    // A failed load may be retried on the next keystroke.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
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
