/**
 * The shared feed, version 1: one definition that is the validator, the
 * TypeScript types and (through scripts/build-schema.mjs) the published JSON
 * Schema `schema/feed.schema.json`.
 *
 * Shaped to map onto Open Referral HSDS 3.0 without loss: centres and contact
 * points are organizations with services and locations; a group is a service
 * with one schedule (freq WEEKLY, interval 1 or 2, byday, opens_at/closes_at,
 * dtstart); languages are ISO 639 codes; service areas are municipality numbers.
 */
import {
  array,
  boolean,
  lenient,
  named,
  number,
  object,
  oneOf,
  optional,
  string,
  withDefault,
  type Infer,
  type Problem,
} from './schema-kit.js';
import { safeHref } from './links.js';
import { CONTACT_POINT_KINDS, GROUP_STATUSES, REFERRAL_ROUTES, WEEKDAYS } from './vocabulary.js';

export { CONTACT_POINT_KINDS, GROUP_STATUSES, REFERRAL_ROUTES, WEEKDAYS } from './vocabulary.js';
export type { ContactPointKind, GroupStatus, ReferralRoute, Weekday } from './vocabulary.js';

export const FEED_VERSION = 1;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A real calendar date, not just the right shape (2026-02-30 is refused). */
function realDate(value: string): string | undefined {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
    ? undefined
    : `${value} is not a real date`;
}

export const date = () => string({ pattern: DATE, patternName: 'a date YYYY-MM-DD', refine: realDate, format: 'date', maxLength: 10 });
const time = () => string({ pattern: TIME, patternName: 'a time HH:MM (24 h)', maxLength: 5 });
const id = () => string({ pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, patternName: 'an id of letters, digits and . _ : -', maxLength: 100 });
const municipalityNumber = () => string({ pattern: /^\d{4}$/, patternName: 'a 4-digit municipality number', maxLength: 4 });
const languageCode = () =>
  string({ pattern: /^[a-z]{2,3}$/, patternName: 'an ISO 639 language code such as nb, se, sma, smj', maxLength: 3 });
const phone = () => string({ pattern: /^\+?[0-9 ()-]{3,20}$/, patternName: 'a phone number', maxLength: 20 });
const email = () =>
  string({ pattern: /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, patternName: 'an e-mail address', maxLength: 200, format: 'email' });
/** Only https:, http:, mailto: and tel: links are accepted; anything else is dropped with a warning. */
const link = () =>
  string({
    maxLength: 2000,
    format: 'uri',
    refine: (value) => (safeHref(value) ? undefined : 'only https:, http:, mailto: and tel: links are allowed'),
  });
const text = (maxLength = 2000) => string({ maxLength });

/** Text in our six locales. `nb` is required: it is the fallback for every other locale. */
export const LocalizedText = named(
  'LocalizedText',
  object({
    nb: text(),
    nn: lenient(text()),
    se: lenient(text()),
    sma: lenient(text()),
    smj: lenient(text()),
    en: lenient(text()),
  }),
);

function closesAfterOpens(value: { opens: string; closes: string }, path: string, problems: Problem[]): void {
  if (value.closes <= value.opens) problems.push({ path: `${path}.closes`, message: 'closes must be after opens', severity: 'error' });
}
export const weekday = () => oneOf(WEEKDAYS);

export const OpeningHours = named(
  'OpeningHours',
  object(
    {
      weekdays: array(weekday(), { minItems: 1, maxItems: 7, unique: true }),
      opens: time(),
      closes: time(),
      validFrom: lenient(date()),
      validTo: lenient(date()),
      note: lenient(LocalizedText),
    },
    { refine: closesAfterOpens },
  ),
);

/** One opening period of a special day. */
const DayPeriod = object({ opens: time(), closes: time() }, { refine: closesAfterOpens });

/**
 * A day that differs from the weekly hours: closed (no `hours`), or open only
 * in `hours` (1–4 periods; periods that overlap or touch are read as one). It
 * overrides the weekly hours and the public-holiday rule (Norwegian public
 * holidays are closed unless a special day says otherwise).
 */
export const SpecialDay = named(
  'SpecialDay',
  object({
    date: date(),
    hours: optional(array(DayPeriod, { minItems: 1, maxItems: 4 })),
    note: lenient(LocalizedText),
  }),
);

export type SpecialDay = Infer<typeof SpecialDay>;

const specialDays = () => optional(array(SpecialDay, { dropInvalid: true, maxItems: 400 }));

