import { expect } from '@open-wc/testing';
import { easterSunday, publicHoliday, publicHolidays } from '../../src/feed/holidays.js';
import { dayHours, isOpenNow, openingStatus } from '../../src/feed/opening-hours.js';
import { norwayClock } from '../../src/feed/oslo-time.js';
import { EASTER, STATUS_CASES, centreHours } from './opening-hours-cases.js';

describe('public holidays', () => {
  it('computes Easter by the Gregorian computus, 2026–2030 and far years', () => {
    for (const [year, { easter }] of Object.entries(EASTER)) expect(easterSunday(Number(year)), year).to.equal(easter);
    // Known extremes of the Gregorian Easter: 22 March (1818, 2285) and 25 April (1943, 2038).
    expect(easterSunday(1818)).to.equal('1818-03-22');
    expect(easterSunday(2285)).to.equal('2285-03-22');
    expect(easterSunday(1943)).to.equal('1943-04-25');
    expect(easterSunday(2038)).to.equal('2038-04-25');
  });

  it('lists the twelve public holidays of each year, in calendar order', () => {
    for (const [year, { holidays }] of Object.entries(EASTER)) {
      const all = [...publicHolidays(Number(year)).keys()];
      const fixed = [`${year}-01-01`, `${year}-05-01`, `${year}-05-17`, `${year}-12-25`, `${year}-12-26`];
      expect(all, year).to.deep.equal([...new Set([...fixed, ...holidays])].sort());
    }
    // 2027: Whit Monday falls on 17 May, so the year has eleven dates.
    expect(publicHolidays(2027).size).to.equal(11);
    expect(publicHoliday('2027-05-17')).to.equal('constitution-day');
    expect(publicHoliday('2026-05-14')).to.equal('ascension-day');
    expect(publicHoliday('2026-12-24')).to.equal(undefined);
  });
});

describe('opening status on a fixed clock (Norway time, whatever the device zone)', () => {
  for (const c of STATUS_CASES) {
    it(c.name, () => {
      expect(openingStatus(c.source ?? centreHours, c.at)).to.deep.equal(c.expected);
      expect(isOpenNow(c.source ?? centreHours, c.at)).to.equal(c.expected?.state === 'open');
    });
  }

  it('reads the wall clock in Norway across DST and midnight', () => {
    expect(norwayClock(new Date('2026-03-29T00:59:00Z'))).to.deep.equal({ date: '2026-03-29', minutes: 119 });
    expect(norwayClock(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({ date: '2026-03-29', minutes: 180 });
    expect(norwayClock(new Date('2026-10-25T00:30:00Z'))).to.deep.equal({ date: '2026-10-25', minutes: 150 });
    expect(norwayClock(new Date('2026-10-25T01:30:00Z'))).to.deep.equal({ date: '2026-10-25', minutes: 150 });
    expect(norwayClock(new Date('2026-12-31T23:00:00Z'))).to.deep.equal({ date: '2027-01-01', minutes: 0 });
  });

  it('merges periods and gives a day with a lunch closure its two periods', () => {
    expect(dayHours(centreHours, '2026-11-30').periods).to.deep.equal([
      { opens: '08:00', closes: '11:30' },
      { opens: '12:00', closes: '15:30' },
    ]);
    expect(dayHours(centreHours, '2026-12-01').periods).to.have.length(3);
    const touching = {
      contactHours: [
        { weekdays: ['MO' as const], opens: '12:00', closes: '15:00' },
        { weekdays: ['MO' as const], opens: '08:00', closes: '12:00' },
        { weekdays: ['MO' as const], opens: '09:00', closes: '10:00' },
      ],
    };
    expect(dayHours(touching, '2026-11-30').periods).to.deep.equal([{ opens: '08:00', closes: '15:00' }]);
    expect(dayHours(centreHours, '2026-05-14')).to.deep.equal({ date: '2026-05-14', periods: [], holiday: 'ascension-day' });
  });
});
