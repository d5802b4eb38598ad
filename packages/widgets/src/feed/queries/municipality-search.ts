/**
 * The centre finder's suggestion search over municipalities (every official
 * name, Norwegian and Sámi, plus aliases), centre names (every locale) and,
 * once loaded, postcodes. Names are folded once when the index is built, so a
 * keystroke is one pass of plain string comparisons over pre-folded keys.
 */
import type { Postcode } from '../postcodes.js';
import type { Centre, Feed, Municipality } from '../schema.js';
import { compareNames, foldForSearchVariants } from '../../i18n/format.js';
import { municipalityNames } from '../localized.js';

export type Suggestion =
  | { kind: 'municipality'; municipality: Municipality }
  | { kind: 'centre'; centre: Centre }
  /** A postcode points to one municipality: the one it mainly lies in. */
  | { kind: 'postcode'; postcode: string; municipality: Municipality };

interface Entry {
  suggestion: Suggestion;
  /** Folded names (with Å/Aa variants). */
  keys: string[];
}

export interface SearchIndex {
  /** Municipalities, then centres, each by name; then postcodes in order. */
  readonly entries: readonly Entry[];
  /** Where the postcode entries begin (they only match a query with a digit). */
  readonly postcodesFrom: number;
  /** Norwegian names borne by more than one municipality (Herøy, Våler): show their county too. */
  readonly sharedNames: ReadonlySet<string>;
}

const foldAll = (names: readonly string[]): string[] => [...new Set(names.flatMap(foldForSearchVariants))];

/** Builds the index once per feed (and once more when the postcodes arrive). */
export function buildSearchIndex(feed: Feed, postcodes: readonly Postcode[] = []): SearchIndex {
  const byName = <T>(list: readonly T[], name: (item: T) => string): T[] => [...list].sort((a, b) => compareNames(name(a), name(b), 'nb'));
  const entries: Entry[] = [
    ...byName(feed.municipalities, (m) => m.names.no).map((municipality) => ({
      suggestion: { kind: 'municipality' as const, municipality },
      keys: foldAll(municipalityNames(municipality)),
    })),
    ...byName(feed.centres, (c) => c.name.nb)
      .filter((c) => c.status !== 'closed')
      .map((centre) => ({
        suggestion: { kind: 'centre' as const, centre },
        keys: foldAll(Object.values(centre.name).filter(Boolean) as string[]),
      })),
  ];
  const postcodesFrom = entries.length;
  const municipalities = new Map(feed.municipalities.map((m) => [m.number, m]));
  for (const row of [...postcodes].sort((a, b) => (a.postcode < b.postcode ? -1 : 1))) {
    const municipality = municipalities.get(row.municipality);
    if (municipality) entries.push({ suggestion: { kind: 'postcode', postcode: row.postcode, municipality }, keys: [row.postcode] });
  }
  const seen = new Set<string>();
  const sharedNames = new Set<string>();
  for (const { names } of feed.municipalities) (seen.has(names.no) ? sharedNames : seen).add(names.no);
  return { entries, postcodesFrom, sharedNames };
}

/** 0 exact, 1 prefix, 2 start of a later word, 3 anywhere, 4 no match. */
function rank(keys: readonly string[], queries: readonly string[], wordQueries: readonly string[]): number {
  let best = 4;
  for (const key of keys) {
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i]!;
      const r = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(wordQueries[i]!) ? 2 : key.includes(q) ? 3 : 4;
      if (r < best) {
        if (r === 0) return 0;
        best = r;
      }
    }
  }
  return best;
}

/**
 * Up to `max` suggestions for what someone typed: exact matches first, then
 * prefixes, then matches at a later word, then anywhere; within a rank,
 * municipalities before centres before postcodes, each by name. Postcodes are
 * matched (exactly or by prefix) against the first run of digits typed, so
 * "9520 Kautokeino" still finds 9520. O(entries) per call, no sorting.
 */
export function suggest(index: SearchIndex, query: string, max = 8): Suggestion[] {
  const queries = foldForSearchVariants(query);
  if (!queries[0]) return [];
  const wordQueries = queries.map((q) => ` ${q}`);
  const { entries, postcodesFrom } = index;
  const buckets: Suggestion[][] = [[], [], [], []];
  const add = (r: number, entry: Entry) => {
    if (r < 4 && buckets[r]!.length < max) buckets[r]!.push(entry.suggestion);
  };
  for (let i = 0; i < postcodesFrom; i++) add(rank(entries[i]!.keys, queries, wordQueries), entries[i]!);
  const digits = /\d+/.exec(query)?.[0];
  if (digits) {
    for (let i = postcodesFrom; i < entries.length; i++) {
      const code = entries[i]!.keys[0]!;
      add(code === digits ? 0 : code.startsWith(digits) ? 1 : 4, entries[i]!);
    }
  }
  return buckets.flat().slice(0, max);
}
