/** The locales every element ships. `nb` is the source language of all UI strings. */
export const LOCALES = ['nb', 'nn', 'se', 'sma', 'smj', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'nb';

const ALIASES: Record<string, Locale> = {
  nb: 'nb',
  no: 'nb',
  nob: 'nb',
  nor: 'nb',
  nn: 'nn',
  nno: 'nn',
  se: 'se',
  sme: 'se',
  sma: 'sma',
  smj: 'smj',
  en: 'en',
  eng: 'en',
};

/** Maps a BCP 47 tag ("nb-NO", "se", "sme", "en-GB") to one of our locales, or undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  return ALIASES[primary];
}

/**
 * The locale an element renders in: its own `lang`, else the nearest
 * ancestor's — walking out of shadow roots to their hosts — else `<html lang>`,
 * else Bokmål. A `lang` we do not ship (say "de" on a quotation) is passed over.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const locale = normalizeLocale(node.getAttribute('lang'));
      if (locale) return locale;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return SOURCE_LOCALE;
}
