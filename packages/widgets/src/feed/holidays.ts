/**
 * Norway's public holidays (helligdager, lov om helligdager og helligdagsfred
 * § 2, plus 1 and 17 May): computed, never typed into a feed. Easter by the
 * Gregorian computus; the movable feasts hang on it.
 */
import { addDays } from './oslo-time.js';

export const PUBLIC_HOLIDAYS = [
  'new-year',
  'maundy-thursday',
  'good-friday',
  'easter-sunday',
  'easter-monday',
  'labour-day',
  'constitution-day',
  'ascension-day',
  'whit-sunday',
  'whit-monday',
  'christmas-day',
  'boxing-day',
] as const;
export type PublicHoliday = (typeof PUBLIC_HOLIDAYS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Easter Sunday of a Gregorian year ("2026-04-05"), by the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher), valid for every year from 1583.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const byYear = new Map<number, ReadonlyMap<string, PublicHoliday>>();

/** The public holidays of a year, by civil date, in calendar order. */
export function publicHolidays(year: number): ReadonlyMap<string, PublicHoliday> {
  let holidays = byYear.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const days: [string, PublicHoliday][] = [
      [`${year}-01-01`, 'new-year'],
      [addDays(easter, -3), 'maundy-thursday'],
      [addDays(easter, -2), 'good-friday'],
      [easter, 'easter-sunday'],
      [addDays(easter, 1), 'easter-monday'],
      [`${year}-05-01`, 'labour-day'],
      [`${year}-05-17`, 'constitution-day'],
      [addDays(easter, 39), 'ascension-day'],
      [addDays(easter, 49), 'whit-sunday'],
      [addDays(easter, 50), 'whit-monday'],
      [`${year}-12-25`, 'christmas-day'],
      [`${year}-12-26`, 'boxing-day'],
    ];
    days.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Two can fall on one date (17 May 2027 is also Whit Monday): the first in the list above names it.
    const map = new Map<string, PublicHoliday>();
    for (const [date, holiday] of days) if (!map.has(date)) map.set(date, holiday);
    byYear.set(year, (holidays = map));
  }
  return holidays;
}

/** The public holiday on a civil date ("2026-05-14" → "ascension-day"), if any. */
export function publicHoliday(date: string): PublicHoliday | undefined {
  return publicHolidays(Number(date.slice(0, 4))).get(date);
}
