/** The centre finder on the realistic sample feed (357 municipalities, 100 centres, 5 000+ postcodes). */
import { expect, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/loader.js';
import {
  $,
  cardNames,
  input,
  mount,
  nearMe,
  openDetails,
  optionTexts,
  pickOption,
  status,
  stubGeolocation,
  text,
  typeText,
} from './helpers.js';

const FEED = '/demo/feed.json';

describe('<fl-centre-finder> on /demo/feed.json', () => {
  before(async function () {
    const response = await fetch(FEED, { method: 'HEAD' });
    if (!response.ok) this.skip();
  });
  afterEach(() => clearFeedCache());

  it('lists the 99 centres that are not closed after "near me", ten at a time with limit', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED} limit="10"></fl-centre-finder>`);
    expect(cardNames(el)).to.have.length(0);
    await nearMe(el);
    expect(status(el)).to.equal('Viser 10 av 99 frisklivssentraler Sortert etter avstand fra deg.');
    expect(cardNames(el)).to.have.length(10);
  });

  it('finds Porsanger by its North Sámi name and shows the inter-municipal centre hosted by Karasjok', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED}></fl-centre-finder>`);
    await typeText(el, 'porsáŋgu');
    expect(optionTexts(el)[0]).to.equal('Porsanger – Porsáŋgu – Porsanki (kommune)');
    await pickOption(el, 'Porsanger');
    expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Midt-Finnmark']);
    expect(text($(el, '[part~="result"] .serves'))).to.equal('Betjener Karasjok, Lebesby og Porsanger.');
    const card = text(await openDetails(el, 'Frisklivssentralen i Midt-Finnmark'));
    expect(card).to.contain('Sentralen ligger i Karasjok og tar imot folk fra Porsanger.');
  });

  it('tells apart municipalities that share a name by their county', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED}></fl-centre-finder>`);
    await typeText(el, 'herøy');
    expect(optionTexts(el).slice(0, 2)).to.deep.equal(['Herøy, Møre og Romsdal (kommune)', 'Herøy, Nordland (kommune)']);
  });

  it('finds a postcode from the lazily loaded resource', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED}></fl-centre-finder>`);
    await typeText(el, '9520');
    await waitUntil(() => optionTexts(el).length > 0, 'postcode suggestion');
    expect(optionTexts(el)).to.deep.equal(['9520 Kautokeino (postnummer)']);
    await pickOption(el, '9520');
    expect(cardNames(el)).to.deep.equal(['Frisklivssentralen i Kautokeino']);
    expect(input(el).value).to.equal('9520 Kautokeino');
  });

  it('says when a municipality has no centre and lists the three nearest', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED} municipality="Sandnes"></fl-centre-finder>`);
    expect(status(el)).to.equal('Ingen frisklivssentral dekker Sandnes. Disse ligger nærmest:');
    expect(cardNames(el)).to.have.length(3);
  });

  it('filters by North Sámi spoken', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED} limit="10"></fl-centre-finder>`);
    await nearMe(el);
    const select = $<HTMLSelectElement>(el, '[part~="filters"] select')!;
    select.value = 'se';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(6);
    expect(cardNames(el)).to.include('Frisklivssentralen i Kautokeino');
  });

  it('sorts by distance from a position in Kautokeino', async () => {
    const geo = stubGeolocation({ coords: { latitude: 69.01, longitude: 23.04 } });
    try {
      const el = await mount(html`<fl-centre-finder feed=${FEED} limit="3"></fl-centre-finder>`);
      $(el, '[part~="near-me-button"]')!.click();
      await waitUntil(() => $(el, '.distance'), 'distances');
      expect(cardNames(el)[0]).to.equal('Frisklivssentralen i Kautokeino');
    } finally {
      geo.restore();
    }
  });

  it('passes axe in North Sámi with a preselected municipality', async () => {
    const el = await mount(html`<fl-centre-finder feed=${FEED} lang="se" municipality="5612"></fl-centre-finder>`);
    expect(input(el).value).to.equal('Guovdageaidnu');
    expect(cardNames(el)).to.deep.equal(['Frisklivssentral Guovdageaidnu']);
    await expect(el).to.be.accessible();
  });
});
