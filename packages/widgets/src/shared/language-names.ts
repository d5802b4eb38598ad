import type { Locale } from '../i18n/locales.js';
import { languageNamesOf, type MsgFn } from '../i18n/messages.js';

/**
 * The name of a spoken language for the reader, as a label ("Nordsamisk").
 * Ours and Kven are translated strings (Intl has no names in or for the Sámi
 * languages). Other languages (Polish, Arabic …): for a Sámi reader the table
 * that loads with the locale (North Sámi from CLDR, South and Lule Sámi ours),
 * else the language's own name, never the Norwegian one; for others the
 * browser's Norwegian or English names.
 */
export function languageName(t: MsgFn, code: string, locale: Locale): string {
  switch (code) {
    case 'nb':
    case 'no':
      return t('Norsk', { id: 'language.nb' });
    case 'nn':
      return t('Nynorsk', { id: 'language.nn' });
    case 'se':
      return t('Nordsamisk', { id: 'language.se' });
    case 'sma':
      return t('Sørsamisk', { id: 'language.sma' });
    case 'smj':
      return t('Lulesamisk', { id: 'language.smj' });
    case 'en':
      return t('Engelsk', { id: 'language.en' });
    case 'fkv':
      return t('Kvensk', { id: 'language.fkv' });
  }
  // Only the Sámi locales load a table of names.
  const names = languageNamesOf(locale);
  if (names && Object.hasOwn(names, code)) return names[code];
  try {
    // Norwegian names for a Norwegian reader beat English ones; a Sámi reader gets the language's own name.
    return displayNames(names ? code : locale === 'en' ? 'en' : 'nb').of(code) ?? code;
  } catch {
    return code;
  }
}

/** One `Intl.DisplayNames` per language for the page: building one per call cost 122 ms in one profile. */
const namers = new Map<string, Intl.DisplayNames>();
function displayNames(language: string): Intl.DisplayNames {
  let namer = namers.get(language);
  if (!namer) namers.set(language, (namer = new Intl.DisplayNames([language], { type: 'language' })));
  return namer;
}
