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
//
// 6. publishing (issue 21): a group coordinator logs in and creates a group with the form (invalid values refused
//    with the message next to the field), the group is in /wp-json/frisklivs/v1/feed (ETag, 304, CORS, merged with
//    the upstream sample feed, the site's entry winning on the same id; the feed kit's validator passes it) and in
//    <fl-group-finder> on a public page; the coordinator cannot open another contact point's group or a centre; the
//    Editor sees Feed health, marks an entry checked today, and imports the feed kit's CSV templates (a file with
//    errors is reported by row and column and nothing is imported until it is fixed);
// 7. deletes the plugin: uninstall.php removes its settings and keeps the entries; installed again they are back;
//    with "delete data" ticked, deleting it removes them too.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), FL_WP_KEEP=1 keeps the temp dir,
// FL_WP_NO_APT=1 never runs apt-get, FL_WP_SCREENSHOTS=DIR saves screenshots, FL_WP_DOCS=1 writes the two
// screenshots of the docs site (packages/site/docs-site/img/wordpress-*.png).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { MARIADBD, WP_SOURCE, has, sh, sleep, startWordPress, stopAll } from './wp-site.mjs';

const root = new URL('..', import.meta.url).pathname; // packages/wordpress
const require = createRequire(import.meta.url);
/** The library (its version) and the sample feed the test page reads. */
const widgets = dirname(require.resolve('frisklivs-widgets/package.json'));
const sampleFeedDir = dirname(require.resolve('frisklivs-sample-feed/feed.json'));
const started = Date.now();
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
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

process.on('SIGINT', async () => {
  await stopAll();
  process.exit(130);
});

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
    'mariadb-server': has('mariadbd') || existsSync(MARIADBD),
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
  const mariadbVersion = sh(MARIADBD, ['--version'])
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
  const { url, wpRoot, socket } = await startWordPress({
    work,
    config: `// As on a multisite: nobody, not even an administrator, has unfiltered_html.
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );`,
  });
  ok(true, `MariaDB on ${socket} (no TCP port)`);
  ok(true, `php -S ${url.slice('http://'.length)} serving a copy of ${WP_SOURCE}`);
  // The sample feed, served by the same server as the page.
  mkdirSync(join(wpRoot, 'wp-content/uploads/frisklivs'), { recursive: true });
  copyFileSync(join(sampleFeedDir, 'feed.json'), join(wpRoot, 'wp-content/uploads/frisklivs/feed.json'));
  copyFileSync(join(sampleFeedDir, 'postcodes.json'), join(wpRoot, 'wp-content/uploads/frisklivs/postcodes.json'));

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

    phase('publishing: groups, contact points and centres kept in WordPress, served as the feed');
    const pub = wpStep(env, 'publisher');
    const title = await coordinatorCreatesGroup(browser, site, pub);
    await coordinatorRefused(browser, site, pub, title);
    const feedBody = await siteFeed(pub, title);
    await validateWithFeedKit(pub, feedBody);
    await visitorSeesGroup(browser, pub, title);
    await editorChecksAndRefuses(browser, site, pub, env);
    await csvImport(browser, site, pub, env);
    await hsdsExport(pub);
  } finally {
    await browser.close();
  }

  phase('delete the plugin');
  wpStep(env, 'uninstall');
  wpStep(env, 'reinstall', zip);
  wpStep(env, 'uninstall-all');

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

// --- publishing (issue 21) ---------------------------------------------------------------------------------------

/** Today in Norway, as the plugin writes lastVerified. */
const todayInOslo = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

/** FL_WP_DOCS=1: a screenshot for the docs site (packages/site/docs-site/img/), of one element of the page. */
async function docsScreenshot(page, selector, name, maxHeight = 720) {
  if (!process.env.FL_WP_DOCS) return;
  const dir = join(root, '../site/docs-site/img');
  mkdirSync(dir, { recursive: true });
  const box = await (await page.$(selector)).boundingBox();
  await page.screenshot({ path: join(dir, `${name}.png`), clip: { ...box, height: Math.min(box.height, maxHeight) } });
  console.log(`  (docs screenshot ${name}.png)`);
}

