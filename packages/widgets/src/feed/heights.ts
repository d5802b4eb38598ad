/**
 * The heights the elements last measured, so that the space they reserve while loading is what they will show
 * (see ReservedHeightController): one small `localStorage` record of the `MAX_HEIGHTS` most recent, a few thousand
 * characters in all, kept beside the last good copy of the feed (last-good-copy.ts).
 */
export const MAX_HEIGHTS = 24;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked (a sandboxed frame, or site data switched off)
  }
}

const HEIGHTS_KEY = 'frisklivs-widgets:heights';

function readHeights(): [string, number][] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(HEIGHTS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (row): row is [string, number] =>
        Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number' && row[1] > 0 && row[1] < 100_000,
    );
  } catch {
    return [];
  }
}

/** The height last measured for an element (`key`: its tag, options and the page's width) on the feed at `feedUrl`. */
export function rememberedHeight(feedUrl: string, key: string): number | undefined {
  const id = `${feedUrl} ${key}`;
  return readHeights().find(([k]) => k === id)?.[1];
}

/** Remembers a measured height (the `MAX_HEIGHTS` most recent are kept, a few thousand characters in all). */
export function rememberHeight(feedUrl: string, key: string, px: number): void {
  const id = `${feedUrl} ${key}`.slice(0, 300);
  const rounded = Math.round(px);
  const rows = readHeights();
  if (rows.some(([k, h]) => k === id && h === rounded)) return;
  const next = [...rows.filter(([k]) => k !== id), [id, rounded]].slice(-MAX_HEIGHTS);
  try {
    storage()?.setItem(HEIGHTS_KEY, JSON.stringify(next));
  } catch {
    // Full or blocked: a convenience only.
  }
}
