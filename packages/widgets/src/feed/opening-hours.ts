/**
 * Opening status from structured contact hours, in Norway's time: "open now,
 * closes at 15:30", "opens tomorrow at 08:00", "closed today (Ascension Day)",
 * "closed until 4 January". Pure functions of the feed entry and a clock.
 *
 * A day's hours: a special day of the entry when it has one for that date (no
 * hours = closed); else nothing on a public holiday; else every weekly entry in
 * force that day (several entries for one weekday are several periods, e.g. a
 * lunch closure), merged where they touch or overlap.
 */
import { publicHoliday, type PublicHoliday } from './holidays.js';
import { addDays, minutesOf, norwayClock, weekdayOf } from './oslo-time.js';
import type { Centre, LocalizedText, OpeningHours, SpecialDay } from './schema.js';
import { WEEKDAYS } from './vocabulary.js';

/** What opening hours are read from: a centre or a contact point. */
export interface HoursSource {
  contactHours?: readonly OpeningHours[];
  specialDays?: readonly SpecialDay[];
  status?: Centre['status'];
  closedUntil?: string;
}

export interface Period {
  /** "HH:MM", Norway's time. */
  opens: string;
  closes: string;
}

export interface DayHours {
  /** The civil date, "YYYY-MM-DD". */
  date: string;
  /** The day's periods in order, merged where they touch; empty when closed. */
  periods: Period[];
  /** The public holiday on that date, whether or not a special day overrides it. */
  holiday?: PublicHoliday;
  /** The entry's special day for that date, when it has one. */
  special?: SpecialDay;
}

/** When the place opens next. */
export interface NextOpening {
  date: string;
  opens: string;
  /** How to say the day: today, tomorrow, a weekday within the coming week, or a date. */
  when: 'today' | 'tomorrow' | 'weekday' | 'date';
  /** The special day's note when that day is a special day ("Julaften"). */
  note?: LocalizedText;
}

export type OpeningStatus =
  /** Open now; `closes` ends the current period. */
  | { state: 'open'; closes: string; note?: LocalizedText }
  /** Closed now; opens again at `next` (later today, tomorrow …). */
  | { state: 'closed'; next: NextOpening }
  /** Closed all day today because of a public holiday or a closed special day. */
  | { state: 'closed-today'; holiday?: PublicHoliday; note?: LocalizedText; next?: NextOpening }
  /** The feed says the place is temporarily closed, until (and including) `until` when given. */
  | { state: 'temporarily-closed'; until?: string };

/** How far ahead the next opening is looked for. */
const LOOK_AHEAD_DAYS = 14;

const isInForce = (hours: OpeningHours, date: string) =>
  (!hours.validFrom || hours.validFrom <= date) && (!hours.validTo || hours.validTo >= date);

/** Sorted, with touching or overlapping periods joined. */
function merge(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
  const out: Period[] = [];
  for (const period of sorted) {
    const last = out[out.length - 1];
    if (last && period.opens <= last.closes) {
      if (period.closes > last.closes) out[out.length - 1] = { opens: last.opens, closes: period.closes };
    } else out.push({ opens: period.opens, closes: period.closes });
  }
  return out;
}

/** Whether the entry has weekly hours to say anything from (special days alone say too little). */
export function hasOpeningHours(source: HoursSource): boolean {
  return !!source.contactHours?.length;
}

/** The hours of one civil date (see the top of this file for the rules). */
export function dayHours(source: HoursSource, date: string): DayHours {
  const holiday = publicHoliday(date);
  const special = source.specialDays?.find((day) => day.date === date);
  const day: DayHours = { date, periods: [] };
  if (holiday) day.holiday = holiday;
  if (special) {
    day.special = special;
    day.periods = merge(special.hours ?? []);
  } else if (!holiday) {
    const weekday = WEEKDAYS[weekdayOf(date)]!;
    day.periods = merge(
      (source.contactHours ?? [])
        .filter((h) => h.weekdays.includes(weekday) && isInForce(h, date))
        .map(({ opens, closes }) => ({ opens, closes })),
    );
  }
  return day;
}

function nextOpening(source: HoursSource, today: string, minutes: number): NextOpening | undefined {
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
    const date = addDays(today, offset);
    const day = dayHours(source, date);
    const period = day.periods.find((p) => offset > 0 || minutesOf(p.opens) > minutes);
    if (!period) continue;
    const next: NextOpening = {
      date,
      opens: period.opens,
      when: offset === 0 ? 'today' : offset === 1 ? 'tomorrow' : offset < 7 ? 'weekday' : 'date',
    };
    if (day.special?.note) next.note = day.special.note;
    return next;
  }
  return undefined;
}

/**
 * The opening status at `now` (any instant; read on Norway's wall clock), or
 * undefined when there is nothing to say: no weekly hours, a closed-down entry,
 * or no opening in the next two weeks on an ordinary day.
 */
export function openingStatus(source: HoursSource, now: Date): OpeningStatus | undefined {
  if (source.status === 'closed') return undefined;
  const { date: today, minutes } = norwayClock(now);
  if (source.status === 'temporarily-closed' && (!source.closedUntil || source.closedUntil >= today))
    return source.closedUntil ? { state: 'temporarily-closed', until: source.closedUntil } : { state: 'temporarily-closed' };
  if (!hasOpeningHours(source)) return undefined;
  const day = dayHours(source, today);
  const current = day.periods.find((p) => minutesOf(p.opens) <= minutes && minutes < minutesOf(p.closes));
  if (current)
    return day.special?.note
      ? { state: 'open', closes: current.closes, note: day.special.note }
      : { state: 'open', closes: current.closes };
  const next = nextOpening(source, today, minutes);
  if (!day.periods.length && (day.holiday || day.special)) {
    const status: OpeningStatus = { state: 'closed-today' };
    // The special day's own note says why; else the holiday's name does.
    if (day.special?.note) status.note = day.special.note;
    else if (day.holiday) status.holiday = day.holiday;
    if (next) status.next = next;
    return status;
  }
  return next ? { state: 'closed', next } : undefined;
}

/** The "open now" filter: open at `now` in Norway's time. */
export function isOpenNow(source: HoursSource, now: Date): boolean {
  return openingStatus(source, now)?.state === 'open';
}
