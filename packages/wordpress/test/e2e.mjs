// End-to-end test of the WordPress plugin in a real WordPress from Debian's packages:
//
//   npm run test:wordpress        (node packages/wordpress/test/e2e.mjs)
//
// 1. installs what is missing with apt-get (root only): wordpress, wordpress-l10n (nb_NO), mariadb-server,
//    php-cli, php-mysql, the twentytwentythree (block) and twentytwentyone (classic) themes, chromium;
// 2. builds the release zip from the current sources (npm run wordpress:zip -- --fresh; fflate
//    writes it);
// 3. copies /usr/share/wordpress to a temp dir with its own wp-config.php (DISALLOW_UNFILTERED_HTML,
//    WP_HTTP_BLOCK_EXTERNAL), starts a private MariaDB on a Unix socket (no TCP port) and PHP's
//    built-in server on 127.0.0.1;
// 4. test/wp-setup.php: wp_install(), installs the zip with WordPress's Plugin_Upgrader,
//    activates it, creates an Editor and pages written by the Editor, checks the shortcode markup;
// 5. headless Chromium (puppeteer-core): the admin sets the feed on Settings → Frisklivs widgets (nonce,
//    sanitize callback, nb_NO strings), the Editor is refused that page, and a visitor's view of the
//    Editor's page has the four elements upgraded and rendered from the feed, under a block theme
//    and a classic theme, with every request to 127.0.0.1; a page without shortcodes loads no script;
// 6. deletes the plugin: uninstall.php removes its settings.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), FL_WP_KEEP=1 keeps the temp dir,
// FL_WP_NO_APT=1 never runs apt-get, FL_WP_SCREENSHOTS=DIR saves screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname; // packages/wordpress
const require = createRequire(import.meta.url);
/** The library (its version) and the sample feed the test page reads. */
const widgets = dirname(require.resolve('frisklivs-widgets/package.json'));
const sampleFeedDir = dirname(require.resolve('frisklivs-sample-feed/feed.json'));
const started = Date.now();
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const WP_SOURCE = '/usr/share/wordpress';
const children = [];
let work;
let passed = 0;
let failed = false;

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const phase = (name) => console.log(`\n== ${name} [${elapsed()}]`);
function ok(condition, label, detail) {
  if (condition) {
    passed += 1;
    console.log(`  ✔ ${label}`);
    return;
  }
  failed = true;
  throw new Error(
    `${label}${detail === undefined ? '' : `\n    got: ${typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2)}`}`,
  );
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0 && !options.allowFail) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status ?? result.error?.message}\n${result.stdout ?? ''}${result.stderr ?? ''}`,
    );
  }
  return result;
}
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function start(command, args, logFile, env = {}) {
  const log = [];
  // Its own process group, so that stopping it also stops the workers `php -S` forks.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.on('data', (d) => log.push(d));
  child.stderr.on('data', (d) => log.push(d));
  child.on('exit', () => writeFileSync(logFile, Buffer.concat(log)));
  child.logFile = logFile;
  child.log = log;
  children.push(child);
  return child;
}

/** Stops each server this test started: its process group (the server and its workers), by id. */
async function stopAll() {
  const signalGroup = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  for (const child of children.reverse()) {
    const running = child.exitCode === null && child.signalCode === null;
    const exited = running ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
    signalGroup(child, 'SIGTERM'); // also when the leader is gone: its workers may not be
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGKILL');
    await sleep(100);
    signalGroup(child, 'SIGKILL');
  }
}
process.on('SIGINT', async () => {
  await stopAll();
  process.exit(130);
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor(what, test, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
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

/** Runs a step of wp-setup.php and returns its JSON; prints its checks. */
function wpStep(env, ...args) {
  const result = sh('php', [join(root, 'test/wp-setup.php'), ...args], { env: { ...process.env, ...env }, allowFail: true });
  const line = result.stdout.trim().split('\n').pop() || '{}';
  let data;
  try {
    data = JSON.parse(line);
  } catch {
    throw new Error(`wp-setup.php ${args[0]} printed no JSON (exit ${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr}`);
  }
  for (const check of data.checks ?? []) {
    if (check.startsWith('ok')) {
      passed += 1;
      console.log(`  ✔ ${check.slice(5)} (PHP)`);
    }
  }
  if (result.status !== 0) {
    failed = true;
    throw new Error(`wp-setup.php ${args[0]} failed:\n${result.stderr}`);
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  phase('Debian packages');
  const needed = {
    wordpress: existsSync(join(WP_SOURCE, 'wp-load.php')),
    // A Norwegian site: WordPress's own nb_NO strings (WPLANG accepts only installed languages).
    'wordpress-l10n': existsSync(join(WP_SOURCE, 'wp-content/languages/nb_NO.mo')),
    'wordpress-theme-twentytwentythree': existsSync(join(WP_SOURCE, 'wp-content/themes/twentytwentythree')),
    'wordpress-theme-twentytwentyone': existsSync(join(WP_SOURCE, 'wp-content/themes/twentytwentyone')),
    'mariadb-server': has('mariadbd') || existsSync('/usr/sbin/mariadbd'),
    'php-cli': has('php'),
    'php-mysql': has('php') && sh('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { allowFail: true }).status === 0,
    chromium: existsSync(chromePath),
  };
  const missing = Object.entries(needed)
    .filter(([, present]) => !present)
    .map(([name]) => name);
  if (missing.length) {
    if (process.getuid?.() !== 0 || process.env.FL_WP_NO_APT || !has('apt-get')) {
      throw new Error(`missing Debian packages: ${missing.join(' ')} (apt-get install --no-install-recommends ${missing.join(' ')})`);
    }
    const install = missing;
    console.log(`  apt-get install ${install.join(' ')}`);
    sh('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...install], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const wpVersion = readFileSync(join(WP_SOURCE, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];
  const phpVersion = sh('php', ['-r', 'echo PHP_VERSION;']).stdout;
  const mariadbVersion = sh('/usr/sbin/mariadbd', ['--version'])
    .stdout.trim()
    .replace(/^.*Ver /, '')
    .split(' ')[0];
  console.log(
    `  WordPress ${wpVersion} (Debian), PHP ${phpVersion}, MariaDB ${mariadbVersion}, ${sh(chromePath, ['--version']).stdout.trim()}`,
  );

  phase('release zip (npm run wordpress:zip)');
  work = mkdtempSync(join(tmpdir(), 'fl-wp-e2e-'));
  // --fresh: the bundle is built from the current sources (into a temp dir; dist/ is left alone).
  sh('npm', ['run', '--silent', 'zip', '--', '--fresh'], { cwd: root, stdio: 'inherit' });
  const version = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')).version;
  const zip = join(root, `build/frisklivs-widgets-${version}.zip`);
  ok(existsSync(zip), `built ${zip.slice(root.length)}`);

  phase('WordPress, MariaDB and PHP on 127.0.0.1');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const wpRoot = join(work, 'wordpress');
  cpSync(WP_SOURCE, wpRoot, { recursive: true, verbatimSymlinks: true });
  const socket = join(work, 'mysqld.sock');
  const salt = () => randomBytes(32).toString('hex');
  writeFileSync(
    join(wpRoot, 'wp-config.php'),
    `<?php
// Written by test/wordpress/e2e.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp-e2e' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// As on a multisite: nobody, not even an administrator, has unfiltered_html.
define( 'DISALLOW_UNFILTERED_HTML', true );
// The server itself makes no request outside this machine, and nothing updates itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // The sample feed, served by the same server as the page.
  mkdirSync(join(wpRoot, 'wp-content/uploads/frisklivs'), { recursive: true });
  copyFileSync(join(sampleFeedDir, 'feed.json'), join(wpRoot, 'wp-content/uploads/frisklivs/feed.json'));
  copyFileSync(join(sampleFeedDir, 'postcodes.json'), join(wpRoot, 'wp-content/uploads/frisklivs/postcodes.json'));

  const dataDir = join(work, 'db');
  sh(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${dataDir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'],
    {},
  );
  const mariadb = start(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${join(work, 'mysqld.pid')}`,
      '--skip-networking',
      '--user=root',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=16M',
    ],
    join(work, 'mariadb.log'),
  );
  await waitFor('MariaDB', () => mariadb.exitCode === null && existsSync(socket));
  sh('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    "CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp-e2e'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  ]);
  ok(true, `MariaDB on ${socket} (no TCP port)`);

  const php = start('php', ['-S', `127.0.0.1:${port}`, '-t', wpRoot], join(work, 'php-server.log'), { PHP_CLI_SERVER_WORKERS: '4' });
  await waitFor('PHP server', async () => {
    if (php.exitCode !== null) throw new Error(`php -S exited:\n${Buffer.concat(php.log)}`);
    return fetch(`${url}/wp-includes/images/blank.gif`).then(
      (r) => r.ok,
      () => false,
    );
  });
  ok(true, `php -S 127.0.0.1:${port} serving a copy of ${WP_SOURCE}`);

  phase('install WordPress and the plugin (wp-setup.php)');
  const env = { FL_WP_ROOT: wpRoot, FL_WP_URL: url };
  wpStep(env, 'install', zip, join(root, 'frisklivs-widgets'));
  const site = wpStep(env, 'content');

  phase('Chromium');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // Any host but 127.0.0.1 fails to resolve: nothing can leave the machine, and the request log shows any attempt.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    await adminSettings(browser, site);
    await editorRefused(browser, site);
    const feed = JSON.parse(readFileSync(join(sampleFeedDir, 'feed.json'), 'utf8'));
    const centre = feed.centres.find((c) => c.id === 'fls-5612');
    const blockTheme = wpStep(env, 'theme', 'twentytwentythree');
    await visitor(browser, site, url, centre, `${blockTheme.theme} (block theme)`);
    const classicTheme = wpStep(env, 'theme', 'twentytwentyone');
    await visitor(browser, site, url, centre, `${classicTheme.theme} (classic theme)`);
    await plainPage(browser, site);
  } finally {
    await browser.close();
  }

  phase('delete the plugin');
  wpStep(env, 'uninstall');

  phase('PHP log');
  const debugLog = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
  const ours = debugLog.split('\n').filter((line) => /frisklivs-widgets/.test(line));
  ok(ours.length === 0, 'no PHP notice, warning or error from the plugin (WP_DEBUG)', ours.join('\n'));
}

/** FL_WP_SCREENSHOTS=DIR saves a full-page screenshot of what the test saw. */
async function screenshot(page, name) {
  const dir = process.env.FL_WP_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

async function newPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = { requests: [], failed: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => message.type() === 'error' && log.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  return { context, page, log };
}

async function login(page, site, user, password) {
  await page.goto(site.login, { waitUntil: 'domcontentloaded' });
  // Set the fields directly: wp-login.php moves the focus while the page settles, which garbles typing.
  await page.$eval(
    '#user_login',
    (input, value) => {
      input.value = value;
    },
    user,
  );
  await page.$eval(
    '#user_pass',
    (input, value) => {
      input.value = value;
    },
    password,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
}

async function adminSettings(browser, site) {
  console.log('  -- the administrator (locale nb_NO) on Settings → Frisklivs widgets');
  const { context, page } = await newPage(browser);
  try {
    await login(page, site, 'admin', 'admin-e2e-password');
    const response = await page.goto(site.settings, { waitUntil: 'domcontentloaded' });
    ok(response.status() === 200, 'the settings page opens for an administrator', response.status());
    const labels = await page.$$eval('.form-table th', (ths) => ths.map((th) => th.textContent.trim()));
    ok(
      labels.includes('Standard feed-adresse') && labels.includes('Standardspråk'),
      'its labels are in Norwegian Bokmål (languages/frisklivs-widgets-nb_NO.mo)',
      labels,
    );
    ok(
      (await page.$('input[name="_wpnonce"]')) !== null && (await page.$('input[name="option_page"][value="frisklivs_widgets"]')) !== null,
      'the form carries the Settings API nonce',
    );
    ok((await page.$eval('#frisklivs_widgets_feed_url', (input) => input.value)) === '', 'no feed URL yet');

    await page.$eval('#frisklivs_widgets_feed_url', (input) => {
      input.value = 'javascript:alert(1)';
    });
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
    const error = await page.$eval('#wpbody-content', (el) => el.textContent);
    ok(/Feed-adressen må være en nettadresse/.test(error), 'a javascript: URL is refused with a message');
    ok((await page.$eval('#frisklivs_widgets_feed_url', (input) => input.value)) === '', '… and not saved');

    await page.$eval('#frisklivs_widgets_feed_url', (input) => {
      input.value = '/wp-content/uploads/frisklivs/feed.json';
    });
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
    const saved = await page.$eval('#frisklivs_widgets_feed_url', (input) => input.value);
    ok(saved === site.feed, `a path on the site is saved as ${saved}`, saved);
    await screenshot(page, 'settings');
  } finally {
    await context.close();
  }
}

async function editorRefused(browser, site) {
  console.log('  -- the Editor');
  const { context, page } = await newPage(browser);
  try {
    await login(page, site, 'editor', 'editor-e2e-password');
    ok(page.url().includes('/wp-admin/'), 'the Editor logs in', {
      url: page.url(),
      text: (await page.$eval('body', (b) => b.innerText)).slice(0, 500),
    });
    const response = await page.goto(site.settings, { waitUntil: 'domcontentloaded' });
    ok(
      response.status() === 403 && (await page.$('#frisklivs_widgets_feed_url')) === null,
      'the settings page is refused to the Editor (manage_options)',
      response.status(),
    );
  } finally {
    await context.close();
  }
}

async function visitor(browser, site, url, centre, theme) {
  console.log(`  -- a visitor on the Editor's page, ${theme}`);
  const { context, page, log } = await newPage(browser);
  try {
    const response = await page.goto(site.page, { waitUntil: 'load' });
    ok(response.status() === 200, `${site.page} → 200`, response.status());
    const html = await response.text();
    const script = html.match(/<script[^>]*frisklivs-widgets\/assets\/frisklivs-widgets\.js[^>]*>/g) ?? [];
    ok(
      script.length === 1 &&
        /type="module"/.test(script[0]) &&
        script[0].includes(`src="${url}/wp-content/plugins/frisklivs-widgets/assets/frisklivs-widgets.js?ver=`),
      'the bundle is enqueued once from the plugin, as a module',
      script,
    );
    const head = html.slice(0, html.indexOf('</head>'));
    const reserve = head.match(/<style id="frisklivs-widgets-reserve">([^<]*)<\/style>/)?.[1] ?? '';
    ok(
      ['fl-centre-finder', 'fl-group-finder', 'fl-frisklivskort', 'fl-follow-up-timeline'].every((tag) =>
        reserve.includes(`${tag}:not(:defined){display:block;min-height:`),
      ),
      "the elements' space is held in <head> before the script runs (:not(:defined) rules)",
      reserve.slice(0, 200),
    );

    const state = await page
      .waitForFunction(
        (names) => {
          const text = (el) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const parts = (el, part) => [...(el?.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])];
          const finder = document.querySelector('fl-centre-finder#finner');
          const groups = document.querySelector('fl-group-finder');
          const card = document.querySelector('fl-frisklivskort');
          const timeline = document.querySelector('fl-follow-up-timeline');
          const all = [finder, groups, card, timeline];
          const loading = all.some((el) => !el?.shadowRoot || parts(el, 'skeleton').length > 0);
          const ready =
            !loading &&
            text(finder).includes(names.nb) &&
            parts(groups, 'result').length > 0 &&
            text(card).includes(names.nb) &&
            parts(card, 'qr').length > 0 && // the QR encoder is a lazy chunk
            text(timeline).includes(names.en) &&
            parts(timeline, 'progress').length > 0;
          if (!ready) return false;
          const attrs = (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
          return {
            defined: ['fl-centre-finder', 'fl-group-finder', 'fl-frisklivskort', 'fl-follow-up-timeline'].map((t) =>
              Boolean(customElements.get(t)),
            ),
            upgraded: all.map((el) => el.shadowRoot !== null && el.constructor !== HTMLElement),
            errors: all.map((el) => parts(el, 'error').length),
            finder: {
              attrs: attrs(finder),
              headings: [...finder.shadowRoot.querySelectorAll('h3, [role="heading"][aria-level="3"]')].map((h) => h.textContent.trim()),
            },
            groups: { attrs: attrs(groups), results: parts(groups, 'result').length, intro: parts(groups, 'intro').length },
            card: { attrs: attrs(card), qr: parts(card, 'qr').length, price: parts(card, 'price').length },
            timeline: {
              attrs: attrs(timeline),
              progress: parts(timeline, 'progress')[0].textContent.replace(/\s+/g, ' ').trim(),
              milestones: parts(timeline, 'milestone').length,
            },
            pasted: { script: 'flPasted' in window, element: document.querySelector('fl-centre-finder[municipality="0301"]') !== null },
            lang: document.documentElement.lang,
          };
        },
        { timeout: 30_000, polling: 200 },
        { nb: centre.name.nb, en: centre.name.en },
      )
      .then((handle) => handle.jsonValue())
      .catch(async (error) => {
        const dump = await page.evaluate(() =>
          [...document.querySelectorAll('fl-centre-finder, fl-group-finder, fl-frisklivskort, fl-follow-up-timeline')].map(
            (el) =>
              `${el.outerHTML.slice(0, 300)} → ${el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 300) : '(no shadow root)'}`,
          ),
        );
        const lang = await page.evaluate(() => `<html lang="${document.documentElement.lang}">`);
        throw new Error(
          `the elements did not render from the feed: ${error.message}\n${lang}\n${dump.join('\n')}\n${JSON.stringify(log, null, 2)}`,
        );
      });

    await screenshot(page, `page-${theme.split(' ')[0]}`);
    ok(state.defined.every(Boolean) && state.upgraded.every(Boolean), 'all four custom elements are defined and upgraded (shadow roots)');
    ok(
      state.errors.every((n) => n === 0),
      'no element shows an error view',
      state.errors,
    );
    const f = state.finder.attrs;
    ok(
      f.municipality === '5612' &&
        f.offers === 'fysisk-aktivitet' &&
        f['heading-level'] === '3' &&
        f.compact === '' &&
        !('bogus' in f) &&
        f.feed === site.feed,
      '<fl-centre-finder municipality="5612" offers="fysisk-aktivitet" compact heading-level="3" feed="…"> (bogus dropped)',
      f,
    );
    ok(
      state.finder.headings.some((h) => h.includes(centre.name.nb)),
      `[frisklivs_centre_finder] lists "${centre.name.nb}" as a level-3 heading`,
      state.finder.headings,
    );
    ok(
      state.groups.results > 0 &&
        state.groups.results <= 5 &&
        state.groups.intro === 0 &&
        state.groups.attrs['hide-intro'] === '' &&
        !('onclick' in state.groups.attrs),
      `[frisklivs_group_finder] shows ${state.groups.results} groups in 5501 (page-size 5, hide-intro, onclick dropped)`,
      state.groups,
    );
    const c = state.card.attrs;
    ok(
      c.class === 'kort" onmouseover="alert(3)' && !('onmouseover' in c) && c.feed === site.feed && !('continue-href' in c),
      '[frisklivs_frisklivskort]: the quote stays inside class (esc_attr), javascript: feed → the default feed, javascript: link dropped',
      c,
    );
    ok(
      c['show-qr'] === '' && !('hide-price' in c) && state.card.qr === 1 && state.card.price === 1,
      `[frisklivs_frisklivskort] renders "${centre.name.nb}"; show-qr="ja" → QR block, hide-price="nei" → price block`,
      { attrs: c, qr: state.card.qr, price: state.card.price },
    );
    ok(
      state.timeline.attrs.lang === 'en' && /Week 5 of 12/.test(state.timeline.progress) && state.timeline.milestones > 0,
      `[frisklivs_follow_up_timeline start="2026-01-05" today="2026-02-05" lang="en"]: "${state.timeline.progress}"`,
      state.timeline,
    );
    ok(!state.pasted.script && !state.pasted.element, 'the <script> and <fl-centre-finder> the Editor pasted are not on the page (kses)');
    ok(state.lang === 'nb-NO', `the page is <html lang="${state.lang}">`);

    await sleep(300);
    const network = log.requests.filter((u) => /^https?:/.test(u));
    const foreign = network.filter((u) => new URL(u).hostname !== '127.0.0.1');
    ok(foreign.length === 0, `all ${network.length} requests went to 127.0.0.1`, foreign);
    const feedRequests = network.filter((u) => u.startsWith(site.feed)).length;
    ok(feedRequests === 1, `the feed was requested once for four elements`, feedRequests);
    ok(log.pageErrors.length === 0 && log.consoleErrors.length === 0, 'no script error, no console error', {
      pageErrors: log.pageErrors,
      consoleErrors: log.consoleErrors,
    });
    ok(log.failed.length === 0, 'no failed request', log.failed);
  } finally {
    await context.close();
  }
}

async function plainPage(browser, site) {
  console.log('  -- a page without shortcodes');
  const { context, page, log } = await newPage(browser);
  try {
    const response = await page.goto(site.plain, { waitUntil: 'networkidle0' });
    ok(response.status() === 200, `${site.plain} → 200`);
    const html = await response.text();
    ok(
      !html.includes('frisklivs-widgets.js') && !log.requests.some((u) => u.includes('/plugins/frisklivs-widgets/')),
      'loads nothing from the plugin',
    );
    ok(
      log.requests.every((u) => !/^https?:/.test(u) || new URL(u).hostname === '127.0.0.1'),
      'and requests only 127.0.0.1',
    );
  } finally {
    await context.close();
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  failed = true;
  console.error(`\n✘ ${error.message}`);
}
await stopAll();
if (work) {
  if (failed) {
    for (const name of ['php-server.log', 'debug.log', 'mariadb.log']) {
      const file = join(work, name);
      if (!existsSync(file)) continue;
      // WordPress 6.1 on PHP 8.2 logs many deprecation notices of its own; they are left out here.
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/PHP Deprecated:/.test(line));
      console.error(`\n--- ${name} (last lines)\n${lines.slice(-25).join('\n')}`);
    }
  }
  if (failed || process.env.FL_WP_KEEP) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`\nwordpress e2e: ${passed} passed, ${exitCode ? 1 : 0} failed in ${elapsed()}`);
process.exit(exitCode);