/**
 * Submits a form with a button and waits for the next document to be loaded: a marker on the old window tells the
 * pages apart (WordPress rewrites the address with history.replaceState, which a plain waitForNavigation can take for
 * the navigation).
 */
async function publish(page, button = '#publish') {
  await page.evaluate(() => {
    window.flOldDocument = true;
  });
  await page.click(button);
  await page.waitForFunction(() => !window.flOldDocument && document.readyState === 'complete', { timeout: 30_000, polling: 100 });
}

const fieldText = (page, selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim()).catch(() => '');

async function coordinatorCreatesGroup(browser, site, pub) {
  console.log('  -- a group coordinator creates a group with the form');
  const { context, page } = await newPage(browser);
  const title = 'Samtalegruppe for pårørende – Harstad (e2e)';
  try {
    // A Norwegian browser: 24-hour time fields, typed as a person types them.
    const ownErrors = [];
    page.on('pageerror', (error) => /frisklivs-widgets\/admin\//.test(error.stack ?? '') && ownErrors.push(error.message));
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setLocaleOverride', { locale: 'nb-NO' });
    await page.setViewport({ width: 1100, height: 900 });
    await login(page, site, 'koordinator', 'koordinator-e2e-password');
    ok(page.url().includes('/wp-admin/'), 'the coordinator logs in through the browser');
    const response = await page.goto(pub.newGroup, { waitUntil: 'domcontentloaded' });
    ok(response.status() === 200, 'Frisklivsdata → Legg til gruppe opens for the coordinator', response.status());
    const why = await fieldText(page, '.fl-why');
    ok(
      /ingen felt for medlemmer og ingen for møteadresse/.test(why),
      `the form says why there is no member or address field: "${why.slice(0, 80)}…"`,
      why,
    );
    ok((await page.$('[name^="fl[members"], [name^="fl[address"], [name^="fl[street"]')) === null, '… and has none');
    const points = await page.$$eval('#fl-contactPoint option', (options) => options.map((o) => o.value).filter(Boolean));
    ok(
      points.length === 1 && points[0] === 'cp-e2e-harstad',
      'the contact point list offers only the coordinator’s own contact point',
      points,
    );
    const tabs = await page.$$eval('#fl-title [role="tab"]', (list) => list.map((t) => t.textContent.replace(/\s+/g, ' ').trim()));
    ok(
      tabs.length === 6 && /påkrevd/.test(tabs[0]) && tabs.slice(1).every((t) => /mangler/.test(t)),
      `six language tabs, Bokmål required, the others marked missing: ${tabs.join(' | ')}`,
      tabs,
    );

    await page.type('#fl-title-nb', title);
    await page.click('#fl-title-tab-en');
    ok(await page.$eval('#fl-title-panel-en', (panel) => !panel.hidden), 'the English tab shows the English field');
    await page.type('#fl-title-en', 'Peer support for next of kin – Harstad (e2e)');
    ok(
      await page.$eval('#fl-title-tab-en .fl-missing-mark', (mark) => mark.hidden),
      'typing the English title takes away its "mangler" mark',
    );
    await page.select('#fl-theme', 'parorende');
    await page.select('#fl-contactPoint', 'cp-e2e-harstad');
    await page.type('#fl-municipality', 'Hárstták'); // Harstad's North Sámi name
    await page.select('#fl-schedule-weekday', 'WE');
    await page.click('#fl-schedule-startTime');
    await page.keyboard.type('1800');
    await page.click('#fl-schedule-endTime');
    await page.keyboard.type('1700'); // ends before it starts
    await page.type('#fl-area-nb', 'Sentrum');

    await publish(page);
    const refused = await fieldText(page, '#fl-refused');
    const endError = await fieldText(page, '#fl-schedule-endTime-error');
    ok(
      /Ingenting ble lagret/.test(refused) && /ikke blir opprettet|blir ikke opprettet/.test(refused),
      `an end before the start is refused: "${refused.slice(0, 70)}…"`,
      refused,
    );
    ok(/Sluttiden må være etter starttiden/.test(endError), `the message is next to the end time field: "${endError}"`, endError);
    ok(
      await page.$eval(
        '#fl-schedule-endTime',
        (input) =>
          input.getAttribute('aria-invalid') === 'true' && input.getAttribute('aria-describedby').includes('fl-schedule-endTime-error'),
      ),
      'the field is aria-invalid and described by the message',
    );
    ok((await page.$eval('#fl-title-nb', (input) => input.value)) === title, 'what was typed is still in the form');
    ok(
      (await page.$eval('#original_post_status', (input) => input.value)) === 'auto-draft' &&
        (await page.evaluate(() => document.activeElement?.id)) === 'fl-refused',
      'nothing was saved (still an auto-draft), and the list of problems has the focus',
    );

    // A weekday that is not one (a crafted request: the select offers only real weekdays).
    await page.$eval('#fl-schedule-endTime', (input) => {
      input.value = '20:00';
    });
    await page.$eval('#fl-schedule-weekday', (select) => {
      select.add(new Option('blåmandag', 'XX'));
      select.value = 'XX';
    });
    await publish(page);
    const dayError = await fieldText(page, '#fl-schedule-weekday-error');
    ok(/«XX» er ikke en ukedag/.test(dayError), `a bad weekday is refused next to the field: "${dayError}"`, dayError);
    ok(!(await fieldText(page, '#fl-schedule-endTime-error')), 'the corrected end time has no message now');

    await page.select('#fl-schedule-weekday', 'WE');
    await publish(page);
    ok(!(await page.$('#fl-refused')), 'with the values corrected, the group is saved', await fieldText(page, '#fl-refused'));
    ok((await page.$eval('#original_post_status', (input) => input.value)) === 'publish', '… and published');
    const checked = await page.$eval('#fl-last-verified time', (t) => t.getAttribute('datetime')).catch(() => '');
    ok(checked === todayInOslo(), `the first save records today as last checked (${checked})`, checked);
    ok(
      (await page.$eval('#fl-municipality', (input) => input.value)) === 'Harstad – Hárstták (5503)',
      '"Hárstták" was read as Harstad (5503)',
      await page.$eval('#fl-municipality', (input) => input.value),
    );
    await screenshot(page, 'coordinator-group');
    await docsScreenshot(page, '#wpbody-content', 'wordpress-editor', 760);
    // (Debian's WordPress 6.1 logs errors of its own on the edit screen, "_ is not defined" from its concatenated scripts.)
    ok(ownErrors.length === 0, 'no script error from the plugin’s editor script', ownErrors);
  } finally {
    await context.close();
  }
  return title;
}

async function coordinatorRefused(browser, site, pub, title) {
  console.log('  -- what the coordinator cannot do');
  const { context, page } = await newPage(browser);
  try {
    await login(page, site, 'koordinator', 'koordinator-e2e-password');
    for (const [url, what] of [
      [pub.editOther, 'another contact point’s group'],
      [pub.editCentre, 'a centre'],
      [pub.newCentre, 'a new centre'],
    ]) {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      const text = await fieldText(page, 'body');
      ok(
        response.status() >= 400 &&
          !(await page.$('#frisklivs-entry')) &&
          /Beklager|ikke tillatelse|ikke lov|not allowed|higher level of permission/.test(text),
        `the coordinator cannot open ${what} (${response.status()}: "${text.slice(0, 60)}")`,
        text.slice(0, 200),
      );
    }
    await page.goto(pub.groupList, { waitUntil: 'domcontentloaded' });
    const rows = await page.$$eval('#the-list .row-title', (links) => links.map((a) => a.textContent.trim()));
    ok(rows.length === 1 && rows[0] === title, `the group list shows only the coordinator’s groups: ${rows.join(', ')}`, rows);
    const menu = await page.$$eval('#adminmenu a', (links) => links.map((a) => a.textContent.trim()));
    ok(
      !menu.some((m) => /^(Sentraler|Kontaktpunkter|Feed-helse|Import)$/.test(m)),
      'no centres, contact points, feed health or import in the coordinator’s menu',
      menu,
    );
  } finally {
    await context.close();
  }
}

async function siteFeed(pub, title) {
  console.log('  -- /wp-json/frisklivs/v1/feed');
  ok(pub.siteFeed.includes('/wp-json/frisklivs/v1/feed'), `the feed is at ${pub.siteFeed}`);
  const started = performance.now();
  const response = await fetch(pub.siteFeed, { headers: { Origin: 'https://another-site.example' } });
  const ms = performance.now() - started;
  const body = await response.text();
  const headers = Object.fromEntries(response.headers);
  ok(
    response.status === 200 && /^application\/json/.test(headers['content-type']),
    `200, ${headers['content-type']}, ${(body.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms`,
    headers,
  );
  ok(
    headers['access-control-allow-origin'] === '*' && !('access-control-allow-credentials' in headers),
    'Access-Control-Allow-Origin: * (and no credentials) for another origin',
    headers,
  );
  ok(
    /max-age=\d+/.test(headers['cache-control'] ?? '') && /^"[^"]+"$/.test(headers.etag ?? '') && !!headers['last-modified'],
    `Cache-Control "${headers['cache-control']}", ETag ${headers.etag}, Last-Modified`,
    headers,
  );
  const again = await fetch(pub.siteFeed, { headers: { 'If-None-Match': headers.etag } });
  ok(again.status === 304 && (await again.text()) === '', 'a second request with If-None-Match gets 304 and no body', again.status);
  const since = await fetch(pub.siteFeed, { headers: { 'If-Modified-Since': headers['last-modified'] } });
  ok(since.status === 304, 'If-Modified-Since gets 304 too', since.status);

  const feed = JSON.parse(body);
  const group = feed.groups.find((g) => g.title.nb === title);
  ok(
    group &&
      group.municipality === '5503' &&
      group.contactPoint === 'cp-e2e-harstad' &&
      group.schedule.weekday === 'WE' &&
      group.schedule.startTime === '18:00' &&
      group.schedule.endTime === '20:00' &&
      group.title.en === 'Peer support for next of kin – Harstad (e2e)' &&
      group.lastVerified === todayInOslo() &&
      !('members' in group),
    `the coordinator’s group is in the feed (${group?.id})`,
    group,
  );
  ok(
    feed.groups.some((g) => g.id === 'grp-0001') && feed.centres.some((c) => c.id === 'fls-5612'),
    'the upstream feed’s groups and centres are merged in',
  );
  const override = feed.contactPoints.filter((c) => c.id === 'cp-selvhjelp-norge');
  ok(
    override.length === 1 && override[0].name.nb === 'Selvhjelp Norge – nettstedets egen oppføring (e2e)',
    'on the same id the site’s own entry wins over the upstream one',
    override,
  );
  ok(!feed.groups.some((g) => g.id === 'grp-e2e-ugyldig'), 'the invalid entry put in behind the form’s back is not served');
  ok(
    feed.municipalities.length === 357 && feed.themes.length > 0 && feed.offers.length > 0,
    'municipalities, themes and offers come along',
  );
  const second = await fetch(pub.siteFeed);
  ok(
    second.headers.get('etag') === headers.etag,
    'nothing changed, so a new request gets the same ETag (built once per change, not per request)',
  );
  return body;
}

