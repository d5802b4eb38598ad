// Serves the built documentation site (dist/site, from `npm run build`) on 127.0.0.1 under a
// strict Content-Security-Policy, opens pages in Debian's Chromium, and records what a page
// does wrong: console errors, failed requests, requests to anyone else, CSP violations.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const site = new URL('..', import.meta.url).pathname;
export const siteRoot = join(site, 'dist');

/**
 * The policy of test/security: no inline script or style, Trusted Types for Lit (and for the feed editor's
 * one script URL, its service worker).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html frisklivs-feed-editor";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Extra pages and files a test serves beside the site: path → [content type, body]. */
export type Extras = Record<string, [string, string]>;

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(extras: Extras = {}): Promise<SiteServer> {
  if (!existsSync(join(siteRoot, 'docs-site/index.html'))) throw new Error('packages/site/dist is missing: run `npm run build` first');
  const server: Server = createServer(async (request, response) => {
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' };
    let path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    const extra = extras[path];
    if (extra) return void response.writeHead(200, { ...headers, 'content-type': extra[0] }).end(extra[1]);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(siteRoot, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-renderer-backgrounding',
    ],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  failed: string[];
  foreign: string[];
  violations(): Promise<string[]>;
}

/** A new page that records every console error, failed request, foreign request and CSP violation. */
export async function watchedPage(browser: Browser, origin: string): Promise<Watched> {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Oslo');
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${(error as Error).message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} HTTP ${response.status()}`);
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name();
  // functions sent to the page need it there too.
  await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    page,
    consoleErrors,
    failed,
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/**
 * Opens a page of the site's origin that holds only `snippet` (what an editor pastes), as a web
 * editor's page would: `${origin}/__snippet.html` is answered by the browser, everything the
 * snippet loads comes from the server.
 */
export async function openSnippet(page: Page, origin: string, snippet: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === `${origin}/__snippet.html`) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Lim inn</title><link rel="icon" href="data:,"></head><body><h1>Siden til kommunen</h1>\n${snippet}\n</body></html>`,
      });
    } else void request.continue();
  });
  await page.goto(`${origin}/__snippet.html`);
}

/** Until every fl-* element on the page has rendered past its loading skeleton. */
export async function elementsReady(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('fl-'))
        .every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]')),
    { timeout, polling: 100 },
  );
  return page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('fl-')).length);
}

export interface ContrastSample {
  text: string;
  element: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * Text against its background inside every fl-* element's shadow root: for each visible
 * element with its own text (and each field), the computed colour against the first opaque
 * background up the tree (through shadow roots to their hosts and the page).
 */
export async function contrastSamples(page: Page): Promise<ContrastSample[]> {
  return page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] | undefined => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)/.exec(value);
      if (!m) return undefined;
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [parseFloat(m[1]!), parseFloat(m[2]!), parseFloat(m[3]!), alpha];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
    const backgroundOf = (start: Element): number[] => {
      const layers: number[][] = [];
      for (let el: Element | null = start; el; el = parentOf(el)) {
        const color = parse(getComputedStyle(el).backgroundColor);
        if (color && color[3] > 0) {
          layers.push(color);
          if (color[3] >= 1) break;
        }
      }
      // The canvas under everything.
      let result = parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
      if (result[3] === 0) result = parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
      if (result[3] === 0) result = [255, 255, 255, 1];
      for (const layer of layers.reverse()) {
        const a = layer[3]!;
        result = [0, 1, 2].map((i) => layer[i]! * a + result[i]! * (1 - a)).concat(1) as typeof result;
      }
      return result;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 2 && rect.height > 2 && el.getClientRects().length > 0;
    };
    const samples: ContrastSample[] = [];
    const visit = (root: ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (['style', 'script', 'option', 'svg', 'path', 'slot'].includes(el.localName) || el.closest('svg')) continue;
        if ((el as HTMLInputElement).disabled) continue;
        const ownText = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent!.trim())
          .join(' ')
          .trim();
        const isField = el.localName === 'input' || el.localName === 'select' || el.localName === 'textarea';
        if (!ownText && !isField) continue;
        if (!visible(el)) continue;
        const color = parse(getComputedStyle(el).color);
        if (!color) continue;
        const background = backgroundOf(el);
        const fg = color[3] < 1 ? [0, 1, 2].map((i) => color[i]! * color[3] + background[i]! * (1 - color[3])) : color;
        const [l1, l2] = [luminance(fg), luminance(background)].sort((a, b) => b - a);
        const host = (el.getRootNode() as ShadowRoot).host;
        samples.push({
          text: (ownText || (el as HTMLInputElement).value || el.localName).slice(0, 40),
          element: `${host?.localName} ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`,
          color: getComputedStyle(el).color,
          background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
          ratio: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100,
        });
      }
    };
    for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('fl-') && el.shadowRoot) visit(el.shadowRoot);
    return samples;
  });
}
