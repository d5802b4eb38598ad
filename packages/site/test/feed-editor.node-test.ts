// The feed editor (docs-site/feed-editor.html) as a publisher uses it, in the built site under the strict
// CSP: open the demo feed, add a group, fix the invalid value the editor points out, save; the saved file
// passes the feed kit's `validate` and its new group shows in <fl-group-finder>. No request to anyone
// else, axe finds nothing, it works with the keyboard alone, and offline once loaded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { elementsReady, launch, serveSite, watchedPage, type Extras, type SiteServer } from './site-harness.js';

const require = createRequire(import.meta.url);
const demoFeed = join(dirname(require.resolve('frisklivs-sample-feed/package.json')), 'feed.json');
const feedKit = join(dirname(require.resolve('frisklivs-feed/package.json')), 'bin/frisklivs-feed.mjs');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TITLE = 'Samtalegruppe for pårørende – Kárášjohka';
const extras: Extras = {
  '/__test/finder.html': [
    'text/html',
    `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Gruppesøk</title><link rel="icon" href="data:,">
     <script type="module" src="/frisklivs-widgets/frisklivs-widgets.js"></script></head>
     <body><h1>Grupper</h1><fl-group-finder feed="/__test/saved-feed.json" municipality="5610" heading-level="2"></fl-group-finder></body></html>`,
  ],
};

let server: SiteServer;
let browser: Browser;
let origin = '';
let downloads = '';

before(async () => {
  server = await serveSite(extras);
  origin = server.origin;
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'feed-editor-'));
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openEditor(page: Page): Promise<void> {
  await page.goto(`${origin}/docs-site/feed-editor.html`);
  await page.waitForSelector('html[data-editor-ready="true"]');
}

/** Chooses the demo feed in the file dialog, as a person does. */
async function openDemoFeed(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#fe-file')]);
  await chooser.accept([demoFeed]);
  await page.waitForFunction(() => document.querySelector('#fe-open-status')?.textContent?.startsWith('Åpnet feed.json'));
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
const visibleErrors = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#fe-form .fe-error')]
      .filter((el) => !el.hidden)
      .map((el) => `${el.id.replace(/-error$/, '')}: ${el.textContent}`),
  );

