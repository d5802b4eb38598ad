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
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const here = new URL('.', import.meta.url).pathname;
const pluginDir = join(here, '../frisklivs-widgets');
const { values } = parseArgs({ options: { groups: { type: 'string', default: '10000' }, runs: { type: 'string', default: '30' } } });
const GROUPS = Number(values.groups);
const RUNS = Number(values.runs);
const children = [];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`);
  return result.stdout;
}
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
async function waitFor(test, what) {
  for (let i = 0; i < 300; i++) {
    if (await test().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}
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
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const wpRoot = join(work, 'wordpress');
  cpSync('/usr/share/wordpress', wpRoot, { recursive: true, verbatimSymlinks: true });
  cpSync(pluginDir, join(wpRoot, 'wp-content/plugins/frisklivs-widgets'), { recursive: true });
  const socket = join(work, 'mysqld.sock');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  writeFileSync(
    join(wpRoot, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' ); define( 'DB_USER', 'wp' ); define( 'DB_PASSWORD', 'wp-bench' );
define( 'DB_HOST', 'localhost:${socket}' ); define( 'DB_CHARSET', 'utf8mb4' ); define( 'DB_COLLATE', '' );
${keys.map((k) => `define( '${k}', '${randomBytes(32).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' ); define( 'WP_SITEURL', '${url}' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  sh('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${join(work, 'db')}`,
    '--user=root',
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  const mariadbArgs = [
    '--no-defaults',
    `--datadir=${join(work, 'db')}`,
    `--socket=${socket}`,
    `--pid-file=${join(work, 'mysqld.pid')}`,
    '--skip-networking',
    '--user=root',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=128M',
  ];
  start('/usr/sbin/mariadbd', mariadbArgs);
  await waitFor(async () => existsSync(socket), 'MariaDB');
  sh('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    "CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp-bench'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  ]);
  start('php', ['-S', `127.0.0.1:${port}`, '-t', wpRoot], { PHP_CLI_SERVER_WORKERS: '4' });
  await waitFor(async () => (await fetch(`${url}/wp-includes/images/blank.gif`)).ok, 'php -S');
  const env = { ...process.env, FL_WP_ROOT: wpRoot, FL_WP_URL: url };
  const step = (...args) =>
    JSON.parse(
      sh('php', [join(here, 'bench-setup.php'), ...args], { env })
        .trim()
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
  const staticPort = await freePort();
  start('php', ['-S', `127.0.0.1:${staticPort}`, '-t', staticRoot], { PHP_CLI_SERVER_WORKERS: '4' });
  const staticUrl = `http://127.0.0.1:${staticPort}/feed.json`;
  await waitFor(async () => (await fetch(staticUrl)).ok, 'static php -S');
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
  const php = sh('php', ['-r', 'echo PHP_VERSION;']);
  const wp = readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)[1];
  const mariadb = sh('/usr/sbin/mariadbd', ['--version'])
    .trim()
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
  stopAll();
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
}
