import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache, configureFeedLoader, FeedError, loadFeed, reloadFeed } from '../../src/feed/loader.js';
import { centre, feedDocument, feedUrl } from '../fixtures/feed-builder.js';
import '../fixtures/probe-element.js';

type FetchArgs = Parameters<typeof fetch>;

/** Counts real requests per URL while letting them through. */
function spyOnFetch() {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (...args: FetchArgs) => {
    calls.push(String(args[0] instanceof Request ? args[0].url : args[0]));
    return original(...args);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Replaces fetch with a scripted answer. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const original = window.fetch;
  window.fetch = (input: FetchArgs[0], init?: RequestInit) => answer(String(input), init);
  return () => (window.fetch = original);
}

async function errorOf(url: string): Promise<FeedError> {
  try {
    await loadFeed(url);
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('feed loader', () => {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    clearFeedCache();
    localStorage.clear();
    configureFeedLoader({ timeoutMs: 15_000, keepLastGoodCopy: true });
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('makes exactly one request for many elements on one URL', async () => {
    const url = feedUrl(feedDocument());
    const spy = spyOnFetch();
    restore = spy.restore;
    const page = await fixture(
      html`<div>
        <fl-test-probe feed=${url}></fl-test-probe><fl-test-probe feed=${url}></fl-test-probe><fl-test-probe feed=${url}></fl-test-probe>
      </div>`,
    );
    const probes = [...page.querySelectorAll('fl-test-probe')];
    await waitUntil(() => probes.every((p) => p.shadowRoot!.querySelector('.counts')));
    expect(spy.calls.filter((call) => call === url)).to.have.length(1);
    for (const probe of probes) expect(probe.shadowRoot!.querySelector('.counts')!.textContent).to.equal('1 centres, 1 groups');
  });

  it('takes the URL from <meta name="frisklivs-feed"> when the element has none', async () => {
    const meta = document.createElement('meta');
    meta.name = 'frisklivs-feed';
    meta.content = feedUrl(feedDocument());
    document.head.append(meta);
    try {
      const probe = await fixture(html`<fl-test-probe></fl-test-probe>`);
      await waitUntil(() => probe.shadowRoot!.querySelector('.counts'));
      expect(probe.shadowRoot!.querySelector('.counts')!.textContent).to.equal('1 centres, 1 groups');
    } finally {
      meta.remove();
    }
  });

  it('reports an HTTP error as a typed error', async () => {
    const error = await errorOf('/test/fixtures/no-such-feed.json');
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('reports a network failure', async () => {
    restore = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await errorOf('/feeds/network.json')).kind).to.equal('network');
  });

  it('gives up after the timeout', async () => {
    configureFeedLoader({ timeoutMs: 50 });
    restore = stubFetch(
      (_url, init) =>
        new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    expect((await errorOf('/feeds/slow.json')).kind).to.equal('timeout');
  });

  it('reports text that is not JSON', async () => {
    expect((await errorOf(feedUrl('{"version": 1, '))).kind).to.equal('parse');
  });

  it('reports a document that is not a usable feed, with its problems', async () => {
    const error = await errorOf(feedUrl({ version: 1, centres: 'no' }));
    expect(error.kind).to.equal('invalid');
    expect(error.problems.map((p) => p.path)).to.include('$.publisher');
  });

  it('reports a newer major version', async () => {
    expect((await errorOf(feedUrl(feedDocument({ version: 2 })))).kind).to.equal('version');
  });

  it('reuses the last good copy when the network fails later, and says so', async () => {
    const good = JSON.stringify(feedDocument());
    let online = true;
    restore = stubFetch(() => (online ? Promise.resolve(new Response(good)) : Promise.reject(new TypeError('offline'))));
    await loadFeed('/feeds/cached.json');
    // The copy is written when the browser is idle.
    await waitUntil(() => localStorage.length > 0, 'no copy was stored');
    clearFeedCache();
    online = false;
    const loaded = await loadFeed('/feeds/cached.json');
    expect(loaded.feed.centres).to.have.length(1);
    expect(loaded.staleSince).to.be.a('string');
  });

  it('keeps no copy of a feed too large for the host page to share localStorage with', async () => {
    const big = feedDocument({ attribution: ['x'.repeat(400)] });
    const padded = JSON.stringify(big).replace('"attribution"', `"padding": "${'x'.repeat(1_600_000)}", "attribution"`);
    restore = stubFetch(() => Promise.resolve(new Response(padded)));
    await loadFeed('/feeds/huge.json');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(localStorage.length).to.equal(0);
  });

  it('does not hide a 404 behind an old copy', async () => {
    let status = 200;
    const good = JSON.stringify(feedDocument());
    restore = stubFetch(() => Promise.resolve(new Response(status === 200 ? good : 'gone', { status })));
    await loadFeed('/feeds/moved.json');
    await waitUntil(() => localStorage.length > 0, 'no copy was stored');
    clearFeedCache();
    status = 404;
    expect((await errorOf('/feeds/moved.json')).kind).to.equal('http');
  });

  it('skips a bad entry with a console warning naming the entry and the field', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const doc = feedDocument();
      (doc.groups as Record<string, unknown>[]).push({ id: 'g-broken', theme: 'sorg' });
      const loaded = await loadFeed(feedUrl(doc));
      expect(loaded.feed.groups).to.have.length(1);
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('entry "g-broken" $.groups[1].title');
  });

  it('shows a localized error with a retry that refetches for every element', async () => {
    let attempt = 0;
    const good = JSON.stringify(feedDocument());
    restore = stubFetch(() =>
      ++attempt === 1 ? Promise.resolve(new Response('oops', { status: 503 })) : Promise.resolve(new Response(good)),
    );
    const page = await fixture(
      html`<div lang="en">
        <fl-test-probe feed="/feeds/flaky.json"></fl-test-probe><fl-test-probe feed="/feeds/flaky.json"></fl-test-probe>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('fl-test-probe')];
    await waitUntil(() => first!.shadowRoot!.querySelector('[role="alert"]'));
    const alert = first!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The service responded with an error (503)');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(() => second!.shadowRoot!.querySelector('.counts'));
    expect(first!.shadowRoot!.querySelector('.counts')!.textContent).to.equal('1 centres, 1 groups');
    expect(attempt).to.equal(2);
  });

  it('says plainly when no feed is configured, without a request', async () => {
    const spy = spyOnFetch();
    restore = spy.restore;
    const probe = await fixture(html`<fl-test-probe></fl-test-probe>`);
    const alert = probe.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Ingen datakilde er satt opp');
    expect(alert.querySelector('button')).to.equal(null);
    expect(spy.calls).to.have.length(0);
  });

  it('fetches nothing for an element that does not need the feed', async () => {
    const spy = spyOnFetch();
    restore = spy.restore;
    const probe = await fixture(html`<fl-test-probe-no-feed feed="/feeds/unused.json"></fl-test-probe-no-feed>`);
    expect(probe.shadowRoot!.querySelector('.counts')!.textContent).to.equal('no feed');
    expect(spy.calls).to.have.length(0);
  });

  it('reloadFeed replaces the cached result', async () => {
    let centres = 1;
    restore = stubFetch(() => Promise.resolve(new Response(JSON.stringify(feedDocument({ centres: centres === 1 ? [centre()] : [] })))));
    expect((await loadFeed('/feeds/live.json')).feed.centres).to.have.length(1);
    centres = 0;
    expect((await loadFeed('/feeds/live.json')).feed.centres).to.have.length(1);
    expect((await reloadFeed('/feeds/live.json')).feed.centres).to.have.length(0);
  });
});
