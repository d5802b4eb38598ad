// Data: see src/i18n/calendar-data.ts (sources and licences).
import { MINUS, NBSP, type CalendarTable } from '../calendar-data.js';

export const calendar: CalendarTable = {
  weekdays: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
  weekdaysAbbr: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
  months: [
    'ođđajagemánnu',
    'guovvamánnu',
    'njukčamánnu',
    'cuoŋománnu',
    'miessemánnu',
    'geassemánnu',
    'suoidnemánnu',
    'borgemánnu',
    'čakčamánnu',
    'golggotmánnu',
    'skábmamánnu',
    'juovlamánnu',
  ],
  monthsAbbr: ['ođđj', 'guov', 'njuk', 'cuo', 'mies', 'geas', 'suoi', 'borg', 'čakč', 'golg', 'skáb', 'juov'],
  monthsGenitive: [
    'ođđajagimánu',
    'guovvamánu',
    'njukčamánu',
    'cuoŋománu',
    'miessemánu',
    'geassemánu',
    'suoidnemánu',
    'borgemánu',
    'čakčamánu',
    'golggotmánu',
    'skábmamánu',
    'juovlamánu',
  ],
  decimal: ',',
  group: NBSP,
  minus: MINUS,
};
