/**
 * The CSV templates' columns: for each kind of row, which header fills which
 * feed field and how the cell is read. Localized columns take a locale suffix
 * (`title_nb`, `title_en`, `title_se` …; a bare `title` is Bokmål).
 * `templates/README.md` documents every column; the tests check that the
 * templates and this table agree.
 */
import { LOCALES as LOCALES_OF_TEXT } from 'frisklivs-widgets/feed';
import {
  collapseSpace,
  padDigits,
  readBoolean,
  readCentreStatus,
  readContactKind,
  readDate,
  readDecimal,
  readFrequency,
  readGroupStatus,
  readInteger,
  readLanguage,
  readMode,
  readReferral,
  readTime,
  readTimeSpan,
  readWeekday,
  readWeekdays,
  splitList,
  wordTable,
  type Read,
} from './values.js';
import { quoted } from './terminal.js';

export type Kind = 'offers' | 'themes' | 'contactPoints' | 'centres' | 'groups';

/** What a cell reader may look up: known ids and names. */
export interface Lookups {
  municipality(cell: string): Read<string>;
  county(cell: string): Read<string>;
  offer(cell: string): Read<string>;
  theme(cell: string): Read<string>;
  contactPoint(cell: string): Read<string>;
}

/**
 * A cell's reading: the value for the feed, plus messages for parts that could
 * not be read. Unreadable parts are still passed on as written, so that the
 * feed validator decides (as for any feed) whether the entry is skipped, the
 * field ignored or the item dropped; the message here explains why.
 */
export interface CellReading {
  value: unknown;
  hints: string[];
}

export interface ColumnDef {
  /** Canonical header (for a localized column: the stem, e.g. `title`). */
  name: string;
  /** Dotted path of the field inside the entry (inside the site for site columns). */
  field: string;
  localized?: boolean;
  /** The header must have this column (for a localized column: `<name>_nb`). */
  required?: boolean;
  /** Centres only: the column describes a site (a repeated row with the same id adds a site). */
  site?: boolean;
  read?: (cell: string, lookups: Lookups) => CellReading;
}

const plain = (cell: string): CellReading => ({ value: cell, hints: [] });

function one<T>(reader: (cell: string) => Read<T>) {
  return (cell: string): CellReading => {
    const read = reader(cell);
    return read.ok ? { value: read.value, hints: [] } : { value: read.fallback ?? cell, hints: [read.message] };
  };
}

function list<T>(reader: (cell: string) => Read<T>) {
  return (cell: string): CellReading => {
    const hints: string[] = [];
    const value = splitList(cell).map((part) => {
      const read = reader(part);
      if (read.ok) return read.value;
      hints.push(read.message);
      return read.fallback ?? part;
    });
    return { value, hints };
  };
}

const lookup = (pick: (l: Lookups) => (cell: string) => Read<string>) => (cell: string, l: Lookups) => one(pick(l))(cell);
const lookupList = (pick: (l: Lookups) => (cell: string) => Read<string>) => (cell: string, l: Lookups) => list(pick(l))(cell);

const postcode = (cell: string): CellReading => ({ value: padDigits(cell, 4), hints: [] });
const county = (cell: string, l: Lookups) => list((part) => l.county(part))(cell);
const weekNumbers = list(readInteger);

/** A time span in opening hours: "09.00-14.00", "9-14", "12 til 19" (spaces already collapsed). */
const HOURS_SPAN = /\d{1,2}(?:[.:]\d{2})? ?(?:[-–—]|til) ?\d{1,2}(?:[.:]\d{2})?/gi;

/** `text` without the characters of `chars` at its end. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * One entry of opening hours, "man-fre kl. 08.00-15.30 (Kveldsåpent)": the weekdays, the time span,
 * and a note in parentheses after it. Linear: the span is found by one left-to-right search, and
 * each candidate is checked in constant time (followed by nothing, or by "(" with ")" at the end).
 */
