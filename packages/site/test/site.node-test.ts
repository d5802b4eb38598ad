// The documentation site as built by `npm run build` (dist/site), served under a strict CSP:
// every page loads without a console error, a failed request, a request to anyone else or a
// CSP violation; its links lead somewhere; the configurator does what it shows; dark mode and
// forced colours keep text readable inside the elements (screenshots in __screenshots__/,
// asserted by measured contrast); Designsystemet tokens reach the elements.
import { reserveCss } from 'frisklivs-widgets/reserve-css';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'puppeteer-core';
import {
  contrastSamples,
  elementsReady,
  launch,
  openSnippet,
  serveSite,
  siteRoot,
  watchedPage,
  type ContrastSample,
  type SiteServer,
} from './site-harness.js';

const screenshots = join(new URL('.', import.meta.url).pathname, '__screenshots__');
const MIN_CONTRAST = 4.5;

function docsPages(): string[] {
  if (!existsSync(join(siteRoot, 'docs-site'))) return []; // the first test says: build first
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  return walk(join(siteRoot, 'docs-site'))
    .map((file) => `/${relative(siteRoot, file)}`)
    .sort();
}

// A page that uses Designsystemet-style tokens and nothing of ours, and a dark page that sets
// no --fl-* colours (what a host gets from the elements' defaults alone).
const fourElements = (feed: string) => `
  <fl-centre-finder feed="${feed}" municipality="5612" limit="1" heading-level="2"></fl-centre-finder>
  <fl-group-finder feed="${feed}" theme="sorg" page-size="2" heading-level="2"></fl-group-finder>
  <fl-frisklivskort feed="${feed}" centre="fls-5612"></fl-frisklivskort>
  <fl-follow-up-timeline feed="${feed}" centre="fls-5610" start="2026-11-02" today="2026-12-01" heading-level="2"></fl-follow-up-timeline>`;
