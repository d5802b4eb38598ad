// npm run bench: measures in headless Chromium (Debian's /usr/bin/chromium) and
// prints a table; writes bench/results.json. Figures, not pass/fail: targets are
// shown beside them. Runs on a static server on 127.0.0.1 only.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const generator = require.resolve('frisklivs-sample-feed/generate-large');
/** The sample feed and its postcodes, served at /demo/ as on the demo site. */
const sampleFeedDir = dirname(require.resolve('frisklivs-sample-feed/feed.json'));
const out = join(root, 'bench/.build');
await mkdir(out, { recursive: true });

// The large synthetic feeds the benchmarks read.
for (const groups of [1000, 5000, 10000]) {
  execFileSync('node', [generator, '--groups', String(groups), '--seed', '7', '--out', `bench/.build/feed-${groups}.json`], {
    cwd: root,
    stdio: 'ignore',
  });
}

await build({
  entryPoints: [join(root, 'bench/bench-page.ts')],
  bundle: true,
  format: 'esm',
  outfile: join(out, 'bench-page.js'),
  minify: true,
  conditions: ['production'],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

// What each side-by-side alternative would add to the page: min+gzip bytes of a bundle of just that code.
async function gzipBytes(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const sizes = {
  validator: await gzipBytes("export { validateFeed } from './src/feed/validate.ts';"),
  ajv: await gzipBytes("import Ajv from 'ajv/dist/2020.js'; import addFormats from 'ajv-formats'; export { Ajv, addFormats };"),
  search: await gzipBytes("export { filterGroups, prepareSearch } from './src/feed/queries/groups.ts';"),
  fuse: await gzipBytes("export { default } from 'fuse.js';"),
};

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
// Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs.
const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const server = createServer(async (request, response) => {
  const requested = new URL(request.url, 'http://x');
  const path = normalize(decodeURIComponent(requested.pathname)).replace(/^(\.\.[/\\])+/, '');
  // ?delay=300: the file arrives after 300 ms (a slow feed, for the layout-shift benchmark).
  const delay = Math.min(10_000, Number(requested.searchParams.get('delay')) || 0);
  try {
    const body = await readFile(path.startsWith('/demo/') ? join(sampleFeedDir, path.slice('/demo/'.length)) : join(root, path));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...isolation,
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  // --expose-gc: the memory benchmark counts retained elements with WeakRef after gc().
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--js-flags=--expose-gc',
  ],
});
try {
  const page = await browser.newPage();
  await page.emulateTimezone('Europe/Oslo');
  await page.setViewport({ width: 1280, height: 900 });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location()?.url?.includes('.missing')) console.error('page:', message.text());
    else if (message.text().startsWith('[bench]')) console.error(message.text());
  });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('response', (response) => {
    // The layout-shift section asks for a missing feed on purpose.
    if (response.status() >= 400 && !response.url().includes('.missing'))
      console.error(`page: HTTP ${response.status()} for ${response.url()}`);
  });
  // The layout-shift section measures a phone too; only the browser's owner can resize the viewport.
  await page.exposeFunction('benchSetViewport', (width, height) => page.setViewport({ width, height }));
  // `npm run bench -- memory layout` runs only those sections (and leaves bench/results.json alone).
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  await page.goto(`http://127.0.0.1:${port}/bench/bench.html${only.length ? `?only=${only.join(',')}` : ''}`);
  const results = await page
    .waitForFunction(() => window.__benchResults, { timeout: 600_000, polling: 500 })
    .then((handle) => handle.jsonValue());
  if (results.error) {
    console.error(`the benchmark page failed:\n${results.error}`);
    process.exitCode = 1;
  }
  const rows = results.rows;
  const ratio = (a, b) => `ours/theirs = ${(a / b).toFixed(2)}`;
  rows.push(
    { name: 'bundle: validateFeed (ours), min+gzip', median: sizes.validator, unit: 'B' },
    {
      name: 'bundle: Ajv 2020 + ajv-formats, min+gzip',
      median: sizes.ajv,
      unit: 'B',
      note: `${ratio(sizes.validator, sizes.ajv)}; plus the compiled schema at run time`,
    },
    {
      name: 'bundle: group search (ours: filterGroups + prepareSearch), min+gzip',
      median: sizes.search,
      unit: 'B',
      note: 'with its share of the i18n folding tables',
    },
    { name: 'bundle: Fuse.js, min+gzip', median: sizes.fuse, unit: 'B', note: ratio(sizes.search, sizes.fuse) },
  );
  results.sizes = sizes;
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`${'benchmark'.padEnd(width)}  ${'median'.padStart(9)}  ${'p95'.padStart(9)}  target`);
  for (const row of rows) {
    const number = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 0.1 ? 4 : v < 10 ? 2 : 1));
    const fmt = (v) => (v === undefined ? '' : `${number(v)}${row.unit === '' ? '' : ` ${row.unit ?? 'ms'}`}`);
    console.log(
      `${row.name.padEnd(width)}  ${fmt(row.median).padStart(9)}  ${fmt(row.p95).padStart(9)}  ${row.target ?? ''}${row.note ? `  (${row.note})` : ''}`,
    );
  }
  if (results.error) {
    console.log('\nthe benchmark page failed: bench/results.json left as it was');
  } else if (only.length) {
    console.log(`\npartial run (${only.join(', ')}): bench/results.json left as it was`);
    if (process.env.BENCH_DETAILS) console.log(JSON.stringify(results.details, null, 1));
  } else {
    await writeFile(
      join(root, 'bench/results.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), browser: await browser.version(), ...results }, null, 1)}\n`,
    );
    console.log('\nwrote bench/results.json');
  }
} finally {
  await browser.close();
  server.close();
}
