import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { safeHref } from '../../src/feed/links.js';
import { centre, contactPoint, feedDocument, group } from '../fixtures/feed-builder.js';

const paths = (result: ReturnType<typeof validateFeed>) => result.problems.map((p) => `${p.severity} ${p.path}`);

describe('feed validation', () => {
  it('accepts a valid feed with no problems and keeps every entry', () => {
    const result = validateFeed(feedDocument());
    expect(result.problems).to.deep.equal([]);
    expect(result.feed!.centres.map((c) => c.id)).to.deep.equal(['fls-0301']);
    expect(result.feed!.groups.map((g) => g.id)).to.deep.equal(['g-1']);
  });

  it('refuses a document that is not an object, or lacks its head', () => {
    expect(validateFeed([]).fatal).to.equal('invalid');
    expect(validateFeed('x').fatal).to.equal('invalid');
    const noPublisher = feedDocument();
    delete noPublisher.publisher;
    const result = validateFeed(noPublisher);
    expect(result.fatal).to.equal('invalid');
    expect(paths(result)).to.deep.equal(['error $.publisher']);
  });

  it('gives a clear version error for a newer major version', () => {
    const result = validateFeed(feedDocument({ version: 2 }));
    expect(result.fatal).to.equal('version');
    expect(result.problems[0]!.message).to.contain('newer');
  });

  it('skips a bad entry, naming the entry and the field, and keeps the rest', () => {
    const bad = { ...group({ id: 'g-bad' }), schedule: { frequency: 'weekly', weekday: 'XX', startTime: '18:00', endTime: '20:00' } };
    const result = validateFeed(feedDocument({ groups: [group(), bad as never] }));
    expect(result.feed!.groups.map((g) => g.id)).to.deep.equal(['g-1']);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ path: '$.groups[1].schedule.weekday', severity: 'error', entryId: 'g-bad' });
    expect(result.problems[0]!.message).to.contain('entry skipped');
  });

  it('checks real dates and times, not just their shape', () => {
    const result = validateFeed(
      feedDocument({
        groups: [
          group({ id: 'g-date', lastVerified: '2026-02-30' }),
          { ...group({ id: 'g-time' }), schedule: { frequency: 'weekly', weekday: 'MO', startTime: '25:00', endTime: '26:00' } },
          { ...group({ id: 'g-order' }), schedule: { frequency: 'weekly', weekday: 'MO', startTime: '20:00', endTime: '18:00' } },
        ],
      }),
    );
    expect(result.feed!.groups).to.have.length(0);
    expect(paths(result)).to.deep.equal([
      'error $.groups[0].lastVerified',
      'error $.groups[1].schedule.startTime',
      'error $.groups[1].schedule.endTime',
      'error $.groups[2].schedule.endTime',
    ]);
  });

  it('ignores unknown fields and never passes them on (members, meeting addresses)', () => {
    const withSecrets = { ...group(), members: [{ name: 'Kari Nordmann' }], meetingAddress: 'Hemmeligveien 3', futureField: 1 };
    const result = validateFeed(feedDocument({ groups: [withSecrets], somethingNew: { a: 1 } }));
    expect(result.problems).to.deep.equal([]);
    const kept = result.feed!.groups[0] as unknown as Record<string, unknown>;
    expect(kept).to.not.have.property('members');
    expect(kept).to.not.have.property('meetingAddress');
    expect(JSON.stringify(result.feed)).to.not.contain('Hemmeligveien');
  });

  it('skips duplicate ids and references to unknown ids', () => {
    const result = validateFeed(
      feedDocument({
        groups: [group(), group(), group({ id: 'g-2', contactPoint: 'nobody' }), group({ id: 'g-3', theme: 'unknown-theme' })],
        centres: [centre({ offers: ['kosthold', 'no-such-offer'] })],
      }),
    );
    expect(result.feed!.groups.map((g) => g.id)).to.deep.equal(['g-1']);
    expect(result.feed!.centres[0]!.offers).to.deep.equal(['kosthold']);
    expect(paths(result)).to.deep.equal([
      'error $.groups[1].id',
      'warning $.centres[0].offers',
      'error $.groups[2].contactPoint',
      'error $.groups[3].theme',
    ]);
  });

  it('requires the host among the served municipalities of a centre', () => {
    const result = validateFeed(feedDocument({ centres: [centre({ hostMunicipality: '5612', municipalities: ['5610'] })] }));
    expect(result.feed!.centres).to.have.length(0);
    expect(paths(result)).to.deep.equal(['error $.centres[0].municipalities']);
  });

  it('drops unsafe links with a warning and keeps the entry', () => {
    const result = validateFeed(
      feedDocument({
        centres: [centre({ url: 'javascript:alert(1)' })],
        contactPoints: [contactPoint({ registerInterestUrl: ' data:text/html,<b>x</b>' })],
      }),
    );
    expect(result.feed!.centres[0]).to.not.have.property('url');
    expect(result.feed!.contactPoints[0]).to.not.have.property('registerInterestUrl');
    expect(paths(result)).to.deep.equal(['warning $.contactPoints[0].registerInterestUrl', 'warning $.centres[0].url']);
  });

  it('rejects non-numeric and out-of-range coordinates on a municipality', () => {
    const result = validateFeed(
      feedDocument({
        municipalities: [
          { number: '0301', names: { no: 'Oslo' }, county: '03', lat: 'NaN', lon: 10 } as never,
          { number: '9999', names: { no: 'Nowhere' }, county: '03', lat: 10, lon: 10 },
        ],
      }),
    );
    expect(paths(result).slice(0, 2)).to.deep.equal(['error $.municipalities[0].lat', 'error $.municipalities[1].lat']);
  });

  it('lets only https, http, mailto and tel become links', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('http://example.org/')).to.equal('http://example.org/');
    expect(safeHref('mailto:post@example.org')).to.equal('mailto:post@example.org');
    expect(safeHref('tel:+4755501234')).to.equal('tel:+4755501234');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:msgbox',
      '/relative',
      '',
      'https://exa\u0000mple.org',
    ]) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });
});
