import { expect } from '@open-wc/testing';
import { formatDayMonth } from '../../src/i18n/format.js';
import { LOCALES } from '../../src/i18n/locales.js';
import { loadLocale } from '../../src/i18n/messages.js';

describe('formatDayMonth: a date without the year', () => {
  // Each locale's calendar table comes with its strings, as on a page (an element loads its locale before it renders).
  before(() => Promise.all(LOCALES.map((l) => loadLocale(l))));

  it('writes the day and month, with or without the weekday, in each locale', () => {
    // Thursday 10 December 2026, 23:30 in Norway (22:30 UTC): the date is Norway's.
    const date = new Date(Date.UTC(2026, 11, 10, 22, 30));
    const dayMonth = Object.fromEntries(LOCALES.map((l) => [l, formatDayMonth(date, l, false)]));
    const withWeekday = Object.fromEntries(LOCALES.map((l) => [l, formatDayMonth(date, l, true)]));
    expect(dayMonth).to.deep.equal({
      nb: '10. desember',
      nn: '10. desember',
      se: 'juovlamánu 10. b.',
      sma: 'goeven 10. b.',
      smj: 'javllamáno 10. b.',
      en: '10 December',
    });
    expect(withWeekday).to.deep.equal({
      nb: 'torsdag 10. desember',
      nn: 'torsdag 10. desember',
      se: 'duorastat juovlamánu 10. b.',
      sma: 'duarsta goeven 10. b.',
      smj: 'duorastahka javllamáno 10. b.',
      en: 'Thursday 10 December',
    });
    expect(formatDayMonth(date, 'nb', true, 'UTC')).to.equal('torsdag 10. desember');
    expect(formatDayMonth(new Date(Date.UTC(2026, 11, 10, 23, 30)), 'se', false)).to.equal('juovlamánu 11. b.');
  });
});
