/**
 * Locale-aware formatting for the widgets: dates, weekday and month names, times, numbers,
 * distances, plural categories, search folding and name sorting.
 *
 * Why not just `Intl`? Chromium ships date/number data only for nb/no and en. For nn, se, sma and
 * smj, `Intl.DateTimeFormat`/`NumberFormat` silently fall back to the browser's default locale
 * (en-US in a plain browser), so those four locales are formatted from our own tables
 * (`calendar-data.ts`). nb and en go through `Intl`. `Intl.PluralRules` works for every locale.
 *
 * Every function is pure (apart from caching `Intl` instances), and every function is safe to call
 * on every render.
 */
import type { Locale } from './locales.js';
import { calendarTable, type CalendarTable, type TableLocale } from './calendar-data.js';

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday-long';
export type NameWidth = 'wide' | 'abbreviated';
export type PluralCategory = 'one' | 'two' | 'other';

export interface NumberOptions {
  maximumFractionDigits?: number;
  /** Defaults to Intl's default (0). Must not exceed `maximumFractionDigits`. */
  minimumFractionDigits?: number;
}

const DEFAULT_TIME_ZONE = 'Europe/Oslo';

/** `Intl` locale used for the locales Chromium really supports. en is written for a Norwegian audience. */
function intlLocale(locale: Locale): 'nb' | 'en-GB' | null {
  return locale === 'nb' ? 'nb' : locale === 'en' ? 'en-GB' : null;
}

// ---------------------------------------------------------------------------------------------
// Caches
// ---------------------------------------------------------------------------------------------

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const collators = new Map<string, Intl.Collator>();

function dateFormatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

/**
 * The calendar date of `date` as seen on a wall clock in `timeZone`. Uses en-GB numeric parts,
 * which every browser has, so DST changes and midnight are handled by the engine's tz database.
 */