/** At most one special day per date: a repeated date is dropped with a warning (the first wins). */
function dropRepeatedDates(value: { specialDays?: SpecialDay[] }, path: string, problems: Problem[]): void {
  const days = value.specialDays;
  if (!days) return;
  const seen = new Set<string>();
  value.specialDays = days.filter((day) => {
    if (!seen.has(day.date)) return seen.add(day.date);
    problems.push({ path: `${path}.specialDays`, message: `${day.date} is given twice (the later entry is dropped)`, severity: 'warning' });
    return false;
  });
}

export const Offer = named(
  'Offer',
  object({
    id: id(),
    kind: oneOf(['core', 'optional'] as const),
    label: LocalizedText,
    description: lenient(LocalizedText),
  }),
);

export const Theme = named('Theme', object({ id: id(), label: LocalizedText, description: lenient(LocalizedText) }));

export const Address = named(
  'Address',
  object({
    street: text(200),
    postcode: string({ pattern: /^\d{4}$/, patternName: 'a 4-digit postcode', maxLength: 4 }),
    postTown: text(100),
    municipality: lenient(municipalityNumber()),
  }),
);

export const Site = named(
  'Site',
  object({
    id: lenient(id()),
    name: lenient(LocalizedText),
    address: Address,
    lat: lenient(number({ min: 57, max: 81.5 })),
    lon: lenient(number({ min: -10, max: 35 })),
    stepFree: lenient(boolean()),
    accessibilityNote: lenient(LocalizedText),
  }),
);

export const Programme = named(
  'Programme',
  object({
    weeks: withDefault(number({ min: 1, max: 52, integer: true }), 12),
    groupSessionWeeks: optional(array(number({ min: 1, max: 52, integer: true }), { unique: true, maxItems: 52 })),
    conversationWeeks: optional(array(number({ min: 1, max: 52, integer: true }), { unique: true, maxItems: 52 })),
    activities: optional(array(object({ week: number({ min: 1, max: 52, integer: true }), label: LocalizedText }), { maxItems: 100 })),
    renewable: withDefault(boolean(), true),
  }),
);

export const Notice = named('Notice', object({ text: LocalizedText, validFrom: lenient(date()), validTo: lenient(date()) }));

export const Centre = named(
  'Centre',
  object(
    {
      id: id(),
      name: LocalizedText,
      serviceCode: withDefault(string({ maxLength: 10 }), 'KX04'),
      hostMunicipality: municipalityNumber(),
      municipalities: array(municipalityNumber(), { minItems: 1, unique: true }),
      sites: array(Site, { dropInvalid: true, maxItems: 50 }),
      phone: lenient(phone()),
      email: lenient(email()),
      url: lenient(link()),
      offers: array(id(), { unique: true, maxItems: 100 }),
      referral: array(oneOf(REFERRAL_ROUTES), { unique: true, dropInvalid: true }),
      gettingStarted: lenient(LocalizedText),
      languages: withDefault(array(languageCode(), { unique: true, dropInvalid: true }), ['nb']),
      contactHours: optional(array(OpeningHours, { dropInvalid: true, maxItems: 20 })),
      specialDays: specialDays(),
      programme: lenient(Programme),
      status: withDefault(oneOf(['active', 'temporarily-closed', 'closed'] as const), 'active'),
      closedUntil: lenient(date()),
      notices: optional(array(Notice, { dropInvalid: true, maxItems: 20 })),
      fee: withDefault(object({ free: boolean(), text: lenient(LocalizedText) }), { free: true }),
      eligibility: lenient(
        object({
          text: lenient(LocalizedText),
          minAge: lenient(number({ min: 0, max: 120, integer: true })),
          maxAge: lenient(number({ min: 0, max: 120, integer: true })),
        }),
      ),
      description: lenient(LocalizedText),
      reportUrl: lenient(link()),
      lastVerified: date(),
    },
    {
      refine(value, path, problems) {
        dropRepeatedDates(value, path, problems);
        if (!value.municipalities.includes(value.hostMunicipality)) {
          problems.push({ path: `${path}.municipalities`, message: 'must include the host municipality', severity: 'error' });
        }
      },
    },
  ),
);

