import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { CentreSelectDetail } from '../../../src/elements/centre-finder/centre-finder.js';
import { feedDocument } from '../../fixtures/feed-builder.js';
import {
  $,
  $$,
  cardNames,
  centres,
  input,
  mount,
  nearMe,
  openDetails,
  optionTexts,
  pairs,
  pickOption,
  result,
  results,
  status,
  testFeed,
  testFeedWithPostcodes,
  text,
  typeText,
  waitForContent,
} from './helpers.js';

afterEach(() => clearFeedCache());

describe('<fl-centre-finder>', () => {
  // Issue 19, point 2: before a question only the question; the list comes after a search or "near me".
  describe('before a question', () => {
    it('shows only the question: the search field, "near me" and one line of help', async () => {
      const el = await mount();
      expect(input(el)).to.exist;
      expect(text($(el, '[part~="near-me-button"]'))).to.equal('Sentraler nær meg');
      expect($$(el, 'p.note').map(text)).to.deep.equal(['Posisjonen din blir ikke lagret eller sendt noe sted.']);
      expect(results(el)).to.deep.equal([]);
      expect($(el, '[part~="filters"]')).to.equal(null);
      expect(status(el)).to.equal('');
      expect($(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
    });

    it('lists every open or temporarily closed centre after "near me", nearest first, with a count', async () => {
      const el = await mount(
        html`<fl-centre-finder
          feed=${testFeed({ centres: [...centres, { ...centres[0]!, id: 'gone', status: 'closed' }] })}
        ></fl-centre-finder>`,
      );
      await nearMe(el);
      expect(cardNames(el)).to.deep.equal([
        'Frisklivssentralen i Oslo',
        'Frisklivssentralen i Ålesund',
        'Frisklivssentralen i Vest-Finnmark',
        'Frisklivssentralen i Karasjok',
      ]);
      expect(status(el)).to.equal('4 frisklivssentraler Sortert etter avstand fra deg.');
    });

    it('lists `limit` at a time; "Vis flere" adds the next ones and moves focus to the first added', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} limit="2"></fl-centre-finder>`);
      await nearMe(el);
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Oslo', 'Frisklivssentralen i Ålesund']);
      expect(status(el)).to.equal('Viser 2 av 4 frisklivssentraler Sortert etter avstand fra deg.');
      const more = $(el, '[part~="show-more-button"]')!;
      expect(text(more)).to.equal('Vis flere');
      more.click();
      await waitUntil(() => results(el).length === 4, 'the next two');
      expect(status(el)).to.equal('4 frisklivssentraler Sortert etter avstand fra deg.');
      expect($(el, '[part~="show-more-button"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(result(el, 'Frisklivssentralen i Vest-Finnmark').querySelector('summary'));
    });

    it('lists the nearest five by default', async () => {
      const many = Array.from({ length: 7 }, (_, i) => ({ ...centres[0]!, id: `oslo-${i}`, name: { nb: `Sentral ${i}` } }));
      const el = await mount(html`<fl-centre-finder feed=${testFeed({ centres: many })}></fl-centre-finder>`);
      await nearMe(el);
      expect(results(el)).to.have.length(5);
      expect(status(el)).to.equal('Viser 5 av 7 frisklivssentraler Sortert etter avstand fra deg.');
    });
  });

  describe('search', () => {
    for (const query of ['kautokeino', 'Guovdageaidnu', 'guovdageaidnu']) {
      it(`suggests Kautokeino for "${query}" and shows the inter-municipal centre hosted by Alta`, async () => {
        const el = await mount();
        await typeText(el, query);
        expect(optionTexts(el)[0]).to.equal('Kautokeino – Guovdageaidnu (kommune)');
        await pickOption(el, 'Kautokeino');
        expect(input(el).value).to.equal('Kautokeino');
        expect(status(el)).to.equal('1 frisklivssentral dekker Kautokeino.');
        expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
        expect(text($(el, '[part~="result"] .serves'))).to.equal('Betjener Alta og Kautokeino.');
        const card = text(await openDetails(el, 'Frisklivssentralen i Vest-Finnmark'));
        expect(card).to.contain('Sentralen ligger i Alta og tar imot folk fra Kautokeino.');
        expect(card).not.to.contain('Vertskommune');
      });
    }

    for (const query of ['karasjok', 'Kárášjohka']) {
      it(`finds Karasjok for "${query}"`, async () => {
        const el = await mount();
        await typeText(el, query);
        expect(optionTexts(el)[0]).to.equal('Karasjok – Kárášjohka (kommune)');
        await pickOption(el, 'Karasjok');
        expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Karasjok']);
      });
    }

    for (const query of ['alesund', 'aalesund', 'Ålesund']) {
      it(`finds Ålesund for "${query}"`, async () => {
        const el = await mount();
        await typeText(el, query);
        expect(optionTexts(el)).to.deep.equal(['Ålesund (kommune)', 'Frisklivssentralen i Ålesund (frisklivssentral)']);
      });
    }

    it('says which municipalities a centre serves, without the "served from" note when looked up from where it is', async () => {
      const el = await mount();
      await typeText(el, 'alta');
      await pickOption(el, 'Alta');
      const card = text(await openDetails(el, 'Frisklivssentralen i Vest-Finnmark'));
      expect(card).to.contain('Betjener Alta og Kautokeino.');
      expect(card).to.contain('Markveien 2, 9510 ALTA');
      expect(card).not.to.contain('tar imot folk fra');
    });

    it('says plainly when no centre serves a municipality and lists the three nearest, with distances', async () => {
      const el = await mount();
      await typeText(el, 'snåsa');
      await pickOption(el, 'Snåsa');
      expect(status(el)).to.equal('Ingen frisklivssentral dekker Snåsa. Disse ligger nærmest:');
      expect(cardNames(el)).to.deep.equal([
        'Frisklivssentralen i Ålesund',
        'Frisklivssentralen i Oslo',
        'Frisklivssentralen i Vest-Finnmark',
      ]);
      const distances = $$(el, '.distance').map(text);
      expect(distances).to.have.length(3);
      for (const d of distances) expect(d).to.match(/^\d[\d\u00a0]* km unna$/);
      const km = distances.map((d) => Number(d.replace(/\D/g, '')));
      expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    });

    it('says when nothing matches what was typed', async () => {
      const el = await mount();
      await typeText(el, 'atlantis');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      const hint = $(el, '[part~="hint"]')!;
      expect(text(hint)).to.equal('Ingen kommune, postnummer eller frisklivssentral passer med «atlantis».');
      expect(hint.classList.contains('visually-hidden')).to.equal(false);
    });

    it('finds a centre by name and dispatches fl-centre-select without a municipality', async () => {
      const el = await mount();
      await typeText(el, 'vest-finnmark');
      const event = oneEvent(el, 'fl-centre-select') as Promise<CustomEvent<CentreSelectDetail>>;
      await pickOption(el, 'Frisklivssentralen i Vest-Finnmark');
      const { detail, bubbles, composed } = await event;
      expect(detail.centre.id).to.equal('fls-alta');
      expect(detail).not.to.have.property('municipality');
      expect(bubbles && composed).to.equal(true);
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
      expect(status(el)).to.equal('1 frisklivssentral');
    });

    it('dispatches fl-centre-select with the municipality number when a municipality has one centre', async () => {
      const el = await mount();
      await typeText(el, 'guovdageaidnu');
      const event = oneEvent(el, 'fl-centre-select') as Promise<CustomEvent<CentreSelectDetail>>;
      await pickOption(el, 'Kautokeino');
      const { detail } = await event;
      expect(detail.centre.id).to.equal('fls-alta');
      expect(detail.municipality).to.equal('5612');
    });

    it('emptying the field goes back to the question alone', async () => {
      const el = await mount();
      await typeText(el, 'karasjok');
      await pickOption(el, 'Karasjok');
      expect(cardNames(el)).to.have.length(1);
      await typeText(el, '');
      expect(cardNames(el)).to.have.length(0);
      expect(status(el)).to.equal('');
    });
  });

  describe('postcodes', () => {
    it('loads the postcode resource only once a digit is typed, and maps a postcode to one municipality', async () => {
      const { feed, postcodes } = testFeedWithPostcodes();
      const requested: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
      };
      try {
        const el = await mount(html`<fl-centre-finder feed=${feed}></fl-centre-finder>`);
        await typeText(el, 'kautokeino');
        await typeText(el, 'maze');
        expect(requested).not.to.include(postcodes);
        await typeText(el, '952');
        await waitUntil(() => optionTexts(el).length === 2, 'postcode suggestions');
        expect(requested.filter((url) => url === postcodes)).to.have.length(1);
        expect(optionTexts(el)).to.deep.equal(['9520 Kautokeino (postnummer)', '9525 Kautokeino (postnummer)']);
        await pickOption(el, '9525');
        expect(input(el).value).to.equal('9525 Kautokeino');
        expect(status(el)).to.equal('Postnummer 9525 hører til Kautokeino. 1 frisklivssentral dekker Kautokeino.');
        expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
        // Loaded once: more digits fetch nothing more.
        await typeText(el, '9730');
        expect(optionTexts(el)).to.deep.equal(['9730 Karasjok (postnummer)']);
        expect(requested.filter((url) => url === postcodes)).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('digits without a postcode resource in the feed say that nothing matched', async () => {
      const el = await mount();
      await typeText(el, '9520');
      expect(text($(el, '[part~="hint"]'))).to.equal('Ingen kommune, postnummer eller frisklivssentral passer med «9520».');
    });
  });

  describe('filters', () => {
    it('groups core and optional offers in fieldsets and filters by offer', async () => {
      const el = await mount();
      await nearMe(el);
      const legends = $$(el, '[part~="filters"] legend').map(text);
      expect(legends).to.deep.equal(['Grunntilbud', 'Andre tilbud']);
      const kid = $$(el, '[part~="filters"] label')
        .find((l) => text(l).includes('KiD'))!
        .querySelector('input')!;
      kid.click();
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
      expect(status(el)).to.equal('1 frisklivssentral Sortert etter avstand fra deg.');
      expect(text($(el, '[part~="filters"] summary'))).to.equal('Filtrer (1 valgt)');
    });

    it('filters by language spoken (North Sámi)', async () => {
      const el = await mount();
      await nearMe(el);
      const select = $<HTMLSelectElement>(el, '[part~="filters"] select')!;
      expect([...select.options].map((o) => text(o))).to.deep.equal(['Alle språk', 'Norsk', 'Engelsk', 'Nordsamisk']);
      select.value = 'se';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark', 'Frisklivssentralen i Karasjok']);
    });

    it('takes a preset from the offers attribute (spaces or commas) and can be cleared when nothing matches', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} offers="kid, sovn"></fl-centre-finder>`);
      await nearMe(el);
      const checked = $$<HTMLInputElement>(el, '[part~="filters"] input:checked').map((i) => text(i.closest('label')));
      expect(checked).to.deep.equal(['Kurs i mestring av depresjon (KiD)', 'Søvn']);
      expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
      expect(cardNames(el)).to.deep.equal([]);
      expect(status(el)).to.equal('Ingen frisklivssentraler passer med filtrene du har valgt.');
      // "near me" has nothing to show: the wait for distances ran out; the filters are still the reader's to clear.
      $(el, '[part~="clear-filters-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cardNames(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'summary'));
    });

    it('applies filters to the nearest centres of a municipality without one', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} offers="kid" municipality="5041"></fl-centre-finder>`);
      expect(status(el)).to.equal('Ingen frisklivssentral dekker Snåsa. Disse ligger nærmest:');
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
      el.offers = 'kid sovn';
      await el.updateComplete;
      expect(status(el)).to.equal('Ingen frisklivssentral dekker Snåsa. Ingen frisklivssentraler passer med filtrene du har valgt.');
      expect(cardNames(el)).to.deep.equal([]);
      expect($(el, '[part~="clear-filters-button"]')).to.exist;
    });

    it('filters the centres serving a looked-up municipality too', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} offers="sovn" municipality="5612"></fl-centre-finder>`);
      expect(status(el)).to.equal('Ingen frisklivssentraler passer med filtrene du har valgt.');
    });
  });

  describe('attributes', () => {
    it('preselects a municipality by number', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="5612"></fl-centre-finder>`);
      expect(input(el).value).to.equal('Kautokeino');
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Vest-Finnmark']);
    });

    it('preselects a municipality by its Sámi name, shown in the reader’s language', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="Kárášjohka" lang="se"></fl-centre-finder>`);
      expect(input(el).value).to.equal('Kárášjohka');
      expect(cardNames(el)).to.deep.equal(['Kárášjoga dearvvašeallinguovddáš']);
    });

    it('renames the chosen municipality in the field when the language changes', async () => {
      const el = await mount();
      await typeText(el, 'kautokeino');
      await pickOption(el, 'Kautokeino');
      el.setAttribute('lang', 'se');
      await waitUntil(() => input(el).value === 'Guovdageaidnu', 'Sámi name in the field');
      expect(status(el)).to.equal('1 dearvvašeallinguovddáš bálvala suohkana Guovdageaidnu.');
    });

    it('follows a changed municipality attribute', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="0301"></fl-centre-finder>`);
      el.municipality = '1508';
      await el.updateComplete;
      expect(input(el).value).to.equal('Ålesund');
      expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Ålesund']);
    });

    it('compact: reflects, drops the filters and shortens the cards', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()}></fl-centre-finder>`);
      await nearMe(el);
      expect($(el, '[part~="filters"]')).to.exist;
      el.compact = true;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
      expect($(el, '[part~="filters"]')).to.equal(null);
      const card = text(result(el, 'Frisklivssentralen i Karasjok'));
      expect(card).to.contain('Telefon +47 555 03 000');
      expect(card).not.to.contain('Tilbud');
      expect(cardNames(el)).to.have.length(4);
    });

    it('starts its headings at heading-level', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} heading-level="3"></fl-centre-finder>`);
      await nearMe(el);
      expect($$(el, '[role=heading]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3', '3']);
      const plain = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="0301"></fl-centre-finder>`);
      expect($(plain, '[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('result card', () => {
    it('sums a centre up in a few lines and opens for offers, referral routes, contact links, address and last check', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} municipality="0301"></fl-centre-finder>`);
      const card = result(el, 'Frisklivssentralen i Oslo');
      expect(text(card.querySelector('.serves'))).to.equal('Betjener Oslo.');
      expect(pairs(card, '.facts')).to.deep.equal([
        ['Telefon', '+47 555 01 234'],
        ['Tilbud', 'Fysisk aktivitet · Kosthold · Snus- og røykeslutt'],
      ]);
      expect(card.querySelector('.more-body')).to.equal(null);
      await openDetails(el, 'Frisklivssentralen i Oslo');
      expect(pairs(card, '.more-body dl')).to.deep.equal([
        ['Tilbud', 'Fysisk aktivitet Kosthold Snus- og røykeslutt'],
        [
          'Slik kommer du i gang',
          'Du kan ta kontakt selv. Du trenger ikke henvisning. Fastlegen din kan henvise deg. Nav kan henvise deg.',
        ],
        ['E-post', 'post@oslo.example.org'],
        ['Nettside', 'oslo.example.org'],
        ['Adresse', 'Eksempelgata 1, 0150 OSLO Vis vei: Kollektivt (Entur) Kart (OpenStreetMap)'],
      ]);
      const hrefs = [...card.querySelectorAll('a:not(.transit, .map, .geo, .report)')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:+4755501234', 'mailto:post@oslo.example.org', 'https://oslo.example.org/']);
      expect(text(card.querySelector('.last-checked'))).to.equal('Sist kontrollert 1. oktober 2026');
    });

    it('shows a temporary closure with its end date and other health personnel as a route', async () => {
      const el = await mount(
        html`<fl-centre-finder feed=${testFeed()} municipality="1508" .clock=${() => new Date('2026-11-20T10:00:00Z')}></fl-centre-finder>`,
      );
      const card = result(el, 'Frisklivssentralen i Ålesund');
      expect(text(card.querySelector('[part~="opening-status"]'))).to.equal('Stengt til 1. desember');
      expect(text(await openDetails(el, 'Frisklivssentralen i Ålesund'))).to.contain('Annet helsepersonell kan også henvise deg.');
    });

    it('renders feed text as text, never as markup', async () => {
      const el = await mount(
        html`<fl-centre-finder
          feed=${testFeed({ centres: [{ ...centres[0]!, name: { nb: '<img src=x onerror=alert(1)>Sentral' } }] })}
        ></fl-centre-finder>`,
      );
      await nearMe(el);
      expect(cardNames(el)).to.deep.equal(['<img src=x onerror=alert(1)>Sentral']);
      expect($(el, '[part~="result"] img')).to.equal(null);
    });

    it('shows Sámi centre and municipality names to a North Sámi reader', async () => {
      const el = await mount(html`<fl-centre-finder feed=${testFeed()} lang="se" municipality="5612"></fl-centre-finder>`);
      expect(input(el).value).to.equal('Guovdageaidnu');
      expect(cardNames(el)).to.deep.equal(['Oarje-Finnmárkku dearvvašvuođaguovddáš']);
      expect(text($(el, '[part~="result"]'))).to.contain('Alta ja Guovdageaidnu');
      await typeText(el, 'kauto');
      expect(optionTexts(el)[0]).to.match(/^Guovdageaidnu – Kautokeino \(/);
    });
  });

  describe('loading and errors', () => {
    it('shows a skeleton while loading', async () => {
      const { fixture } = await import('@open-wc/testing');
      const el = await fixture(html`<fl-centre-finder feed=${testFeed()}></fl-centre-finder>`);
      // Before the feed arrives or right after; either way no layout without a skeleton or content.
      expect($(el, '[part~="skeleton"], [part~="search"]')).to.exist;
    });

    it('shows an error view with a retry button for a feed that 404s, and retrying fetches again', async () => {
      const url = `/no-such-feed-${Math.random().toString(36).slice(2)}.json`;
      let calls = 0;
      const realFetch = window.fetch;
      const good = JSON.stringify(feedDocument({ centres }));
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).endsWith(url)) {
          calls++;
          return Promise.resolve(calls === 1 ? new Response('not found', { status: 404 }) : new Response(good, { status: 200 }));
        }
        return realFetch(input, init);
      };
      try {
        const { fixture } = await import('@open-wc/testing');
        const el = await fixture(html`<fl-centre-finder feed=${url}></fl-centre-finder>`);
        await waitForContent(el as never);
        const error = $(el, '[part~="error"]')!;
        expect(text(error)).to.contain('Tjenesten svarte med en feil (404)');
        expect(calls).to.equal(1);
        $(el, '[part~="retry-button"]')!.click();
        await waitUntil(() => $(el, '[part~="search"]'), 'the search after retry');
        expect(calls).to.equal(2);
        expect($(el, '[part~="error"]')).to.equal(null);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('a real 404 from the server shows the error view', async () => {
      const { fixture } = await import('@open-wc/testing');
      const el = await fixture(html`<fl-centre-finder feed="/no-such-dir/feed.json"></fl-centre-finder>`);
      await waitForContent(el as never);
      expect(text($(el, '[part~="error"]'))).to.contain('(404)');
      expect($(el, '[part~="retry-button"]')).to.exist;
    });
  });
});
