// Data (selected from locales/calendar-sources.json; the choices are in locales/README.md, 'Calendar'): nb, nn, se from Unicode CLDR 48 (© Unicode, Inc., Unicode License v3), se Thursday and genitive months, sma, smj from Windows locale data via jQuery Globalize 0.x (MIT) and Giellatekno/Divvun dictionaries giellalt/dict-nob-sme, dict-nob-sma, dict-nob-smj, dict-sme-smj (CC BY 4.0).

/**
 * Calendar names and number symbols for the locales whose `Intl` data Chromium lacks (nn, se, sma,
 * smj), plus nb. Weekday arrays are Monday-first, month arrays January-first. All strings are NFC.
 */
export interface CalendarTable {
  readonly weekdays: readonly string[];
  readonly weekdaysAbbr: readonly string[];
  /** Stand-alone month names (nominative). */
  readonly months: readonly string[];
  readonly monthsAbbr: readonly string[];
  /** Abbreviated months as written inside a date ("5. jan. 2026"), where different from `monthsAbbr`. */
  readonly monthsAbbrFormat?: readonly string[];
  /** Genitive month, the form written with a day number ("cuoŋománu 5. b. 2026"). */
  readonly monthsGenitive?: readonly string[];
  readonly decimal: string;
  readonly group: string;
  readonly minus: string;
}

export type TableLocale = 'nb' | 'nn' | 'se' | 'sma' | 'smj';

export const NBSP = '\u00A0';
export const MINUS = '\u2212';

// nb and nn month names are identical in CLDR 48.
export const NO_MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
export const NO_MONTHS_ABBR = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
export const NO_MONTHS_ABBR_FORMAT = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

/** Bokmål's table; the others come with their locale's strings (src/i18n/locale-data/), so a Bokmål page loads none. */
const NB: CalendarTable = {
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  weekdaysAbbr: ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'],
  months: NO_MONTHS,
  monthsAbbr: NO_MONTHS_ABBR,
  monthsAbbrFormat: NO_MONTHS_ABBR_FORMAT,
  decimal: ',',
  group: NBSP,
  minus: MINUS,
};

const tables: Partial<Record<TableLocale, CalendarTable>> = { nb: NB };

/** Registers a locale's table (when its locale module loads). */
export function registerCalendar(locale: TableLocale, table: CalendarTable): void {
  tables[locale] = table;
}

/**
 * The table of `locale`; Bokmål's until the locale's module has loaded (`loadLocale`), which every element waits
 * for before it renders.
 */
export function calendarTable(locale: TableLocale): CalendarTable {
  return tables[locale] ?? NB;
}
