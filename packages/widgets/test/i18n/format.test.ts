import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/i18n/locales.js';
import { loadLocale } from '../../src/i18n/messages.js';
import {
  compareNames,
  foldForSearch,
  foldForSearchVariants,
  formatDate,
  formatDistanceKm,
  formatMonth,
  formatNumber,
  formatTime,
  formatWeekday,
  pluralCategory,
} from '../../src/i18n/format.js';

const LOCALES: readonly Locale[] = ['nb', 'nn', 'se', 'sma', 'smj', 'en'];
const NBSP = '\u00A0';
const MINUS = '\u2212';

const utc = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

function each<T>(expected: Record<Locale, T>, actual: (locale: Locale) => T): void {
  for (const locale of LOCALES) {
    expect(actual(locale), locale).to.deep.equal(expected[locale]);
  }
}

describe('i18n/format', () => {
  // The nn and Sámi calendar tables come with their locale's module, as in an element.
  before(() => Promise.all(LOCALES.map(loadLocale)));

  describe('formatDate', () => {
    it('long date, Monday 2026-01-05', () => {
      each(
        {
          nb: '5. januar 2026',
          nn: '5. januar 2026',
          se: 'ođđajagimánu 5. b. 2026',
          sma: 'tsïengelen 5. b. 2026',
          smj: 'ådåjakmáno 5. b. 2026',
          en: '5 January 2026',
        },
        (l) => formatDate(utc(2026, 1, 5), l, 'long'),
      );
    });

    it('long date on the DST day 2026-03-29 (01:30 CET, before the 02:00 → 03:00 change)', () => {
      each(
        {
          nb: '29. mars 2026',
          nn: '29. mars 2026',
          se: 'njukčamánu 29. b. 2026',
          sma: 'njoktjen 29. b. 2026',
          smj: 'sjnjuktjamáno 29. b. 2026',
          en: '29 March 2026',
        },
        (l) => formatDate(utc(2026, 3, 29, 0, 30), l, 'long'),
      );
    });

    it('after the DST change: 21:30 UTC is still 29 March, 22:30 UTC is already 30 March in Oslo', () => {
      each(
        {
          nb: 'søndag 29. mars 2026',
          nn: 'søndag 29. mars 2026',
          se: 'sotnabeaivi njukčamánu 29. b. 2026',
          sma: 'aejlege njoktjen 29. b. 2026',
          smj: 'sådnåbiejvve sjnjuktjamáno 29. b. 2026',
          en: 'Sunday, 29 March 2026',
        },
        (l) => formatDate(utc(2026, 3, 29, 21, 30), l, 'weekday-long'),
      );
      each(
        {
          nb: 'mandag 30. mars 2026',
          nn: 'måndag 30. mars 2026',
          se: 'vuossárga njukčamánu 30. b. 2026',
          sma: 'måanta njoktjen 30. b. 2026',
          smj: 'mánnodahka sjnjuktjamáno 30. b. 2026',
          en: 'Monday, 30 March 2026',
        },
        (l) => formatDate(utc(2026, 3, 29, 22, 30), l, 'weekday-long'),
      );
    });

    it('23:30 UTC on 2025-12-31 is Thursday 2026-01-01 in Oslo', () => {
      const date = utc(2025, 12, 31, 23, 30);
      each(
        {
          nb: 'torsdag 1. januar 2026',
          nn: 'torsdag 1. januar 2026',
          se: 'duorastat ođđajagimánu 1. b. 2026',
          sma: 'duarsta tsïengelen 1. b. 2026',
          smj: 'duorastahka ådåjakmáno 1. b. 2026',
          en: 'Thursday, 1 January 2026',
        },
        (l) => formatDate(date, l, 'weekday-long'),
      );
      each({ nb: '01.01.2026', nn: '01.01.2026', se: '01.01.2026', sma: '01.01.2026', smj: '01.01.2026', en: '01/01/2026' }, (l) =>
        formatDate(date, l, 'short'),
      );
    });

    it('uses the time zone argument, not the browser zone', () => {
      const date = utc(2025, 12, 31, 23, 30);
      each(
        {
          nb: '31. desember 2025',
          nn: '31. desember 2025',
          se: 'juovlamánu 31. b. 2025',
          sma: 'goeven 31. b. 2025',
          smj: 'javllamáno 31. b. 2025',
          en: '31 December 2025',
        },
        (l) => formatDate(date, l, 'long', 'UTC'),
      );
      expect(formatDate(date, 'se', 'short', 'America/New_York')).to.equal('31.12.2025');
      expect(formatDate(utc(2026, 1, 5, 11), 'nn', 'short', 'Pacific/Kiritimati')).to.equal('06.01.2026');
    });

    it('medium and weekday-long styles', () => {
      each(
        {
          nb: '5. jan. 2026',
          nn: '5. jan. 2026',
          se: 'ođđj 5. b. 2026',
          sma: 'tsïen 5. b. 2026',
          smj: 'ådåj 5. b. 2026',
          en: '5 Jan 2026',
        },
        (l) => formatDate(utc(2026, 1, 5), l, 'medium'),
      );
      expect(formatDate(utc(2026, 3, 5), 'nn', 'medium')).to.equal('5. mars 2026');
      each(
        {
          nb: 'mandag 5. januar 2026',
          nn: 'måndag 5. januar 2026',
          se: 'vuossárga ođđajagimánu 5. b. 2026',
          sma: 'måanta tsïengelen 5. b. 2026',
          smj: 'mánnodahka ådåjakmáno 5. b. 2026',
          en: 'Monday, 5 January 2026',
        },
        (l) => formatDate(utc(2026, 1, 5), l, 'weekday-long'),
      );
    });
  });

  describe('formatWeekday and formatMonth', () => {
    const wide: Record<Locale, string[]> = {
      nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
      nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
      se: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
      sma: ['måanta', 'dæjsta', 'gaskevåhkoe', 'duarsta', 'bearjadahke', 'laavadahke', 'aejlege'],
      smj: ['mánnodahka', 'dijstahka', 'gasskavahkko', 'duorastahka', 'bierjjedahka', 'lávvodahka', 'sådnåbiejvve'],
      en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    };
    const abbreviated: Record<Locale, string[]> = {
      nb: ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'],
      nn: ['mån', 'tys', 'ons', 'tor', 'fre', 'lau', 'søn'],
      se: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
      sma: ['måa', 'dæj', 'gask', 'duar', 'bearj', 'laav', 'aej'],
      smj: ['mán', 'dis', 'gas', 'duor', 'bier', 'láv', 'såd'],
      en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    };
    const days = [0, 1, 2, 3, 4, 5, 6];

    it('weekday names Monday..Sunday, wide', () => {
      each(wide, (l) => days.map((i) => formatWeekday(i, l, 'wide')));
    });

    it('weekday names Monday..Sunday, abbreviated', () => {
      each(abbreviated, (l) => days.map((i) => formatWeekday(i, l, 'abbreviated')));
    });

    it('month names', () => {
      each({ nb: 'januar', nn: 'januar', se: 'ođđajagemánnu', sma: 'tsïengele', smj: 'ådåjakmánno', en: 'January' }, (l) =>
        formatMonth(0, l, 'wide'),
      );
      each({ nb: 'des', nn: 'des', se: 'juov', sma: 'goev', smj: 'javl', en: 'Dec' }, (l) => formatMonth(11, l, 'abbreviated'));
      expect(Array.from({ length: 12 }, (_, i) => formatMonth(i, 'en', 'wide'))).to.deep.equal([
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ]);
      expect(Array.from({ length: 12 }, (_, i) => formatMonth(i, 'se', 'wide'))).to.deep.equal([
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
      ]);
    });

    it('rejects out-of-range indexes', () => {
      expect(() => formatWeekday(7, 'nb', 'wide')).to.throw(RangeError);
      expect(() => formatMonth(-1, 'se', 'wide')).to.throw(RangeError);
      expect(() => formatMonth(1.5, 'se', 'wide')).to.throw(RangeError);
    });

    it('all Sámi strings are NFC', () => {
      for (const l of ['se', 'sma', 'smj'] as const) {
        for (let i = 0; i < 12; i++) {
          const m = formatMonth(i, l, 'wide');
          expect(m, m).to.equal(m.normalize('NFC'));
        }
      }
    });
  });

  describe('formatTime', () => {
    it('24-hour HH:mm everywhere', () => {
      each({ nb: '18:00', nn: '18:00', se: '18:00', sma: '18:00', smj: '18:00', en: '18:00' }, (l) => formatTime(18, 0, l));
      each({ nb: '09:05', nn: '09:05', se: '09:05', sma: '09:05', smj: '09:05', en: '09:05' }, (l) => formatTime(9, 5, l));
    });
  });

  describe('formatNumber', () => {
    it('12345.6', () => {
      const no = `12${NBSP}345,6`;
      each({ nb: no, nn: no, se: no, sma: no, smj: no, en: '12,345.6' }, (l) => formatNumber(12345.6, l));
    });

    it('-1234.5', () => {
      const no = `${MINUS}1${NBSP}234,5`;
      each({ nb: no, nn: no, se: no, sma: no, smj: no, en: '-1,234.5' }, (l) => formatNumber(-1234.5, l));
    });

    it('rounds like Intl and never prints minus zero', () => {
      const no = `1${NBSP}234,57`;
      each({ nb: no, nn: no, se: no, sma: no, smj: no, en: '1,234.57' }, (l) => formatNumber(1234.5678, l, { maximumFractionDigits: 2 }));
      each({ nb: '0', nn: '0', se: '0', sma: '0', smj: '0', en: '0' }, (l) => formatNumber(-0.01, l, { maximumFractionDigits: 1 }));
      expect(formatNumber(1234567.25, 'smj', { maximumFractionDigits: 0 })).to.equal(`1${NBSP}234${NBSP}567`);
    });
  });

  describe('formatDistanceKm', () => {
    it('one decimal below 10 km, none from 10 km', () => {
      each({ nb: '2,5', nn: '2,5', se: '2,5', sma: '2,5', smj: '2,5', en: '2.5' }, (l) => formatDistanceKm(2.5, l));
      expect(formatDistanceKm(2, 'se')).to.equal('2,0');
      expect(formatDistanceKm(0.04, 'nb')).to.equal('0,0');
      expect(formatDistanceKm(9.94, 'nn')).to.equal('9,9');
      expect(formatDistanceKm(9.96, 'nn')).to.equal('10');
      expect(formatDistanceKm(12.4, 'sma')).to.equal('12');
      expect(formatDistanceKm(1234.4, 'smj')).to.equal(`1${NBSP}234`);
      expect(formatDistanceKm(1234.4, 'en')).to.equal('1,234');
    });
  });

  describe('pluralCategory', () => {
    it('0, 1, 2, 3 in every locale', () => {
      const dual = ['other', 'one', 'two', 'other'];
      const noDual = ['other', 'one', 'other', 'other'];
      each({ nb: noDual, nn: noDual, se: dual, sma: dual, smj: dual, en: noDual }, (l) => [0, 1, 2, 3].map((n) => pluralCategory(n, l)));
    });
  });

  describe('foldForSearch', () => {
    it('folds Sámi and Norwegian names', () => {
      const cases: Array<[string, string]> = [
        ['Guovdageaidnu', 'guovdageaidnu'],
        ['Kárášjohka', 'karasjohka'],
        ['Deatnu', 'deatnu'],
        ['Porsáŋgu', 'porsangu'],
        ['Ålesund', 'alesund'],
        ['Aalesund', 'aalesund'],
        ['Snåase', 'snaase'],
        ['Raarvihke', 'raarvihke'],
        ['Hábmer', 'habmer'],
        ['Øystre Slidre', 'oystre slidre'],
        ['ÆRØ', 'aero'],
        ['Đ Ŋ Ŧ Ž Č Š', 'd n t z c s'],
        ['Tïjje Åarjel-Ähkä', 'tijje aarjel ahka'],
        ['  Nord-Fron,  St. Olav ', 'nord fron st olav'],
      ];
      for (const [input, expected] of cases) {
        expect(foldForSearch(input), input).to.equal(expected);
      }
    });

    it('gives the same result for NFC and NFD input', () => {
      const nfc = 'Kárášjohka Porsáŋgu Ålesund';
      expect(foldForSearch(nfc.normalize('NFD'))).to.equal(foldForSearch(nfc));
      expect(foldForSearch(nfc.normalize('NFD'))).to.equal('karasjohka porsangu alesund');
    });

    it('variants let Å and Aa match both ways', () => {
      expect(foldForSearchVariants('Ålesund')).to.deep.equal(['alesund', 'aalesund']);
      expect(foldForSearchVariants('Aalesund')).to.deep.equal(['aalesund']);
      expect(foldForSearchVariants('Snåase')).to.deep.equal(['snaase', 'snaaase']);
      expect(foldForSearchVariants('Kárášjohka')).to.deep.equal(['karasjohka']);

      const matches = (record: string, query: string) => {
        const r = foldForSearchVariants(record);
        return foldForSearchVariants(query).some((q) => r.some((v) => v.includes(q)));
      };
      expect(matches('Ålesund', 'aalesund')).to.equal(true);
      expect(matches('Aalesund', 'ålesund')).to.equal(true);
      expect(matches('Ålesund', 'Åle')).to.equal(true);
      expect(matches('Kárášjohka', 'karas')).to.equal(true);
      expect(matches('Porsáŋgu', 'porsang')).to.equal(true);
      expect(matches('Deatnu', 'aalesund')).to.equal(false);
    });
  });

  describe('compareNames', () => {
    it('Norwegian order with æ ø å last for nb, nn and the Sámi locales', () => {
      const input = ['Åsnes', 'Øystre Slidre', 'Ærø', 'Bø', 'Alta', 'Čáhcesuolu', 'Dovre', 'Zeta'];
      const expected = ['Alta', 'Bø', 'Čáhcesuolu', 'Dovre', 'Zeta', 'Ærø', 'Øystre Slidre', 'Åsnes'];
      for (const l of ['nb', 'nn', 'se', 'sma', 'smj'] as const) {
        expect(
          [...input].sort((a, b) => compareNames(a, b, l)),
          l,
        ).to.deep.equal(expected);
      }
      // Sámi letters sort right after their base letter.
      expect(['Čo', 'Do', 'Co'].sort((a, b) => compareNames(a, b, 'se'))).to.deep.equal(['Co', 'Čo', 'Do']);
      expect(['Bydel 10', 'Bydel 2'].sort((a, b) => compareNames(a, b, 'nb'))).to.deep.equal(['Bydel 2', 'Bydel 10']);
    });

    it('English root order for en', () => {
      expect(['Zeta', 'Åsnes', 'Bø', 'Alta'].sort((a, b) => compareNames(a, b, 'en'))).to.deep.equal(['Alta', 'Åsnes', 'Bø', 'Zeta']);
    });
  });
});
