// Mounting and unmounting an element 100 times leaves no listener on `window`
// or `document`, and the centre finder stops Floating UI's autoUpdate (its
// scroll/resize listeners) when its suggestion list closes. Counts, not times;
// `npm run bench` also counts the elements still alive after gc().
//
// The listener counter wraps addEventListener before any element module loads.
import { listenerCounts, listenerDelta, type ListenerCounts } from './listener-count.js';
import { mountCycles, typeInto } from './mount-cycles.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define-all.js';
import { clearFeedCache, loadFeed, reloadFeed } from '../../src/feed/loader.js';
import { centre, contactPoint, feedDocument, feedUrl, group } from '../fixtures/feed-builder.js';

type Element = LitElement & { shadowRoot: ShadowRoot };

const CYCLES = 100;

const document_ = feedDocument({
  centres: [
    centre(),
    centre({ id: 'fls-5612', hostMunicipality: '5612', municipalities: ['5612', '5610'], name: { nb: 'Frisklivssentralen i Kautokeino' } }),
  ],
  contactPoints: [contactPoint(), contactPoint({ id: 'cp-national', kind: 'selvhjelp-norge', national: true, municipalities: [] })],
  groups: [
    group(),
    group({ id: 'g-2', theme: 'angst', status: 'forming', title: { nb: 'Angstgruppe' } }),
    group({ id: 'g-3', status: 'full' }),
  ],
});

interface Variant {
  name: string;
  tag: string;
  attributes?: Record<string, string>;
  /** Something a reader does before the element goes. */
  interact?: (el: Element) => Promise<void>;
}

const listbox = (el: Element) => el.shadowRoot.querySelector<HTMLElement>('[part~="listbox"]')!;
const isOpen = (el: Element) => !listbox(el).hidden && el.shadowRoot.querySelectorAll('[part~="option"]').length > 0;

const VARIANTS: Variant[] = [
  { name: 'fl-centre-finder', tag: 'fl-centre-finder' },
  {
    name: 'fl-centre-finder with its suggestion list open',
    tag: 'fl-centre-finder',
    interact: async (el) => {
      await typeInto(el, 'input[part~="input"]', 'os');
      expect(isOpen(el), 'the list opened').to.equal(true);
    },
  },
  { name: 'fl-group-finder', tag: 'fl-group-finder' },
  { name: 'fl-group-finder after typing', tag: 'fl-group-finder', interact: (el) => typeInto(el, 'input[part~="search"]', 'sorg') },
  { name: 'fl-group-finder url-state="query"', tag: 'fl-group-finder', attributes: { 'url-state': 'query' } },
  { name: 'fl-group-finder url-state="hash"', tag: 'fl-group-finder', attributes: { 'url-state': 'hash' } },
  { name: 'fl-frisklivskort', tag: 'fl-frisklivskort', attributes: { centre: 'fls-0301' } },
  {
    name: 'fl-follow-up-timeline',
    tag: 'fl-follow-up-timeline',
    attributes: { centre: 'fls-0301', start: '2026-11-02', today: '2026-12-01' },
  },
  { name: 'fl-follow-up-timeline without a feed', tag: 'fl-follow-up-timeline', attributes: { start: '2026-11-02' } },
];

function create(variant: Variant, url: string): Element {
  const el = document.createElement(variant.tag) as Element;
  el.setAttribute('feed', url);
  for (const [name, value] of Object.entries(variant.attributes ?? {})) el.setAttribute(name, value);
  return el;
}

