/**
 * Issue 19, point 3: on a 390 × 844 phone, and in a 280 px sidebar, the group
 * finder's count and its first group are in the first screen; the filters
 * beyond search and the two main ones wait behind one "Filtrer" disclosure.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { FlGroupFinder } from '../../../src/elements/group-finder/group-finder.js';
import { choose, feedUrl, finder, html, shadow, shownIds, testFeed, textOf, tick } from './fixtures.js';

/** Pixels from the element's top to the top of the count and of the first group. */
function offsets(el: HTMLElement): { count: number; first: number } {
  const top = el.getBoundingClientRect().top;
  const count =
    shadow(el as never)
      .querySelector('[part~="count"]')!
      .getBoundingClientRect().top - top;
  const first =
    shadow(el as never)
      .querySelector('[part~="result"]')!
      .getBoundingClientRect().top - top;
  return { count: Math.round(count), first: Math.round(first) };
}

/** Whether a person sees it: rendered, with a size (a closed <details> hides its content from layout). */
const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return node.checkVisibility({ contentVisibilityAuto: true }) && box.width > 0 && box.height > 0;
};

describe('<fl-group-finder> first screen (issue 19, point 3)', () => {
  beforeEach(() => clearFeedCache());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [label, width, host] of [
    ['a 390 px phone', 390, ''],
    ['a 280 px sidebar', 1280, 'width: 280px'],
  ] as const) {
    it(`shows the count and the first group within the first screen on ${label}, with the sample feed`, async function () {
      const response = await fetch('/demo/feed.json');
      if (!response.ok) this.skip();
      await setViewport({ width, height: 844 });
      const el = await finder(html`<fl-group-finder feed="/demo/feed.json" style=${host}></fl-group-finder>`);
      const { count, first } = offsets(el);
      console.log(`group finder, ${label}: count at ${count} px, first group at ${first} px`);
      // Before issue 19: the count at 815 px (390 px phone) and 859 px (280 px sidebar), below the first screen.
      expect(count, 'count in the first screen').to.be.below(420);
      expect(first, 'first group starts in the first screen').to.be.below(460);
      expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.match(/^\d+ grupper$/);
      // Issue 19, point 11: the sample feed reads like a directory, not the same card twice.
      const titles = [...shadow(el).querySelectorAll('[part~="result"] [part~="title"]')].map(textOf);
      expect(new Set(titles).size, titles.join(' | ')).to.equal(titles.length);
      for (const title of titles)
        expect(
          titles.filter((other) => other.startsWith(title)),
          title,
        ).to.have.length(1);
    });
  }

  it('shows the first screen of groups in one task and the rest of the page in the next, without leaving the first screen short (issue 24)', async function () {
    const response = await fetch('/demo/feed.json');
    if (!response.ok) this.skip();
    await setViewport({ width: 390, height: 844 });
    const host = document.createElement('fl-group-finder');
    host.setAttribute('feed', '/demo/feed.json');
    document.body.append(host);
    // What a person would see at the moment the content replaces the skeleton: the mutations of that render,
    // observed before the browser runs any other task (the shadow root is there as soon as the element connects).
    const root = host.shadowRoot!;
    const first = new Promise<{ ids: number; count: string; more: boolean; bottom: number }>((resolve) => {
      const observer = new MutationObserver(() => {
        const results = [...root.querySelectorAll('[part~="result"]')];
        if (!results.length) return;
        observer.disconnect();
        resolve({
          ids: results.length,
          count: textOf(root.querySelector('[part~="count"]')),
          more: !!root.querySelector('[part~="show-more"]'),
          bottom: results.at(-1)!.getBoundingClientRect().bottom,
        });
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    try {
      const seen = await first;
      expect(seen.ids, 'groups in the first content render').to.equal(3);
      expect(seen.count, 'the count is of every match from the start').to.match(/^\d+ grupper$/);
      expect(seen.more, '"Vis flere grupper" is there from the start').to.equal(true);
      // The first screen is full: its last group ends below the bottom of a phone's screen.
      expect(seen.bottom, 'the first render fills the first screen').to.be.above(844);
      const el = host as FlGroupFinder;
      await el.updateComplete;
      expect(shownIds(el), 'the whole first page once updateComplete settles').to.have.length(10);
      expect(new Set(shownIds(el)).size).to.equal(10);
    } finally {
      host.remove();
    }
  });

  it('search and the two main filters are visible; the rest sit behind "Filtrer", which counts what is chosen there', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await finder(html`<fl-group-finder feed=${feedUrl(testFeed())} hide-intro></fl-group-finder>`);
    const root = shadow(el);
    for (const id of ['q', 'theme', 'municipality']) expect(visible(root.querySelector(`#${id}`)!), id).to.equal(true);
    const more = root.querySelector<HTMLDetailsElement>('details[part~="more-filters"]')!;
    const summary = more.querySelector('summary')!;
    expect(more.open).to.equal(false);
    expect(textOf(summary)).to.equal('Filtrer');
    for (const id of ['contactPoint', 'weekday', 'time', 'language', 'mode']) {
      expect(visible(root.querySelector(`#${id}`)!), `${id} folded away`).to.equal(false);
    }

    // Open it from the keyboard, choose a weekday and a status: the summary counts two.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.open).to.equal(true);
    expect(visible(root.querySelector('#weekday')!)).to.equal(true);
    await choose(el, 'weekday', 'MO');
    await tick(el, 'forming', true);
    expect(shownIds(el)).to.deep.equal(['g-depresjon-alta']);
    expect(textOf(summary)).to.equal('Filtrer (2 valgt)');
    // The main filters are not counted in the summary: they are in sight.
    await choose(el, 'theme', 'depresjon');
    expect(textOf(summary)).to.equal('Filtrer (2 valgt)');

    // The count sits above the results, with one "Fjern filtrene".
    const count = root.querySelector('[part~="count"]')!;
    expect(count.compareDocumentPosition(root.querySelector('[part~="results"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(root.querySelectorAll('[part~="clear-filters"]')).to.have.length(1);
  });

  it('the empty state has one "Fjern filtrene" button, not two', async () => {
    const el = await finder(html`<fl-group-finder feed=${feedUrl(testFeed())}></fl-group-finder>`);
    await choose(el, 'theme', 'angst');
    await choose(el, 'municipality', '5601');
    expect(shownIds(el)).to.deep.equal([]);
    const clears = [...shadow(el).querySelectorAll('[part~="clear-filters"]')];
    expect(clears).to.have.length(1);
    expect(textOf(clears[0])).to.equal('Fjern filtrene');
  });
});