function datePartsIn(date: Date, timeZone: string): DateParts {
  const parts = dateFormatter(`parts|${timeZone}`, 'en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of parts) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
  }
  // Weekday from the calendar date itself (proleptic Gregorian, computed in UTC).
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return { year, month, day, weekday: (utc.getUTCDay() + 6) % 7 };
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/**
 * Long date in a Sámi locale.
 *
 * calendar.json documents two patterns for se (CLDR `y MMMM d` → "2026 ođđajagemánnu 5", and the
 * Windows/.NET `MMMM d'. b. 'yyyy` with the genitive month) and only the Windows one for sma and
 * smj. We use the Windows pattern for all three: it is the only sourced pattern that writes a day
 * number with a month name in all three languages, and calendar.json notes that it "matches how
 * dates are written in running North Sámi text ('cuoŋománu 5. b. 2024')". With a day number the
 * month takes the genitive ("ođđajagimánu", not nominative "ođđajagemánnu"); "b." (se beaivi,
 * 'day') is written as the Windows data has it for all three languages. A day-first Norwegian order
 * ("5. ođđajagemánnu 2026") is not attested in any source, so it is not used. To be confirmed by
 * a native translator.
 */
function samiDate(t: CalendarTable, p: DateParts, abbreviated: boolean): string {
  const month = abbreviated ? t.monthsAbbr[p.month - 1] : (t.monthsGenitive ?? t.months)[p.month - 1];
  return `${month} ${p.day}. b. ${p.year}`;
}

/**
 * Format a date in the locale's usual style, in `timeZone` (default Europe/Oslo).
 *
 * | style        | nb                      | nn                      | se                                  | en                       |
 * |--------------|-------------------------|-------------------------|-------------------------------------|--------------------------|
 * | long         | 5. januar 2026          | 5. januar 2026          | ođđajagimánu 5. b. 2026             | 5 January 2026           |
 * | medium       | 5. jan. 2026            | 5. jan. 2026            | ođđj 5. b. 2026                     | 5 Jan 2026               |
 * | short        | 05.01.2026              | 05.01.2026              | 05.01.2026                          | 05/01/2026               |
 * | weekday-long | mandag 5. januar 2026   | måndag 5. januar 2026   | vuossárga ođđajagimánu 5. b. 2026   | Monday, 5 January 2026   |
 *
 * sma and smj follow se. nb and en come from `Intl` (en as en-GB).
 */
export function formatDate(date: Date, locale: Locale, style: DateStyle, timeZone: string = DEFAULT_TIME_ZONE): string {
  const intl = intlLocale(locale);
  if (intl) {
    return dateFormatter(`${intl}|${style}|${timeZone}`, intl, {
      dateStyle: style === 'weekday-long' ? 'full' : style,
      timeZone,
    }).format(date);
  }
  const t = calendarTable(locale as TableLocale);
  const p = datePartsIn(date, timeZone);
  if (style === 'short') return `${pad2(p.day)}.${pad2(p.month)}.${p.year}`;
  let text: string;
  if (locale === 'nn') {
    const month = style === 'medium' ? (t.monthsAbbrFormat ?? t.monthsAbbr)[p.month - 1] : t.months[p.month - 1];
    text = `${p.day}. ${month} ${p.year}`;
  } else {
    text = samiDate(t, p, style === 'medium');
  }
  return style === 'weekday-long' ? `${t.weekdays[p.weekday]} ${text}` : text;
}

/**
 * A date without the year, for dates within the coming months ("Neste møte: torsdag 11. desember"),
 * in `timeZone` (default Europe/Oslo). Its own function, so elements that never write one do not
 * carry it.
 *
 * | withWeekday | nb                   | nn                   | se                          | en                   |
 * |-------------|----------------------|----------------------|-----------------------------|----------------------|
 * | false       | 11. desember         | 11. desember         | juovlamánu 11. b.           | 11 December          |
 * | true        | torsdag 11. desember | torsdag 11. desember | duorastat juovlamánu 11. b. | Thursday 11 December |
 *
 * sma and smj follow se (the Windows "M" pattern `MMMM d'. b. '`). nb and en come from `Intl` (en as en-GB).
 */
export function formatDayMonth(date: Date, locale: Locale, withWeekday: boolean, timeZone: string = DEFAULT_TIME_ZONE): string {
  const intl = intlLocale(locale);
  if (intl) {
    return dateFormatter(`${intl}|day-month|${withWeekday}|${timeZone}`, intl, {
      ...(withWeekday ? { weekday: 'long' } : {}),
      day: 'numeric',
      month: 'long',
      timeZone,
    }).format(date);
  }
  const t = calendarTable(locale as TableLocale);
  const p = datePartsIn(date, timeZone);
  const dayMonth = locale === 'nn' ? `${p.day}. ${t.months[p.month - 1]}` : `${(t.monthsGenitive ?? t.months)[p.month - 1]} ${p.day}. b.`;
  return withWeekday ? `${t.weekdays[p.weekday]} ${dayMonth}` : dayMonth;
}

// ---------------------------------------------------------------------------------------------
// Weekday and month names
// ---------------------------------------------------------------------------------------------

let englishNames: Pick<CalendarTable, 'weekdays' | 'weekdaysAbbr' | 'months' | 'monthsAbbr'> | undefined;

/** English names from Intl en-GB, built once. */
function english(): NonNullable<typeof englishNames> {
  if (!englishNames) {
    const list = (options: Intl.DateTimeFormatOptions, count: number, at: (i: number) => number): string[] => {
      const f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
      return Array.from({ length: count }, (_, i) => f.format(at(i)));
    };
    const monday = (i: number) => Date.UTC(2024, 0, 1 + i); // 2024-01-01 was a Monday
    const month = (i: number) => Date.UTC(2024, i, 15);
    englishNames = {
      weekdays: list({ weekday: 'long' }, 7, monday),
      weekdaysAbbr: list({ weekday: 'short' }, 7, monday),
      months: list({ month: 'long' }, 12, month),
      monthsAbbr: list({ month: 'short' }, 12, month),
    };
  }
  return englishNames;
}

function names(locale: Locale): Pick<CalendarTable, 'weekdays' | 'weekdaysAbbr' | 'months' | 'monthsAbbr'> {
  return locale === 'en' ? english() : calendarTable(locale);
}

function checkIndex(index: number, size: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`${what} index must be an integer 0–${size - 1}, got ${index}`);
  }
}

/** Weekday name; index 0 = Monday … 6 = Sunday. Stand-alone form, lower-case except in en. */
export function formatWeekday(weekdayIndexMondayFirst: number, locale: Locale, width: NameWidth): string {
  checkIndex(weekdayIndexMondayFirst, 7, 'weekday');
  const n = names(locale);
  return (width === 'wide' ? n.weekdays : n.weekdaysAbbr)[weekdayIndexMondayFirst]!;
}

