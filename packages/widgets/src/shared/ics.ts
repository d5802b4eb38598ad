/**
 * A minimal iCalendar (RFC 5545) writer, generated in the browser: no network,
 * no library. All-day events (`buildIcs`: the follow-up timeline's steps) and
 * timed events in Norway's time, optionally repeating weekly or fortnightly
 * (`buildTimedIcs`: a self-help group's meetings, with the Europe/Oslo
 * VTIMEZONE). Pure functions.
 */

interface EventBase {
  /** Globally unique and stable, so importing the file twice updates instead of duplicating. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
}

/** An event that lasts a whole civil day. */
export interface AllDayEvent extends EventBase {
  /** Civil date "YYYY-MM-DD". */
  date: string;
}

/** An event at a time of day in Norway (Europe/Oslo), optionally repeating. */
export interface TimedEvent extends EventBase {
  /** Local date-time in Norway, "YYYY-MM-DDTHH:MM". */
  start: string;
  end: string;
  /** Repeats every week (1) or every other week (2) on the weekday (RFC 5545 BYDAY code, e.g. "TH"). */
  repeat?: { interval: 1 | 2; weekday: string };
}

/** An event of the follow-up timeline's calendar (all day). */
export type IcsEvent = AllDayEvent;

export interface IcsOptions {
  /** The moment the file is made (DTSTAMP); injectable so output can be reproduced. */
  now?: Date;
  prodId?: string;
  /** Shown by some calendar apps as the name of the imported calendar. */
  name?: string;
}

/**
 * TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break
 * written as `\n` — CRLF, CR and LF, and also NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
 * SEPARATOR (U+2029), at which some calendar readers break a line too (so feed text holding them
 * could otherwise start a property of its own); other C0 and C1 control characters dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the file
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  );
}

const octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1).
 * Continuation lines begin with one space, which counts. A line is only broken
 * between code points, never inside a multi-byte sequence (Sámi á, č, đ, ŋ, š, ŧ, ž).
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

const compactDate = (iso: string): string => iso.replace(/-/g, '');

/** The day after a civil date, as YYYYMMDD (DTEND of an all-day event is exclusive). */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** UTC date-time "YYYYMMDDTHHMMSSZ". */
const utcStamp = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** Local date-time "2026-12-10T17:30" → "20261210T173000". */
const localStamp = (value: string): string => `${value.slice(0, 10).replace(/-/g, '')}T${value.slice(11, 13)}${value.slice(14, 16)}00`;

export const TIME_ZONE = 'Europe/Oslo';

/**
 * Norway's time zone as the calendar needs it: CET (UTC+1), with summer time
 * (CEST, UTC+2) from the last Sunday of March at 02:00 to the last Sunday of
 * October at 03:00, the EU rule in force since 1996.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The calendar around the events' lines, CRLF line endings, folded lines. */
function calendar(events: string[][], options: IcsOptions, preamble: readonly string[] = []): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//frisklivs-widgets//follow-up-timeline//NB'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  lines.push(...preamble);
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function texts(event: EventBase): string[] {
  const lines = [`SUMMARY:${escapeText(event.summary)}`];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  return lines;
}

/**
 * A complete VCALENDAR with one all-day VEVENT per event (the follow-up timeline's
 * steps): reminders, not busy blocks (TRANSP:TRANSPARENT).
 */
export function buildIcs(events: AllDayEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  return calendar(
    events.map((event) => [
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      ...texts(event),
      'TRANSP:TRANSPARENT',
    ]),
    options,
  );
}

/**
 * A complete VCALENDAR of events at a time of day in Norway (DTSTART;TZID=Europe/Oslo,
 * with the VTIMEZONE), each optionally repeating weekly or fortnightly (RRULE).
 * Its own function, so a page that never makes one does not download the time zone.
 */
export function buildTimedIcs(events: TimedEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  return calendar(
    events.map((event) => [
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TIME_ZONE}:${localStamp(event.start)}`,
      `DTEND;TZID=${TIME_ZONE}:${localStamp(event.end)}`,
      ...(event.repeat ? [`RRULE:FREQ=WEEKLY;INTERVAL=${event.repeat.interval};BYDAY=${event.repeat.weekday}`] : []),
      ...texts(event),
    ]),
    options,
    VTIMEZONE,
  );
}
