import { expect } from '@open-wc/testing';
import {
  NO_FILTERS,
  compareGroups,
  filterGroups,
  filtersFromParams,
  hasActiveFilters,
  languageCodes,
  mergeFilterParams,
  municipalityOptions,
  nearestContactPoints,
  parseStatuses,
  searchWords,
  firstGroupsInOrder,
  sortGroupsInSlices,
  sortedGroups,
  sortedGroupsIfReady,
  timeOfDay,
  type GroupFilters,
} from '../../../src/feed/queries/groups.js';
import { WEEKDAYS, type ContactPoint, type Feed, type Group, type GroupStatus, type LocalizedText } from '../../../src/feed/schema.js';
import { foldForSearchVariants } from '../../../src/i18n/format.js';
import { LOCALES, type Locale } from '../../../src/i18n/locales.js';
import { municipalities } from '../../fixtures/feed-builder.js';
import { allThemes } from './fixtures.js';

/** A small deterministic random generator, so the 10 000 groups are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WORDS = [
  'Sorg',
  'Angst',
  'Ságastallan',
  'dáhkat',
  'Ođđa',
  'Čoahkkin',
  'pårørende',
  'Ålesund',
  'Aalesund',
  'utbrenthet',
  'ensomhet',
  'Kárášjohka',
  'rus',
  'Snåase',
  'samtale',
  'Ærlig',
  'Øye',
];
const LANGS = ['nb', 'se', 'sma', 'smj', 'en', 'ar', 'uk'];
const STATUSES: GroupStatus[] = ['forming', 'open', 'full'];
const TIMES = ['08:30', '11:59', '12:00', '16:59', '17:00', '19:30'];

function generatedFeed(count: number): Feed {
  const rnd = random(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const contactPoints: ContactPoint[] = ['cp-a', 'cp-b', 'cp-c'].map((id) => ({
    id,
    kind: 'volunteer-centre',
    name: { nb: id },
    municipalities: [],
    counties: [],
    national: false,
  }));
  const groups: Group[] = Array.from({ length: count }, (_, i) => {
    const title: LocalizedText = { nb: `Gruppe ${i} ${words(2)}` };
    if (rnd() < 0.3) title.se = words(3);
    if (rnd() < 0.2) title.en = words(2);
    const digital = rnd() < 0.15;
    const start = pick(TIMES);
    return {
      id: `g-${i}`,
      theme: pick(allThemes).id,
      title,
      description: rnd() < 0.8 ? { nb: words(6), ...(rnd() < 0.2 ? { sma: words(4) } : {}) } : undefined,
      mode: digital ? 'digital' : 'physical',
      municipality: digital ? undefined : pick(municipalities).number,
      schedule: { frequency: rnd() < 0.5 ? 'weekly' : 'fortnightly', weekday: pick(WEEKDAYS), startTime: start, endTime: '23:00' },
      status: pick(STATUSES),
      plannedStart: rnd() < 0.5 ? `2027-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}` : undefined,
      minAge: 18,
      languages: [...new Set([pick(LANGS), pick(LANGS)])],
      contactPoint: pick(contactPoints).id,
      lastVerified: '2026-10-01',
    };
  });
  return {
    version: 1,
    publisher: { name: 'Test' },
    generatedAt: '2026-11-01T08:00:00+01:00',
    offers: [],
    themes: allThemes,
    centres: [],
    contactPoints,
    groups,
    municipalities,
  };
}

/** The obvious, slow definition of a match, to check the fast one against. */
function reference(feed: Feed, group: Group, f: GroupFilters): boolean {
  const start = group.schedule.startTime;
  const time = start < '12:00' ? 'morning' : start < '17:00' ? 'afternoon' : 'evening';
  if (f.theme && group.theme !== f.theme) return false;
  if (f.municipality && group.municipality !== f.municipality) return false;
  if (f.contactPoint && group.contactPoint !== f.contactPoint) return false;
  if (f.weekday && group.schedule.weekday !== f.weekday) return false;
  if (f.time && time !== f.time) return false;
  if (f.language && !group.languages.includes(f.language)) return false;
  if (f.mode && group.mode !== f.mode) return false;
  if (f.status.length && !f.status.includes(group.status)) return false;
  const place = feed.municipalities.find((m) => m.number === group.municipality);
  const theme = feed.themes.find((t) => t.id === group.theme)!;
  const texts = [group.title, group.description, group.area, theme.label]
    .flatMap((value) => Object.values(value ?? {}))
    .concat(place ? Object.values(place.names) : [])
    .filter((text): text is string => typeof text === 'string')
    .flatMap((text) => foldForSearchVariants(text));
  return searchWords(f.q).every((alternatives) => alternatives.some((word) => texts.some((text) => text.includes(word))));
}