async function validateWithFeedKit(pub, body) {
  const file = join(work, 'site-feed.json');
  writeFileSync(file, body);
  for (const target of [pub.siteFeed, file]) {
    const result = sh('npm', ['run', '--silent', 'validate-feed', '--', target], { cwd: join(root, '../..'), allowFail: true });
    const summary = `${result.stdout}${result.stderr}`.trim().split('\n').pop();
    ok(
      result.status === 0 && /0 error\(s\), 0 warning\(s\)/.test(summary),
      `frisklivs-feed validate ${target === file ? 'site-feed.json' : 'URL'}: ${summary}`,
      `${result.stdout}${result.stderr}`,
    );
  }
}

async function visitorSeesGroup(browser, pub, title) {
  console.log('  -- a visitor on the page with <fl-group-finder>');
  const { context, page, log } = await newPage(browser);
  try {
    await page.goto(pub.groupsPage, { waitUntil: 'load' });
    const state = await page
      .waitForFunction(
        (wanted) => {
          const finder = document.querySelector('fl-group-finder');
          const results = [...(finder?.shadowRoot?.querySelectorAll('[part~="result"]') ?? [])].map((r) =>
            r.textContent.replace(/\s+/g, ' '),
          );
          return results.some((r) => r.includes(wanted)) && { results, feed: finder.getAttribute('feed') };
        },
        { timeout: 30_000, polling: 200 },
        title,
      )
      .then((handle) => handle.jsonValue());
    ok(state.feed === pub.siteFeed, `<fl-group-finder feed="${state.feed}"> reads the site’s own feed`);
    ok(
      state.results.length === 1 && /ons/i.test(state.results[0]),
      `the new group is listed: "${state.results[0].slice(0, 90)}…"`,
      state.results,
    );
    ok(log.pageErrors.length === 0 && log.failed.length === 0, 'no script error, no failed request', log);
  } finally {
    await context.close();
  }
}

