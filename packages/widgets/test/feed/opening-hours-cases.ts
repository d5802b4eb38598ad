/**
 * Fixed-clock cases for the opening status, shared by the browser test (Chromium, page in
 * Europe/Oslo) and the Node test (the same cases on devices in other time zones). Each
 * instant is given in UTC and commented with Norway's wall-clock time.
 */
import type { HoursSource, OpeningStatus } from '../../src/feed/opening-hours.js';

/** Mon–Fri 08:00–11:30 and 12:00–15:30 (closed for lunch), Tuesdays also 16:00–19:00. */
export const centreHours: HoursSource = {
  contactHours: [
    { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '11:30' },
    { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '12:00', closes: '15:30' },
    { weekdays: ['TU'], opens: '16:00', closes: '19:00', note: { nb: 'Kveldsåpent' } },
  ],
  specialDays: [
    { date: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }], note: { nb: 'Julaften', en: 'Christmas Eve' } },
    { date: '2026-12-31', note: { nb: 'Nyttårsaften', en: "New Year's Eve" } },
    { date: '2026-05-17', hours: [{ opens: '10:00', closes: '14:00' }], note: { nb: 'Åpent på nasjonaldagen' } },
    { date: '2027-05-06' },
  ],
};

const julaften = { nb: 'Julaften', en: 'Christmas Eve' };
const nyttarsaften = { nb: 'Nyttårsaften', en: "New Year's Eve" };

const at = (iso: string) => new Date(iso);

export interface StatusCase {
  name: string;
  source?: HoursSource;
  at: Date;
  expected: OpeningStatus | undefined;
}