function splitHoursEntry(entry: string): { days: string; span: string; note?: string } | undefined {
  const text = collapseSpace(entry);
  const last = text.length - 1;
  HOURS_SPAN.lastIndex = 0;
  for (let match = HOURS_SPAN.exec(text); match; match = HOURS_SPAN.exec(text)) {
    const end = match.index + match[0].length;
    const after = text[end] === ' ' ? end + 1 : end;
    const note = after <= last && text[after] === '(' && text[last] === ')' && after < last;
    if (after <= last && !note) continue;
    let days = trimEndOf(text.slice(0, match.index), ' ');
    if (/kl\.?$/i.test(days.slice(-3))) days = days.replace(/kl\.?$/i, '');
    days = trimEndOf(days, ' ,');
    return note ? { days, span: match[0], note: text.slice(after + 1, last).trim() } : { days, span: match[0] };
  }
  return undefined;
}

/** "mandag, onsdag 09.00-14.00 | tirsdag 12-19 (Kveldsåpent)" → OpeningHours[] */
export function readContactHours(cell: string): CellReading {
  const hints: string[] = [];
  const entries = cell
    .split(/[|\n;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const value = entries.map((entry) => {
    const parts = splitHoursEntry(entry);
    if (!parts) {
      hints.push(`cannot read the opening hours ${quoted(entry)} (write e.g. "man-fre 08.00-15.30" and separate several with |)`);
      return entry;
    }
    const days = readWeekdays(parts.days);
    const span = readTimeSpan(parts.span);
    if (!days.ok) hints.push(`${days.message} in ${quoted(entry)}`);
    if (!span.ok) hints.push(`${span.message} in ${quoted(entry)}`);
    if (!days.ok || !span.ok) return entry;
    const hours: Record<string, unknown> = { weekdays: days.value, opens: span.value[0], closes: span.value[1] };
    if (parts.note) hours.note = { nb: parts.note };
    return hours;
  });
  return { value, hints };
}

const CLOSED_WORDS = /^(stengt|stengd|lukket|lukka|closed|fri)$/i;
/** "kl. 09-12" → "09-12". */
const stripKl = (text: string): string => (/^kl\b/i.test(text) ? text.replace(/^kl\.?/i, '').trimStart() : text);

/**
 * "24.12.2026 09.00-12.00 (Julaften) | 31.12.2026 stengt | 02.01.2027 09-11.30, 12-15" → SpecialDay[]:
 * a date, then "stengt"/"closed" (or nothing) for a closed day, or one or more time spans separated
 * by commas, then an optional note in brackets; several days separated by | (or new lines, ;).
 */
export function readSpecialDays(cell: string): CellReading {
  const hints: string[] = [];
  const entries = cell
    .split(/[|\n;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const value = entries.map((entry) => {
    // Split by hand, not with regular expressions around optional spaces: those backtrack quadratically on a long run
    // of spaces, and a cell can be long.
    const space = entry.search(/\s/);
    const first = space < 0 ? entry : entry.slice(0, space);
    let rest = space < 0 ? '' : entry.slice(space).trim();
    let note = '';
    if (rest.endsWith(')') && rest.includes('(')) {
      const open = rest.indexOf('(');
      note = rest.slice(open + 1, -1).trim();
      rest = rest.slice(0, open).trim();
    }
    const date = readDate(first);
    if (!date.ok) {
      hints.push(`${date.message} in ${quoted(entry)} (write e.g. "24.12.2026 09.00-12.00 (Julaften)" or "31.12.2026 stengt")`);
      return entry;
    }
    const day: Record<string, unknown> = { date: date.value };
    const times = stripKl(rest);
    if (times && !CLOSED_WORDS.test(times)) {
      const hours = times
        .split(/,|\bog\b|\band\b/i)
        .map((span) => stripKl(span.trim()))
        .filter(Boolean)
        .map((span) => readTimeSpan(span));
      const bad = hours.find((h) => !h.ok);
      if (bad && !bad.ok) {
        hints.push(`${bad.message} in ${quoted(entry)}`);
        return entry;
      }
      day.hours = hours.map((h) => (h.ok ? { opens: h.value[0], closes: h.value[1] } : undefined));
    }
    if (note) day.note = { nb: note };
    return day;
  });
  return { value, hints };
}

const OFFER_KIND = wordTable<'core' | 'optional'>({
  core: 'core',
  kjerne: 'core',
  kjernetilbud: 'core',
  optional: 'optional',
  valgfri: 'optional',
  valgfritt: 'optional',
  tillegg: 'optional',
  tilleggstilbud: 'optional',
});
const offerKind = one((cell): Read<'core' | 'optional'> => {
  const hit = OFFER_KIND.get(cell.trim().toLowerCase());
  return hit
    ? { ok: true, value: hit }
    : { ok: false, message: `unknown offer kind ${quoted(cell)} (write core/kjerne or optional/valgfri)` };
});

export const COLUMNS: Record<Kind, ColumnDef[]> = {
  offers: [
    { name: 'id', field: 'id', required: true },
    { name: 'kind', field: 'kind', required: true, read: offerKind },
    { name: 'label', field: 'label', localized: true, required: true },
    { name: 'description', field: 'description', localized: true },
  ],
  themes: [
    { name: 'id', field: 'id', required: true },
    { name: 'label', field: 'label', localized: true, required: true },
    { name: 'description', field: 'description', localized: true },
  ],
  contactPoints: [
    { name: 'id', field: 'id', required: true },
    { name: 'kind', field: 'kind', required: true, read: one(readContactKind) },
    { name: 'name', field: 'name', localized: true, required: true },
    { name: 'municipalities', field: 'municipalities', read: lookupList((l) => l.municipality) },
    { name: 'counties', field: 'counties', read: county },
    { name: 'national', field: 'national', read: one(readBoolean) },
    { name: 'phone', field: 'phone' },
    { name: 'email', field: 'email' },
    { name: 'url', field: 'url' },
    { name: 'register_interest_url', field: 'registerInterestUrl' },
    { name: 'centre', field: 'centre' },
    { name: 'contact_hours', field: 'contactHours', read: readContactHours },
    { name: 'special_days', field: 'specialDays', read: readSpecialDays },
    { name: 'waiting_list', field: 'waitingList', read: one(readBoolean) },
    { name: 'report_url', field: 'reportUrl' },
    { name: 'last_verified', field: 'lastVerified', read: one(readDate) },
  ],
  centres: [
    { name: 'id', field: 'id', required: true },
    { name: 'name', field: 'name', localized: true, required: true },
    { name: 'service_code', field: 'serviceCode' },
    { name: 'host_municipality', field: 'hostMunicipality', required: true, read: lookup((l) => l.municipality) },
    { name: 'municipalities', field: 'municipalities', read: lookupList((l) => l.municipality) },
    { name: 'site_id', field: 'id', site: true },
    { name: 'site_name', field: 'name', localized: true, site: true },
    { name: 'street', field: 'address.street', site: true },
    { name: 'postcode', field: 'address.postcode', site: true, read: postcode },
    { name: 'post_town', field: 'address.postTown', site: true },
    { name: 'site_municipality', field: 'address.municipality', site: true, read: lookup((l) => l.municipality) },
    { name: 'lat', field: 'lat', site: true, read: one(readDecimal) },
    { name: 'lon', field: 'lon', site: true, read: one(readDecimal) },
    { name: 'step_free', field: 'stepFree', site: true, read: one(readBoolean) },
    { name: 'accessibility_note', field: 'accessibilityNote', localized: true, site: true },
    { name: 'phone', field: 'phone' },
    { name: 'email', field: 'email' },
    { name: 'url', field: 'url' },
    { name: 'offers', field: 'offers', read: lookupList((l) => l.offer) },
    { name: 'referral', field: 'referral', read: list(readReferral) },
    { name: 'getting_started', field: 'gettingStarted', localized: true },
    { name: 'languages', field: 'languages', read: list(readLanguage) },
    { name: 'contact_hours', field: 'contactHours', read: readContactHours },
    { name: 'special_days', field: 'specialDays', read: readSpecialDays },
    { name: 'status', field: 'status', read: one(readCentreStatus) },
    { name: 'closed_until', field: 'closedUntil', read: one(readDate) },
    { name: 'notice', field: 'notices.0.text', localized: true },
    { name: 'notice_valid_from', field: 'notices.0.validFrom', read: one(readDate) },
    { name: 'notice_valid_to', field: 'notices.0.validTo', read: one(readDate) },
    { name: 'fee_free', field: 'fee.free', read: one(readBoolean) },
    { name: 'fee_text', field: 'fee.text', localized: true },
    { name: 'eligibility_text', field: 'eligibility.text', localized: true },
    { name: 'min_age', field: 'eligibility.minAge', read: one(readInteger) },
    { name: 'max_age', field: 'eligibility.maxAge', read: one(readInteger) },
    { name: 'programme_weeks', field: 'programme.weeks', read: one(readInteger) },
    { name: 'programme_group_weeks', field: 'programme.groupSessionWeeks', read: weekNumbers },
    { name: 'programme_conversation_weeks', field: 'programme.conversationWeeks', read: weekNumbers },
    { name: 'programme_renewable', field: 'programme.renewable', read: one(readBoolean) },
    { name: 'description', field: 'description', localized: true },
    { name: 'report_url', field: 'reportUrl' },
    { name: 'last_verified', field: 'lastVerified', required: true, read: one(readDate) },
  ],
  groups: [
    { name: 'id', field: 'id', required: true },
    { name: 'theme', field: 'theme', required: true, read: lookup((l) => l.theme) },
    { name: 'title', field: 'title', localized: true, required: true },
    { name: 'description', field: 'description', localized: true },
    { name: 'mode', field: 'mode', required: true, read: one(readMode) },
    { name: 'municipality', field: 'municipality', read: lookup((l) => l.municipality) },
    { name: 'area', field: 'area', localized: true },
    { name: 'frequency', field: 'schedule.frequency', required: true, read: one(readFrequency) },
    { name: 'weekday', field: 'schedule.weekday', required: true, read: one(readWeekday) },
    { name: 'start_time', field: 'schedule.startTime', required: true, read: one(readTime) },
    { name: 'end_time', field: 'schedule.endTime', required: true, read: one(readTime) },
    { name: 'first_meeting', field: 'schedule.firstMeeting', read: one(readDate) },
    { name: 'status', field: 'status', required: true, read: one(readGroupStatus) },
    { name: 'planned_start', field: 'plannedStart', read: one(readDate) },
    { name: 'min_age', field: 'minAge', read: one(readInteger) },
    { name: 'languages', field: 'languages', read: list(readLanguage) },
    { name: 'contact_point', field: 'contactPoint', required: true, read: lookup((l) => l.contactPoint) },
    { name: 'report_url', field: 'reportUrl' },
    { name: 'last_verified', field: 'lastVerified', required: true, read: one(readDate) },
  ],
};

/** Header names as written (any case, spaces or hyphens for underscores) to the canonical form. */
export function canonicalHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface ResolvedColumn {
  def: ColumnDef;
  /** For a localized column: its locale. */
  locale?: string;
  /** Full dotted field path inside the entry or the site. */
  field: string;
}

/** Every accepted header of a kind, canonical name → column. */
export function headerTable(kind: Kind): Map<string, ResolvedColumn> {
  const table = new Map<string, ResolvedColumn>();
  for (const def of COLUMNS[kind]) {
    if (def.localized) {
      for (const locale of LOCALES_OF_TEXT) table.set(`${def.name}_${locale}`, { def, locale, field: `${def.field}.${locale}` });
      table.set(def.name, { def, locale: 'nb', field: `${def.field}.nb` });
    } else {
      table.set(def.name, { def, field: def.field });
    }
  }
  return table;
}

/** The header a required column must have (its Bokmål column when localized). */
export function requiredHeaders(kind: Kind): string[] {
  return COLUMNS[kind].filter((def) => def.required).map((def) => (def.localized ? `${def.name}_nb` : def.name));
}

/** Reads a cell with its column's reader. */
export function readCell(column: ResolvedColumn, cell: string, lookups: Lookups): CellReading {
  return column.def.read ? column.def.read(cell, lookups) : plain(cell);
}

/** Renders a readable single example of each accepted header, for messages. */
export function knownHeaders(kind: Kind): string[] {
  return COLUMNS[kind].map((def) => (def.localized ? `${def.name}_nb` : def.name));
}
