// Issue 19, point 6: two cards side by side at 50 % (a bilingual page), printed to A4 by Chromium, read back from
// the PDF's text layer: each card on one page, no line of a single character, phone numbers and e-mail addresses
// whole. Needs the built bundle (`npm test` builds first) and `pdftotext` (Debian's poppler-utils).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startLibraryServer, type LibraryServer } from '../../fixtures/library-server.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

// A host page as an editor writes it: two columns, a card in each, the page's own A4 margins.
const PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Print</title>
<style>@page { size: A4; margin: 12mm } body { margin: 0; font-family: sans-serif }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 16px }</style>
<script type="module" src="/dist/frisklivs-widgets.js"></script></head><body><main>
<fl-frisklivskort feed="/demo/feed.json" centre="fls-5612" show-qr></fl-frisklivskort>
<fl-frisklivskort feed="/demo/feed.json" centre="fls-5612" lang="se" show-qr></fl-frisklivskort>
</main></body></html>`;

let server: LibraryServer;
let origin = '';
let browser: Browser;

before(async () => {
  server = await startLibraryServer({
    route(path, response) {
      if (path !== '/print.html') return false;
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return true;
    },
  });
  origin = server.origin;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test(
  'two cards side by side print one page each that reads well',
  { skip: !hasPdftotext && 'pdftotext (poppler-utils) is not installed' },
  async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/print.html`);
    // Both cards rendered, their QR codes drawn and their maps loaded.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('fl-frisklivskort')].every(
          (el) => el.shadowRoot?.querySelector('[part="qr"] svg') && el.shadowRoot.querySelector('[part="map"] svg'),
        ),
      { timeout: 15_000 },
    );
    const dir = await mkdtemp(join(tmpdir(), 'fl-print-'));
    try {
      const pdf = join(dir, 'cards.pdf');
      await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim());
      // Side by side, each card on one page: both start and end on the same single page.
      assert.equal(pages.length, 1, `printed on ${pages.length} pages`);
      for (const name of [
        'Frisklivssentralen i Kautokeino',
        'Frisklivssentral Guovdageaidnu',
        'Sist kontrollert',
        'Maŋimusat dárkkistuvvon',
      ])
        assert.ok(pages[0]!.replace(/\s+/g, ' ').includes(name), `"${name}" on the page`);
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      assert.deepEqual(
        lines.filter((line) => [...line].length === 1),
        [],
        'no line of a single character',
      );
      // Phone numbers and e-mail addresses whole, each on one line (in the contact block and in the centre's own words).
      for (const whole of ['+47 555 01 185', 'post@frisklivs-kautokeino.example.org'])
        assert.ok(lines.filter((line) => line.includes(whole)).length >= 2, `"${whole}" unbroken in both cards`);
      // What only makes sense on screen is not printed.
      assert.ok(!/Skriv ut kortet|Vis vei|Åpent nå|Åpner /.test(text), 'no print button, "Vis vei" or opening status on paper');
      assert.match(text, /© Kartverket/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await page.close();
    }
  },
);
