// Data: see src/i18n/calendar-data.ts (sources and licences).
import { MINUS, NBSP, NO_MONTHS, NO_MONTHS_ABBR, NO_MONTHS_ABBR_FORMAT, type CalendarTable } from '../calendar-data.js';

export const calendar: CalendarTable = {
  weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
  weekdaysAbbr: ['mån', 'tys', 'ons', 'tor', 'fre', 'lau', 'søn'],
  months: NO_MONTHS,
  monthsAbbr: NO_MONTHS_ABBR,
  monthsAbbrFormat: NO_MONTHS_ABBR_FORMAT,
  decimal: ',',
  group: NBSP,
  minus: MINUS,
};