describe('the feed editor', () => {
  test('opens the demo feed, adds a group, points out the invalid end time, saves a feed the feed kit accepts and the group finder shows', async () => {
    const watched = await watchedPage(browser, origin);
    const { page } = watched;
    await page.setViewport({ width: 1280, height: 900 });
    await openEditor(page);
    await openDemoFeed(page);
    assert.match(await text(page, '#fe-open-status'), /150 grupper, 20 kontaktpunkter, 100 sentraler\. Ingen feil\./);
    assert.match(await text(page, '#fe-count-groups'), /^Viser 100 av 150/);
    assert.deepEqual(await axe(page), [], 'axe: the lists');

    // Search the list by a Sámi name.
    await page.type('#fe-search-groups', 'snaase');
    assert.equal(await text(page, '#fe-count-groups'), 'Viser 10 av 150.', 'the ten groups in Snåsa – Snåase');
    await page.click('#fe-search-groups', { count: 3 });
    await page.keyboard.press('Backspace');

    // Add a group.
    await page.click('#fe-add-groups');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-form-heading');
    assert.equal(await text(page, '#fe-form-heading'), 'Ny gruppe');
    assert.match(await text(page, '#fe-no-address'), /Ingen felt for møtested eller medlemmer/);
    assert.equal(await page.$('#fe-f-members'), null);
    const tabs = await page.$$eval('[role="tab"][id^="fe-f-title-"]', (t) => t.map((x) => x.textContent));
    assert.deepEqual(tabs, [
      'Bokmål (påkrevd) – mangler',
      'Nynorsk – mangler',
      'Nordsamisk – mangler',
      'Sørsamisk – mangler',
      'Lulesamisk – mangler',
      'Engelsk – mangler',
    ]);
    await page.type('#fe-f-title-nb', TITLE);
    // The North Sámi tab, by keyboard: arrow right twice from the selected tab.
    await page.focus('#fe-f-title-nb-tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-f-title-se-tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Oahpásmuvvanjoavku');
    assert.equal(await page.$eval('#fe-f-title-se', (i) => (i as HTMLInputElement).value), 'Oahpásmuvvanjoavku');
    await page.select('#fe-f-theme', 'parorende');
    await page.select('#fe-f-contactPoint', 'cp-selvhjelp-norge');
    await page.type('#fe-f-municipality', 'Kárášjohka');
    await page.select('#fe-f-schedule-weekday', 'TH');
    await page.type('#fe-f-schedule-startTime', '18:00');
    await page.type('#fe-f-schedule-endTime', '17:00');
    await page.keyboard.press('Tab');
    // The invalid value is pointed out next to its field once the reader leaves it.
    await page.waitForFunction(() => !(document.querySelector('#fe-f-schedule-endTime-error') as HTMLElement).hidden);
    assert.deepEqual(await visibleErrors(page), ['fe-f-schedule-endTime: Feil: Slutt må være etter start']);
    assert.equal(await page.$eval('#fe-f-schedule-endTime', (i) => i.getAttribute('aria-invalid')), 'true');
    assert.match(
      await page.$eval('#fe-f-schedule-endTime', (i) => i.getAttribute('aria-describedby') ?? ''),
      /fe-f-schedule-endTime-error/,
    );

    // Saving half an entry is refused: the error summary, focused, links to the field.
    await page.click('#fe-save-entry');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-error-summary');
    assert.deepEqual(await page.$$eval('#fe-error-list a', (links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent}`)), [
      '#fe-f-schedule-endTime Slutt må være etter start',
    ]);
    assert.deepEqual(await axe(page), [], 'axe: the form with an error');
    await page.screenshot({ path: join(downloads, 'form-error.png') });
    await page.click('#fe-error-list a');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-f-schedule-endTime');
    // Fixed: the message goes as the reader types.
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('19:30');
    await page.waitForFunction(() => (document.querySelector('#fe-f-schedule-endTime-error') as HTMLElement).hidden);
    assert.deepEqual(await visibleErrors(page), []);
    await page.click('#fe-verified-today');
    await page.click('#fe-save-entry');
    await page.waitForFunction(() => !document.querySelector('#fe-workspace')!.hasAttribute('hidden'));
    assert.match(await text(page, '#fe-status'), new RegExp(`Gruppen «${TITLE}» er lagret i feeden`));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-status');
    assert.match(await text(page, '#fe-tab-groups-tab'), /Grupper \(151\)/);

    // Save the feed as a file.
    await page.click('#fe-save');
    await page.waitForSelector('#fe-saved');
    assert.match(await text(page, '#fe-saved'), /Lagret som feed\.json .*151 grupper/);
    const file = join(downloads, 'feed.json');
    for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(existsSync(file), `downloaded: ${readdirSync(downloads).join(', ')}`);
    const saved = readFileSync(file, 'utf8');
    const group = JSON.parse(saved).groups.find((g: { title: { nb: string } }) => g.title.nb === TITLE);
    assert.deepEqual(
      { ...group, lastVerified: undefined },
      {
        id: 'grp-0151',
        title: { nb: TITLE, se: 'Oahpásmuvvanjoavku' },
        theme: 'parorende',
        contactPoint: 'cp-selvhjelp-norge',
        mode: 'physical',
        municipality: '5610',
        schedule: { frequency: 'weekly', weekday: 'TH', startTime: '18:00', endTime: '19:30' },
        status: 'open',
        languages: ['nb'],
        lastVerified: undefined,
      },
    );
    assert.match(group.lastVerified, /^\d{4}-\d{2}-\d{2}$/);

    // The feed kit's validate accepts it.
    const validate = spawnSync(process.execPath, [feedKit, 'validate', file], { encoding: 'utf8' });
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /0 error\(s\), 0 warning\(s\); 100 centres, 151 groups/);

    // … and the group finder shows the new group.
    extras['/__test/saved-feed.json'] = ['application/json', saved];
    const finder = await watchedPage(browser, origin);
    await finder.page.goto(`${origin}/__test/finder.html`);
    await elementsReady(finder.page);
    await finder.page.waitForFunction(
      (title) => document.querySelector('fl-group-finder')!.shadowRoot!.textContent!.includes(title),
      { timeout: 10_000 },
      TITLE,
    );
    assert.deepEqual([...finder.consoleErrors, ...finder.failed, ...finder.foreign], []);
    await finder.page.close();

    assert.deepEqual(watched.consoleErrors, []);
    assert.deepEqual(watched.failed, []);
    assert.deepEqual(watched.foreign, [], 'no request to anyone else');
    assert.deepEqual(await watched.violations(), []);
    await page.close();
  });

  test('the health view: texts missing per locale and entries not checked for a year, each a way into its form', async () => {
    const { page, consoleErrors } = await watchedPage(browser, origin);
    await openEditor(page);
    await openDemoFeed(page);
    await page.click('#fe-tab-health-tab');
    const health = await page.evaluate(() => ({
      rows: [...document.querySelectorAll('.fe-health-table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent)),
      stale: document.querySelectorAll('.fe-stale li').length,
    }));
    assert.equal(health.rows.length, 3);
    assert.match(health.rows[0]![0]!, /^Grupper \(150\)$/);
    assert.ok(health.rows.every((row) => row.length === 6));
    assert.ok(
      health.rows.some((row) => row.slice(1).some((cell) => /\d+ mangler/.test(cell!))),
      JSON.stringify(health.rows),
    );
    assert.ok(health.stale > 0, 'the sample feed has entries last checked more than a year ago');
    const first = await page.$eval('.fe-stale li button', (b) => b.textContent);
    await page.click('.fe-stale li button');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-form-heading');
    assert.ok((await text(page, '#fe-form-heading')).endsWith(first!));
    // One button marks it checked today.
    await page.click('#fe-verified-today');
    const todayText = await page.$eval('#fe-f-lastVerified', (i) => (i as HTMLInputElement).value);
    assert.match(todayText, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(await axe(page), [], 'axe: a form from the health view');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  test('with the keyboard (fields reached by focus, as Tab would): open an empty feed, add a contact point with the Sámi name of its municipality, and save it', async () => {
    const { page, consoleErrors, foreign } = await watchedPage(browser, origin);
    await page.setViewport({ width: 390, height: 844 });
    await openEditor(page);
    await page.focus('#fe-empty');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#fe-open-status')?.textContent?.startsWith('Åpnet ny feed'));
    // Tab to the contact points' tab, then to its «add» button.
    await page.focus('#fe-tab-groups-tab');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-tab-contactPoints-tab');
    await page.keyboard.press('Enter');
    await page.focus('#fe-search-contactPoints');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-add-contactPoints');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-form-heading');
    await page.focus('#fe-f-name-nb');
    await page.keyboard.type('Selvhjelp i Guovdageaidnu');
    await page.focus('#fe-f-municipalities');
    await page.keyboard.type('Guovdageaidnu');
    await page.keyboard.press('Enter');
    assert.match(await text(page, '.fe-chosen'), /Kautokeino – Guovdageaidnu \(5612\)/);
    await page.focus('#fe-f-phone');
    await page.keyboard.type('tlf 12');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => !(document.querySelector('#fe-f-phone-error') as HTMLElement).hidden);
    assert.match(await text(page, '#fe-f-phone-error'), /telefonnummer/);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'fe-f-phone');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('+47 78 48 80 00');
    await page.focus('#fe-save-entry');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-status');
    // The feed has no publisher yet: saving the feed is refused and says why.
    await page.focus('#fe-save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-save-problems');
    assert.match(await text(page, '#fe-save-problems'), /Feeden er ikke lagret: 1 feil.*Utgiver \(publisher\.name\): Må fylles ut/);
    await page.focus('#fe-publisher-name');
    await page.keyboard.type('Guovdageaidnu suohkan');
    await page.focus('#fe-save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'fe-saved');
    assert.match(await text(page, '#fe-saved'), /0 grupper, 1 kontaktpunkter, 0 sentraler, ingen feil/);
    assert.deepEqual(await axe(page), [], 'axe: at 390 px after saving');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreign, []);
    await page.close();
  });

  test('a feed URL whose server refuses other sites is explained plainly (CORS), and the page works offline once loaded', async () => {
    const { page } = await watchedPage(browser, origin);
    await openEditor(page);
    await page.type('#fe-url', 'http://127.0.0.1:9/feed.json');
    await page.click('#fe-url-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#fe-open-status')?.getAttribute('data-state') === 'error');
    assert.match(await text(page, '#fe-open-status'), /tillater ikke at andre nettsider leser feeden.*CORS.*åpne fila her i stedet/);

    await page.waitForSelector('html[data-offline="ready"]', { timeout: 10_000 });
    await page.setOfflineMode(true);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-editor-ready="true"]', { timeout: 10_000 });
    await page.click('#fe-empty');
    await page.waitForFunction(() => document.querySelector('#fe-open-status')?.textContent?.startsWith('Åpnet ny feed'));
    await page.click('#fe-add-groups');
    assert.ok((await page.$$eval('#fe-municipality-list option', (o) => o.length)) >= 357, 'the municipalities came from the cache');
    await page.setOfflineMode(false);
    await page.close();
  });

  test('the page for feed publishers shows it: a Norwegian section with two screenshots that load, linking to the editor', async () => {
    const { page, failed } = await watchedPage(browser, origin);
    await page.goto(`${origin}/docs-site/for-feed-publishers.html#feed-editor`, { waitUntil: 'load' });
    const section = await page.$eval('section#feed-editor', (el) => ({
      heading: el.querySelector('h2')!.textContent,
      link: el.querySelector<HTMLAnchorElement>('a[href$="feed-editor.html"]')?.textContent,
      images: [...el.querySelectorAll('img')].map((img) => ({ loaded: img.complete && img.naturalWidth > 0, alt: img.alt.length > 40 })),
    }));
    assert.deepEqual(section, {
      heading: 'Rediger feeden i nettleseren',
      link: 'Rediger feeden',
      images: [
        { loaded: true, alt: true },
        { loaded: true, alt: true },
      ],
    });
    assert.deepEqual(failed, []);
    await page.close();
  });
});