/** Stand-alone (nominative) month name; index 0 = January. */
export function formatMonth(monthIndex0: number, locale: Locale, width: NameWidth): string {
  checkIndex(monthIndex0, 12, 'month');
  const n = names(locale);
  return (width === 'wide' ? n.months : n.monthsAbbr)[monthIndex0]!;
}

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/** Clock time, 24-hour "HH:mm" in every locale (Norway uses the 24-hour clock; en too). */
export function formatTime(hours: number, minutes: number, _locale: Locale): string {
  return `${pad2(hours)}:${pad2(minutes)}`;
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

function numberFormatter(locale: string, options: NumberOptions): Intl.NumberFormat {
  const key = `${locale}|${options.maximumFractionDigits ?? ''}|${options.minimumFractionDigits ?? ''}`;
  let f = numberFormatters.get(key);
  if (!f) {
    const base: Intl.NumberFormatOptions = {};
    if (options.maximumFractionDigits !== undefined) base.maximumFractionDigits = options.maximumFractionDigits;
    if (options.minimumFractionDigits !== undefined) base.minimumFractionDigits = options.minimumFractionDigits;
    try {
      // 'negative' avoids "−0" for values that round to zero; older engines reject it.
      f = new Intl.NumberFormat(locale, { ...base, signDisplay: 'negative' });
    } catch {
      f = new Intl.NumberFormat(locale, base);
    }
    numberFormatters.set(key, f);
  }
  return f;
}

/**
 * Format a number: nb "12 345,6" and "−1 234,5" (U+00A0 group, U+2212 minus), the same
 * conventions for nn, se, sma, smj (from the tables), en "12,345.6". Rounding is always Intl's:
 * the table locales are formatted with en-GB into parts and the symbols are substituted.
 */
export function formatNumber(n: number, locale: Locale, options: NumberOptions = {}): string {
  const intl = intlLocale(locale);
  if (intl) return numberFormatter(intl, options).format(n);
  const t = calendarTable(locale as TableLocale);
  let out = '';
  for (const p of numberFormatter('en-GB', options).formatToParts(n)) {
    out += p.type === 'group' ? t.group : p.type === 'decimal' ? t.decimal : p.type === 'minusSign' ? t.minus : p.value;
  }
  return out;
}

/**
 * Distance number without unit: one decimal below 10 km ("2,5", "2,0"), whole numbers from 10 km
 * ("12"). The threshold is applied to the rounded value (Intl rounds half away from zero), so
 * 9.96 km gives "10", never "10,0".
 */
export function formatDistanceKm(km: number, locale: Locale): string {
  const digits = Math.abs(km) < 9.95 ? 1 : 0;
  return formatNumber(km, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

// ---------------------------------------------------------------------------------------------
// Plurals
// ---------------------------------------------------------------------------------------------

/**
 * CLDR plural category: se, sma, smj have one (1), two (2), other; nb, nn, en one (1), other.
 * Any other category an engine might return is mapped to 'other'.
 */
export function pluralCategory(n: number, locale: Locale): PluralCategory {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const c = rules.select(n);
  return c === 'one' || c === 'two' ? c : 'other';
}

// ---------------------------------------------------------------------------------------------
// Search folding
// ---------------------------------------------------------------------------------------------
// Kept (no good replacement): diacritic strippers leave ø, æ, đ, ŋ, ŧ as they are and know nothing of Å = Aa; fuzzy matchers (Fuse.js, in the bench) cost kilobytes for matching we do not want.
//
// Strategy: both the record and the query are folded to lower-case ASCII-like text: NFD, combining
// marks dropped (á→a, č→c, š→s, ž→z, ä→a, ö→o, ï→i, å→a), letters without a decomposition mapped
// (đ→d, ŋ→n, ŧ→t, æ→ae, ø→o), punctuation and whitespace collapsed to single spaces.
//
// Å and Aa: Norwegian names are spelt both ways (Ålesund/Aalesund, Åsnes/Aasnes). "aa" is never
// rewritten (that would break Sámi and other names with a real double a: sma "Raarvihke", "Snåase"),
// so instead `foldForSearchVariants` returns a second variant where å became "aa". Matching rule:
// a record matches when any variant of the query is contained in any variant of the record.
// Precompute the record variants once; the query has at most two. Then
//   "aalesund" matches Ålesund (record variant "aalesund"), and
//   "ålesund" matches Aalesund (query variant "aalesund").

const KEEP = 0;
const DROP = 1;
const SEP = 2;
const MAP = 3;
const TABLE_SIZE = 0x2100;
const KIND = new Uint8Array(TABLE_SIZE); // all KEEP by default
const REPLACEMENT: string[] = [];
const RING_ABOVE = 0x030a;

(() => {
  const range = (from: number, to: number, kind: number) => KIND.fill(kind, from, to + 1);
  // ASCII: everything but letters and digits separates words.
  range(0x00, 0x2f, SEP);
  range(0x3a, 0x40, SEP);
  range(0x5b, 0x60, SEP);
  range(0x7b, 0x7f, SEP);
  KIND[0x27] = DROP; // apostrophe: "o'brien" = "obrien"
  // Latin-1 controls, NBSP and symbols (keep ª µ º), × and ÷.
  range(0x80, 0xbf, SEP);
  KIND[0xaa] = KEEP;
  KIND[0xb5] = KEEP;
  KIND[0xba] = KEEP;
  KIND[0xad] = DROP; // soft hyphen
  KIND[0xd7] = SEP;
  KIND[0xf7] = SEP;
  // Combining marks.
  range(0x0300, 0x036f, DROP);
  range(0x1ab0, 0x1aff, DROP);
  range(0x1dc0, 0x1dff, DROP);
  range(0x20d0, 0x20ff, DROP);
  // General punctuation: spaces, dashes, quotes, bullets …
  range(0x2000, 0x206f, SEP);
  range(0x200b, 0x200f, DROP); // zero-width and direction marks
  range(0x2060, 0x2064, DROP);
  KIND[0x2018] = DROP; // ‘ ’ as apostrophes
  KIND[0x2019] = DROP;
  // Letters without a canonical decomposition (lower-case: folding lower-cases first).
  const map: Record<string, string> = {
    đ: 'd',
    ŋ: 'n',
    ŧ: 't',
    æ: 'ae',
    ø: 'o',
    ð: 'd',
    ł: 'l',
    ı: 'i',
    œ: 'oe',
  };
  for (const [ch, to] of Object.entries(map)) {
    const c = ch.charCodeAt(0);
    KIND[c] = MAP;
    REPLACEMENT[c] = to;
  }
})();

/** Fold an already lower-cased NFD string. `aa`: write "aa" for a + ring above (å). */
function foldNfd(s: string, aa: boolean): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = c < TABLE_SIZE ? KIND[c] : c === 0x3000 ? SEP : c === 0xfeff ? DROP : KEEP;
    if (kind === KEEP || kind === MAP) {
      if (pendingSpace) {
        if (out.length > 0) out += ' ';
        pendingSpace = false;
      }
      out += kind === KEEP ? s[i] : REPLACEMENT[c];
    } else if (kind === SEP) {
      pendingSpace = true;
    } else if (aa && c === RING_ABOVE && out.charCodeAt(out.length - 1) === 0x61 /* a */) {
      out += 'a';
    }
  }
  return out;
}

/**
 * Lower-case, diacritic-insensitive form of `text` for search: "Kárášjohka" → "karasjohka",
 * "Porsáŋgu" → "porsangu", "Øystre Slidre" → "oystre slidre", "Ålesund" → "alesund". "aa" is kept
 * as is ("Aalesund" → "aalesund"); see `foldForSearchVariants` for Å/Aa matching.
 */
export function foldForSearch(text: string): string {
  return foldNfd(text.toLowerCase().normalize('NFD'), false);
}

/**
 * The folded text, plus a second variant with å written "aa" when the text contains å
 * ("Ålesund" → ["alesund", "aalesund"]; "Aalesund" → ["aalesund"]). Match when any query variant
 * is a substring of any record variant (see the strategy note above).
 */
export function foldForSearchVariants(text: string): string[] {
  const s = text.toLowerCase().normalize('NFD');
  const plain = foldNfd(s, false);
  if (s.indexOf('\u030a') === -1) return [plain];
  const withAa = foldNfd(s, true);
  return withAa === plain ? [plain] : [plain, withAa];
}

// ---------------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------------

function collator(locale: Locale): Intl.Collator {
  // Chromium has Norwegian collation (æ ø å after z) only for nb/no; nn/se/sma/smj fall back to
  // root order there, so all Norwegian and Sámi locales use the nb collator. With it, Sámi letters
  // sort right after their base letter (č after c, đ after d, ŋ after n, š after s, ŧ after t,
  // ž after z) and compare equal to it at base strength, and "aa" sorts as "å" (the Norwegian
  // convention for place names such as Aalesund). en uses English (root) order. `numeric` puts
  // "Bydel 2" before "Bydel 10".
  const key = locale === 'en' ? 'en' : 'nb';
  let c = collators.get(key);
  if (!c) {
    c = new Intl.Collator(key === 'en' ? 'en' : ['nb', 'no'], { numeric: true });
    collators.set(key, c);
  }
  return c;
}

/** The comparator of `compareNames` for one locale, for sorting many names. */
export function collatorCompare(locale: Locale): (a: string, b: string) => number {
  return collator(locale).compare;
}

/** Sort comparator for municipality and centre names. */
export function compareNames(a: string, b: string, locale: Locale): number {
  return collator(locale).compare(a, b);
}

/**
 * A civil date from the feed ("2026-01-05") in `style`. Taken at noon UTC, which
 * is the same calendar day in Norway whatever the season.
 */
export function formatIsoDate(iso: string, locale: Locale, style: DateStyle): string {
  return formatDate(new Date(`${iso}T12:00:00Z`), locale, style);
}

/** Today's civil date in `timeZone` (Norway by default, whatever the device is set to). */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  // One formatter per zone: building one is slow (about 1 ms each on a throttled phone), and elements ask on every render.
  const formatter = dateFormatter(`today:${timeZone}`, 'en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = formatter.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