export const STATUS_CASES: StatusCase[] = [
  // A week in winter (UTC+1): Monday 30 November – Monday 7 December 2026.
  {
    name: 'Monday 07:00, before opening',
    at: at('2026-11-30T06:00:00Z'),
    expected: { state: 'closed', next: { date: '2026-11-30', opens: '08:00', when: 'today' } },
  },
  { name: 'Monday 08:00, opening minute', at: at('2026-11-30T07:00:00Z'), expected: { state: 'open', closes: '11:30' } },
  { name: 'Monday 11:29', at: at('2026-11-30T10:29:00Z'), expected: { state: 'open', closes: '11:30' } },
  {
    name: 'Monday 11:45, closed for lunch',
    at: at('2026-11-30T10:45:00Z'),
    expected: { state: 'closed', next: { date: '2026-11-30', opens: '12:00', when: 'today' } },
  },
  { name: 'Monday 12:00, after lunch', at: at('2026-11-30T11:00:00Z'), expected: { state: 'open', closes: '15:30' } },
  {
    name: 'Monday 15:30, closing minute',
    at: at('2026-11-30T14:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-01', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Tuesday 15:45, between the day and the evening',
    at: at('2026-12-01T14:45:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-01', opens: '16:00', when: 'today' } },
  },
  { name: 'Tuesday 18:00, evening hours', at: at('2026-12-01T17:00:00Z'), expected: { state: 'open', closes: '19:00' } },
  { name: 'Wednesday 10:00', at: at('2026-12-02T09:00:00Z'), expected: { state: 'open', closes: '11:30' } },
  { name: 'Thursday 14:00', at: at('2026-12-03T13:00:00Z'), expected: { state: 'open', closes: '15:30' } },
  {
    name: 'Friday 16:00, closed for the weekend',
    at: at('2026-12-04T15:00:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-07', opens: '08:00', when: 'weekday' } },
  },
  {
    name: 'Saturday 12:00',
    at: at('2026-12-05T11:00:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-07', opens: '08:00', when: 'weekday' } },
  },
  {
    name: 'Sunday 23:59',
    at: at('2026-12-06T22:59:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-07', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Monday 00:30 in Norway, still Sunday in UTC (midnight)',
    at: at('2026-12-06T23:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-07', opens: '08:00', when: 'today' } },
  },

  // Daylight saving time: clocks go forward on Sunday 29 March 2026, back on Sunday 25 October 2026.
  {
    name: 'Friday before spring DST, 06:30Z = 07:30 CET',
    at: at('2026-03-27T06:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-03-27', opens: '08:00', when: 'today' } },
  },
  { name: 'Monday after spring DST, 06:30Z = 08:30 CEST', at: at('2026-03-30T06:30:00Z'), expected: { state: 'open', closes: '11:30' } },
  {
    name: 'the DST night itself, 01:30Z = 03:30 CEST Sunday',
    at: at('2026-03-29T01:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-03-30', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Monday after spring DST, 13:30Z = 15:30 CEST, closing minute',
    at: at('2026-03-30T13:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-03-31', opens: '08:00', when: 'tomorrow' } },
  },
  { name: 'Friday before autumn DST, 06:30Z = 08:30 CEST', at: at('2026-10-23T06:30:00Z'), expected: { state: 'open', closes: '11:30' } },
  {
    name: 'Monday after autumn DST, 06:30Z = 07:30 CET',
    at: at('2026-10-26T06:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-10-26', opens: '08:00', when: 'today' } },
  },
  { name: 'Monday after autumn DST, 14:15Z = 15:15 CET', at: at('2026-10-26T14:15:00Z'), expected: { state: 'open', closes: '15:30' } },

  // Christmas and New Year.
  {
    name: 'Christmas Eve 10:00, special hours',
    at: at('2026-12-24T09:00:00Z'),
    expected: { state: 'open', closes: '12:00', note: julaften },
  },
  {
    name: 'Christmas Eve 08:30, before the special hours',
    at: at('2026-12-24T07:30:00Z'),
    expected: { state: 'closed', next: { date: '2026-12-24', opens: '09:00', when: 'today', note: julaften } },
  },
  {
    name: 'Christmas Day',
    at: at('2026-12-25T10:00:00Z'),
    expected: { state: 'closed-today', holiday: 'christmas-day', next: { date: '2026-12-28', opens: '08:00', when: 'weekday' } },
  },
  {
    name: "New Year's Eve, a closed special day with a note",
    at: at('2026-12-31T10:00:00Z'),
    expected: { state: 'closed-today', note: nyttarsaften, next: { date: '2027-01-04', opens: '08:00', when: 'weekday' } },
  },
  {
    name: "New Year's Day 00:30, still 31 December in UTC",
    at: at('2026-12-31T23:30:00Z'),
    expected: { state: 'closed-today', holiday: 'new-year', next: { date: '2027-01-04', opens: '08:00', when: 'weekday' } },
  },

  // Easter and the other movable feasts.
  {
    name: 'Maundy Thursday 2027: closed through Easter Monday',
    at: at('2027-03-25T09:00:00Z'),
    expected: { state: 'closed-today', holiday: 'maundy-thursday', next: { date: '2027-03-30', opens: '08:00', when: 'weekday' } },
  },
  {
    name: 'Easter Monday 2028',
    at: at('2028-04-17T08:00:00Z'),
    expected: { state: 'closed-today', holiday: 'easter-monday', next: { date: '2028-04-18', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Wednesday before Easter 2029, 16:00: opens after Easter Monday',
    at: at('2029-03-28T14:00:00Z'),
    expected: { state: 'closed', next: { date: '2029-04-03', opens: '08:00', when: 'weekday' } },
  },
  {
    name: 'Ascension Day 2026',
    at: at('2026-05-14T08:00:00Z'),
    expected: { state: 'closed-today', holiday: 'ascension-day', next: { date: '2026-05-15', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Ascension Day 2027 with a closed special day without a note: the holiday names it',
    at: at('2027-05-06T08:00:00Z'),
    expected: { state: 'closed-today', holiday: 'ascension-day', next: { date: '2027-05-07', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Whit Monday 2030',
    at: at('2030-06-10T08:00:00Z'),
    expected: { state: 'closed-today', holiday: 'whit-monday', next: { date: '2030-06-11', opens: '08:00', when: 'tomorrow' } },
  },
  {
    name: 'Labour Day 2026 (a Friday)',
    at: at('2026-05-01T08:00:00Z'),
    expected: { state: 'closed-today', holiday: 'labour-day', next: { date: '2026-05-04', opens: '08:00', when: 'weekday' } },
  },
  {
    name: 'Constitution Day 2026, a Sunday the special day opens',
    at: at('2026-05-17T09:00:00Z'),
    expected: { state: 'open', closes: '14:00', note: { nb: 'Åpent på nasjonaldagen' } },
  },

  // Temporary closure, closure and no hours.
  {
    name: 'temporarily closed until 4 January',
    source: { ...centreHours, status: 'temporarily-closed', closedUntil: '2027-01-04' },
    at: at('2027-01-04T12:00:00Z'),
    expected: { state: 'temporarily-closed', until: '2027-01-04' },
  },
  {
    name: 'a temporary closure that has ended',
    source: { ...centreHours, status: 'temporarily-closed', closedUntil: '2027-01-04' },
    at: at('2027-01-05T09:00:00Z'),
    expected: { state: 'open', closes: '11:30' },
  },
  {
    name: 'temporarily closed without an end date, even without hours',
    source: { status: 'temporarily-closed' },
    at: at('2027-01-05T09:00:00Z'),
    expected: { state: 'temporarily-closed' },
  },
  { name: 'closed down', source: { ...centreHours, status: 'closed' }, at: at('2026-11-30T09:00:00Z'), expected: undefined },
  { name: 'no hours in the feed', source: {}, at: at('2026-11-30T09:00:00Z'), expected: undefined },
  {
    name: 'only special days',
    source: { specialDays: [{ date: '2026-11-30', hours: [{ opens: '08:00', closes: '12:00' }] }] },
    at: at('2026-11-30T09:00:00Z'),
    expected: undefined,
  },
  {
    name: 'summer hours in force only from June',
    source: {
      contactHours: [
        { weekdays: ['MO'], opens: '09:00', closes: '14:00', validFrom: '2026-06-01', validTo: '2026-08-31' },
        { weekdays: ['MO'], opens: '08:00', closes: '15:30', validTo: '2026-05-31' },
      ],
    },
    at: at('2026-06-01T11:30:00Z'),
    expected: { state: 'open', closes: '14:00' },
  },
  {
    name: 'nothing opens in the next two weeks',
    source: { contactHours: [{ weekdays: ['MO'], opens: '09:00', closes: '14:00', validTo: '2026-06-01' }] },
    at: at('2026-06-02T12:30:00Z'),
    expected: undefined,
  },
];

/** Easter Sunday and the movable public holidays, 2026–2030 (Den norske kirkes kalender). */
export const EASTER: Record<number, { easter: string; holidays: string[] }> = {
  2026: {
    easter: '2026-04-05',
    holidays: ['2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25'],
  },
  2027: {
    easter: '2027-03-28',
    holidays: ['2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17'],
  },
  2028: {
    easter: '2028-04-16',
    holidays: ['2028-04-13', '2028-04-14', '2028-04-16', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-05'],
  },
  2029: {
    easter: '2029-04-01',
    holidays: ['2029-03-29', '2029-03-30', '2029-04-01', '2029-04-02', '2029-05-10', '2029-05-20', '2029-05-21'],
  },
  2030: {
    easter: '2030-04-21',
    holidays: ['2030-04-18', '2030-04-19', '2030-04-21', '2030-04-22', '2030-05-30', '2030-06-09', '2030-06-10'],
  },
};
