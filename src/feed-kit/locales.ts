/** The locales of the feed's localized texts, in the order the feed lists them. */
export const LOCALES_OF_TEXT = ['nb', 'nn', 'se', 'sma', 'smj', 'en'] as const;
export type TextLocale = (typeof LOCALES_OF_TEXT)[number];
