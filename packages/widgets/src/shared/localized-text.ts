import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../feed/schema.js';
import { pickText } from '../feed/localized.js';
import type { Locale } from '../i18n/locales.js';

/**
 * Feed text as a text node (never parsed as HTML). When it fell back to
 * another language, that language is marked with `lang` so screen readers
 * pronounce it right.
 */
export function localizedText(value: LocalizedText | undefined, locale: Locale): TemplateResult | typeof nothing {
  const picked = pickText(value, locale);
  if (!picked) return nothing;
  return picked.lang === locale ? html`${picked.text}` : html`<span lang=${picked.lang}>${picked.text}</span>`;
}
