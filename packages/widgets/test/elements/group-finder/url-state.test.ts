import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { FlGroupFinder } from '../../../src/elements/group-finder/group-finder.js';
import { choose, feedUrl, finder, html, ready, search, shadow, shownIds, testFeed, tick } from './fixtures.js';

const param = (name: string, where: 'query' | 'hash' = 'query') =>
  new URLSearchParams(where === 'query' ? location.search : location.hash.slice(1)).get(name);

/**
 * The URLs this page's history holds, recorded as the element pushes them. Real
 * `history.go()` proved unreliable inside the full test run (the runner's page
 * sometimes left for about:blank), so back and forward are replayed the way the
 * browser does them: the URL changes, then `popstate` fires.
 */
const visited: string[] = [];
let position = -1;
function recordPush(): void {
  visited.splice(position + 1, Infinity, location.href);
  position = visited.length - 1;
}
async function travel(el: FlGroupFinder, step: -1 | 1): Promise<void> {
  position += step;
  history.replaceState(history.state, '', visited[position]);
  window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  await el.updateComplete;
}
/** Records the entry a discrete change pushed, and checks that it really was pushed. */
/** The current history entry's navigation key: a push makes a new one, a replace keeps it. */
const key = () => (window as unknown as { navigation: { currentEntry: { key: string } } }).navigation.currentEntry.key;

// A push gives the new entry a new navigation key (history.length stops at 50 in the runner's page).
async function pushed<T>(change: () => Promise<T>): Promise<T> {
  const before = key();
  const result = await change();
  expect(key(), 'a discrete filter change adds a history entry').to.not.equal(before);
  recordPush();
  return result;
}

