import { expect } from '@open-wc/testing';
import { todayIn } from '../../../src/i18n/format.js';
import { indexFeed } from '../../../src/feed/index-feed.js';
import {
  activeNotices,
  centreOffers,
  continueCounts,
  currentContactHours,
  isInForce,
  normalizeMunicipalityNumber,
  pickCentre,
  weekdayRuns,
} from '../../../src/feed/queries/card.js';
import type { Feed } from '../../../src/feed/schema.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { centre, contactPoint, feedDocument, group } from '../../fixtures/feed-builder.js';
import { interCentre, karasjokCentre } from './helpers.js';

function feedOf(parts: Parameters<typeof feedDocument>[0]): Feed {
  const { feed } = validateFeed(feedDocument(parts));
  if (!feed) throw new Error('test feed is invalid');
  return feed;
}

describe('card queries', () => {
  describe('pickCentre', () => {
    const feed = feedOf({
      centres: [
        centre(),
        interCentre(),
        karasjokCentre(),
        // Two centres serve Snåsa, neither hosted there: the first by name wins.
        centre({ id: 'fls-b', name: { nb: 'Frisklivssentralen Øst' }, hostMunicipality: '1508', municipalities: ['1508', '5041'] }),
        centre({ id: 'fls-a', name: { nb: 'Frisklivssentralen Aust' }, hostMunicipality: '0301', municipalities: ['0301', '5041'] }),
      ],
    });
    const index = indexFeed(feed);
    const pick = (by: { centre?: string; municipality?: string }) => pickCentre(index, by, 'nb')?.id;

    it('by id, which wins over the municipality', () => {
      expect(pick({ centre: 'fls-karasjok' })).to.equal('fls-karasjok');
      expect(pick({ centre: 'fls-karasjok', municipality: '0301' })).to.equal('fls-karasjok');
      expect(pick({ centre: ' fls-karasjok ' })).to.equal('fls-karasjok');
      expect(pick({ centre: 'nope' })).to.equal(undefined);
    });

    it('by municipality: an inter-municipal centre serves its non-host municipalities', () => {
      expect(pick({ municipality: '5612' })).to.equal('fls-vest-finnmark');
      expect(pick({ municipality: '5601' })).to.equal('fls-vest-finnmark');
    });

    it('by municipality: the centre hosted there, else the first by name', () => {
      expect(pick({ municipality: '5610' })).to.equal('fls-karasjok');
      expect(pick({ municipality: '0301' })).to.equal('fls-0301');
      expect(pick({ municipality: '5041' })).to.equal('fls-a'); // "Aust" before "Øst"
    });

    it('by municipality: none for an unserved or unknown one, or nothing given', () => {
      expect(pick({ municipality: '1875' })).to.equal(undefined);
      expect(pick({ municipality: '9999' })).to.equal(undefined);
      expect(pick({})).to.equal(undefined);
    });

    it('normalises municipality numbers', () => {
      expect(normalizeMunicipalityNumber('301')).to.equal('0301');
      expect(normalizeMunicipalityNumber(' 5612 ')).to.equal('5612');
      expect(normalizeMunicipalityNumber('Oslo')).to.equal('Oslo');
      expect(pick({ municipality: '301' })).to.equal('fls-0301');
    });
  });

  describe('centreOffers', () => {
    it('core offers first, then optional ones, in feed order', () => {
      const feed = feedOf({});
      const { core, optional } = centreOffers(feed, centre({ offers: ['sovn', 'kosthold', 'kid', 'fysisk-aktivitet', 'unknown'] }));
      expect(core.map((o) => o.id)).to.deep.equal(['fysisk-aktivitet', 'kosthold']);
      expect(optional.map((o) => o.id)).to.deep.equal(['kid', 'sovn']);
    });

    it('a centre listing no core offer shows the national core offer', () => {
      const feed = feedOf({});
      const { core, optional } = centreOffers(feed, centre({ offers: ['kid'] }));
      expect(core.map((o) => o.id)).to.deep.equal(['fysisk-aktivitet', 'kosthold', 'snus-roykeslutt']);
      expect(optional.map((o) => o.id)).to.deep.equal(['kid']);
    });
  });

  describe('continueCounts', () => {
    const feed = feedOf({
      centres: [centre(), interCentre(), karasjokCentre()],
      contactPoints: [contactPoint(), contactPoint({ id: 'cp-alta', municipalities: ['5601'] })],
      groups: [
        group(),
        group({ id: 'g1', municipality: '5601', contactPoint: 'cp-alta' }),
        group({ id: 'g2', municipality: '5612', contactPoint: 'cp-alta', status: 'full' }),
        group({ id: 'g3', municipality: '5610', contactPoint: 'cp-alta', status: 'forming' }),
        group({ id: 'g4', municipality: '1875', contactPoint: 'cp-alta' }),
        group({ id: 'g5', mode: 'digital', municipality: undefined, contactPoint: 'cp-alta' }),
      ],
    });
    const index = indexFeed(feed);

    it('groups meeting in any served municipality; digital groups and other places are not counted', () => {
      expect(continueCounts(feed, index, index.centres.get('fls-vest-finnmark')!).groups).to.equal(3);
      expect(continueCounts(feed, index, index.centres.get('fls-0301')!).groups).to.equal(1);
      expect(continueCounts(feed, index, index.centres.get('fls-karasjok')!).groups).to.equal(1);
    });

    it('distinct offers of every centre serving those municipalities', () => {
      // Vest-Finnmark has 5; Karasjok's 2 are among them.
      expect(continueCounts(feed, index, index.centres.get('fls-vest-finnmark')!).offers).to.equal(5);
      // Karasjok is also served by Vest-Finnmark: its offers count there too.
      expect(continueCounts(feed, index, index.centres.get('fls-karasjok')!).offers).to.equal(5);
      expect(continueCounts(feed, index, index.centres.get('fls-0301')!).offers).to.equal(3);
    });
  });

  describe('dates', () => {
    it("the card's today is the Norwegian calendar date", () => {
      expect(todayIn('Europe/Oslo', new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
      expect(todayIn('Europe/Oslo', new Date(2026, 11, 31, 0, 1))).to.equal('2026-12-31');
    });

    it('validFrom and validTo are inclusive; either may be missing', () => {
      expect(isInForce({}, '2026-05-01')).to.equal(true);
      expect(isInForce({ validFrom: '2026-05-01' }, '2026-05-01')).to.equal(true);
      expect(isInForce({ validFrom: '2026-05-02' }, '2026-05-01')).to.equal(false);
      expect(isInForce({ validTo: '2026-05-01' }, '2026-05-01')).to.equal(true);
      expect(isInForce({ validTo: '2026-04-30' }, '2026-05-01')).to.equal(false);
      expect(isInForce({ validFrom: '2026-04-01', validTo: '2026-06-01' }, '2026-05-01')).to.equal(true);
    });

    it('activeNotices and currentContactHours keep what is in force, in feed order', () => {
      const c = centre({
        notices: [
          { text: { nb: 'a' }, validTo: '2026-04-30' },
          { text: { nb: 'b' } },
          { text: { nb: 'c' }, validFrom: '2026-05-01', validTo: '2026-05-01' },
          { text: { nb: 'd' }, validFrom: '2026-05-02' },
        ],
        contactHours: [
          { weekdays: ['MO'], opens: '08:00', closes: '10:00', validTo: '2026-04-30' },
          { weekdays: ['TU'], opens: '08:00', closes: '10:00' },
        ],
      });
      expect(activeNotices(c, '2026-05-01').map((n) => n.text.nb)).to.deep.equal(['b', 'c']);
      expect(currentContactHours(c, '2026-05-01').map((h) => h.weekdays)).to.deep.equal([['TU']]);
      expect(activeNotices(centre(), '2026-05-01')).to.deep.equal([]);
    });
  });

  describe('weekdayRuns', () => {
    it('joins consecutive days into ranges, Monday first', () => {
      expect(weekdayRuns(['MO', 'TU', 'WE', 'TH', 'FR'])).to.deep.equal([[0, 4]]);
      expect(weekdayRuns(['FR', 'MO', 'WE', 'TH', 'TU'])).to.deep.equal([[0, 4]]);
      expect(weekdayRuns(['MO', 'WE', 'TH', 'FR', 'SU'])).to.deep.equal([
        [0, 0],
        [2, 4],
        [6, 6],
      ]);
    });

    it('two adjacent days stay two days', () => {
      expect(weekdayRuns(['MO', 'TU'])).to.deep.equal([
        [0, 0],
        [1, 1],
      ]);
      expect(weekdayRuns(['SA', 'SU', 'MO'])).to.deep.equal([
        [0, 0],
        [5, 5],
        [6, 6],
      ]);
    });
  });
});
