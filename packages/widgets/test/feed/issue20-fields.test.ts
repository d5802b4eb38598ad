// The feed additions of issue 20: special days, contact points' hours and waiting
// lists, and report URLs. Every one is optional, so an older feed stays valid.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { centre, contactPoint, feedDocument, group } from '../fixtures/feed-builder.js';

const bad = (value: unknown) => value as never;

describe('feed: special days, contact hours of contact points, waiting lists, report URLs', () => {
  it('keeps an older feed without any of the new fields valid and unchanged', () => {
    const result = validateFeed(feedDocument());
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.centres[0]!.specialDays).to.equal(undefined);
    expect(result.feed!.contactPoints[0]!.waitingList).to.equal(undefined);
    expect(result.feed!.publisher.reportUrl).to.equal(undefined);
  });

  it('reads closed days and special hours, with notes', () => {
    const specialDays = [
      { date: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }], note: { nb: 'Julaften', en: 'Christmas Eve' } },
      { date: '2026-12-31' },
      {
        date: '2027-01-02',
        hours: [
          { opens: '13:00', closes: '15:00' },
          { opens: '09:00', closes: '11:30' },
        ],
      },
    ];
    const result = validateFeed(feedDocument({ centres: [centre({ specialDays: bad(specialDays) })] }));
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.centres[0]!.specialDays).to.deep.equal(specialDays);
  });

  it('drops a broken special day with a warning, never turning it into a closed day', () => {
    const specialDays = [
      { date: '2026-12-24', hours: [{ opens: '12:00', closes: '09:00' }] },
      { date: '2026-02-30' },
      { date: '2026-12-27', hours: [] },
      { date: '2026-12-29', hours: [1, 2, 3, 4, 5].map(() => ({ opens: '09:00', closes: '10:00' })) },
      { date: '2026-12-31' },
      { date: '2026-12-31', hours: [{ opens: '10:00', closes: '12:00' }] },
    ];
    const result = validateFeed(feedDocument({ centres: [centre({ specialDays: bad(specialDays) })] }));
    expect(result.feed!.centres.map((c) => c.id)).to.deep.equal(['fls-0301']);
    expect(result.feed!.centres[0]!.specialDays).to.deep.equal([{ date: '2026-12-31' }]);
    const messages = result.problems.map((p) => `${p.severity} ${p.path} ${p.message}`);
    expect(messages).to.have.length(5);
    expect(messages.every((m) => m.startsWith('warning'))).to.equal(true);
    expect(messages[0]).to.contain('$.centres[0].specialDays[0].hours[0].closes closes must be after opens (item dropped)');
    expect(messages[1]).to.contain('$.centres[0].specialDays[1].date 2026-02-30 is not a real date');
    expect(messages[2]).to.contain('$.centres[0].specialDays[2].hours needs at least 1 item');
    expect(messages[3]).to.contain('$.centres[0].specialDays[3].hours more than 4 items');
    expect(messages[4]).to.contain('2026-12-31 is given twice (the later entry is dropped)');
  });

  it('bounds the work a feed can cause: more than 400 special days are refused', () => {
    const days = Array.from({ length: 401 }, (_, i) => ({ date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) }));
    const result = validateFeed(feedDocument({ centres: [centre({ specialDays: bad(days) })] }));
    expect(result.feed!.centres).to.deep.equal([]);
    expect(result.problems[0]!.message).to.contain('more than 400 items');
  });

  it('reads contact hours, special days and the waiting list of a contact point', () => {
    const point = contactPoint({
      contactHours: [
        { weekdays: ['MO', 'WE'], opens: '10:00', closes: '14:00' },
        { weekdays: ['MO'], opens: '15:00', closes: '18:00' },
      ],
      specialDays: [{ date: '2026-12-24' }],
      waitingList: true,
    });
    const result = validateFeed(feedDocument({ contactPoints: [point] }));
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.contactPoints[0]).to.deep.include({
      contactHours: point.contactHours,
      specialDays: [{ date: '2026-12-24' }],
      waitingList: true,
    });
  });

  it('ignores a waiting list that is not true or false, keeping the contact point', () => {
    const result = validateFeed(feedDocument({ contactPoints: [contactPoint({ waitingList: bad('ja') })] }));
    expect(result.feed!.contactPoints).to.have.length(1);
    expect(result.feed!.contactPoints[0]!.waitingList).to.equal(undefined);
    expect(result.problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal(['warning $.contactPoints[0].waitingList']);
  });

  it('takes report URLs (mailto: or https:) on the publisher, centres, contact points and groups', () => {
    const doc = feedDocument({
      centres: [centre({ reportUrl: 'mailto:feil@oslo.example.org' })],
      contactPoints: [contactPoint({ reportUrl: 'https://frivillig.example.org/meld-feil' })],
      groups: [group({ reportUrl: 'mailto:grupper@example.org?subject=Feil' })],
    });
    doc.publisher = { name: 'Testforlaget', reportUrl: 'https://example.org/skjema' };
    const result = validateFeed(doc);
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.publisher.reportUrl).to.equal('https://example.org/skjema');
    expect(result.feed!.centres[0]!.reportUrl).to.equal('mailto:feil@oslo.example.org');
    expect(result.feed!.contactPoints[0]!.reportUrl).to.equal('https://frivillig.example.org/meld-feil');
    expect(result.feed!.groups[0]!.reportUrl).to.equal('mailto:grupper@example.org?subject=Feil');
  });

  it('drops an unsafe report URL with a warning and keeps the entry', () => {
    const result = validateFeed(feedDocument({ groups: [group({ reportUrl: 'javascript:alert(1)' })] }));
    expect(result.feed!.groups).to.have.length(1);
    expect(result.feed!.groups[0]!.reportUrl).to.equal(undefined);
    expect(result.problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal(['warning $.groups[0].reportUrl']);
  });
});