describe('feed/queries/groups', () => {
  describe('on 10 000 generated groups', () => {
    const feed = generatedFeed(10_000);
    const filters = (patch: Partial<GroupFilters>): GroupFilters => ({ ...NO_FILTERS, status: [], ...patch });
    const cases: Partial<GroupFilters>[] = [
      {},
      { theme: 'sorg' },
      { municipality: '5610' },
      { contactPoint: 'cp-b' },
      { weekday: 'SU' },
      { time: 'morning' },
      { time: 'afternoon' },
      { time: 'evening' },
      { language: 'sma' },
      { mode: 'digital' },
      { status: ['forming', 'full'] },
      { q: 'dahkat' },
      { q: 'DÁHKAT' },
      { q: 'odda coahkkin' },
      { q: 'ålesund' },
      { q: 'aalesund' },
      { q: 'snaase' },
      { q: 'ærlig øye' },
      { q: 'aerlig oye' },
      { q: 'karasjok' },
      { q: 'gruppe 99' },
      { q: 'Gruppe 1234 ' },
      { q: 'sorg', theme: 'angst', status: ['open'], mode: 'physical', time: 'evening' },
      { q: 'samtale rus', language: 'nb', weekday: 'MO', contactPoint: 'cp-a' },
      { q: 'finnes-ikke-noe-sted' },
    ];
    for (const patch of cases) {
      it(`matches the reference for ${JSON.stringify(patch)}`, () => {
        const f = filters(patch);
        const fast = filterGroups(feed, feed.groups, f).map((g) => g.id);
        const slow = feed.groups.filter((g) => reference(feed, g, f)).map((g) => g.id);
        expect(fast).to.deep.equal(slow);
      });
    }

    it('finds what it should, not just the same as the reference', () => {
      const f = filters({ q: 'aalesund' });
      const found = filterGroups(feed, feed.groups, f);
      expect(found.length).to.be.greaterThan(100);
      // "aalesund" finds groups that only say "Ålesund", and "ålesund" those that only say "Aalesund".
      const onlyÅ = (g: Group) =>
        JSON.stringify(g.title).includes('Ålesund') && !JSON.stringify([g.title, g.description]).includes('Aalesund');
      expect(found.some(onlyÅ)).to.equal(true);
      expect(filterGroups(feed, feed.groups, filters({ q: 'finnes-ikke-noe-sted' }))).to.deep.equal([]);
      expect(filterGroups(feed, feed.groups, filters({ q: 'gruppe 1234' })).map((g) => g.id)).to.include('g-1234');
      expect(filterGroups(feed, feed.groups, filters({}))).to.have.length(10_000);
    });

    it('sorts once per locale: open, then forming by planned start, then full; filtering keeps that order', () => {
      const sorted = sortedGroups(feed, 'nb');
      expect(sortedGroups(feed, 'nb')).to.equal(sorted);
      expect(sorted).to.have.length(10_000);
      for (let i = 1; i < sorted.length; i++) expect(compareGroups(sorted[i - 1]!, sorted[i]!, 'nb')).to.be.at.most(0);
      const rank = sorted.map((g) => ({ open: 0, forming: 1, full: 2 })[g.status]);
      expect(rank).to.deep.equal([...rank].sort((a, b) => a - b));
      const forming = sorted.filter((g) => g.status === 'forming').map((g) => g.plannedStart ?? '9999');
      expect(forming).to.deep.equal([...forming].sort());
      const subset = filterGroups(feed, sorted, filters({ q: 'sorg' }));
      const positions = subset.map((g) => sorted.indexOf(g));
      expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    });

    /** The definition of the order: a stable sort by compareGroups (equal groups keep the feed's order). */
    const referenceOrder = (groups: readonly Group[], locale: Locale) => [...groups].sort((a, b) => compareGroups(a, b, locale));

    for (const locale of LOCALES) {
      it(`the first screen's selection is the start of the full order (${locale})`, () => {
        const copy = { ...feed }; // a feed of its own: nothing sorted yet
        const expected = referenceOrder(feed.groups, locale);
        for (const count of [1, 10, 37, 200]) {
          expect(firstGroupsInOrder(copy, copy.groups, count, locale)).to.deep.equal(expected.slice(0, count));
        }
        // A filtered subset (in the feed's order) gives the start of its own order.
        const some = filterGroups(copy, copy.groups, filters({ status: ['forming', 'full'], weekday: 'MO' }));
        expect(firstGroupsInOrder(copy, some, 25, locale)).to.deep.equal(referenceOrder(some, locale).slice(0, 25));
        expect(firstGroupsInOrder(copy, some.slice(0, 3), 10, locale)).to.deep.equal(referenceOrder(some.slice(0, 3), locale));
        expect(firstGroupsInOrder(copy, [], 10, locale)).to.deep.equal([]);
        expect(sortedGroupsIfReady(copy, locale)).to.equal(undefined);
      });
    }

    it('the selection keeps ties in the feed order and puts groups being formed by planned start', () => {
      const base = feed.groups[0]!;
      const same = (id: string, status: GroupStatus, plannedStart?: string): Group => ({
        ...base,
        id,
        status,
        plannedStart,
        title: { nb: 'Samme tittel' },
      });
      const groups = [
        same('full-1', 'full'),
        same('forming-late', 'forming', '2027-05-01'),
        same('open-1', 'open'),
        same('forming-none', 'forming'),
        same('open-2', 'open'),
        same('forming-soon', 'forming', '2027-01-15'),
        same('open-3', 'open'),
      ];
      const tied = { ...feed, groups };
      const order = ['open-1', 'open-2', 'open-3', 'forming-soon', 'forming-late', 'forming-none', 'full-1'];
      for (let count = 1; count <= groups.length; count++) {
        expect(firstGroupsInOrder(tied, groups, count, 'nb').map((g) => g.id)).to.deep.equal(order.slice(0, count));
      }
      expect(sortedGroups(tied, 'nb').map((g) => g.id)).to.deep.equal(order);
    });

    it('sorts in idle slices to the same order, each slice short, and sortedGroups then has it', async () => {
      for (const locale of ['nb', 'se'] as const) {
        const copy = { ...feed };
        let slices = 0;
        await new Promise<void>((resolve) => {
          sortGroupsInSlices(copy, locale, 1, resolve);
          // Count the tasks it takes: more than one, since each may run for about a millisecond.
          const count = () => {
            slices++;
            if (!sortedGroupsIfReady(copy, locale)) setTimeout(count);
          };
          setTimeout(count);
        });
        expect(slices).to.be.greaterThan(1);
        const sorted = sortedGroupsIfReady(copy, locale);
        expect(sorted).to.deep.equal(referenceOrder(feed.groups, locale));
        expect(sortedGroups(copy, locale)).to.equal(sorted);
      }
      // Cancelled half way, the synchronous call finishes the same sort.
      const copy = { ...feed };
      const stop = sortGroupsInSlices(copy, 'nn', 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      stop();
      expect(sortedGroups(copy, 'nn')).to.deep.equal(referenceOrder(feed.groups, 'nn'));
    });
  });

  it('times of day by start time', () => {
    expect(['00:00', '11:59', '12:00', '16:59', '17:00', '23:30'].map(timeOfDay)).to.deep.equal([
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
    ]);
  });

  it('search words: folded, split on spaces, with an "aa" alternative for å', () => {
    expect(searchWords('  Sorg   OSLO ')).to.deep.equal([['sorg'], ['oslo']]);
    expect(searchWords('Ålesund sørg')).to.deep.equal([['alesund', 'aalesund'], ['sorg']]);
    expect(searchWords('Kárášjohka')).to.deep.equal([['karasjohka']]);
    expect(searchWords('')).to.deep.equal([]);
    expect(searchWords(' - ')).to.deep.equal([]);
  });

  it('nearest contact points: municipality, else county, else national', () => {
    const point = (id: string, extra: Partial<ContactPoint>): ContactPoint => ({
      id,
      kind: 'other',
      name: { nb: id },
      municipalities: [],
      counties: [],
      national: false,
      ...extra,
    });
    const feed = {
      ...generatedFeed(0),
      contactPoints: [
        point('local', { municipalities: ['5601'] }),
        point('county', { counties: ['56'] }),
        point('national', { national: true }),
      ],
    };
    const ids = (list: ContactPoint[]) => list.map((p) => p.id);
    expect(ids(nearestContactPoints(feed, '5601'))).to.deep.equal(['local']);
    expect(ids(nearestContactPoints(feed, '5610'))).to.deep.equal(['county']);
    expect(ids(nearestContactPoints(feed, '0301'))).to.deep.equal(['national']);
    expect(ids(nearestContactPoints(feed))).to.deep.equal(['national']);
    expect(ids(nearestContactPoints(feed, '9999'))).to.deep.equal(['national']);
  });

  it('municipality options are the ones with groups, named and sorted for the reader', () => {
    const feed = generatedFeed(0);
    const some = (municipality: string) => ({ municipality }) as Group;
    const list = [some('5610'), some('5612'), some('0301'), some('5610'), some('1875')];
    expect(municipalityOptions(feed, list, 'nb').map((o) => o.label)).to.deep.equal(['Hamarøy', 'Karasjok', 'Kautokeino', 'Oslo']);
    expect(municipalityOptions(feed, list, 'se').map((o) => o.label)).to.deep.equal(['Guovdageaidnu', 'Hamarøy', 'Kárášjohka', 'Oslo']);
    expect(municipalityOptions(feed, list, 'smj').map((o) => o.label)).to.deep.equal(['Hábmer', 'Karasjok', 'Kautokeino', 'Oslo']);
  });

  it('language codes: Norwegian and Sámi first, then the rest', () => {
    const langs = (...languages: string[][]) => languages.map((l) => ({ languages: l }) as Group);
    expect(languageCodes(langs(['uk', 'en'], ['smj', 'nb'], ['ar', 'se']))).to.deep.equal(['nb', 'se', 'smj', 'en', 'ar', 'uk']);
  });

  describe('URL form', () => {
    const none: GroupFilters = { ...NO_FILTERS, status: [] };

    it('round-trips every filter', () => {
      const filters: GroupFilters = {
        q: 'sorg og savn',
        theme: 'sorg',
        municipality: '5610',
        contactPoint: 'cp-a',
        weekday: 'TU',
        time: 'evening',
        language: 'se',
        mode: 'physical',
        status: ['forming', 'open'],
      };
      const raw = mergeFilterParams('', filters, none);
      expect(raw).to.equal(
        'fl-q=sorg+og+savn&fl-theme=sorg&fl-mun=5610&fl-cp=cp-a&fl-day=TU&fl-time=evening&fl-lang=se&fl-mode=physical&fl-status=forming%2Copen',
      );
      expect(filtersFromParams(new URLSearchParams(raw), none)).to.deep.equal(filters);
    });

    it("keeps the page's own parameters byte for byte and replaces only ours", () => {
      const raw = 'side=2&s%C3%B8k=b%20c&fl-theme=angst&fl-other=1&flag&fl-q=old';
      expect(mergeFilterParams(raw, { ...none, theme: 'sorg' }, none)).to.equal('side=2&s%C3%B8k=b%20c&fl-other=1&flag&fl-theme=sorg');
      expect(mergeFilterParams(raw, none, none)).to.equal('side=2&s%C3%B8k=b%20c&fl-other=1&flag');
      expect(mergeFilterParams('', none, none)).to.equal('');
    });

    it('writes a cleared preset as empty, and reads absent parameters as the presets', () => {
      const presets: GroupFilters = { ...none, theme: 'sorg', status: ['open'] };
      expect(mergeFilterParams('', none, presets)).to.equal('fl-theme=&fl-status=');
      expect(mergeFilterParams('fl-theme=angst', presets, presets), 'what the presets say is not repeated').to.equal('');
      expect(filtersFromParams(new URLSearchParams('fl-theme=&fl-status='), presets)).to.deep.equal(none);
      expect(filtersFromParams(new URLSearchParams('x=1'), presets)).to.deep.equal(presets);
      expect(filtersFromParams(new URLSearchParams('fl-theme=angst'), presets)).to.deep.equal({ ...presets, theme: 'angst' });
    });

    it('drops values it does not know', () => {
      const read = filtersFromParams(new URLSearchParams('fl-day=XX&fl-time=noon&fl-mode=x&fl-status=maybe'), none);
      expect(read).to.deep.equal(none);
      expect(parseStatuses('full, forming  open')).to.deep.equal(['forming', 'open', 'full']);
      expect(parseStatuses(undefined)).to.deep.equal([]);
    });

    it('knows when any filter is active', () => {
      expect(hasActiveFilters(none)).to.equal(false);
      expect(hasActiveFilters({ ...none, q: 'x' })).to.equal(true);
      expect(hasActiveFilters({ ...none, status: ['full'] })).to.equal(true);
    });
  });
});
