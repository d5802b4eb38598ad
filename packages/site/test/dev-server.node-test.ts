// Under `npm start` (Vite's dev server, the library from its sources): the documentation pages are
// made from the one layout and the manifest, and the configurator's snippet works the first time:
// pasted into a page of its own, its script URL loads the library and the element renders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { elementsReady, launch, openSnippet, site, watchedPage } from './site-harness.js';

let server: ViteDevServer;
let browser: Browser;
let origin = '';

before(async () => {
  server = await createServer({
    root: site,
    configFile: join(site, 'vite.config.ts'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, open: false },
  });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the dev server makes every page: the layout around a hand-written page, and the element pages from the manifest', async () => {
  for (const path of ['/docs-site/index.html', '/docs-site/theming.html', '/docs-site/elements/frisklivskort.html']) {
    const response = await fetch(`${origin}${path}`);
    assert.equal(response.status, 200, path);
    const html = await response.text();
    assert.match(html, /<a class="skip-link" href="#main"/, `${path}: skip link`);
    assert.match(html, /<nav class="site-nav"/, `${path}: navigation`);
    assert.match(html, new RegExp(`<a href="${path}" aria-current="page">`), `${path}: marked in the navigation`);
    assert.match(html, /<footer class="site-footer"/, `${path}: footer`);
  }
  const element = await (await fetch(`${origin}/docs-site/elements/frisklivskort.html`)).text();
  assert.match(element, /<tr data-attribute="show-qr">/, 'API tables from the manifest');
  const theming = await (await fetch(`${origin}/docs-site/theming.html`)).text();
  assert.match(theming, /<code>--fl-color-accent<\/code>/, 'blocks made from the code');
  assert.doesNotMatch(theming, /<!-- (page|insert)/, 'no page header or insert left');
});

test("the configurator's snippet works on the dev server: its script URL loads the library and the element renders", async () => {
  const { page, consoleErrors, failed, foreign } = await watchedPage(browser, origin);
  await page.goto(`${origin}/docs-site/configurator.html?element=fl-group-finder`);
  await page.waitForSelector('#cfg-form[data-ready="true"]', { timeout: 60_000 });
  await page.type('#opt-theme', 'sorg');
  await page.waitForFunction(() => (document.querySelector('#cfg-snippet') as HTMLTextAreaElement).value.includes('theme="sorg"'));
  const snippet = await page.$eval('#cfg-snippet', (t) => (t as HTMLTextAreaElement).value);
  assert.ok(snippet.startsWith('<style>fl-group-finder:not(:defined){'), snippet);
  assert.ok(
    snippet.includes(`</style>\n<script type="module" src="${origin}/frisklivs-widgets/frisklivs-widgets.js"></script>\n`),
    snippet,
  );
  await openSnippet(page, origin, snippet);
  assert.equal(await elementsReady(page, 60_000), 1);
  const finder = await page.$eval('fl-group-finder', (el) => ({
    error: !!el.shadowRoot!.querySelector('[part~="error"]'),
    groups: el.shadowRoot!.querySelectorAll('[part~="result"]').length,
  }));
  assert.equal(finder.error, false);
  assert.ok(finder.groups > 0, `groups on theme "sorg" (${finder.groups})`);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(failed, []);
  assert.deepEqual(foreign, []);
  await page.close();
});
