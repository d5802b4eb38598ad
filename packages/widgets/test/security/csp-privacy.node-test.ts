// A page served with a strict Content-Security-Policy and Trusted Types renders
// every element in every state with no violation, and a page with all four
// elements requests nothing but the library's own files and the feed, asks for
// no location without a click, and stores nothing personal.
// Needs the built bundle (`npm test` builds first).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startLibraryServer, type LibraryServer } from '../fixtures/library-server.js';

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

const PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/test/security/page-driver.js"></script></head><body></body></html>`;

let server: LibraryServer;
let origin = '';
let browser: Browser;

before(async () => {
  server = await startLibraryServer({
    headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' },
    route(path, response, headers) {
      if (path === '/slow-feed.json') return true; // never answers: the loading state stays visible
      const page = path === '/csp.html' ? { type: 'text/html', body: PAGE } : undefined;
      const broken = path === '/broken-feed.json' ? { type: 'application/json', body: '{"version":1,' } : undefined;
      const answer = page ?? broken;
      if (!answer) return false;
      response.writeHead(200, { ...headers, 'content-type': answer.type }).end(answer.body);
      return true;
    },
  });
  origin = server.origin;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(): Promise<{ page: Page; requests: string[]; consoleErrors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    const calls: string[] = ((window as unknown as { __geolocationCalls: string[] }).__geolocationCalls = []);
    const fake = {
      getCurrentPosition: () => calls.push('getCurrentPosition'),
      watchPosition: () => calls.push('watchPosition'),
      clearWatch: () => {},
    };
    Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  });
  await page.goto(`${origin}/csp.html`);
  await page.waitForFunction(() => (window as unknown as { __mounted?: boolean }).__mounted === true);
  // Until every element outside the loading section has left its skeleton.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('section:not([data-state="loading"]) > *')].every(
        (el) => el.shadowRoot?.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[part="skeleton"]'),
      ),
    { timeout: 15_000 },
  );
  return { page, requests, consoleErrors };
}

test('every element in every state renders under a strict CSP with Trusted Types, with zero violations', async () => {
  const { page } = await openPage();
  // Interact too: open the centre finder's suggestions (positioned by Floating UI).
  await page.evaluate(() => {
    const finder = document.querySelector('section[data-state="results"] fl-centre-finder')!;
    const input = finder.shadowRoot!.querySelector('input[role="combobox"]') as HTMLInputElement;
    input.focus();
  });
  await page.keyboard.type('trom');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const summary = await page.evaluate(() => ({
    violations: (window as unknown as { __violations: string[] }).__violations,
    states: [...document.querySelectorAll('section')].map((section) => ({
      state: (section as HTMLElement).dataset.state,
      parts: [...section.children].map((el) => [...el.shadowRoot!.querySelectorAll('[part]')].map((p) => p.getAttribute('part')).join(' ')),
    })),
    styleAttributes: [...document.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[style]')].map((s) => s.outerHTML.slice(0, 120)) : [],
    ),
  }));
  assert.deepEqual(summary.violations, []);
  const byState = Object.fromEntries(summary.states.map((s) => [s.state, s.parts.join(' | ')]));
  assert.match(byState.loading!, /skeleton/);
  assert.match(byState.error!, /error/);
  assert.match(byState.empty!, /empty/);
  assert.match(byState.results!, /result/);
  await page.close();
});

test('a page with all four elements requests only the library files and the feed, never asks for a location, stores nothing personal', async () => {
  const { page, requests } = await openPage();
  // With maps shown (issue 20): the card's, and an opened centre-finder result's. Their boundaries come from the
  // library's own files, like everything else.
  // The result cards arrive in their own chunk, asked for with the feed (the preset municipality).
  await page.waitForFunction(() =>
    document.querySelector('section[data-state="results"] fl-centre-finder')!.shadowRoot!.querySelector('[part~="result"] summary'),
  );
  await page.evaluate(() => {
    const finder = document.querySelector('section[data-state="results"] fl-centre-finder')!;
    (finder.shadowRoot!.querySelector('[part~="result"] summary') as HTMLElement).click();
  });
  // A map's boundaries load when it nears the viewport (issue 24): scroll to each in turn.
  for (const tag of ['fl-frisklivskort', 'fl-centre-finder']) {
    await page.waitForFunction(
      (tag) => document.querySelector(`section[data-state="results"] ${tag}`)!.shadowRoot!.querySelector('[part~="map"]'),
      {},
      tag,
    );
    await page.evaluate((tag) => {
      const map = document.querySelector(`section[data-state="results"] ${tag}`)!.shadowRoot!.querySelector('[part~="map"]')!;
      map.scrollIntoView({ block: 'center' });
    }, tag);
    await page.waitForFunction(
      (tag) => document.querySelector(`section[data-state="results"] ${tag}`)!.shadowRoot!.querySelector('[part~="map"] svg'),
      { timeout: 10_000 },
      tag,
    );
  }
  await page.waitForFunction(
    () =>
      ['fl-frisklivskort', 'fl-centre-finder'].every((tag) =>
        document.querySelector(`section[data-state="results"] ${tag}`)!.shadowRoot!.querySelector('[part~="map"] svg'),
      ),
    { timeout: 10_000 },
  );
  const allowed = (url: string) => {
    // data: URLs never leave the machine (Chromium's own date-picker icon is one).
    if (url.startsWith('data:')) return true;
    if (!url.startsWith(`${origin}/`)) return false;
    const path = new URL(url).pathname;
    return (
      path === '/csp.html' ||
      path === '/test/security/page-driver.js' ||
      path.startsWith('/dist/') ||
      ['/demo/feed.json', '/demo/postcodes.json', '/slow-feed.json', '/missing-feed.json', '/broken-feed.json'].includes(path)
    );
  };
  assert.deepEqual(
    requests.filter((url) => !allowed(url)),
    [],
  );
  assert.equal(requests.filter((url) => url.endsWith('/demo/feed.json')).length, 1, 'one request for the shared feed');
  const stored = await page.evaluate(async () => ({
    geolocation: (window as unknown as { __geolocationCalls: string[] }).__geolocationCalls,
    cookie: document.cookie,
    localKeys: Object.keys(localStorage),
    sessionKeys: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
    heights: localStorage.getItem('frisklivs-widgets:heights'),
    caches: await Promise.all(
      (await caches.keys()).map(async (name) => [name, (await (await caches.open(name)).keys()).map((request) => request.url)]),
    ),
  }));
  assert.deepEqual(stored.geolocation, []);
  assert.equal(stored.cookie, '');
  assert.deepEqual(stored.sessionKeys, []);
  assert.deepEqual(stored.databases, []);
  // Only the last good copy of the public feed, for offline use (in the Cache API), when it was saved, and the
  // heights the elements measured (numbers per element kind and options), in localStorage.
  for (const key of stored.localKeys) assert.match(key, /^frisklivs-widgets:(v2|heights)$/);
  for (const [, height] of JSON.parse(stored.heights ?? '[]') as [string, number][]) assert.equal(typeof height, 'number');
  await page.waitForFunction(async () => (await caches.keys()).length > 0, { timeout: 10_000 }).catch(() => {});
  for (const [name, urls] of stored.caches as [string, string[]][]) {
    assert.equal(name, 'frisklivs-widgets-feeds');
    for (const url of urls) assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/demo\/feed\.json$/);
  }
  await page.close();
});
