// Data: see src/i18n/calendar-data.ts (sources and licences).
import { MINUS, NBSP, type CalendarTable } from '../calendar-data.js';

export const calendar: CalendarTable = {
  weekdays: ['mánnodahka', 'dijstahka', 'gasskavahkko', 'duorastahka', 'bierjjedahka', 'lávvodahka', 'sådnåbiejvve'],
  weekdaysAbbr: ['mán', 'dis', 'gas', 'duor', 'bier', 'láv', 'såd'],
  months: [
    'ådåjakmánno',
    'guovvamánno',
    'snjuktjamánno',
    'vuoratjismánno',
    'moarmesmánno',
    'biehtsemánno',
    'snjilltjamánno',
    'bårggemánno',
    'ragátmánno',
    'gålgådismánno',
    'basádismánno',
    'javllamánno',
  ],
  monthsAbbr: ['ådåj', 'guov', 'snju', 'vuor', 'moar', 'bieh', 'snji', 'bårg', 'ragá', 'gålg', 'basá', 'javl'],
  // Windows spells March/July genitives sjnj-; the nominatives above use the dictionaries' snj-.
  monthsGenitive: [
    'ådåjakmáno',
    'guovvamáno',
    'sjnjuktjamáno',
    'vuoratjismáno',
    'moarmesmáno',
    'biehtsemáno',
    'sjnjilltjamáno',
    'bårggemáno',
    'ragátmáno',
    'gålgådismáno',
    'basádismáno',
    'javllamáno',
  ],
  decimal: ',',
  group: NBSP,
  // As for sma: no source gives the minus sign; U+2212 as in nb/nn/se.
  minus: MINUS,
};
