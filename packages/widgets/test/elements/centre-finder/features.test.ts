/**
 * Issue 20 in the centre finder, as a reader meets it: opening status on a fixed clock, the "Åpent nå" filter,
 * "Vis vei", the map (loaded only when shown), "Del" with a link that opens the finder on one centre, the record
 * footer and the Bokmål-fallback notice, in all six locales.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/loader.js';
import { centre } from '../../fixtures/feed-builder.js';
import { featuresFeed, porsanger } from '../../shared/features-fixtures.js';
import { $, $$, ask, cardNames, findByRole, input, mount, nearMe, openDetails, result, status, text } from './helpers.js';

// Saturday 5 December 2026, 12:00 in Norway; Monday 7 December 10:00; Ascension Day 2027 (6 May) 10:00.
const SATURDAY = new Date('2026-12-05T11:00:00Z');
const MONDAY_MORNING = new Date('2026-12-07T09:00:00Z');
const ASCENSION = new Date('2027-05-06T08:00:00Z');
const LAKSELV = { coords: { latitude: 70.05, longitude: 24.97 } };
const PORSANGER = 'Frisklivssentralen i Porsanger';

/** A second centre in Alta with no opening hours, for the filter. */
const alta = centre({
  id: 'fls-alta',
  name: { nb: 'Frisklivssentralen i Alta' },
  hostMunicipality: '5601',
  municipalities: ['5601'],
  sites: [{ address: { street: 'Markveien 2', postcode: '9510', postTown: 'ALTA' }, lat: 69.97, lon: 23.27 }],
});

const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /map-geometry|norway-topology/.test(name));

function finder(attrs: { now?: Date; lang?: string; hideMap?: boolean; urlState?: string; feed?: string; municipality?: string } = {}) {
  const now = attrs.now ?? SATURDAY;
  return mount(
    html`<fl-centre-finder
      feed=${attrs.feed ?? featuresFeed()}
      lang=${attrs.lang ?? 'nb'}
      municipality=${attrs.municipality ?? ''}
      url-state=${attrs.urlState ?? ''}
      ?hide-map=${attrs.hideMap}
      .clock=${() => now}
    ></fl-centre-finder>`,
  );
}

afterEach(() => clearFeedCache());

