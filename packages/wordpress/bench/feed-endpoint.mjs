// How fast the WordPress plugin serves the site's feed with 10 000 groups in MariaDB, beside the same file served
// as a static file by PHP's built-in server:
//
//   node packages/wordpress/bench/feed-endpoint.mjs [--groups 10000] [--runs 30]
//
// Sets up Debian's WordPress, MariaDB (Unix socket) and `php -S` on 127.0.0.1 as the end-to-end test does (the
// packages must be installed: npm run test:wordpress installs them), installs the plugin folder as it is in the
// repository (no library bundle needed: the feed does not use it), writes N groups (bench-setup.php), and measures
// with sequential requests from Node:
//   - the first build (N groups read from MariaDB, checked by the PHP schema, written to uploads);
//   - the endpoint with the feed cached: a full 200 response, and a 304 revalidation (If-None-Match);
//   - after a change: an editor's save (wp_update_post) with the rebuild at the end of that request, and the first
//     request after the feed was marked out of date (it rebuilds, then sends);
//   - the same feed.json as a static file from `php -S` (no WordPress).
// Prints a table and writes bench/results.json (rows of name, median, p95 in ms, note).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MARIADBD, WP_SOURCE, sh, startPhp, startWordPress, stopAll } from '../test/wp-site.mjs';

const here = new URL('.', import.meta.url).pathname;
const pluginDir = join(here, '../frisklivs-widgets');
const { values } = parseArgs({ options: { groups: { type: 'string', default: '10000' }, runs: { type: 'string', default: '30' } } });
const GROUPS = Number(values.groups);
const RUNS = Number(values.runs);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const round = (x) => Math.round(x * 10) / 10;

/** One GET, read to the end: milliseconds, status, bytes. */
async function timed(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { ms: performance.now() - started, status: response.status, bytes: body.length, etag: response.headers.get('etag') };
}
async function series(url, headers, expectStatus) {
  const times = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    last = await timed(url, headers);
    if (last.status !== expectStatus) throw new Error(`${url}: ${last.status}, expected ${expectStatus}`);
    times.push(last.ms);
  }
  return { times, last };
}

const work = mkdtempSync(join(tmpdir(), 'fl-wp-bench-'));
try {
  const { url, wpRoot } = await startWordPress({ work, config: "define( 'WP_DEBUG', false );", bufferPool: '128M' });
  cpSync(pluginDir, join(wpRoot, 'wp-content/plugins/frisklivs-widgets'), { recursive: true });
  const env = { ...process.env, FL_WP_ROOT: wpRoot, FL_WP_URL: url };
  const step = (...args) =>
    JSON.parse(
      sh('php', [join(here, 'bench-setup.php'), ...args], { env })
        .stdout.trim()
        .split('\n')
        .pop(),
    );

  console.log(`bench: writing ${GROUPS} groups into MariaDB …`);
  let started = performance.now();
  const installed = step('install', String(GROUPS));
  const install = (performance.now() - started) / 1000;
  const state = step('state');
  console.log(`bench: ${installed.groups} groups; the first build took ${state.buildSeconds} s (${(state.size / 1e6).toFixed(1)} MB)`);

  const feedUrl = `${url}/wp-json/frisklivs/v1/feed`;
  await timed(feedUrl); // warm PHP's opcache in the workers
  const full = await series(feedUrl, {}, 200);
  const revalidate = await series(feedUrl, { 'If-None-Match': full.last.etag }, 304);

  const saves = [];
  const afterDirty = [];
  for (let i = 0; i < 5; i++) {
    const change = step('change');
    saves.push(change.seconds * 1000);
    step('dirty');
    const first = await timed(feedUrl);
    if (first.status !== 200) throw new Error(`after a change: ${first.status}`);
    afterDirty.push(first.ms);
  }

  // The same file, static, from PHP's built-in server (no WordPress).
  const staticRoot = join(work, 'static');
  mkdirSync(staticRoot);
  cpSync(join(wpRoot, 'wp-content/uploads/frisklivs-widgets/feed.json'), join(staticRoot, 'feed.json'));
  const staticOrigin = await startPhp({ docRoot: staticRoot, logFile: join(work, 'php-static.log'), probe: '/feed.json' });
  const staticUrl = `${staticOrigin}/feed.json`;
  await timed(staticUrl);
  const stat = await series(staticUrl, {}, 200);

  const mb = (full.last.bytes / 1e6).toFixed(1);
  const rows = [
    {
      name: `feed endpoint, cached: 200 with the whole feed (${GROUPS} groups)`,
      median: round(median(full.times)),
      p95: round(p95(full.times)),
      note: `${mb} MB, WordPress boots, sends the file from uploads`,
    },
    {
      name: 'feed endpoint, cached: 304 revalidation (If-None-Match)',
      median: round(median(revalidate.times)),
      p95: round(p95(revalidate.times)),
      note: 'no body',
    },
    {
      name: `static feed.json from php -S (same ${mb} MB, no WordPress)`,
      median: round(median(stat.times)),
      p95: round(p95(stat.times)),
      note: 'PHP built-in server, 4 workers',
    },
    {
      name: 'after a change: the editor’s save with the rebuild at its end',
      median: round(median(saves)),
      p95: round(p95(saves)),
      note: `wp_update_post + build of ${GROUPS} groups (read, PHP schema check, write); 5 runs`,
    },
    {
      name: 'after a change: first request when the feed was marked out of date',
      median: round(median(afterDirty)),
      p95: round(p95(afterDirty)),
      note: 'rebuilds, then sends; 5 runs',
    },
  ];
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${'what'.padEnd(width)}  median ms  p95 ms`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.median).padStart(9)}  ${String(r.p95).padStart(6)}`);
  const php = sh('php', ['-r', 'echo PHP_VERSION;']).stdout;
  const wp = readFileSync(join(WP_SOURCE, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];
  const mariadb = sh(MARIADBD, ['--version'])
    .stdout.trim()
    .replace(/^.*Ver /, '')
    .split(' ')[0];
  writeFileSync(
    join(here, 'results.json'),
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        environment: {
          wordpress: wp,
          php,
          mariadb,
          cpus: cpus().length,
          cpu: cpus()[0]?.model,
          runs: RUNS,
          groups: GROUPS,
          writeGroupsSeconds: round(install),
          firstBuildSeconds: state.buildSeconds,
          feedBytes: full.last.bytes,
        },
        rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log('\nbench: wrote packages/wordpress/bench/results.json');
} finally {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
