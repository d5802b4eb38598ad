// A throwaway WordPress for the end-to-end test (test/e2e.mjs) and the feed endpoint bench (bench/feed-endpoint.mjs):
// a copy of Debian's /usr/share/wordpress with its own wp-config.php, a private MariaDB on a Unix socket (no TCP
// port) and PHP's built-in server on 127.0.0.1. Every server runs in its own process group so that `stopAll` also
// stops the workers `php -S` forks.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const WP_SOURCE = '/usr/share/wordpress';
export const MARIADBD = '/usr/sbin/mariadbd';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command to its end; throws on a non-zero exit unless `allowFail`. Returns spawnSync's result. */
export function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0 && !options.allowFail) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status ?? result.error?.message}\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  return result;
}

/** Whether a command is on the PATH. */
export const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `test` every 100 ms until it is true; throws after `timeoutMs`. */
export async function waitFor(what, test, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await test().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const children = [];

/** Starts a server in its own process group; its output goes to `logFile` when it exits (and to `child.log`). */
export function start(command, args, logFile, env = {}) {
  const log = [];
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.on('data', (d) => log.push(d));
  child.stderr.on('data', (d) => log.push(d));
  child.on('exit', () => writeFileSync(logFile, Buffer.concat(log)));
  child.log = log;
  children.push(child);
  return child;
}

/** Stops each server started here: its process group (the server and its workers), SIGTERM then SIGKILL. */
export async function stopAll() {
  const signalGroup = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  for (const child of children.splice(0).reverse()) {
    const running = child.exitCode === null && child.signalCode === null;
    const exited = running ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
    signalGroup(child, 'SIGTERM'); // also when the leader is gone: its workers may not be
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGKILL');
    await sleep(100);
    signalGroup(child, 'SIGKILL');
  }
}

/**
 * Copies WordPress into `work`/wordpress with a wp-config.php for `url` and a database on `socket`; `config`: more
 * PHP lines for wp-config.php (before wp-settings.php is loaded).
 */
function copyWordPress({ work, url, socket, password, config }) {
  const wpRoot = join(work, 'wordpress');
  cpSync(WP_SOURCE, wpRoot, { recursive: true, verbatimSymlinks: true });
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
// Written by packages/wordpress/test/wp-site.mjs for one run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '${password}' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${randomBytes(32).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// The server itself makes no request outside this machine, and nothing updates itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
${config}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  return wpRoot;
}

/** A private MariaDB in `work`/db on a Unix socket, with the database and user WordPress's config names. */
async function startMariadb({ work, socket, password, bufferPool }) {
  const dataDir = join(work, 'db');
  sh('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--user=root',
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  const mariadb = start(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${join(work, 'mysqld.pid')}`,
      '--skip-networking',
      '--user=root',
      '--skip-log-bin',
      `--innodb-buffer-pool-size=${bufferPool}`,
      '--innodb-log-file-size=16M',
    ],
    join(work, 'mariadb.log'),
  );
  await waitFor('MariaDB', async () => {
    if (mariadb.exitCode !== null) throw new Error(`mariadbd exited:\n${Buffer.concat(mariadb.log)}`);
    return existsSync(socket);
  });
  sh('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    `CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';`,
  ]);
}

/** PHP's built-in server for `docRoot` on 127.0.0.1 (4 workers), once it answers `probe`. Returns its origin. */
export async function startPhp({ docRoot, logFile, probe, port }) {
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const php = start('php', ['-S', `127.0.0.1:${port}`, '-t', docRoot], logFile, { PHP_CLI_SERVER_WORKERS: '4' });
  await waitFor(`php -S for ${docRoot}`, async () => {
    if (php.exitCode !== null) throw new Error(`php -S exited:\n${Buffer.concat(php.log)}`);
    return (await fetch(`${origin}${probe}`)).ok;
  });
  return origin;
}

/**
 * Copies WordPress into `work`, starts its MariaDB and `php -S`; returns { url, wpRoot, socket }. WordPress is not
 * installed yet (the caller's PHP step does that). `config`: more wp-config.php lines.
 */
export async function startWordPress({ work, password = randomBytes(12).toString('hex'), config = '', bufferPool = '32M' }) {
  // The port is chosen first: WordPress's config names its URL.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const socket = join(work, 'mysqld.sock');
  const wpRoot = copyWordPress({ work, url, socket, password, config });
  await startMariadb({ work, socket, password, bufferPool });
  await startPhp({ docRoot: wpRoot, logFile: join(work, 'php-server.log'), probe: '/wp-includes/images/blank.gif', port });
  return { url, wpRoot, socket };
}