export const ContactPoint = named(
  'ContactPoint',
  object(
    {
      id: id(),
      kind: oneOf(CONTACT_POINT_KINDS),
      name: LocalizedText,
      municipalities: withDefault(array(municipalityNumber(), { unique: true, dropInvalid: true }), []),
      counties: withDefault(
        array(string({ pattern: /^\d{2}$/, patternName: 'a 2-digit county number', maxLength: 2 }), { unique: true, dropInvalid: true }),
        [],
      ),
      national: withDefault(boolean(), false),
      phone: lenient(phone()),
      email: lenient(email()),
      url: lenient(link()),
      registerInterestUrl: lenient(link()),
      centre: lenient(id()),
      contactHours: optional(array(OpeningHours, { dropInvalid: true, maxItems: 20 })),
      specialDays: specialDays(),
      waitingList: lenient(boolean()),
      reportUrl: lenient(link()),
      lastVerified: lenient(date()),
    },
    { refine: dropRepeatedDates },
  ),
);

export const GroupSchedule = named(
  'GroupSchedule',
  object(
    {
      frequency: oneOf(['weekly', 'fortnightly'] as const),
      weekday: weekday(),
      startTime: time(),
      endTime: time(),
      firstMeeting: lenient(date()),
    },
    {
      refine(value, path, problems) {
        if (value.endTime <= value.startTime)
          problems.push({ path: `${path}.endTime`, message: 'must be after startTime', severity: 'error' });
      },
    },
  ),
);

export const Group = named(
  'Group',
  object(
    {
      id: id(),
      theme: id(),
      title: LocalizedText,
      description: lenient(LocalizedText),
      mode: oneOf(['physical', 'digital'] as const),
      municipality: optional(municipalityNumber()),
      area: lenient(LocalizedText),
      schedule: GroupSchedule,
      status: oneOf(GROUP_STATUSES),
      plannedStart: lenient(date()),
      minAge: withDefault(number({ min: 0, max: 120, integer: true }), 18),
      languages: withDefault(array(languageCode(), { unique: true, dropInvalid: true, minItems: 1 }), ['nb']),
      contactPoint: id(),
      reportUrl: lenient(link()),
      lastVerified: date(),
    },
    {
      refine(value, path, problems) {
        if (value.mode === 'physical' && !value.municipality) {
          problems.push({ path: `${path}.municipality`, message: 'is required for a physical group', severity: 'error' });
        }
      },
    },
  ),
);

export const Municipality = named(
  'Municipality',
  object({
    number: municipalityNumber(),
    names: object({
      no: text(100),
      se: lenient(text(100)),
      sma: lenient(text(100)),
      smj: lenient(text(100)),
      fkv: lenient(text(100)),
    }),
    county: string({ pattern: /^\d{2}$/, patternName: 'a 2-digit county number', maxLength: 2 }),
    samiArea: optional(oneOf(['se', 'sma', 'smj'] as const)),
    lat: number({ min: 57, max: 81.5 }),
    lon: number({ min: -10, max: 35 }),
    aliases: optional(array(text(100), { maxItems: 10 })),
  }),
);

/** Everything except the collections, checked before any entry. */
export const FeedHead = object({
  version: number({ integer: true, min: 1 }),
  publisher: object({ name: text(200), url: lenient(link()), email: lenient(email()), reportUrl: lenient(link()) }),
  generatedAt: string({ pattern: DATE_TIME, patternName: 'an ISO 8601 date-time with zone', format: 'date-time', maxLength: 40 }),
  attribution: optional(array(text(500), { maxItems: 20 })),
  resources: lenient(
    object({
      postcodes: lenient(string({ maxLength: 2000, format: 'uri-reference' })),
    }),
  ),
});

export type LocalizedText = Infer<typeof LocalizedText>;
export type OpeningHours = Infer<typeof OpeningHours>;
export type Offer = Infer<typeof Offer>;
export type Theme = Infer<typeof Theme>;
export type Address = Infer<typeof Address>;
export type Site = Infer<typeof Site>;
export type Programme = Infer<typeof Programme>;
export type Notice = Infer<typeof Notice>;
export type Centre = Infer<typeof Centre>;
export type ContactPoint = Infer<typeof ContactPoint>;
export type GroupSchedule = Infer<typeof GroupSchedule>;
export type Group = Infer<typeof Group>;
export type Municipality = Infer<typeof Municipality>;
export type FeedHead = Infer<typeof FeedHead>;

/** A validated feed: only known fields, only valid entries. */
export interface Feed extends FeedHead {
  offers: Offer[];
  themes: Theme[];
  centres: Centre[];
  contactPoints: ContactPoint[];
  groups: Group[];
  municipalities: Municipality[];
}

/** The collections, in validation order (references point backwards). */
export const COLLECTIONS = {
  offers: Offer,
  themes: Theme,
  municipalities: Municipality,
  contactPoints: ContactPoint,
  centres: Centre,
  groups: Group,
} as const;
