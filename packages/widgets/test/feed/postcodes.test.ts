// Issue 23.1: `resources.postcodes` could be any absolute URL, and a failed fetch was retried on every keystroke:
// a feed pointing it at a tracker got one request per typed digit, each with the embedding site in Origin.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache, loadFeed } from '../../src/feed/loader.js';
import { clearPostcodeCache, loadPostcodes } from '../../src/feed/postcodes.js';
import { validateFeed } from '../../src/feed/validate.js';
import { feedDocument } from '../fixtures/feed-builder.js';
import { centres, mount, postcodeRows } from '../elements/centre-finder/helpers.js';

/** Serves `/feeds/…` from scripted answers and records every request the page makes. */
function network(answers: Record<string, () => Response>) {
  const realFetch = window.fetch;
  const requests: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    requests.push(url.href);
    const answer = answers[url.pathname] ?? answers[url.href];
    if (answer) return Promise.resolve(answer());
    if (url.origin !== location.origin) return Promise.reject(new TypeError('Failed to fetch'));
    return realFetch(input, init);
  };
  return { requests, restore: () => (window.fetch = realFetch) };
}

const feedWith = (postcodes: string) => JSON.stringify(feedDocument({ centres, resources: { postcodes } }));

async function typeDigits(el: HTMLElement, digits: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>('input[part~="input"]')!.focus();
  for (const key of digits) await sendKeys({ press: key });
}

describe('postcodes: only the feed’s own host, and no request per keystroke', () => {
  let net: ReturnType<typeof network> | undefined;
  afterEach(() => {
    net?.restore();
    net = undefined;
    clearFeedCache();
    clearPostcodeCache();
  });

  it('drops a postcode URL on another host with a validator warning', () => {
    const doc = feedDocument({ resources: { postcodes: 'http://tracker.example/pixel.gif' } });
    const result = validateFeed(doc, { feedUrl: 'https://kommune.example/frisklivs/feed.json' });
    expect(result.feed!.resources?.postcodes).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ path: '$.resources.postcodes', severity: 'warning' });
    expect(result.problems[0]!.message).to.contain("not on the feed's own host");

    for (const kept of ['postcodes.json', '/data/postcodes.json', 'https://kommune.example/p.json']) {
      const ok = validateFeed(feedDocument({ resources: { postcodes: kept } }), { feedUrl: 'https://kommune.example/frisklivs/feed.json' });
      expect(ok.feed!.resources!.postcodes, kept).to.equal(kept);
      expect(ok.problems, kept).to.deep.equal([]);
    }
    for (const dropped of ['//tracker.example/p.json', 'https://kommune.example.evil/p.json', 'http://kommune.example/p.json', 'data:,x']) {
      const bad = validateFeed(feedDocument({ resources: { postcodes: dropped } }), {
        feedUrl: 'https://kommune.example/frisklivs/feed.json',
      });
      expect(bad.feed!.resources?.postcodes, dropped).to.equal(undefined);
    }
  });

  it('never contacts another host, however many digits are typed', async () => {
    net = network({ '/feeds/tracking.json': () => new Response(feedWith('http://tracker.example/pixel.gif')) });
    const el = await mount(html`<fl-centre-finder feed="/feeds/tracking.json"></fl-centre-finder>`);
    await typeDigits(el, '95201');
    await el.updateComplete;
    expect(net.requests.filter((url) => !url.startsWith(location.origin))).to.deep.equal([]);
    expect(net.requests).to.deep.equal([new URL('/feeds/tracking.json', location.href).href]);
  });

  it('asks again for failed postcodes only after a back-off, not per keystroke', async () => {
    let up = false;
    net = network({
      '/feeds/flaky-postcodes.json': () => new Response(feedWith('/feeds/postcodes.json')),
      '/feeds/postcodes.json': () =>
        up ? new Response(JSON.stringify({ postcodes: postcodeRows })) : new Response('busy', { status: 503 }),
    });
    const postcodeRequests = () => net!.requests.filter((url) => url.endsWith('/feeds/postcodes.json')).length;
    const el = await mount(html`<fl-centre-finder feed="/feeds/flaky-postcodes.json"></fl-centre-finder>`);
    await typeDigits(el, '9');
    await waitUntil(() => postcodeRequests() === 1, 'the first request');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await typeDigits(el, '5201234');
    await el.updateComplete;
    expect(postcodeRequests(), 'seven more digits, no more requests').to.equal(1);

    // After the back-off (5 s; the clock is moved on, not waited for) the next digit asks once more.
    const realNow = Date.now;
    Date.now = () => realNow() + 6_000;
    try {
      up = true;
      const { feed, url } = await loadFeed('/feeds/flaky-postcodes.json');
      const rows = await loadPostcodes(url, feed);
      expect(rows!.map((row) => row.postcode)).to.include('9520');
      expect(postcodeRequests()).to.equal(2);
    } finally {
      Date.now = realNow;
    }
  });
});
