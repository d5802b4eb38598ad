import type { LocalizedText, Municipality } from './schema.js';
import type { Locale } from '../i18n/locales.js';

export interface PickedText {
  text: string;
  /** The language the text is really in (nb when it fell back). */
  lang: Locale;
}

/** A feed text in the element's locale, falling back to Bokmål (never to an empty string). */
export function pickText(value: LocalizedText | undefined, locale: Locale): PickedText | undefined {
  if (!value) return undefined;
  const own = value[locale];
  return own ? { text: own, lang: locale } : { text: value.nb, lang: 'nb' };
}

/**
 * A municipality's name for a reader in `locale`: the official Sámi name for a
 * Sámi reader where one exists, else the Norwegian name.
 */
export function municipalityName(municipality: Municipality, locale: Locale): string {
  const names = municipality.names;
  if (locale === 'se' || locale === 'sma' || locale === 'smj') return names[locale] ?? names.no;
  return names.no;
}

/** Every official name of a municipality, Norwegian first ("Kautokeino – Guovdageaidnu" readers search both). */
export function municipalityNames(municipality: Municipality): string[] {
  const { no, se, sma, smj, fkv } = municipality.names;
  return [no, se, sma, smj, fkv, ...(municipality.aliases ?? [])].filter((name): name is string => !!name);
}