async function editorChecksAndRefuses(browser, site, pub, env) {
  console.log('  -- the Editor: feed health, "checked today", a malformed phone');
  const { context, page } = await newPage(browser);
  try {
    await page.setViewport({ width: 1100, height: 900 });
    await login(page, site, 'editor', 'editor-e2e-password');
    await page.goto(pub.health, { waitUntil: 'domcontentloaded' });
    const skipped = await fieldText(page, '#fl-health-skipped + p + table');
    ok(
      /Ugyldig gruppe \(e2e\)/.test(skipped) && /endTime/.test(skipped) && /sluttiden må være etter starttiden/.test(skipped),
      `Feed-helse lists the entry left out and why: "${skipped.slice(0, 100)}…"`,
      skipped,
    );
    const stale = await fieldText(page, '#fl-health-stale + p + table');
    ok(/Sorggruppe i Karasjok \(e2e\)/.test(stale) && /2024-01-10/.test(stale), 'Feed-helse lists the entry not checked for a year', stale);
    const missing = await fieldText(page, '#fl-health-missing ~ table');
    ok(
      /davvisámegiella/.test(missing) && /Sorggruppe i Karasjok/.test(missing),
      'Feed-helse lists texts missing per language',
      missing.slice(0, 200),
    );
    await screenshot(page, 'feed-health');
    await docsScreenshot(page, '.fl-health', 'wordpress-feed-health');

    // "Opplysningene er sjekket i dag".
    await page.goto(pub.editOther, { waitUntil: 'domcontentloaded' });
    ok(
      /For mer enn et år siden/.test(await fieldText(page, '#frisklivs-checked')),
      'the entry’s screen says it was checked more than a year ago',
    );
    const before = wpStep(env, 'entry', 'fl_group', 'grp-e2e-karasjok');
    ok(/Opplysningene er sjekket i dag/.test(await fieldText(page, '#fl-checked-today')), 'one button: "Opplysningene er sjekket i dag"');
    await publish(page, '#fl-checked-today');
    const after = wpStep(env, 'entry', 'fl_group', 'grp-e2e-karasjok');
    ok(
      after.entry.lastVerified === todayInOslo() && before.entry.lastVerified === '2024-01-10',
      `the button sets last checked to today (${after.entry.lastVerified})`,
      after.entry,
    );
    ok(
      after.revisions > before.revisions,
      `a revision records who changed it and when (${before.revisions} → ${after.revisions} revisions)`,
    );

    // A malformed phone on a contact point.
    await page.goto(pub.editPoint, { waitUntil: 'domcontentloaded' });
    await page.$eval('#fl-phone', (input) => {
      input.value = '';
    });
    await page.type('#fl-phone', 'ring meg');
    await page.$eval('#fl-name-nb', (input) => {
      input.value = 'Et navn som ikke skal lagres';
    });
    await publish(page);
    const phoneError = await fieldText(page, '#fl-phone-error');
    ok(/Forventet et telefonnummer/.test(phoneError), `a malformed phone is refused next to the field: "${phoneError}"`, phoneError);
    const point = wpStep(env, 'entry', 'fl_contact_point', 'cp-e2e-harstad');
    ok(
      point.entry.phone === '+47 555 20 503' && point.entry.name.nb === 'Selvhjelpskontakten i Harstad (e2e)',
      'the contact point keeps its last good version (phone and name unchanged)',
      point.entry,
    );
  } finally {
    await context.close();
  }
}

