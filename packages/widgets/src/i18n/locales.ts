/** The locales every element ships. `nb` is the source language of all UI strings. */
export const LOCALES = ['nb', 'nn', 'se', 'sma', 'smj', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'nb';

// A Map, not an object literal: a `lang` of "constructor" or "__proto__" must find nothing.
const ALIASES: ReadonlyMap<string, Locale> = new Map([
  ['nb', 'nb'],
  ['no', 'nb'],
  ['nob', 'nb'],
  ['nor', 'nb'],
  ['nn', 'nn'],
  ['nno', 'nn'],
  ['se', 'se'],
  ['sme', 'se'],
  ['sma', 'sma'],
  ['smj', 'smj'],
  ['en', 'en'],
  ['eng', 'en'],
]);

/**
 * Maps a BCP 47 tag ("nb-NO", "se", "sme", "en-GB") to one of our locales, or undefined.
 * The tag is outside input (any page's `lang`): only the aliases above are ever returned.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string' || !tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  return ALIASES.get(primary);
}