const testPage = (title: string, css: string, body: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">
  <title>${title}</title><link rel="stylesheet" href="${css}">
  <script type="module" src="/frisklivs-widgets/frisklivs-widgets.js"></script></head><body><h1>${title}</h1>${body}</body></html>`;
const EXTRAS = {
  '/__test/broken-feed.json': ['application/json', '{"version":1,'],
  '/__test/ds.css': [
    'text/css',
    `:root { --ds-color-accent-base-default: rgb(1, 2, 3); --ds-color-accent-text-default: rgb(4, 5, 6);
       --ds-border-radius-md: 17px; --ds-font-family: "DS Test Font", serif; }`,
  ],
  '/__test/ds.html': [
    'text/html',
    testPage(
      'Designsystemet',
      '/__test/ds.css',
      `<fl-frisklivskort id="broken" feed="/__test/broken-feed.json" centre="fls-5612"></fl-frisklivskort>
       <fl-group-finder id="groups" feed="/demo/feed.json" page-size="1" heading-level="2"></fl-group-finder>`,
    ),
  ],
  '/__test/dark-defaults.css': [
    'text/css',
    ':root { color-scheme: light dark; } @media (prefers-color-scheme: dark) { html, body { background: #121417; color: #e7eaee; } }',
  ],
  '/__test/dark-defaults.html': [
    'text/html',
    testPage('Mørk side uten --fl-*', '/__test/dark-defaults.css', fourElements('/demo/feed.json')),
  ],
} satisfies Record<string, [string, string]>;

let server: SiteServer;
let browser: Browser;
let origin = '';

before(async () => {
  server = await serveSite(EXTRAS);
  origin = server.origin;
  browser = await launch();
  mkdirSync(screenshots, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page of the documentation site', () => {
  test('is built (index, configurator, audience pages, theming, gallery, statement, one page per element)', () => {
    const pages = docsPages();
    assert.ok(pages.length, 'dist/site/docs-site is missing: run `npm run build` first');
    for (const page of [
      '/docs-site/index.html',
      '/docs-site/configurator.html',
      '/docs-site/for-web-editors.html',
      '/docs-site/for-feed-publishers.html',
      '/docs-site/for-developers.html',
      '/docs-site/accessibility-statement.html',
      '/docs-site/theming.html',
      '/docs-site/gallery.html',
    ]) {
      assert.ok(pages.includes(page), `${page} is built`);
    }
    const manifest = JSON.parse(readFileSync(join(siteRoot, 'custom-elements.json'), 'utf8'));
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
    );
    assert.equal(tags.length, 4);
    for (const tag of tags) assert.ok(pages.includes(`/docs-site/elements/${tag.replace(/^fl-/, '')}.html`), `page for ${tag}`);
  });

  const links = new Set<string>();
  for (const path of docsPages()) {
    test(`${path} loads with no console error, failed or third-party request, or CSP violation`, async () => {
      const watched = await watchedPage(browser, origin);
      const { page } = watched;
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const count = await elementsReady(page);
      if (path.includes('/elements/')) {
        // The API tables were rendered again from the live manifest.
        await page.waitForSelector('[data-api-for][data-rendered="live"]', { timeout: 10_000 });
        assert.ok(count >= 8, `live example, theming example and six locales (${count} elements)`);
        const langs = await page.evaluate(() =>
          [...document.querySelectorAll('.locale-example > [lang]')].map((el) => el.getAttribute('lang')),
        );
        assert.deepEqual(langs, ['nb', 'nn', 'se', 'sma', 'smj', 'en']);
      }
      if (path.endsWith('/configurator.html')) await page.waitForSelector('#cfg-form[data-ready="true"]');
      await new Promise((resolve) => setTimeout(resolve, 300)); // late requests (locale chunks, postcodes)
      for (const href of await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href)))
        links.add(href);
      assert.deepEqual(watched.consoleErrors, [], 'console errors');
      assert.deepEqual(watched.failed, [], 'failed requests');
      assert.deepEqual(watched.foreign, [], 'requests to other origins');
      assert.deepEqual(await watched.violations(), [], 'CSP violations');
      await page.close();
    });
  }

  test('every link leads to a page or file of the site (and every #fragment to an id there)', async () => {
    assert.ok(links.size > 30, `links were collected (${links.size})`);
    const broken: string[] = [];
    const texts = new Map<string, string>();
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== origin) {
        broken.push(`${href}: leads off the site`);
        continue;
      }
      const target = `${url.origin}${url.pathname}`;
      if (!texts.has(target)) {
        const response = await fetch(target);
        texts.set(target, response.ok ? await response.text() : `HTTP ${response.status}`);
        if (!response.ok) broken.push(`${target}: HTTP ${response.status}`);
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !texts.get(target)!.includes(`id="${fragment}"`)) broken.push(`${href}: no id "${fragment}"`);
    }
    assert.deepEqual(broken, []);
  });
});

describe('the configurator', () => {
  const expectedSnippet = () =>
    [
      `<style>${reserveCss(['fl-group-finder'])}</style>`,
      `<script type="module" src="${origin}/frisklivs-widgets/frisklivs-widgets.js"></script>`,
      `<fl-group-finder feed="${origin}/demo/feed.json" municipality="5501" theme="sorg" page-size="5" hide-intro url-state="hash" lang="se" style="--fl-color-accent: #6b2c91"></fl-group-finder>`,
    ].join('\n');

  async function configure(clipboard: 'works' | 'fails') {
    const watched = await watchedPage(browser, origin);
    const { page } = watched;
    if (clipboard === 'works') {
      await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    } else {
      await page.evaluateOnNewDocument(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
          configurable: true,
        });
      });
    }
    await page.goto(`${origin}/docs-site/configurator.html?element=fl-group-finder`);
    await page.waitForSelector('#cfg-form[data-ready="true"]');
    await page.type('#opt-municipality', '5501');
    await page.type('#opt-theme', 'sorg');
    await page.type('#opt-page-size', '5');
    await page.click('#opt-hide-intro');
    // A developer option: folded away under "Flere valg" until the reader opens it.
    assert.equal(await page.$eval('#opt-url-state', (select) => select.checkVisibility()), false, 'url-state is folded away');
    await page.click('#cfg-more-options > summary');
    await page.select('#opt-url-state', 'hash');
    await page.select('#opt-lang', 'se');
    await page.click('#cfg-colours-details > summary');
    await page.$eval('#colour-fl-color-accent', (input) => {
      (input as HTMLInputElement).value = '#6b2c91';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('#cfg-preview fl-group-finder')?.getAttribute('page-size') === '5');
    return watched;
  }

  test("options become the preview element's attributes, colours its custom properties, and the snippet is exact", async () => {
    const watched = await configure('works');
    const { page } = watched;
    const preview = await page.$eval('#cfg-preview', (box) => {
      const element = box.firstElementChild as HTMLElement;
      return {
        tag: element.localName,
        attributes: Object.fromEntries([...element.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value])),
        accent: element.style.getPropertyValue('--fl-color-accent'),
        count: box.children.length,
      };
    });
    assert.equal(preview.tag, 'fl-group-finder');
    assert.equal(preview.count, 1);
    assert.deepEqual(preview.attributes, {
      feed: `${origin}/demo/feed.json`,
      municipality: '5501',
      theme: 'sorg',
      'page-size': '5',
      'hide-intro': '',
      'url-state': 'hash',
      lang: 'se',
    });
    assert.equal(preview.accent, '#6b2c91');
    assert.equal(await page.$eval('#cfg-snippet', (t) => (t as HTMLTextAreaElement).value), expectedSnippet());

    // The preview renders in North Sámi from the chosen feed, with the chosen accent.
    await elementsReady(page);
    const rendered = await page.$eval('#cfg-preview fl-group-finder', (el) => ({
      lang: el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'),
      intro: !!el.shadowRoot!.querySelector('[part~="intro"]'),
      accent: getComputedStyle(el).getPropertyValue('--fl-color-accent').trim(),
    }));
    assert.deepEqual(rendered, { lang: 'se', intro: false, accent: '#6b2c91' });

    // Copy with the Clipboard API.
    await page.click('#cfg-copy');
    await page.waitForSelector('#cfg-copy-status[data-state]');
    assert.equal(await page.$eval('#cfg-copy-status', (s) => (s as HTMLElement).dataset.state), 'ok');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expectedSnippet());

    // The script the snippet points at is served by the site.
    const script = await fetch(`${origin}/frisklivs-widgets/frisklivs-widgets.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);

    // Colours for the stylesheet instead: the element line loses its style attribute.
    await page.click('#cfg-colour-stylesheet');
    await page.waitForFunction(() => !(document.querySelector('#cfg-css-wrapper') as HTMLElement).hidden);
    assert.equal(
      await page.$eval('#cfg-snippet', (t) => (t as HTMLTextAreaElement).value),
      expectedSnippet().replace(' style="--fl-color-accent: #6b2c91"', ''),
    );
    assert.equal(
      await page.$eval('#cfg-css', (t) => (t as HTMLTextAreaElement).value),
      'fl-group-finder {\n  --fl-color-accent: #6b2c91;\n}',
    );

    // Another element: its own options, booleans as checkboxes, string-literal unions as selects.
    await page.select('#cfg-element', 'fl-frisklivskort');
    await page.waitForSelector('#opt-layout');
    const controls = await page.evaluate(() => ({
      layout: [...document.querySelectorAll<HTMLOptionElement>('#opt-layout option')].map((o) => o.value),
      paper: [...document.querySelectorAll<HTMLOptionElement>('#opt-paper option')].map((o) => o.value),
      lang: [...document.querySelectorAll<HTMLOptionElement>('#opt-lang option')].map((o) => o.value),
      showQr: (document.querySelector('#opt-show-qr') as HTMLInputElement).type,
      centre: (document.querySelector('#opt-centre') as HTMLInputElement).type,
      preview: document.querySelector('#cfg-preview > *')!.localName,
    }));
    assert.deepEqual(controls, {
      layout: ['', 'card', 'compact', 'print'],
      paper: ['', 'a4', 'a6'],
      lang: ['', 'nb', 'nn', 'se', 'sma', 'smj', 'en'],
      showQr: 'checkbox',
      centre: 'text',
      preview: 'fl-frisklivskort',
    });
    assert.deepEqual(watched.consoleErrors, []);
    assert.deepEqual(watched.foreign, []);
    assert.deepEqual(await watched.violations(), []);
    await page.close();
  });

  test("a web editor's view: a Norwegian menu and labels, a few options with the rest folded, a preview of sensible height", async () => {
    const { page, consoleErrors } = await watchedPage(browser, origin);
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${origin}/docs-site/configurator.html?element=fl-centre-finder`);
    await page.waitForSelector('#cfg-form[data-ready="true"]');
    await elementsReady(page);
    const view = await page.evaluate(() => {
      const visible = (el: Element) => el.checkVisibility();
      const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)?.textContent?.trim();
      return {
        menu: [...document.querySelectorAll<HTMLOptionElement>('#cfg-element option')].map((o) => o.textContent),
        shown: [...document.querySelectorAll('#cfg-options [id^="opt-"]:is(input, select)')].filter(visible).map((c) => labelOf(c.id)),
        folded: [...document.querySelectorAll('#cfg-more-options [id^="opt-"]:is(input, select)')].filter((c) => !visible(c)).length,
        englishHints: [...document.querySelectorAll('#cfg-form [lang="en"]')].length,
        preview: document.querySelector('#cfg-preview')!.getBoundingClientRect().height,
        page: document.documentElement.scrollHeight,
        developerWords: /Reflects|\bReflected\b/.test(document.querySelector('#cfg-form')!.textContent!),
        snippetLabel: document.querySelector('label[for="cfg-snippet"]')!.textContent,
        snippetLines: (document.querySelector('#cfg-snippet') as HTMLTextAreaElement).value.split('\n').length,
      };
    });
    assert.deepEqual(view.menu, [
      'Finn frisklivssentralen',
      'Finn en selvhjelpsgruppe',
      'Frisklivskortet til én sentral',
      'Tidslinje for oppfølgingen',
    ]);
    assert.deepEqual(view.shown, ['Kommune som vises først', 'Antall sentre før «Vis flere»', 'Smal visning', 'Språk', 'Vis språkvelger']);
    assert.ok(view.folded >= 2, `developer options folded away (${view.folded})`);
    assert.equal(view.englishHints, 0, 'no English descriptions in the form');
    assert.equal(view.developerWords, false, 'no "Reflects." from the manifest in the form');
    // The label counts the lines the editor copies (the space-holding rule came in as a third).
    assert.equal(view.snippetLines, 3);
    assert.match(view.snippetLabel!, /^Tre linjer/);
    // 99 centres once made the page 79 190 px tall on a phone. The finder now asks first, and whatever is long (a
    // search's results, another element) scrolls inside a preview box of at most 80 % of the screen.
    assert.ok(view.preview <= 844 * 0.8, `preview ${view.preview} px at 390 px wide`);
    assert.ok(view.page < 5000, `page ${view.page} px`);
    await page.screenshot({ path: join(screenshots, 'configurator-390.png') });
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  test('the copied snippet works where it was generated: on a page of its own, the element renders from the feed', async () => {
    const { page, consoleErrors, failed, foreign } = await watchedPage(browser, origin);
    await page.goto(`${origin}/docs-site/configurator.html?element=fl-frisklivskort`);
    await page.waitForSelector('#cfg-form[data-ready="true"]');
    // The centres of the feed are offered by name: an editor need not know the ids.
    await page.waitForFunction(() => document.querySelectorAll('#list-centre option').length > 0);
    const offered = await page.evaluate(() => ({
      list: document.querySelector('#opt-centre')!.getAttribute('list'),
      options: [...document.querySelectorAll<HTMLOptionElement>('#list-centre option')].map((o) => `${o.value} ${o.textContent}`),
    }));
    assert.equal(offered.list, 'list-centre');
    assert.equal(offered.options.length, 100);
    assert.ok(offered.options.includes('fls-5612 Frisklivssentralen i Kautokeino'), offered.options.slice(0, 3).join(', '));
    await page.type('#opt-centre', 'fls-5612');
    await page.waitForFunction(() => (document.querySelector('#cfg-snippet') as HTMLTextAreaElement).value.includes('fls-5612'));
    const snippet = await page.$eval('#cfg-snippet', (t) => (t as HTMLTextAreaElement).value);
    // First the rule that holds the element's space until the script has run, then the script line.
    assert.match(snippet, /^<style>fl-frisklivskort:not\(:defined\)\{[^<]*<\/style>\n/);
    assert.match(snippet, new RegExp(`\n<script type="module" src="${origin}/frisklivs-widgets/frisklivs-widgets.js"></script>\n`));
    await openSnippet(page, origin, snippet);
    assert.equal(await elementsReady(page), 1);
    const card = await page.$eval('fl-frisklivskort', (el) => ({
      error: !!el.shadowRoot!.querySelector('[part~="error"]'),
      text: el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
    }));
    assert.equal(card.error, false);
    assert.ok(card.text.length > 100, card.text.slice(0, 80));
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(failed, []);
    assert.deepEqual(foreign, []);
    await page.close();
  });

  test('when the clipboard refuses, the snippet is selected in its textarea and the reader is told to copy it', async () => {
    const { page, consoleErrors } = await configure('fails');
    await page.click('#cfg-copy');
    await page.waitForSelector('#cfg-copy-status[data-state]');
    const state = await page.evaluate(() => {
      const box = document.querySelector('#cfg-snippet') as HTMLTextAreaElement;
      const rect = box.getBoundingClientRect();
      return {
        status: (document.querySelector('#cfg-copy-status') as HTMLElement).dataset.state,
        message: document.querySelector('#cfg-copy-status')!.textContent,
        focused: document.activeElement === box,
        selected: box.value.slice(box.selectionStart, box.selectionEnd),
        visible: rect.width > 100 && rect.height > 40,
      };
    });
    assert.equal(state.status, 'fallback');
    assert.match(state.message!, /Ctrl\+C/);
    assert.equal(state.focused, true);
    assert.equal(state.selected, expectedSnippet());
    assert.equal(state.visible, true);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('colours inside the elements', () => {
  function lowContrast(samples: ContrastSample[]) {
    return samples.filter((s) => s.ratio < MIN_CONTRAST).map((s) => `${s.element} "${s.text}": ${s.color} on ${s.background} = ${s.ratio}`);
  }

  async function gallery(features: { name: string; value: string }[], name: string, path = '/docs-site/gallery.html') {
    const { page, consoleErrors } = await watchedPage(browser, origin);
    await page.setViewport({ width: 1100, height: 900 });
    // Through CDP: puppeteer's emulateMediaFeatures does not accept forced-colors, Chromium does
    // (and then renders with the forced palette, as Windows' contrast themes do).
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features });
    await page.goto(`${origin}${path}`);
    assert.equal(await elementsReady(page), 4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    const samples = await contrastSamples(page);
    const pageColours = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      forced: matchMedia('(forced-colors: active)').matches,
    }));
    return { page, samples, pageColours, consoleErrors };
  }

  test('light: every text in the four elements has contrast ≥ 4.5:1', async () => {
    const { page, samples } = await gallery([{ name: 'prefers-color-scheme', value: 'light' }], 'gallery-light');
    assert.ok(samples.length > 50, `text was measured (${samples.length} samples)`);
    assert.deepEqual(lowContrast(samples), []);
    await page.close();
  });

  test('dark mode (the page sets the --fl-* colours): light text on dark, contrast ≥ 4.5:1', async () => {
    const { page, samples, pageColours } = await gallery([{ name: 'prefers-color-scheme', value: 'dark' }], 'gallery-dark');
    assert.equal(pageColours.dark, true);
    assert.equal(pageColours.background, 'rgb(18, 20, 23)');
    assert.ok(samples.length > 50);
    const text = samples.find((s) => s.element.startsWith('fl-frisklivskort'))!;
    assert.equal(text.color, 'rgb(231, 234, 238)', 'the card takes --fl-color-text from the page');
    assert.deepEqual(lowContrast(samples), []);
    await page.close();
  });

  test('forced colors (Windows high contrast): system colours, contrast ≥ 4.5:1', async () => {
    const { page, samples, pageColours } = await gallery([{ name: 'forced-colors', value: 'active' }], 'gallery-forced-colors');
    assert.equal(pageColours.forced, true);
    assert.ok(samples.length > 50);
    assert.deepEqual(lowContrast(samples), []);
    await page.close();
  });

  test('dark mode on a page that sets no --fl-* colours: the elements follow the page (needs dark defaults in src/shared/styles.ts)', async () => {
    const { page, samples, pageColours } = await gallery(
      [{ name: 'prefers-color-scheme', value: 'dark' }],
      'dark-defaults',
      '/__test/dark-defaults.html',
    );
    assert.equal(pageColours.dark, true);
    assert.deepEqual(lowContrast(samples), []);
    await page.close();
  });

  test('Designsystemet tokens on the page reach the elements: --ds-color-accent-base-default: rgb(1, 2, 3) colours the retry button', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${origin}/__test/ds.html`);
    await elementsReady(page);
    const styles = await page.evaluate(() => {
      const part = (id: string, name: string) => document.getElementById(id)!.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
      const retry = getComputedStyle(part('broken', 'retry-button'));
      const secondary = getComputedStyle(part('groups', 'clear-filters') ?? part('groups', 'show-more'));
      return {
        retryBackground: retry.backgroundColor,
        retryBorder: retry.borderTopColor,
        retryRadius: retry.borderTopLeftRadius,
        secondaryText: secondary.color,
        secondaryBorder: secondary.borderTopColor,
        font: getComputedStyle(document.getElementById('groups')!).fontFamily,
      };
    });
    assert.deepEqual(styles, {
      retryBackground: 'rgb(1, 2, 3)',
      retryBorder: 'rgb(1, 2, 3)',
      retryRadius: '17px',
      secondaryText: 'rgb(4, 5, 6)',
      secondaryBorder: 'rgb(1, 2, 3)',
      font: '"DS Test Font", serif',
    });
    await page.close();
  });
});
