/**
 * Norway's wall clock and civil dates, whatever the device's time zone.
 * Opening hours, meeting times and public holidays are all in Europe/Oslo;
 * the engine's time-zone database handles daylight saving time and midnight.
 * Pure functions; the clock is always a parameter.
 */

export const NORWAY_TIME_ZONE = 'Europe/Oslo';

let clockFormat: Intl.DateTimeFormat | undefined;

/** The civil date ("2026-12-05") and the minutes since midnight on a wall clock in Norway at `instant`. */
export function norwayClock(instant: Date): { date: string; minutes: number } {
  clockFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: NORWAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part: Record<string, string> = {};
  for (const p of clockFormat.formatToParts(instant)) part[p.type] = p.value;
  return { date: `${part.year}-${part.month}-${part.day}`, minutes: Number(part.hour) * 60 + Number(part.minute) };
}

const utcOf = (date: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return utc;
};

const isoOf = (utc: Date): string => {
  const y = utc.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
};

/** A civil date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const utc = utcOf(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return isoOf(utc);
}

/** Whole days from `from` to `to` (civil dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to).getTime() - utcOf(from).getTime()) / 86_400_000);
}

/** Weekday of a civil date: 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (utcOf(date).getUTCDay() + 6) % 7;
}

/** "08:30" → 510. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
