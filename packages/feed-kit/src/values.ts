/**
 * Reading the values people type into spreadsheets: Norwegian (bokmål and
 * nynorsk) and English weekdays and statuses, dates as 05.01.2026 or ISO,
 * times as 18.00 or 18:00, decimal commas, yes/no, and lists in one cell.
 * Each reader returns the feed's value or a message saying what was expected.
 */
import type { Weekday } from 'frisklivs-widgets/feed';
import { quoted } from './terminal.js';

/** A reading: the value, or why the text could not be read (with what to pass on instead, if not the text itself). */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string; fallback?: T };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(message: string): Read<T> => ({ ok: false, message });

/**
 * Whitespace runs as one space, trimmed. Every reader collapses first, so that the patterns after
 * it see at most one space in a row: a pattern like \s*-\s* on a run of 60 000 spaces would
 * otherwise take quadratic time.
 */
export function collapseSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Lower case, NFC, single spaces, without a trailing full stop. */
export function norm(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

const WEEKDAY_NAMES: Record<Weekday, string[]> = {
  MO: ['mandag', 'måndag', 'monday'],
  TU: ['tirsdag', 'tysdag', 'tuesday'],
  WE: ['onsdag', 'wednesday'],
  TH: ['torsdag', 'thursday'],
  FR: ['fredag', 'friday'],
  SA: ['lørdag', 'laurdag', 'saturday'],
  SU: ['søndag', 'sundag', 'sunday'],
};

const WEEKDAY_CODES = Object.keys(WEEKDAY_NAMES) as Weekday[];

/**
 * A weekday: a full name in bokmål, nynorsk or English, with or without a
 * plural ending (mandager, måndagar, Mondays), an abbreviation that only one
 * weekday starts with (man, må, tirs, tys, ons, to, fre, lør, lau, søn, Mon,
 * Tue, Thu …), or the RFC 5545 code (MO … SU).
 */
export function readWeekday(input: string): Read<Weekday> {
  const word = norm(input);
  if (!word) return no('no weekday given');
  const upper = word.toUpperCase();
  if ((WEEKDAY_CODES as string[]).includes(upper)) return ok(upper as Weekday);
  const matches = new Set<Weekday>();
  for (const code of WEEKDAY_CODES) {
    for (const name of WEEKDAY_NAMES[code]) {
      if (name.startsWith(word) || word === `${name}er` || word === `${name}ar` || word === `${name}s`) matches.add(code);
    }
  }
  if (matches.size === 1) return ok([...matches][0]!);
  if (matches.size > 1) return no(`${quoted(input)} could be ${[...matches].join(' or ')}: write more of the weekday`);
  return no(`not a weekday: ${quoted(input)} (write e.g. mandag, måndag, man, Monday or MO)`);
}

/**
 * Weekdays in one cell: "mandag, onsdag", "man-fre", "ma–to og lø", "MO|WE".
 * Ranges run Monday to Sunday (fre-man is refused).
 */
export function readWeekdays(input: string): Read<Weekday[]> {
  const out: Weekday[] = [];
  const parts = collapseSpace(input)
    .replace(/ (og|and|&) /gi, ',')
    .replace(/ ?[-–—] ?| til /gi, '-')
    .split(/[,|/;+ ]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return no('no weekday given');
  for (const part of parts) {
    const range = part.split('-');
    if (range.length === 2 && range[0] && range[1]) {
      const from = readWeekday(range[0]);
      const to = readWeekday(range[1]);
      if (!from.ok) return no(from.message);
      if (!to.ok) return no(to.message);
      const a = WEEKDAY_CODES.indexOf(from.value);
      const b = WEEKDAY_CODES.indexOf(to.value);
      if (b < a) return no(`the range ${quoted(part)} runs backwards (write it from Monday towards Sunday)`);
      for (let i = a; i <= b; i++) if (!out.includes(WEEKDAY_CODES[i]!)) out.push(WEEKDAY_CODES[i]!);
      continue;
    }
    const day = readWeekday(part);
    if (!day.ok) return no(day.message);
    if (!out.includes(day.value)) out.push(day.value);
  }
  return ok(out);
}

/** A time of day: 18.00, 18:00, 1800, 18, kl. 18.30, 9.5 is refused. Returns HH:MM. */
export function readTime(input: string): Read<string> {
  const text = norm(input).replace(/^kl\.?\s*/, '');
  const match = /^(\d{1,2})(?:[.:](\d{2})(?:[.:]\d{2})?)?$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return no(`not a time: ${quoted(input)} (write e.g. 18.00 or 18:00)`);
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return no(`not a time of day: ${quoted(input)}`);
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

/** A time span "18.00-20.00", "18:00–20:00", "18 til 20". */
export function readTimeSpan(input: string): Read<[string, string]> {
  const parts = collapseSpace(input).split(/ ?[-–—] ?| til | to /i);
  if (parts.length !== 2) return no(`not a time span: ${quoted(input)} (write e.g. 09.00-14.00)`);
  const from = readTime(parts[0]!);
  if (!from.ok) return no(from.message);
  const to = readTime(parts[1]!);
  if (!to.ok) return no(to.message);
  return ok([from.value, to.value]);
}

/** A date: 05.01.2026, 5.1.2026, 05.01.26, 05/01/2026 (day first), 2026-01-05. Returns YYYY-MM-DD. */
export function readDate(input: string): Read<string> {
  const text = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3]!.length === 2) y += 2000;
  } else {
    return no(`not a date: ${quoted(input)} (write e.g. 05.01.2026 or 2026-01-05)`);
  }
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return no(`not a real date: ${quoted(input)}`);
  }
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** A decimal number with a point or a comma: "69,0123", "69.0123", "-1,5". */
export function readDecimal(input: string): Read<number> {
  const text = input
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[−–]/, '-');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(text)) return no(`not a number: ${quoted(input)} (write e.g. 69,0123 or 69.0123)`);
  return ok(Number(text.replace(',', '.')));
}

