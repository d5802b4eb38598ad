import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { reserveCss } from '../../src/shared/reserve-css.js';
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

describe('reserved height while the feed first loads: about the loaded height, no blank space after', () => {
  let feed: string;
  let network: ReturnType<typeof slowFeed>;
  let shifts: ReturnType<typeof recordShifts>;

  beforeEach(async () => {
    localStorage.clear();
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

  /** Scrolls the page a little, as a reader does, then loads: the short content arrives and the rest is held. */
  async function probeHoldingSpace() {
    const mounted = await page(html`<fl-test-probe feed=${feed} style="--fl-skeleton-height: 60vh"></fl-test-probe>`);
    scrollTo(0, 5);
    await frames();
    network.open();
    await waitUntil(() => loaded(mounted.el), 'the feed arrives');
    await frames(3);
    expect(reserving(mounted.el)).to.equal(true);
    return mounted;
  }

  it('reserves an estimate (not a screen) while loading, and gives unused space back the moment content shows', async () => {
    // Issue 19.1: each element held 100vh until scrolled out of view; on a short page that was for good.
    const { el, after } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await frames();
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is up').to.exist;
    const reserved = el.getBoundingClientRect().height;
    expect(reserved, 'the fallback estimate, 12rem').to.equal(192);
    expect(reserved).to.be.lessThan(innerHeight);

    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    await el.updateComplete;
    await frames(3);
    expect(el.shadowRoot!.querySelector('.counts')!.textContent).to.match(/^4 centres/);
    expect(reserving(el)).to.equal(false);
    const content = el.shadowRoot!.querySelector('.counts')!.getBoundingClientRect().bottom - top(base(el));
    expect(el.getBoundingClientRect().height - content, 'blank space after load').to.be.lessThan(20);
    expect(top(after)).to.be.lessThan(top(el) + content + 40);
  });

  it('remembers the loaded height, and reserves exactly that next time: the text after the element does not move', async () => {
    network.open();
    const first = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await waitUntil(() => loaded(first.el), 'the feed arrives');
    await first.el.updateComplete;
    await frames(2);
    const loadedHeight = first.el.getBoundingClientRect().height;
    first.el.parentElement!.remove();
    clearFeedCache();
    network.restore();
    network = slowFeed(feed);

    const { el, after } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await frames();
    shifts.stop();
    shifts = recordShifts();
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is up').to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadedHeight, 1);
    const afterTop = top(after);
    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    await el.updateComplete;
    await frames(3);
    expect(reserving(el)).to.equal(false);
    expect(top(after)).to.be.closeTo(afterTop, 1);
    expect(shifts.counted()).to.be.lessThan(0.001);
  });

  it('renders a task after it connects, the host keeping the reserved space in between, so that nothing moves (issue 24)', async () => {
    // Defining, connecting and rendering an element were one task of 50-80 ms on a phone (CPU 4x slower).
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<p>Host page text before the element.</p><fl-centre-finder></fl-centre-finder><p id="after">Text after.</p>`;
    const el = wrapper.querySelector('fl-centre-finder')!;
    el.setAttribute('feed', feed);
    document.body.append(wrapper);
    try {
      // Connected, not rendered yet: an empty shadow root, and the host holds the space the skeleton will.
      expect(el.shadowRoot, 'connected').to.exist;
      expect(el.shadowRoot!.querySelector('[part~="base"]'), 'not rendered in the task that connected it').to.equal(null);
      expect(el.matches(':state(rendered)')).to.equal(false);
      const held = el.getBoundingClientRect().height;
      const afterTop = top(wrapper.querySelector('#after')!);
      expect(held, 'the measured estimate for a centre finder').to.be.above(100);
      await (el as FlCentreFinder).updateComplete;
      await frames(2);
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is up').to.exist;
      expect(el.matches(':state(rendered)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.closeTo(held, 1);
      expect(top(wrapper.querySelector('#after')!)).to.be.closeTo(afterTop, 1);
      expect(shifts.counted()).to.equal(0);
    } finally {
      wrapper.remove();
    }
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

  it('when the reader has scrolled, keeps the unused space until it is out of view; scroll anchoring keeps the text in place', async () => {
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
    // Snåsa has no centre: the finder lists the three nearest, taller than the view (before a question it is short).
    const { el, after } = await page(
      html`<fl-centre-finder feed=${feed} municipality="5041" style="--fl-skeleton-height: 100vh"></fl-centre-finder>`,
    );
    await frames();
    expect(el.getBoundingClientRect().height).to.equal(innerHeight);
    expect(top(after)).to.be.greaterThan(innerHeight);
    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
    // The result views may still be on their way (a chunk of their own on a cold cache).
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="result"]').length === 3, 'the three nearest centres show');
    await frames(3);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(innerHeight);
    expect(shifts.counted()).to.equal(0);
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

  it('leaves no blank space under an error message, and reserves again when the reader retries', async () => {
    network.restore();
    let failing = true;
    network = slowFeed(feed, () => failing);

    const { el } = await page(html`<fl-test-probe feed=${feed}></fl-test-probe>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message');
    await el.updateComplete;
    await frames(3);
    expect(reserving(el), 'the short error message keeps no space').to.equal(false);
    const error = el.shadowRoot!.querySelector('[part~="error"]')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().bottom - error.bottom, 'blank space under the message').to.be.lessThan(20);

    failing = false;
    const retry = el.shadowRoot!.querySelector('[part~="retry-button"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(retry.left + 5), Math.round(retry.top + 5)] });
    await el.updateComplete;
    await frames(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton"]').length).to.equal(1);
    expect(reserving(el)).to.equal(true);
    network.open();
    await waitUntil(() => loaded(el), 'the retried feed arrives');
    await el.updateComplete;
    await frames(3);
    expect(el.shadowRoot!.querySelector('.counts')!.textContent).to.match(/^4 centres/);
    expect(reserving(el)).to.equal(false);
  });

  it('honours --fl-skeleton-height, and prints without the reserved space', async () => {
    const { el } = await page(html`<fl-test-probe feed=${feed} style="--fl-skeleton-height: 250px"></fl-test-probe>`);
    await frames();
    expect(el.getBoundingClientRect().height).to.equal(250);
    await emulateMedia({ media: 'print' });
    expect(el.getBoundingClientRect().height).to.be.lessThan(150);
    await emulateMedia({ media: 'screen' });
    network.open();
    await waitUntil(() => loaded(el), 'the feed arrives');
  });

  it("reserves the same space before the script runs (the page's :not(:defined) rule) as the element does once it runs", async () => {
    // An undefined element is an empty inline box: without a rule, the text after it moves when the script arrives.
    const css = reserveCss(['fl-centre-finder']);
    expect(css).to.contain('fl-centre-finder:not(:defined){display:block;min-height:var(--fl-skeleton-height,');
    const style = document.createElement('style');
    style.textContent = css.replaceAll('fl-centre-finder', 'fl-not-yet-defined');
    document.head.append(style);
    try {
      const undefinedOne = await fixture(html`<fl-not-yet-defined municipality="5612"></fl-not-yet-defined>`);
      const { el } = await page(html`<fl-centre-finder feed=${feed} municipality="5612"></fl-centre-finder>`);
      await frames();
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'the skeleton is up').to.exist;
      const reserved = el.getBoundingClientRect().height;
      expect(reserved).to.be.greaterThan(300);
      expect(undefinedOne.getBoundingClientRect().height).to.be.closeTo(reserved, 0.5);
    } finally {
      style.remove();
      network.open();
    }
  });
});
