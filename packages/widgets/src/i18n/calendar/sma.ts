// Data: see src/i18n/calendar-data.ts (sources and licences).
import { MINUS, NBSP, type CalendarTable } from '../calendar-data.js';

export const calendar: CalendarTable = {
  weekdays: ['måanta', 'dæjsta', 'gaskevåhkoe', 'duarsta', 'bearjadahke', 'laavadahke', 'aejlege'],
  weekdaysAbbr: ['måa', 'dæj', 'gask', 'duar', 'bearj', 'laav', 'aej'],
  months: [
    'tsïengele',
    'goevte',
    'njoktje',
    'voerhtje',
    'suehpede',
    'ruffie',
    'snjaltje',
    'mïetske',
    'skïerede',
    'golke',
    'rahka',
    'goeve',
  ],
  monthsAbbr: ['tsïen', 'goevt', 'njok', 'voer', 'sueh', 'ruff', 'snja', 'mïet', 'skïer', 'golk', 'rahk', 'goev'],
  monthsGenitive: [
    'tsïengelen',
    'goevten',
    'njoktjen',
    'voerhtjen',
    'suehpeden',
    'ruffien',
    'snjaltjen',
    'mïetsken',
    'skïereden',
    'golken',
    'rahkan',
    'goeven',
  ],
  decimal: ',',
  group: NBSP,
  // No source gives a sma minus sign; U+2212 follows nb/nn/se (CLDR) for a consistent Norwegian UI.
  minus: MINUS,
};
