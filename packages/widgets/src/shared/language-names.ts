import type { Locale } from '../i18n/locales.js';
import type { MsgFn } from '../i18n/messages.js';

/**
 * The name of a spoken language for the reader, as a label ("Nordsamisk").
 * Ours and Kven are translated strings (Intl has no names in or for the Sámi
 * languages); for other languages (Polish, Arabic …) the browser's Norwegian
 * or English names.
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
  try {
    // Norwegian names for a Norwegian or Sámi reader beat English ones.
    return new Intl.DisplayNames([locale === 'en' ? 'en' : 'nb'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
