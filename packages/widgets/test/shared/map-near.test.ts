import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import type { FlTestFeatures } from '../fixtures/features-probe.js';
import '../fixtures/features-probe.js';
import { featuresFeed } from './features-fixtures.js';

// Issue 24: the map's boundaries (the largest chunk) load when the map nears the viewport or the page is printed,
// not with the first render of an element further down the page. Its own file: the chunk loads once per page.
const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /map-geometry|norway-topology/.test(name));

describe('the map of the municipalities served', () => {
  afterEach(() => clearFeedCache());

  it('loads its boundaries only when scrolled near, with its caption there from the start', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 400vh"></div>
        <fl-test-features feed=${featuresFeed()} lang="nb" now="2026-12-05T11:00:00Z" centre="fls-5622"></fl-test-features>
        <div style="height: 400vh"></div>
        <fl-test-features class="second" feed=${featuresFeed()} lang="nb" now="2026-12-05T11:00:00Z" centre="fls-5622"></fl-test-features>
      </div>`,
    );
    const el = wrapper.querySelector<FlTestFeatures>('fl-test-features')!;
    const second = wrapper.querySelector<FlTestFeatures>('fl-test-features.second')!;
    await waitUntil(() => el.shadowRoot!.querySelector('figure.service-map'), 'the figure is rendered');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const figure = el.shadowRoot!.querySelector('figure.service-map')!;
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Betjener Karasjok, Lebesby og Porsanger.');
    expect(figure.querySelector('svg')).to.equal(null);
    expect(mapRequests()).to.deep.equal([]);

    figure.scrollIntoView({ block: 'center' });
    await waitUntil(() => figure.querySelector('svg .served'), 'the map arrives once near the viewport');
    expect(mapRequests().length).to.be.greaterThan(0);

    // The second map, further down, is drawn from the boundaries already loaded when the reader reaches it.
    await waitUntil(() => second.shadowRoot!.querySelector('figure.service-map'), 'the second figure is rendered');
    const other = second.shadowRoot!.querySelector('figure.service-map')!;
    expect(other.querySelector('svg')).to.equal(null);
    other.scrollIntoView({ block: 'center' });
    await waitUntil(() => other.querySelector('svg .served'), 'the second map is drawn once near the viewport');
  });
});
