import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/loader.js';
import type { FlCentreFinder } from '../../src/elements/centre-finder/centre-finder.js';
import '../../src/elements/centre-finder/define.js';
import { feedDocument, feedUrl } from '../fixtures/feed-builder.js';
import type { FlTestProbe } from '../fixtures/probe-element.js';
import '../fixtures/probe-element.js';
import { centres } from '../elements/centre-finder/helpers.js';

type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/** Holds back the response for `url` until `open()`, as a slow network would; answers 404 while `failing()`. */
function slowFeed(url: string, failing = () => false): { open(): void; restore(): void } {
  const realFetch = window.fetch;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input) !== url) return realFetch(input, init);
    return failing() ? Promise.resolve(new Response('gone', { status: 404 })) : gate.then(() => realFetch(input, init));
  };
  return { open, restore: () => (window.fetch = realFetch) };
}

/** Records layout shifts from now on. */
function recordShifts(): { counted(): number; all(): Shift[]; stop(): void } {
  const entries: Shift[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as Shift[])));
  observer.observe({ type: 'layout-shift' });
  const take = () => entries.push(...(observer.takeRecords() as Shift[]));
  return {
    counted: () => (take(), entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)),
    all: () => (take(), entries),
    stop: () => observer.disconnect(),
  };
}

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const reserving = (el: Element) => base(el).classList.contains('reserving');
const loaded = (el: Element) => !!el.shadowRoot!.querySelector('[part~="base"]') && !el.shadowRoot!.querySelector('[part~="skeleton"]');
const top = (node: Element) => node.getBoundingClientRect().top;

/** A page: text, the element, text after it, and room to scroll. */
async function page(element: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <p>Host page text before the element.</p>
      ${element}
      <p id="after">Host page text after the element.</p>
      <div style="height: 300vh"></div>
    </div>`,
  );
  return {
    el: wrapper.querySelector<FlTestProbe | FlCentreFinder>('fl-test-probe, fl-centre-finder')!,
    after: wrapper.querySelector('#after')!,
  };
}

describe('reserved height while the feed first loads (layout shift 0)', () => {
  let feed: string;
  let network: ReturnType<typeof slowFeed>;
  let shifts: ReturnType<typeof recordShifts>;

  beforeEach(async () => {
    feed = feedUrl(feedDocument({ centres }));
    network = slowFeed(feed);
    scrollTo(0, 0);
    await frames();
    shifts = recordShifts();
  });

  afterEach(async () => {
    shifts.stop();
    network.restore();
    clearFeedCache();
    scrollTo(0, 0);
    await emulateMedia({ media: 'screen' });
  });

  /** A probe whose short content has arrived, with the rest of the screen still held. */
  async function probeHoldingSpace() {
    const mounted = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    network.open();
    await waitUntil(() => loaded(mounted.el), 'the feed arrives');
    await frames(3);
    expect(reserving(mounted.el)).to.equal(true);
    return mounted;
  }

  it('reserves one screen while loading, then keeps the unused part: the text after the element does not move', async () => {
    const { el, after } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await frames();
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is up').to.exist;
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    const afterTop = top(after);

    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    await frames(3);
    expect(el.shadowRoot!.querySelector('.counts')!.textContent).to.match(/^4 centres/);
    const marker = el.shadowRoot!.querySelector('.reserve-end')!;
    expect(top(marker) - top(base(el)), 'the content is shorter than a screen').to.be.lessThan(innerHeight / 2);
    expect(reserving(el)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    expect(top(after)).to.equal(afterTop);
    expect(shifts.counted()).to.equal(0);
  });

  it('gives the unused space back when the reader presses the pointer in the element; the browser does not count that shift', async () => {
    const { el, after } = await probeHoldingSpace();
    const content = el.shadowRoot!.querySelector('.counts')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(content.left + 5), Math.round(content.top + 5)] });
    await el.updateComplete;
    await frames(3);
    expect(reserving(el)).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.reserve-end').length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.be.lessThan(innerHeight / 2);
    expect(top(after)).to.be.lessThan(innerHeight / 2);
    expect(
      shifts.all().some((entry) => entry.hadRecentInput),
      'the text after moved, right after input',
    ).to.equal(true);
    expect(shifts.counted()).to.equal(0);
  });

  it('gives the unused space back once it is scrolled out of view; scroll anchoring keeps the text the reader sees in place', async () => {
    const { el, after } = await probeHoldingSpace();
    // The text after the element sits at the top of the view, the unused space just above it.
    scrollTo(0, scrollY + top(after) - 10);
    await frames(2);
    expect(top(after)).to.be.closeTo(10, 1);
    await waitUntil(() => !reserving(el), 'the reservation is given back', { timeout: 3000 });
    await frames(3);
    expect(el.getBoundingClientRect().height).to.be.lessThan(innerHeight / 2);
    expect(top(after), 'still where the reader saw it').to.be.closeTo(10, 1);
    expect(shifts.counted()).to.equal(0);
  });

  it('lets content taller than the reservation grow below the fold, where nothing visible moves', async () => {
    const { el, after } = await page(html`<fl-centre-finder feed=${feed}></fl-centre-finder>`);
    await frames();
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    expect(top(after)).to.be.greaterThan(innerHeight);
    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    await frames(3);
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]').length).to.equal(4);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(innerHeight);
    expect(shifts.counted()).to.equal(0);
    // Filled: nothing is held, so narrowing the list later shrinks the element.
    await el.updateComplete;
    expect(reserving(el)).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.reserve-end').length).to.equal(0);
  });

  it('reserves nothing when the feed is already loaded (no skeleton was ever shown)', async () => {
    network.open();
    const { el: first } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await waitUntil(() => loaded(first), 'the feed arrives');
    const second = await fixture<FlTestProbe>(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    expect(loaded(second)).to.equal(true);
    expect(reserving(second)).to.equal(false);
    expect(second.getBoundingClientRect().height).to.be.lessThan(innerHeight / 2);
  });

  it('reserves the space again when the reader retries after an error, so the retried content moves nothing either', async () => {
    network.restore();
    let failing = true;
    network = slowFeed(feed, () => failing);

    const { el, after } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message');
    await frames(3);
    expect(reserving(el), 'the short error message keeps the space').to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    const afterTop = top(after);

    failing = false;
    const retry = el.shadowRoot!.querySelector('[part~="retry-button"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(retry.left + 5), Math.round(retry.top + 5)] });
    await el.updateComplete;
    await frames(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton"]').length).to.equal(1);
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    // Past the browser's 500 ms grace after input, so a shift now would count.
    await new Promise((resolve) => setTimeout(resolve, 600));
    network.open();
    await waitUntil(() => loaded(el), 'the retried feed arrives');
    await frames(3);
    expect(el.shadowRoot!.querySelector('.counts')!.textContent).to.match(/^4 centres/);
    expect(top(after)).to.equal(afterTop);
    expect(shifts.counted()).to.equal(0);
  });

  it('honours --fl-skeleton-height, and prints without the reserved space', async () => {
    const { el } = await page(html`<fl-test-probe feed=${feed} style="--fl-skeleton-height: 250px"></fl-test-probe>`);
    await frames();
    expect(el.getBoundingClientRect().height).to.equal(250);
    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    await frames(3);
    expect(reserving(el)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(250);
    await emulateMedia({ media: 'print' });
    expect(el.getBoundingClientRect().height).to.be.lessThan(150);
  });
});