async function csvImport(browser, site, pub, env) {
  console.log('  -- the Editor imports the feed kit’s CSV templates');
  const templates = join(root, '../feed-kit/templates');
  const dir = join(work, 'import');
  mkdirSync(dir, { recursive: true });
  const groups = readFileSync(join(templates, 'groups.csv'), 'utf8');
  const broken = groups
    .replace(';tirsdag;18.00;20.00;', ';blåmandag;18.00;20.00;')
    .replace(';torsdag;19:00;20:30;', ';torsdag;19:00;18:30;');
  ok(
    broken !== groups && broken.includes('blåmandag') && broken.includes('19:00;18:30'),
    'groups.csv with two errors: a weekday that is not one, an end before the start',
  );
  writeFileSync(join(dir, 'groups.csv'), broken);
  for (const name of ['contact-points.csv', 'centres.csv']) copyFileSync(join(templates, name), join(dir, name));
  const files = ['contact-points.csv', 'centres.csv', 'groups.csv'].map((name) => join(dir, name));
  const before = wpStep(env, 'entry', 'fl_group', 'grp-eksempel-1');

  const { context, page } = await newPage(browser);
  try {
    await login(page, site, 'editor', 'editor-e2e-password');
    const upload = async () => {
      await page.goto(pub.import, { waitUntil: 'domcontentloaded' });
      await (await page.$('#frisklivs-files')).uploadFile(...files);
      await publish(page, '#frisklivs_check');
    };
    await upload();
    const problems = await page.$$eval('#fl-import-problems tbody tr', (rows) =>
      rows.map((r) => [...r.cells].map((c) => c.textContent.trim())),
    );
    const weekday = problems.find((p) => p[0] === 'groups.csv' && p[1] === '2' && /^weekday \([A-Z]+\)$/.test(p[2]));
    const endTime = problems.find((p) => p[0] === 'groups.csv' && p[1] === '3' && /^end_time \([A-Z]+\)$/.test(p[2]));
    ok(
      problems.length === 2 && weekday && endTime,
      `the dry run lists every problem by file, row and column:\n      ${problems.map((p) => p.join(' · ')).join('\n      ')}`,
      problems,
    );
    ok(/Ikke en ukedag: «blåmandag»/.test(weekday[4]) && /Sluttiden må være etter starttiden/.test(endTime[4]), 'in Norwegian');
    ok((await page.$('#frisklivs_do_import')) === null, 'there is no import button while problems remain');
    ok(
      wpStep(env, 'entry', 'fl_group', 'grp-eksempel-1').post === 0 &&
        before.post === 0 &&
        wpStep(env, 'entry', 'fl_contact_point', 'cp-eksempel-tromso').post === 0,
      'nothing was imported',
    );

    writeFileSync(join(dir, 'groups.csv'), groups);
    await upload();
    ok(
      /Fant ingen problemer/.test(await fieldText(page, '.fl-import')) &&
        /3 kontaktpunkter|2 kontaktpunkter/.test(await fieldText(page, '#fl-import-counts')),
      `the corrected files check clean: ${await fieldText(page, '#fl-import-counts')}`,
    );
    await publish(page, '#frisklivs_do_import');
    const done = await fieldText(page, '#fl-import-done');
    ok(/Importert: 5 nye oppføringer/.test(done), `"${done}"`, done);
  } finally {
    await context.close();
  }
  const imported = wpStep(env, 'entry', 'fl_centre', 'fls-eksempel-tromso').entry;
  ok(
    imported?.sites.length === 2 &&
      imported.contactHours.length === 2 &&
      imported.contactHours[0].weekdays.join() === 'MO,TU,WE,TH,FR' &&
      imported.specialDays[0].hours[0].closes === '12:00' &&
      imported.sites[0].lat === 69.6492,
    'centres.csv: two rows, one centre with two sites; "man-fre 08.00-15.30", "24.12.2026 09.00-12.00 (Julaften)" and "69,6492" read as the feed kit reads them',
    imported,
  );
  const feed = await (await fetch(pub.siteFeed)).json();
  ok(
    ['grp-eksempel-1', 'grp-eksempel-2'].every((id) => feed.groups.some((g) => g.id === id)) &&
      feed.contactPoints.some((c) => c.id === 'cp-eksempel-nasjonal'),
    'the imported entries are in the feed',
  );
}

