// Data (selected from locales/calendar-sources.json; the choices are in locales/README.md, 'Calendar'): nb, nn, se from Unicode CLDR 48 (© Unicode, Inc., Unicode License v3), se Thursday and genitive months, sma, smj from Windows locale data via jQuery Globalize 0.x (MIT) and Giellatekno/Divvun dictionaries giellalt/dict-nob-sme, dict-nob-sma, dict-nob-smj, dict-sme-smj (CC BY 4.0).

/**
 * Calendar names and number symbols for the locales whose `Intl` data Chromium lacks (nn, se, sma,
 * smj), plus nb. Weekday arrays are Monday-first, month arrays January-first. All strings are NFC.
 */
export interface CalendarTable {
  readonly weekdays: readonly string[];
  readonly weekdaysAbbr: readonly string[];
  /** Stand-alone month names (nominative). */
  readonly months: readonly string[];
  readonly monthsAbbr: readonly string[];
  /** Abbreviated months as written inside a date ("5. jan. 2026"), where different from `monthsAbbr`. */
  readonly monthsAbbrFormat?: readonly string[];
  /** Genitive month, the form written with a day number ("cuoŋománu 5. b. 2026"). */
  readonly monthsGenitive?: readonly string[];
  readonly decimal: string;
  readonly group: string;
  readonly minus: string;
}

export type TableLocale = 'nb' | 'nn' | 'se' | 'sma' | 'smj';

const NBSP = '\u00A0';
const MINUS = '\u2212';

// nb and nn month names are identical in CLDR 48.
const NO_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const NO_MONTHS_ABBR = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const NO_MONTHS_ABBR_FORMAT = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

export const CALENDAR: Readonly<Record<TableLocale, CalendarTable>> = {
  nb: {
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    weekdaysAbbr: ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'],
    months: NO_MONTHS,
    monthsAbbr: NO_MONTHS_ABBR,
    monthsAbbrFormat: NO_MONTHS_ABBR_FORMAT,
    decimal: ',',
    group: NBSP,
    minus: MINUS,
  },
  nn: {
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
    weekdaysAbbr: ['mån', 'tys', 'ons', 'tor', 'fre', 'lau', 'søn'],
    months: NO_MONTHS,
    monthsAbbr: NO_MONTHS_ABBR,
    monthsAbbrFormat: NO_MONTHS_ABBR_FORMAT,
    decimal: ',',
    group: NBSP,
    minus: MINUS,
  },
  se: {
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
  },
  sma: {
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
  },
  smj: {
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
  },
};