/** A whole number. */
export function readInteger(input: string): Read<number> {
  const text = input.trim();
  if (!/^[-+]?\d+$/.test(text)) return no(`not a whole number: ${quoted(input)}`);
  return ok(Number(text));
}

/** Yes or no: ja/nei, yes/no, true/false, sant/usant, 1/0, x (yes). */
export function readBoolean(input: string): Read<boolean> {
  const word = norm(input);
  if (['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x'].includes(word)) return ok(true);
  if (['nei', 'n', 'no', 'false', 'usant', '0'].includes(word)) return ok(false);
  return no(`expected ja or nei (yes or no), got ${quoted(input)}`);
}

/** Lists in one cell: values separated by `|`, `,`, `;` or line breaks. */
export function splitList(input: string): string[] {
  return input
    .split(/[|,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A table of accepted words (all lower case) as a Map: a cell is outside input, and a cell
 * reading "constructor" or "__proto__" must find nothing, as in an object literal it would.
 */
export function wordTable<T>(words: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(words));
}

/** Reads a value against a table of accepted words. */
function fromTable<T extends string>(input: string, table: ReadonlyMap<string, T>, what: string, examples: string): Read<T> {
  const word = norm(input).replace(/[_]/g, '-');
  const hit = table.get(word) ?? table.get(word.replace(/-/g, ' '));
  return hit ? ok(hit) : no(`unknown ${what} ${quoted(input)} (write ${examples})`);
}

const GROUP_STATUS = wordTable<'forming' | 'open' | 'full'>({
  forming: 'forming',
  'under oppstart': 'forming',
  'under etablering': 'forming',
  oppstart: 'forming',
  planlagt: 'forming',
  'søker deltakere': 'forming',
  'søkjer deltakarar': 'forming',
  'søker medlemmer': 'forming',
  'looking for members': 'forming',
  'starting up': 'forming',
  open: 'open',
  åpen: 'open',
  ope: 'open',
  'åpen for nye': 'open',
  'åpen for nye deltakere': 'open',
  'open for nye': 'open',
  'open for nye deltakarar': 'open',
  'ope for nye deltakarar': 'open',
  'tar imot nye': 'open',
  ledig: 'open',
  'ledige plasser': 'open',
  full: 'full',
  fullt: 'full',
  fulltegnet: 'full',
  fullteikna: 'full',
  'ingen ledige plasser': 'full',
  'ingen ledige plassar': 'full',
  stengt: 'full',
  lukket: 'full',
  closed: 'full',
});

/** A group's status: under oppstart / søker deltakere → forming, åpen → open, full / fullt → full. */
export function readGroupStatus(input: string): Read<'forming' | 'open' | 'full'> {
  return fromTable(input, GROUP_STATUS, 'group status', '"under oppstart", "søker deltakere", "åpen" or "full"');
}

const CENTRE_STATUS = wordTable<'active' | 'temporarily-closed' | 'closed'>({
  active: 'active',
  aktiv: 'active',
  åpen: 'active',
  open: 'active',
  ope: 'active',
  'i drift': 'active',
  'temporarily closed': 'temporarily-closed',
  'midlertidig stengt': 'temporarily-closed',
  'mellombels stengt': 'temporarily-closed',
  'midlertidig stengd': 'temporarily-closed',
  'mellombels stengd': 'temporarily-closed',
  'midlertidig lukket': 'temporarily-closed',
  'stengt i ferien': 'temporarily-closed',
  closed: 'closed',
  stengt: 'closed',
  stengd: 'closed',
  nedlagt: 'closed',
  nedlagd: 'closed',
  'lagt ned': 'closed',
});

/** A centre's status: aktiv → active, midlertidig stengt → temporarily-closed, stengt / nedlagt → closed. */
export function readCentreStatus(input: string): Read<'active' | 'temporarily-closed' | 'closed'> {
  return fromTable(input, CENTRE_STATUS, 'centre status', '"aktiv", "midlertidig stengt" or "nedlagt"');
}

const MODE = wordTable<'physical' | 'digital'>({
  physical: 'physical',
  fysisk: 'physical',
  'fysisk oppmøte': 'physical',
  oppmøte: 'physical',
  'in person': 'physical',
  'in-person': 'physical',
  digital: 'digital',
  digitalt: 'digital',
  video: 'digital',
  nett: 'digital',
  'på nett': 'digital',
  online: 'digital',
  'på video': 'digital',
});

export function readMode(input: string): Read<'physical' | 'digital'> {
  return fromTable(input, MODE, 'meeting form', '"fysisk" or "digital"');
}

const FREQUENCY = wordTable<'weekly' | 'fortnightly'>({
  weekly: 'weekly',
  ukentlig: 'weekly',
  vekentleg: 'weekly',
  'hver uke': 'weekly',
  'kvar veke': 'weekly',
  'every week': 'weekly',
  '1': 'weekly',
  fortnightly: 'fortnightly',
  biweekly: 'fortnightly',
  'every other week': 'fortnightly',
  'every second week': 'fortnightly',
  'annenhver uke': 'fortnightly',
  'annen hver uke': 'fortnightly',
  'hver andre uke': 'fortnightly',
  'hver 2. uke': 'fortnightly',
  'hver 2 uke': 'fortnightly',
  'annakvar veke': 'fortnightly',
  'anna kvar veke': 'fortnightly',
  'kvar andre veke': 'fortnightly',
  'kvar 2. veke': 'fortnightly',
  '2': 'fortnightly',
  '14-dagers': 'fortnightly',
  'hver 14. dag': 'fortnightly',
});

export function readFrequency(input: string): Read<'weekly' | 'fortnightly'> {
  return fromTable(input, FREQUENCY, 'frequency', '"ukentlig" or "annenhver uke"');
}

const REFERRAL = wordTable<'self' | 'gp' | 'nav' | 'health-personnel'>({
  self: 'self',
  selv: 'self',
  sjølv: 'self',
  egen: 'self',
  'ta kontakt selv': 'self',
  egenhenvisning: 'self',
  eigentilvising: 'self',
  gp: 'gp',
  fastlege: 'gp',
  fastlegen: 'gp',
  lege: 'gp',
  nav: 'nav',
  'health personnel': 'health-personnel',
  'health-personnel': 'health-personnel',
  helsepersonell: 'health-personnel',
  'annet helsepersonell': 'health-personnel',
  'anna helsepersonell': 'health-personnel',
});

export function readReferral(input: string): Read<'self' | 'gp' | 'nav' | 'health-personnel'> {
  return fromTable(input, REFERRAL, 'referral route', 'selv, fastlege, nav or helsepersonell');
}

type Kind =
  'municipal-contact' | 'link-centre' | 'volunteer-centre' | 'learning-coping-centre' | 'frisklivssentral' | 'selvhjelp-norge' | 'other';
const CONTACT_KIND = wordTable<Kind>({
  'municipal-contact': 'municipal-contact',
  'municipal contact': 'municipal-contact',
  kommune: 'municipal-contact',
  kommunen: 'municipal-contact',
  'kommunal kontakt': 'municipal-contact',
  'kommunal kontaktperson': 'municipal-contact',
  'link-centre': 'link-centre',
  'link centre': 'link-centre',
  link: 'link-centre',
  'link-senter': 'link-centre',
  'link senter': 'link-centre',
  'volunteer-centre': 'volunteer-centre',
  'volunteer centre': 'volunteer-centre',
  frivilligsentral: 'volunteer-centre',
  frivilligsentralen: 'volunteer-centre',
  'learning-coping-centre': 'learning-coping-centre',
  'learning and coping centre': 'learning-coping-centre',
  'lærings- og mestringssenter': 'learning-coping-centre',
  'lærings og mestringssenter': 'learning-coping-centre',
  lms: 'learning-coping-centre',
  frisklivssentral: 'frisklivssentral',
  frisklivssentralen: 'frisklivssentral',
  'selvhjelp-norge': 'selvhjelp-norge',
  'selvhjelp norge': 'selvhjelp-norge',
  other: 'other',
  annet: 'other',
  anna: 'other',
});

export function readContactKind(input: string): Read<Kind> {
  return fromTable(
    input,
    CONTACT_KIND,
    'contact point kind',
    'kommune, frivilligsentral, frisklivssentral, lms, link, selvhjelp-norge or annet',
  );
}

const LANGUAGE = wordTable<string>({
  norsk: 'nb',
  bokmål: 'nb',
  nynorsk: 'nn',
  nordsamisk: 'se',
  davvisámegiella: 'se',
  'north sámi': 'se',
  'north sami': 'se',
  sørsamisk: 'sma',
  åarjelsaemien: 'sma',
  'south sámi': 'sma',
  'south sami': 'sma',
  lulesamisk: 'smj',
  julevsámegiella: 'smj',
  'lule sámi': 'smj',
  'lule sami': 'smj',
  engelsk: 'en',
  english: 'en',
  kvensk: 'fkv',
  polsk: 'pl',
  arabisk: 'ar',
  somali: 'so',
  tigrinja: 'ti',
  ukrainsk: 'uk',
  russisk: 'ru',
});

/** A language: an ISO 639 code (nb, se, sma …) or a Norwegian or English name. "samisk" alone is refused (which one?). */
export function readLanguage(input: string): Read<string> {
  const word = norm(input);
  if (/^[a-z]{2,3}$/.test(word)) return ok(word);
  if (word === 'samisk' || word === 'sami' || word === 'sámi')
    return no(`${quoted(input)} is not one language: write nordsamisk (se), sørsamisk (sma) or lulesamisk (smj)`);
  const hit = LANGUAGE.get(word);
  return hit ? ok(hit) : no(`unknown language ${quoted(input)} (write an ISO 639 code such as nb, nn, se, sma, smj, en)`);
}

/** Pads a number that a spreadsheet stripped of its leading zeros: "301" → "0301". */
export function padDigits(input: string, width: number): string {
  const text = input.trim();
  return /^\d+$/.test(text) && text.length < width ? text.padStart(width, '0') : text;
}