async function hsdsExport(pub) {
  console.log('  -- /wp-json/frisklivs/v1/hsds beside the feed');
  const feedBody = await (await fetch(pub.siteFeed)).text();
  const response = await fetch(pub.hsds);
  const body = await response.text();
  ok(
    response.status === 200 &&
      /^application\/json/.test(response.headers.get('content-type')) &&
      response.headers.get('access-control-allow-origin') === '*',
    `200, ${(body.length / 1024).toFixed(0)} KB`,
    response.status,
  );
  const again = await fetch(pub.hsds, { headers: { 'If-None-Match': response.headers.get('etag') } });
  ok(again.status === 304, 'revalidation gets 304', again.status);
  // The feed kit's own export of the same feed: the PHP port must give the very same document.
  const feedFile = join(work, 'hsds-feed.json');
  const kitFile = join(work, 'hsds-kit.json');
  writeFileSync(feedFile, feedBody);
  const result = sh('npm', ['run', '--silent', 'feed-kit', '--', 'export', '--format', 'hsds', feedFile, '--out', kitFile], {
    cwd: join(root, '../..'),
    allowFail: true,
  });
  ok(result.status === 0, 'frisklivs-feed export --format hsds on the site’s feed', `${result.stdout}${result.stderr}`);
  const ours = JSON.parse(body);
  const kit = JSON.parse(readFileSync(kitFile, 'utf8'));
  const differing = Object.keys(kit).filter((table) => !isDeepStrictEqual(ours[table], kit[table]));
  const rows = Object.values(kit).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  ok(
    differing.length === 0 && Object.keys(ours).length === Object.keys(kit).length,
    `the route’s HSDS equals the feed kit’s export, table by table (${rows} rows)`,
    differing.map((table) => {
      const a = ours[table] ?? [];
      const b = kit[table] ?? [];
      const i = a.findIndex((row, n) => !isDeepStrictEqual(row, b[n]));
      return { table, ours: a.length, kit: b.length, first: i, oursRow: a[i], kitRow: b[i] };
    }),
  );
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