describe('<fl-centre-finder> issue 20', () => {
  // First in the file: the map's chunk loads once per page, so these see whether anything asked for it yet.
  describe('the map loads only when shown', () => {
    it('closed results and hide-map load nothing; opening a result draws its map with a caption and © Kartverket', async () => {
      const hidden = await finder({ hideMap: true, municipality: '5622' });
      await openDetails(hidden, PORSANGER);
      await nearMe(hidden, LAKSELV);
      expect($(hidden, '[part~="map"]')).to.equal(null);
      const closed = await finder({ municipality: '5622' });
      expect($(closed, '[part~="map"]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(mapRequests()).to.deep.equal([]);

      const item = await openDetails(closed, PORSANGER);
      const figure = item.querySelector('[part~="map"]')!;
      expect(text(figure.querySelector('figcaption'))).to.equal(
        'Betjener Karasjok, Lebesby og Porsanger. Oppmøtested: Storgata 1, 9700 LAKSELV. © Kartverket',
      );
      await waitUntil(() => figure.querySelector('svg .served'), 'the map arrives');
      expect(mapRequests().length).to.be.greaterThan(0);
      expect(mapRequests().every((url) => url.startsWith(location.origin))).to.equal(true);
      expect(figure.querySelectorAll('svg .pin')).to.have.length(1);
    });

    it('after "near me", an overview map of the centres listed', async () => {
      const el = await finder({ feed: featuresFeed({ centres: [porsanger, alta] }) });
      await nearMe(el, LAKSELV);
      const overview = $(el, '.overview [part~="map"]')!;
      expect(text(overview.querySelector('figcaption'))).to.match(/^Betjener Alta, Karasjok, Lebesby og Porsanger\. Oppmøtesteder: /);
      await waitUntil(() => overview.querySelectorAll('svg .pin').length === 2, 'a pin per centre');
    });
  });

  describe('opening status, in Norway time', () => {
    it('says in the summary when the centre opens or closes', async () => {
      const cases: [Date, string, string][] = [
        [SATURDAY, 'nb', 'Åpner mandag kl. 08:00'],
        [MONDAY_MORNING, 'nb', 'Åpent nå – stenger kl. 11:30'],
        [new Date('2026-12-07T10:45:00Z'), 'nb', 'Åpner i dag kl. 12:00'],
        [new Date('2026-12-24T08:00:00Z'), 'en', 'Open now – closes at 12:00 (Christmas Eve)'],
        [ASCENSION, 'nb', 'Stengt i dag (Kristi himmelfartsdag). Åpner i morgen kl. 08:00'],
      ];
      for (const [now, lang, expected] of cases) {
        const el = await finder({ now, lang, municipality: '5622' });
        const line = result(el, text($(el, '[role=heading]'))).querySelector('[part~="opening-status"]')!;
        expect(text(line), `${now.toISOString()} ${lang}`).to.equal(expected);
        expect(line.classList.contains('open')).to.equal(expected.startsWith('Åpent') || expected.startsWith('Open'));
      }
    });

    it('"Åpent nå" in the filters lists only what is open, and says when nothing is', async () => {
      const el = await finder({ now: MONDAY_MORNING, feed: featuresFeed({ centres: [porsanger, alta] }) });
      await nearMe(el, LAKSELV);
      expect(cardNames(el)).to.deep.equal([PORSANGER, 'Frisklivssentralen i Alta']);
      $(el, '[part~="filters"] summary')!.click();
      const box = $$<HTMLLabelElement>(el, '[part~="filters"] label.check').find((label) => text(label) === 'Åpent nå')!;
      box.click();
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal([PORSANGER]);
      expect(text($(el, '[part~="filters"] summary'))).to.equal('Filtrer (1 valgt)');
      expect(status(el)).to.equal('1 frisklivssentral Sortert etter avstand fra deg.');

      const saturday = await finder({ now: SATURDAY, feed: featuresFeed({ centres: [porsanger, alta] }) });
      await nearMe(saturday, LAKSELV);
      $$<HTMLLabelElement>(saturday, '[part~="filters"] label.check')
        .find((label) => text(label) === 'Åpent nå')!
        .click();
      await saturday.updateComplete;
      expect(cardNames(saturday)).to.deep.equal([]);
      expect(status(saturday)).to.equal('Ingen frisklivssentraler passer med filtrene du har valgt.');
      $(saturday, '[part~="clear-filters-button"]')!.click();
      await saturday.updateComplete;
      expect(cardNames(saturday)).to.have.length(2);
    });

    it('offers no "Åpent nå" when no centre in the feed has opening hours', async () => {
      const el = await finder({ feed: featuresFeed({ centres: [alta] }), municipality: '5601' });
      expect($$(el, '[part~="filters"] label.check').map(text)).not.to.include('Åpent nå');
    });
  });

  describe('an opened result', () => {
    it('gives "Vis vei" for the site, when it was last checked and where to report an error', async () => {
      const el = await finder({ municipality: '5622' });
      const item = await openDetails(el, PORSANGER);
      const directions = item.querySelector('[part~="directions"]')!;
      expect(directions.getAttribute('role')).to.equal('group');
      expect(directions.getAttribute('aria-label')).to.equal('Vis vei');
      const links = [...directions.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal(['Kollektivt (Entur)', 'Kart (OpenStreetMap)']);
      expect(links[1]!.href).to.equal('https://www.openstreetmap.org/?mlat=70.0513&mlon=24.9717#map=17/70.0513/24.9717');
      expect(links.every((a) => !a.hasAttribute('target'))).to.equal(true);
      const footer = item.querySelector('[part~="record-footer"]')!;
      expect(text(footer.querySelector('.last-checked'))).to.equal('Sist kontrollert 2. november 2026');
      const report = footer.querySelector<HTMLAnchorElement>('[part~="report-link"]')!;
      expect(text(report)).to.equal('Meld fra om feil');
      expect(report.getAttribute('href')).to.equal(
        `mailto:feil@porsanger.example.org?subject=${encodeURIComponent('Feil i oppføringen «Frisklivssentralen i Porsanger» (fls-5622)')}`,
      );
    });

    it('opens and closes with the keyboard, named by its words and the centre', async () => {
      const el = await finder({ municipality: '5622' });
      const item = result(el, PORSANGER);
      const summary = findByRole(el, 'button', `Les mer ${PORSANGER}`)!;
      expect(item.contains(summary)).to.equal(true);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => item.querySelector('.more-body'), 'details open');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !item.querySelector('.more-body'), 'details closed');
    });
  });

  describe('a link to one centre (url-state)', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(history.state, '', original));

    it('"Del" copies a link with only the centre id, and that link opens the finder on the centre, details open', async () => {
      history.replaceState(history.state, '', `${location.pathname}?page=1`);
      const el = await finder({ urlState: 'query' });
      await ask(el, 'porsanger', 'Frisklivssentralen i Porsanger');
      expect(new URLSearchParams(location.search).get('fl-centre')).to.equal('fls-5622');
      const item = result(el, PORSANGER);
      await waitUntil(() => item.querySelector('.more-body'), 'the chosen centre opens');
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      try {
        const button = findByRole<HTMLButtonElement>(el, 'button', `Del lenke til ${PORSANGER}`)!;
        expect(button.getAttribute('part')).to.equal('share-button');
        button.click();
        await waitUntil(() => text(item.querySelector('.share-status')) === 'Lenken er kopiert.', 'copied');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        delete (navigator as unknown as Record<string, unknown>).share;
      }
      const link = new URL(copied[0]!);
      expect([...link.searchParams]).to.deep.equal([
        ['page', '1'],
        ['fl-centre', 'fls-5622'],
      ]);

      // The link, opened: the finder shows that centre, details open, and its name in the field.
      history.replaceState(history.state, '', link.pathname + link.search);
      clearFeedCache();
      const opened = await finder({ urlState: 'query' });
      expect(input(opened).value).to.equal(PORSANGER);
      expect(cardNames(opened)).to.deep.equal([PORSANGER]);
      expect(result(opened, PORSANGER).querySelector('.more-body')).to.exist;
    });

    it('clearing the search takes fl-centre out of the URL; back brings the centre again', async () => {
      const el = await finder({ urlState: 'hash' });
      await ask(el, 'porsanger', 'Frisklivssentralen i Porsanger');
      expect(location.hash).to.equal('#fl-centre=fls-5622');
      $(el, '[part~="clear-button"]')!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('');
      expect(cardNames(el)).to.deep.equal([]);
      history.back();
      await waitUntil(() => cardNames(el).length === 1, 'back to the centre');
      expect(input(el).value).to.equal(PORSANGER);
    });

    it('without url-state there is no "Del" and the URL is left alone', async () => {
      const before = location.href;
      const el = await finder({ municipality: '5622' });
      const item = await openDetails(el, PORSANGER);
      expect(item.querySelector('[part~="share"]')).to.equal(null);
      await ask(el, 'porsanger', 'Frisklivssentralen i Porsanger');
      expect(location.href).to.equal(before);
    });
  });

  describe('language', () => {
    it('says once when feed text falls back to Bokmål, in the reader’s language', async () => {
      const se = await finder({ lang: 'se', feed: featuresFeed({ centres: [porsanger, alta] }) });
      expect($(se, '[part~="fallback-notice"]')).to.equal(null);
      await nearMe(se, LAKSELV);
      expect($$(se, '[part~="fallback-notice"]')).to.have.length(1);
      expect(text($(se, '[part~="fallback-notice"]'))).to.not.equal('Noe av teksten finnes ikke på ditt språk og vises på bokmål.');
      const nb = await finder({ feed: featuresFeed({ centres: [porsanger, alta] }) });
      await nearMe(nb, LAKSELV);
      expect($(nb, '[part~="fallback-notice"]')).to.equal(null);
    });

    for (const lang of ['nb', 'nn', 'en', 'se', 'sma', 'smj']) {
      it(`passes axe in ${lang} with a result open (status, "Vis vei", map, "Del", footer) and the filters open`, async () => {
        const el = await finder({ lang, now: MONDAY_MORNING, urlState: 'hash', municipality: '5622' });
        const item = await openDetails(el, text($(el, '[role=heading]')));
        await waitUntil(() => item.querySelector('svg .served'), 'the map');
        $(el, '[part~="filters"] summary')!.click();
        await el.updateComplete;
        expect(item.querySelector('[part~="opening-status"]')).to.exist;
        expect(item.querySelector('[part~="share-button"]')).to.exist;
        await expect(el).to.be.accessible();
        history.replaceState(history.state, '', location.pathname);
      });
    }
  });
});
