import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/format.js';
import { LOCALES } from '../../src/i18n/locales.js';

describe('formatDate without the year (day-month, weekday-day-month)', () => {
  it('writes the day and month, with or without the weekday, in each locale', () => {
    // Thursday 10 December 2026, 23:30 in Norway (22:30 UTC): the date is Norway's.
    const date = new Date(Date.UTC(2026, 11, 10, 22, 30));
    const dayMonth = Object.fromEntries(LOCALES.map((l) => [l, formatDate(date, l, 'day-month')]));
    const withWeekday = Object.fromEntries(LOCALES.map((l) => [l, formatDate(date, l, 'weekday-day-month')]));
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
    expect(formatDate(date, 'nb', 'weekday-day-month', 'UTC')).to.equal('torsdag 10. desember');
    expect(formatDate(new Date(Date.UTC(2026, 11, 10, 23, 30)), 'se', 'day-month')).to.equal('juovlamánu 11. b.');
  });
});