describe('leaks: 100 mount/unmount cycles', () => {
  let url: string;
  let stage: HTMLElement;
  const initialUrl = location.href;

  beforeEach(async () => {
    clearFeedCache();
    url = feedUrl(document_);
    await loadFeed(url);
    stage = document.createElement('div');
    document.body.append(stage);
  });

  afterEach(() => {
    stage.remove();
    URL.revokeObjectURL(url);
    history.replaceState(history.state, '', initialUrl);
  });

  /** One round first (lazy chunks, the shared lang observer), then the cycles; returns what changed. */
  async function cycles(variant: Variant): Promise<{ delta: ListenerCounts; peak: number }> {
    const { before, peakGlobal } = await mountCycles(stage, () => create(variant, url), CYCLES, variant.interact);
    return { delta: listenerDelta(before, listenerCounts()), peak: peakGlobal };
  }

  for (const variant of VARIANTS) {
    it(`${variant.name}: no listener left on window or document`, async function () {
      this.timeout(60_000);
      const { delta, peak } = await cycles(variant);
      expect(delta.byType, 'listeners left on window/document by type').to.deep.equal({});
      expect(delta.global).to.equal(0);
      expect(delta.scrollResize, 'scroll/resize listeners left anywhere').to.equal(0);
      if (variant.tag === 'fl-group-finder') {
        // The URL-state controller listens for popstate/hashchange while connected: the check above is not vacuous.
        expect(peak, 'listeners while mounted').to.be.greaterThan(0);
        expect(delta.added).to.be.at.least(CYCLES);
      }
    });
  }

  describe('fl-centre-finder: Floating UI autoUpdate runs only while the list is open', () => {
    async function openList(): Promise<{ el: Element; base: number }> {
      const el = create(VARIANTS[0]!, url);
      stage.append(el);
      await el.updateComplete;
      const base = listenerCounts().scrollResize;
      el.shadowRoot.querySelector<HTMLInputElement>('input[part~="input"]')!.focus();
      await typeInto(el, 'input[part~="input"]', 'os');
      expect(isOpen(el)).to.equal(true);
      // Floating UI loads lazily, then autoUpdate listens to scroll/resize on every scrolling ancestor.
      await waitUntil(() => listenerCounts().scrollResize > base, 'autoUpdate started', { timeout: 5000 });
      return { el, base };
    }

    const input = (el: Element) => el.shadowRoot.querySelector<HTMLInputElement>('input[part~="input"]')!;
    const key = (el: Element, name: string) =>
      input(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));

    it('stops when Escape closes the list', async () => {
      const { el, base } = await openList();
      key(el, 'Escape');
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(listenerCounts().scrollResize).to.equal(base);
    });

    it('stops when the field loses focus', async () => {
      const { el, base } = await openList();
      input(el).blur();
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(listenerCounts().scrollResize).to.equal(base);
    });

    it('stops when a suggestion is chosen', async () => {
      const { el, base } = await openList();
      key(el, 'ArrowDown');
      await el.updateComplete;
      key(el, 'Enter');
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(listenerCounts().scrollResize).to.equal(base);
    });

    it('stops when the text is cleared', async () => {
      const { el, base } = await openList();
      await typeInto(el, 'input[part~="input"]', '');
      expect(isOpen(el)).to.equal(false);
      expect(listenerCounts().scrollResize).to.equal(base);
    });

    it('stops when the element is removed with the list open', async () => {
      const { el, base } = await openList();
      el.remove();
      await el.updateComplete;
      expect(listenerCounts().scrollResize).to.equal(base);
    });

    it('stops on every one of 100 open/close rounds', async function () {
      this.timeout(60_000);
      const { el, base } = await openList();
      for (let i = 0; i < CYCLES; i++) {
        await typeInto(el, 'input[part~="input"]', i % 2 ? 'kaut' : 'os');
        await waitUntil(() => listenerCounts().scrollResize > base, 'autoUpdate started', { timeout: 5000 });
        key(el, 'Escape');
        await el.updateComplete;
        expect(listenerCounts().scrollResize, `round ${i}`).to.equal(base);
      }
    });

    // Found by `npm run bench` (WeakRef + gc()): removing the centre finder while its list
    // was open used to re-subscribe the disconnected element to the feed for ever.
    it('a removed element is no longer subscribed to the feed', async () => {
      const { el } = await openList();
      el.remove();
      await el.updateComplete;
      let updates = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<Element['requestUpdate']>) => {
        updates++;
        return original(...args);
      };
      await reloadFeed(url);
      expect(updates, 'updates of the removed element caused by a feed reload').to.equal(0);
    });
  });
});
