import { pluralCategory } from './format.js';
import type { Locale } from './locales.js';

/**
 * Picks the plural form for `n`. Every counted string has three messages:
 * `one`, `two` (the Sámi dual; Bokmål, Nynorsk and English use `other` there)
 * and `other`, each its own translation unit.
 */
export function selectPlural<T>(locale: Locale, n: number, forms: { one: T; two: T; other: T }): T {
  return forms[pluralCategory(n, locale)];
}
