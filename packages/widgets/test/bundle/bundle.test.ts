// Tests the built script-tag bundle (dist/) exactly as a web editor's page loads it
// (run `npm run build` first; `npm test` does). Nothing here imports src/.
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['fl-centre-finder', 'fl-group-finder', 'fl-frisklivskort', 'fl-follow-up-timeline'];
const BUNDLE = '/dist/frisklivs-widgets.js';

const importBundle = (url: string) => import(/* @vite-ignore */ url);
const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup; // test-authored markup only
  document.body.append(host);
  return host;
}

const isSettled = (el: Element) => {
  const root = el.shadowRoot;
  return !!root && !!root.querySelector('[part="base"]') && !root.querySelector('[part="skeleton"]');
};

describe('dist/frisklivs-widgets.js', () => {
  before(async () => {
    await importBundle(BUNDLE);
  });

  it('defines an element once it is in the page, loading its own file and the shared chunk, nothing for the others', async () => {
    expect(customElements.get('fl-frisklivskort'), 'not used yet').to.equal(undefined);
    const host = mount(`<fl-frisklivskort feed="/demo/feed.json" centre="fls-5612"></fl-frisklivskort>`);
    await customElements.whenDefined('fl-frisklivskort');
    await waitUntil(() => isSettled(host.firstElementChild!), 'the card did not load', { timeout: 8000 });
    const files = chunkRequests();
    expect(files).to.include('/dist/elements/fl-frisklivskort.js');
    expect(
      files.some((path) => /^\/dist\/chunks\/shared-[\w-]+\.js$/.test(path)),
      'the shared chunk',
    ).to.equal(true);
    expect(files.filter((path) => path.startsWith('/dist/elements/'))).to.deep.equal(['/dist/elements/fl-frisklivskort.js']);
    expect(
      files.some((path) => path.startsWith('/dist/all/')),
      'not the all-in-one file',
    ).to.equal(false);
    expect(customElements.get('fl-group-finder'), 'an element the page does not use').to.equal(undefined);
    host.remove();
  });

  it("keeps the card's content views out of its first load: they come in card-content, asked for with the feed", async () => {
    // Issue 24: what a page needs before the card shows its loading state and asks for the feed holds none of what it
    // renders from the feed (the blocks, the print button, the record footer); that arrives in the card-content chunk.
    const files = chunkRequests();
    const content = files.filter((path) => /^\/dist\/chunks\/card-content-[\w-]+\.js$/.test(path));
    expect(content, 'the content chunk was fetched for the card').to.have.length(1);
    const text = async (path: string) => (await fetch(path)).text();
    const own = await text('/dist/elements/fl-frisklivskort.js');
    expect(own).to.contain('card-content-');
    const shared = files.find((path) => /^\/dist\/chunks\/shared-[\w-]+\.js$/.test(path))!;
    const firstLoad = own + (await text(shared));
    const chunk = await text(content[0]!);
    for (const view of ['print-button', 'Skriv ut kortet', 'Hvem er frisklivssentralen for?', 'Kontakttid']) {
      expect(firstLoad, `${view} in the first load`).not.to.contain(view);
      expect(chunk, `${view} in the content chunk`).to.contain(view);
    }
    expect(firstLoad, 'the record footer').not.to.contain('record-footer');
  });

  it("keeps the centre finder's search out of its first load: it comes in centre-search, asked for with the feed, and works", async () => {
    // Issue 24: the search index, its suggestions and the county names are needed once the feed is there.
    const host = mount(`<fl-centre-finder feed="/demo/feed.json"></fl-centre-finder>`);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await customElements.whenDefined('fl-centre-finder');
    await waitUntil(() => isSettled(el), 'the centre finder did not load', { timeout: 8000 });
    const files = chunkRequests();
    const search = files.filter((path) => /^\/dist\/chunks\/centre-search-[\w-]+\.js$/.test(path));
    expect(search, 'the search chunk was fetched for the finder').to.have.length(1);
    const text = async (path: string) => (await fetch(path)).text();
    const own = await text('/dist/elements/fl-centre-finder.js');
    const shared = files.find((path) => /^\/dist\/chunks\/shared-[\w-]+\.js$/.test(path))!;
    const firstLoad = own + (await text(shared));
    for (const county of ['Møre og Romsdal', 'Vestland']) {
      expect(firstLoad, `${county} in the first load`).not.to.contain(county);
      expect(await text(search[0]!), `${county} in the search chunk`).to.contain(county);
    }
    // A reader types a municipality's name: the suggestions come from the search chunk.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
    input.focus();
    input.value = 'Vard';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[role=option]')].map((option) => option.textContent ?? '');
    expect(
      options.some((option) => option.includes('Vardø')),
      options.join(' | '),
    ).to.equal(true);
    host.remove();
  });

  it('does not throw when a second copy is loaded on the same page', async () => {
    await importBundle(`${BUNDLE}?second-copy`);
    expect(customElements.get('fl-frisklivskort')).to.be.a('function');
  });

  it('renders every element from the sample feed on a Bokmål page, loading no locale chunk', async () => {
    const host = mount(`
      <fl-centre-finder feed="/demo/feed.json" municipality="5612"></fl-centre-finder>
      <fl-group-finder feed="/demo/feed.json"></fl-group-finder>
      <fl-frisklivskort feed="/demo/feed.json" centre="fls-5612"></fl-frisklivskort>
      <fl-follow-up-timeline start="2026-01-05"></fl-follow-up-timeline>`);
    const elements = TAGS.map((tag) => host.querySelector(tag)!);
    await waitUntil(() => elements.every(isSettled), 'elements did not finish loading', { timeout: 8000 });
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    for (const el of elements) {
      // The built styles really apply (a minifier once dropped them): hosts are blocks, with our font and colours.
      expect(getComputedStyle(el).display, `${el.localName} display`).to.equal('block');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).color, `${el.localName} text colour`).to.equal(
        'rgb(26, 31, 36)',
      );
      expect(el.shadowRoot!.querySelector('[part="error"]'), el.localName).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(20);
    }
    const feedRequests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/demo/feed.json'));
    expect(feedRequests, 'one request for the shared feed').to.have.length(1);
    expect(chunkRequests().filter((path) => /\/(nn|se|sma|smj|en)-[\w-]+\.js$/.test(path))).to.deep.equal([]);
    host.remove();
  });

  it("keeps the group finder's content views out of its first load: they arrive in their own chunk, beside the feed", async () => {
    const host = mount(`<fl-group-finder feed="/demo/feed.json"></fl-group-finder>`);
    const el = host.firstElementChild!;
    await waitUntil(() => isSettled(el), 'the group finder did not load', { timeout: 8000 });
    // What a person sees came from the content chunk: the count, the groups, the filters.
    expect(el.shadowRoot!.querySelector('[part~="count"]')?.textContent).to.match(/^\d+ grupper$/);
    expect(el.shadowRoot!.querySelectorAll('[part~="result"]').length).to.be.greaterThan(0);
    const content = chunkRequests().filter((path) => /^\/dist\/chunks\/group-content-[\w-]+\.js$/.test(path));
    expect(content, 'the content chunk').to.have.length(1);
    // The element's own file and what it imports statically (its first load) hold none of the content views' words
    // or CSS; the content chunk does (so the probe would find them where they are).
    const source = async (path: string) => (await fetch(path)).text();
    const element = '/dist/elements/fl-group-finder.js';
    const firstLoad = [
      element,
      ...[...(await source(element)).matchAll(/from"\.\.\/chunks\/([\w-]+\.js)"/g)].map((m) => `/dist/chunks/${m[1]}`),
    ];
    const probes = ['Vis flere grupper', 'Fjern filtrene', 'Slik blir du med', 'count-row'];
    for (const path of firstLoad) for (const probe of probes) expect(await source(path), `${probe} in ${path}`).not.to.contain(probe);
    for (const probe of probes) expect(await source(content[0]!), probe).to.contain(probe);
    host.remove();
  });

  it('loads only the North Sámi chunk, beside the bundle, for a lang="se" element', async () => {
    const host = mount(`<fl-follow-up-timeline lang="se" start="2026-01-05"></fl-follow-up-timeline>`);
    const el = host.firstElementChild!;
    await waitUntil(() => isSettled(el), 'timeline did not render', { timeout: 8000 });
    const locales = chunkRequests().filter((path) => /\/(nn|se|sma|smj|en)-[\w-]+\.js$/.test(path));
    expect(locales).to.have.length(1);
    expect(locales[0]).to.match(/^\/dist\/chunks\/se-[\w-]+\.js$/);
    // The Sámi calendar came with it: months in North Sámi.
    expect(el.shadowRoot!.textContent).to.match(/ođđajagimánu|ođđajagemánnu/);
    host.remove();
  });
});

describe('dist/frisklivs-widgets.css', () => {
  it("reserves each element's space before the script runs", async () => {
    const css = await (await fetch('/dist/frisklivs-widgets.css')).text();
    for (const tag of TAGS) expect(css, tag).to.contain(`${tag}:not(:defined){display:block;min-height:var(--fl-skeleton-height,`);
  });
});
