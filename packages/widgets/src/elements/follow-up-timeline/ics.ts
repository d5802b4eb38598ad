/**
 * A minimal iCalendar (RFC 5545) writer for all-day events, generated in the
 * browser: no network, no library. Pure functions.
 */

export interface IcsEvent {
  /** Globally unique and stable, so importing the file twice updates instead of duplicating. */
  uid: string;
  /** Civil date "YYYY-MM-DD"; the event lasts that whole day. */
  date: string;
  summary: string;
  description?: string;
}

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

/** A complete VCALENDAR with one all-day VEVENT per event, CRLF line endings, folded lines. */
export function buildIcs(events: IcsEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//frisklivs-widgets//follow-up-timeline//NB'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // A reminder of a step, not a busy block in the calendar.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
