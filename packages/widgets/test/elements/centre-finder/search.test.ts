import { expect } from '@open-wc/testing';
import { indexFeed } from '../../../src/feed/index-feed.js';
import {
  byDistance,
  centrePoint,
  centresServing,
  findMunicipality,
  matchesFilter,
  nearestCentres,
} from '../../../src/feed/queries/centres.js';
import { buildSearchIndex, suggest, type Suggestion } from '../../../src/feed/queries/municipality-search.js';
import type { Feed } from '../../../src/feed/schema.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { feedDocument } from '../../fixtures/feed-builder.js';
import { centres, postcodeRows } from './helpers.js';

const feed = validateFeed(feedDocument({ centres })).feed as Feed;
const index = indexFeed(feed);
const postcodes = postcodeRows.map(([postcode, postTown, municipality]) => ({
  postcode: postcode!,
  postTown: postTown!,
  municipality: municipality!,
}));

const describeSuggestion = (s: Suggestion) =>
  s.kind === 'municipality'
    ? `m:${s.municipality.number}`
    : s.kind === 'centre'
      ? `c:${s.centre.id}`
      : `p:${s.postcode}>${s.municipality.number}`;
const first = (query: string, withPostcodes = false) =>
  describeSuggestion(suggest(buildSearchIndex(feed, withPostcodes ? postcodes : []), query)[0]!);

describe('centre finder search (pure)', () => {
  it('finds Kautokeino by its Norwegian and North Sámi names, with or without capitals and diacritics', () => {
    for (const query of ['kautokeino', 'Kautokeino', 'Guovdageaidnu', 'guovdageaidnu', 'GUOVDAGEAIDNU', 'guovda']) {
      expect(first(query), query).to.equal('m:5612');
    }
  });

  it('finds Karasjok as Kárášjohka, karasjohka and karasjok', () => {
    for (const query of ['karasjok', 'Kárášjohka', 'karasjohka', 'KÁRÁŠ']) expect(first(query), query).to.equal('m:5610');
  });

  it('treats Å and Aa alike: alesund, aalesund and Ålesund all find Ålesund', () => {
    for (const query of ['alesund', 'aalesund', 'Ålesund', 'Aalesund']) expect(first(query), query).to.equal('m:1508');
  });

  it('finds Lule and South Sámi names (Hábmer, Snåase)', () => {
    expect(first('habmer')).to.equal('m:1875');
    expect(first('snaase')).to.equal('m:5041');
  });

  it('ranks exact before prefix before later word before substring', () => {
    const index = buildSearchIndex(feed);
    // "alta" is exact for Alta; no other name starts with it.
    expect(suggest(index, 'alta').map(describeSuggestion)[0]).to.equal('m:5601');
    // "karasjok": the municipality (exact) before the centre whose name has it as a later word.
    expect(suggest(index, 'karasjok').map(describeSuggestion)).to.deep.equal(['m:5610', 'c:fls-karasjok']);
    // "sund" only occurs inside words: Ålesund, then the Ålesund centre.
    expect(suggest(index, 'sund').map(describeSuggestion)).to.deep.equal(['m:1508', 'c:fls-alesund']);
    // "i ka" … prefix matches (Karasjok, Kautokeino) come before the later-word match (…i Karasjok).
    expect(suggest(index, 'ka').map(describeSuggestion)).to.deep.equal(['m:5610', 'm:5612', 'c:fls-karasjok']);
  });

  it('finds centres by their name in any locale', () => {
    expect(first('Oarje-Finnmárkku')).to.equal('c:fls-alta');
    expect(first('vest-finnmark')).to.equal('c:fls-alta');
    expect(first('Oslo Healthy')).to.equal('c:fls-0301');
  });

  it('matches postcodes only for queries with digits, each to one municipality', () => {
    expect(first('9520', true)).to.equal('p:9520>5612');
    expect(suggest(buildSearchIndex(feed, postcodes), '952').map(describeSuggestion)).to.deep.equal(['p:9520>5612', 'p:9525>5612']);
    expect(suggest(buildSearchIndex(feed, postcodes), 'maze')).to.deep.equal([]);
  });

  it('returns nothing for an empty or punctuation-only query and caps the list', () => {
    const index = buildSearchIndex(feed);
    expect(suggest(index, '')).to.deep.equal([]);
    expect(suggest(index, '  - ')).to.deep.equal([]);
    expect(suggest(index, 'a', 3)).to.have.length(3);
  });

  it('finds the centres serving a municipality, inter-municipal ones from every municipality they serve', () => {
    expect(centresServing(index, '5612').map((c) => c.id)).to.deep.equal(['fls-alta']);
    expect(centresServing(index, '5601').map((c) => c.id)).to.deep.equal(['fls-alta']);
    expect(centresServing(index, '5041')).to.deep.equal([]);
  });

  it('filters by all chosen offers and by language', () => {
    const ids = (filter: Parameters<typeof matchesFilter>[1]) => feed.centres.filter((c) => matchesFilter(c, filter)).map((c) => c.id);
    expect(ids({ offers: ['kid'] })).to.deep.equal(['fls-alta']);
    expect(ids({ offers: ['fysisk-aktivitet', 'kosthold'] })).to.deep.equal(['fls-0301', 'fls-alesund']);
    expect(ids({ language: 'se' })).to.deep.equal(['fls-alta', 'fls-karasjok']);
    expect(ids({ language: 'se', offers: ['sovn'] })).to.deep.equal(['fls-karasjok']);
  });

  it('places centres at their site, else at the host municipality, and sorts them by distance', () => {
    expect(centrePoint(index.centres.get('fls-karasjok')!, index)).to.include({ lat: 69.47, lon: 25.5 });
    const tromso = { lat: 69.65, lon: 18.96 };
    const sorted = byDistance(feed.centres, tromso, index);
    expect(sorted.map((p) => p.centre.id)).to.deep.equal(['fls-alta', 'fls-karasjok', 'fls-alesund', 'fls-0301']);
    expect(sorted[0]!.km).to.be.within(160, 175);
  });

  it('lists the nearest centres to a municipality without one', () => {
    const snasa = index.municipalities.get('5041')!;
    expect(nearestCentres(feed, index, snasa).map((p) => p.centre.id)).to.deep.equal(['fls-alesund', 'fls-0301', 'fls-alta']);
  });

  it('finds a preset municipality by number or by any name', () => {
    expect(findMunicipality(feed, index, '5612')?.number).to.equal('5612');
    expect(findMunicipality(feed, index, 'Guovdageaidnu')?.number).to.equal('5612');
    expect(findMunicipality(feed, index, ' kautokeino ')?.number).to.equal('5612');
    expect(findMunicipality(feed, index, 'Atlantis')).to.equal(undefined);
  });
});

describe('centre finder search: postcodes in longer text', () => {
  it('finds a postcode by the digits in "9520 Kautokeino", as the field shows it after a choice', () => {
    const index = buildSearchIndex(feed, postcodes);
    expect(suggest(index, '9520 Kautokeino').map(describeSuggestion)).to.deep.equal(['p:9520>5612']);
    // Digits inside a postcode are not a match: "52" is not a prefix of 9520.
    expect(suggest(index, '52')).to.deep.equal([]);
  });
});