describe('<fl-group-finder> url-state', () => {
  let original: string;
  let url: string;
  beforeEach(() => {
    clearFeedCache();
    // A history entry of our own first, so a step back can never leave the test page.
    history.pushState(history.state, '', location.href);
    original = location.href;
    visited.length = 0;
    recordPush();
    url = feedUrl(testFeed());
  });
  afterEach(() => history.replaceState(history.state, '', original));

  it('is off by default: the URL never changes', async () => {
    const el = await finder(html`<fl-group-finder feed=${url}></fl-group-finder>`);
    const length = history.length;
    await choose(el, 'theme', 'sorg');
    await search(el, 'oslo');
    expect(location.href).to.equal(original);
    expect(history.length).to.equal(length);
  });

  it("query: writes namespaced parameters (push on a filter, replace while typing), leaves the page's own alone, and a new element reads them", async () => {
    const ownSearch = new URL(original).search.slice(1);
    const el = await finder(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    // A pushed entry gets a new navigation key, a replaced one keeps its key (unlike
    // history.length, which stops growing at 50 in the runner's long-lived page).
    const before = key();
    await choose(el, 'theme', 'sorg');
    expect(param('fl-theme')).to.equal('sorg');
    const afterFilter = key();
    expect(afterFilter, 'a filter change is a history entry').to.not.equal(before);
    await search(el, 'o');
    await search(el, 'os');
    await search(el, 'oslo');
    expect(param('fl-q')).to.equal('oslo');
    expect(key(), 'typing replaces the entry').to.equal(afterFilter);
    await tick(el, 'open', true);
    await choose(el, 'weekday', 'TH');
    expect(param('fl-status')).to.equal('open');
    expect(param('fl-day')).to.equal('TH');
    expect(location.search.slice(1).startsWith(ownSearch), 'host parameters kept byte for byte, first').to.equal(true);
    expect(param('fl-mun'), 'unused filters are not written').to.equal(null);
    expect(shownIds(el)).to.deep.equal(['g-sorg-oslo']);

    const copy = await finder(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    expect(shownIds(copy)).to.deep.equal(['g-sorg-oslo']);
    expect(shadow(copy).querySelector<HTMLSelectElement>('select#theme')!.value).to.equal('sorg');
    expect(shadow(copy).querySelector<HTMLSelectElement>('select#weekday')!.value).to.equal('TH');
    expect(shadow(copy).querySelector<HTMLInputElement>('input#q')!.value).to.equal('oslo');
    expect(shadow(copy).querySelector<HTMLInputElement>('input[value="open"]')!.checked).to.equal(true);
    copy.remove();
  });

  it('query: back and forward restore the filters', async () => {
    const el = await finder(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    await pushed(() => choose(el, 'theme', 'angst'));
    await pushed(() => choose(el, 'mode', 'digital'));
    expect(shownIds(el)).to.deep.equal(['g-digital-angst']);
    const changes: number[] = [];
    el.addEventListener('fl-filter-change', (e) => changes.push((e as CustomEvent).detail.count));

    await travel(el, -1);
    expect(shownIds(el)).to.deep.equal(['g-angst-oslo', 'g-digital-angst']);
    expect(shadow(el).querySelector<HTMLSelectElement>('select#mode')!.value).to.equal('');
    await travel(el, -1);
    expect(shownIds(el)).to.have.length(6);
    expect(shadow(el).querySelector<HTMLSelectElement>('select#theme')!.value).to.equal('');
    await travel(el, 1);
    expect(shownIds(el)).to.deep.equal(['g-angst-oslo', 'g-digital-angst']);
    expect(shadow(el).querySelector<HTMLSelectElement>('select#theme')!.value).to.equal('angst');
    expect(changes).to.deep.equal([2, 6, 2]);
  });

  it('hash: writes and reads the hash, and follows a changed hash', async () => {
    const el = await finder(html`<fl-group-finder feed=${url} url-state="hash"></fl-group-finder>`);
    await pushed(() => choose(el, 'municipality', '5610'));
    expect(param('fl-mun', 'hash')).to.equal('5610');
    expect(param('fl-mun'), 'the query string is left alone').to.equal(null);
    expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok']);

    const copy = await finder(html`<fl-group-finder feed=${url} url-state="hash"></fl-group-finder>`);
    expect(shownIds(copy)).to.deep.equal(['g-sorg-karasjok']);
    copy.remove();

    const changed = Promise.all([oneEvent(window, 'hashchange'), oneEvent(window, 'popstate')]);
    location.hash = 'fl-lang=en';
    await changed;
    recordPush();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['g-digital-angst']);

    await travel(el, -1);
    expect(shownIds(el)).to.deep.equal(['g-sorg-karasjok']);
  });

  it('hash: a plain in-page anchor is not taken for filters', async () => {
    history.replaceState(history.state, '', '#innhold');
    const el = await finder(html`<fl-group-finder feed=${url} url-state="hash"></fl-group-finder>`);
    expect(shownIds(el)).to.have.length(6);
    await choose(el, 'theme', 'sorg');
    expect(location.hash).to.equal('#fl-theme=sorg');
  });

  it('a shared link wins over presets; a cleared preset is written as empty, so the link keeps it cleared', async () => {
    history.replaceState(history.state, '', '?fl-theme=angst');
    const el = await finder(html`<fl-group-finder feed=${url} url-state="query" theme="sorg" status="open"></fl-group-finder>`);
    expect(shownIds(el), 'URL theme, preset status').to.deep.equal(['g-angst-oslo']);
    await choose(el, 'theme', '');
    expect(location.search).to.equal('?fl-theme=');
    await tick(el, 'open', false);
    expect(location.search).to.equal('?fl-theme=&fl-status=');
    expect(shownIds(el)).to.have.length(6);
    const copy = await finder(html`<fl-group-finder feed=${url} url-state="query" theme="sorg" status="open"></fl-group-finder>`);
    expect(shownIds(copy)).to.have.length(6);
    copy.remove();
  });

  it('ignores unknown or malformed values', async () => {
    history.replaceState(history.state, '', '?fl-day=XX&fl-time=noon&fl-mode=teleport&fl-status=maybe,open&fl-q=%E2%9C%93');
    const el = await finder(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    expect(el.filterState).to.deep.include({ weekday: '', time: '', mode: '', status: ['open'], q: '✓' });
  });

  it('stops listening when removed', async () => {
    const el = await finder(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    await pushed(() => choose(el, 'theme', 'sorg'));
    const parent = el.parentNode!;
    el.remove();
    await travel(el, -1);
    expect(el.filterState.theme, 'a removed element does not follow the URL').to.equal('sorg');
    // Put back, it listens again (and keeps its own state until the next navigation).
    parent.appendChild(el);
    await ready(el);
    await travel(el, 1);
    expect(el.filterState.theme).to.equal('sorg');
    await travel(el, -1);
    expect(el.filterState.theme).to.equal('');
  });

  it('starts from the URL even before the feed has loaded', async () => {
    history.replaceState(history.state, '', '?fl-status=full');
    const el = await fixture<FlGroupFinder>(html`<fl-group-finder feed=${url} url-state="query"></fl-group-finder>`);
    expect(el.filterState.status).to.deep.equal(['full']);
    await waitUntil(() => shownIds(el).length > 0);
    expect(shownIds(el)).to.deep.equal(['g-digital-angst']);
  });
});
