// Builds the WordPress plugin's release zip:
//   packages/wordpress/build/frisklivs-widgets-<version>.zip
//
// 1. the library: dist/ as built by `npm run build` (run first when dist/ has no bundle). When
//    dist/ is older than src/ or locales/ (or with --fresh), the script-tag bundle and the
//    per-element files are built into a temp dir instead, leaving dist/ alone; --from-dist uses
//    dist/ even when it looks stale;
// 2. regenerates includes/elements.php from the element sources (scripts/wordpress-elements.mjs)
//    and the .pot/.mo files (scripts/wordpress-i18n.mjs);
// 3. copies frisklivs-widgets.js with its chunks/, elements/ and all/ folders and frisklivs-widgets.css (and the library's
//    LICENSE and NOTICE.md) into the plugin's assets/ (git-ignored);
// 4. zips the plugin folder with fflate (deflate level 9, Unix permissions, UTF-8 names): the same
//    zip on every machine, with no `zip` command needed. --out DIR writes the zip elsewhere;
//    --zip-only skips steps 1–3.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';

const wpDir = new URL('..', import.meta.url).pathname;
/** The library's package folder: its dist/, sources and version. */
const root = dirname(createRequire(import.meta.url).resolve('frisklivs-widgets/package.json'));
/** The repository: LICENSE and NOTICE.md. */
const repository = resolve(wpDir, '../..');
const pluginDir = join(wpDir, 'frisklivs-widgets');
const assetsDir = join(pluginDir, 'assets');
let dist = join(root, 'dist');

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outDir = resolve(option('--out') ?? join(wpDir, 'build'));

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status ?? result.error?.message})`);
  }
  return result;
}

const fail = (message) => {
  console.error(`wordpress-zip: ${message}`);
  process.exit(1);
};

const zipOnly = args.includes('--zip-only'); // zip the plugin folder as it is (assets/ already copied)
if (!zipOnly) await prepare();
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
if (!existsSync(join(assetsDir, 'frisklivs-widgets.js'))) fail('assets/frisklivs-widgets.js is missing; run without --zip-only');

async function prepare() {
  // 1. The library.
  if (!existsSync(join(dist, 'frisklivs-widgets.js'))) {
    console.log('wordpress-zip: building the library (npm run build)');
    run('npm', ['run', 'build']);
  }
  if (!existsSync(join(dist, 'frisklivs-widgets.js'))) fail('dist/frisklivs-widgets.js is missing after the build');
  const newestSource = Math.max(
    ...['src', 'locales']
      .flatMap((dir) => listFiles(join(root, dir)).filter((f) => !f.includes(`${sep}generated${sep}`)))
      .map((f) => statSync(f).mtimeMs),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  const stale = statSync(join(dist, 'frisklivs-widgets.js')).mtimeMs < newestSource;
  let freshDir;
  if (args.includes('--fresh') || (stale && !args.includes('--from-dist'))) {
    if (stale) console.log('wordpress-zip: dist/ is older than src/ or locales/');
    freshDir = mkdtempSync(join(tmpdir(), 'fl-wp-dist-'));
    console.log(`wordpress-zip: building the loader, the per-element files and the all-in-one file into ${freshDir} (dist/ is left alone)`);
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
    run('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
    run('npx', ['vite', 'build', '--outDir', freshDir, '--emptyOutDir', '--logLevel', 'warn'], quiet);
    // The loader, the per-element files and their chunks in one build; every element in one file in all/.
    run('npx', ['vite', 'build', '--mode', 'all', '--outDir', join(freshDir, 'all'), '--emptyOutDir', '--logLevel', 'warn'], quiet);
    dist = freshDir;
    process.on('exit', () => rmSync(freshDir, { recursive: true, force: true }));
  }

  // 2. Generated plugin files.
  run(process.execPath, [join(wpDir, 'scripts/wordpress-elements.mjs')]);
  run(process.execPath, [join(wpDir, 'scripts/wordpress-i18n.mjs'), '--mo']);

  // The plugin's version must be the library's.
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const main = readFileSync(join(pluginDir, 'frisklivs-widgets.php'), 'utf8');
  const readmeTxt = readFileSync(join(pluginDir, 'readme.txt'), 'utf8');
  const versions = {
    'frisklivs-widgets.php header Version': main.match(/^ \* Version:\s*(\S+)/m)?.[1],
    FRISKLIVS_WIDGETS_VERSION: main.match(/define\(\s*'FRISKLIVS_WIDGETS_VERSION',\s*'([^']+)'/)?.[1],
    'readme.txt Stable tag': readmeTxt.match(/^Stable tag:\s*(\S+)/m)?.[1],
  };
  const wrong = Object.entries(versions).filter(([, v]) => v !== version);
  if (wrong.length) fail(`package.json is ${version}, but ${wrong.map(([k, v]) => `${k} is ${v}`).join(', ')}`);

  // 3. The library's files into assets/.
  rmSync(assetsDir, { recursive: true, force: true });
  mkdirSync(assetsDir, { recursive: true });
  cpSync(join(dist, 'frisklivs-widgets.js'), join(assetsDir, 'frisklivs-widgets.js'));
  // The :not(:defined) rules, printed in <head> by includes/assets.php.
  if (existsSync(join(dist, 'frisklivs-widgets.css')))
    cpSync(join(dist, 'frisklivs-widgets.css'), join(assetsDir, 'frisklivs-widgets.css'));
  for (const folder of ['chunks', 'elements', 'all']) {
    if (!existsSync(join(dist, folder))) continue;
    // The whole folder, sub-folders included (elements/ has chunks of its own), JavaScript only.
    cpSync(join(dist, folder), join(assetsDir, folder), {
      recursive: true,
      filter: (source) => statSync(source).isDirectory() || source.endsWith('.js'),
    });
  }
  cpSync(join(repository, 'LICENSE'), join(assetsDir, 'LICENSE'));
  if (existsSync(join(repository, 'NOTICE.md'))) cpSync(join(repository, 'NOTICE.md'), join(assetsDir, 'NOTICE.md'));

  // Every module the bundle loads (its static and dynamic relative imports, followed through) must
  // have been copied; a broken import elsewhere (a per-element file the plugin does not load) is a warning.
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
  const brokenImports = (file) =>
    [...readFileSync(file, 'utf8').matchAll(specifier)].map((m) => ({ from: file, spec: m[1], target: resolve(dirname(file), m[1]) }));
  const loaded = new Set();
  const queue = [join(assetsDir, 'frisklivs-widgets.js')];
  const missingImports = [];
  while (queue.length) {
    const file = queue.shift();
    if (loaded.has(file)) continue;
    loaded.add(file);
    for (const { from, spec, target } of brokenImports(file)) {
      if (existsSync(target)) queue.push(target);
      else missingImports.push(`${relative(assetsDir, from)} → ${spec}`);
    }
  }
  if (missingImports.length) fail(`dist/ is incomplete (rebuild it, or use --fresh):\n  ${missingImports.join('\n  ')}`);
  for (const file of listFiles(assetsDir).filter((f) => f.endsWith('.js') && !loaded.has(f))) {
    for (const { from, spec, target } of brokenImports(file)) {
      if (!existsSync(target))
        console.warn(
          `wordpress-zip: warning: ${relative(assetsDir, from)} imports ${spec}, which is not in dist/ (the plugin does not load this file)`,
        );
    }
  }
}

// 4. The zip.
mkdirSync(outDir, { recursive: true });
const zipFile = join(outDir, `frisklivs-widgets-${version}.zip`);
rmSync(zipFile, { force: true });
const files = listFiles(pluginDir)
  .filter(
    (f) =>
      !relative(pluginDir, f)
        .split(sep)
        .some((part) => part.startsWith('.')),
  )
  .sort();
const entries = files.map((f) => `frisklivs-widgets/${relative(pluginDir, f).split(sep).join('/')}`);

// Regular files, rw-r--r--, made on Unix: PHP's ZipArchive and PclZip (WordPress's unzip_file) and
// unzip all create the folders from the paths.
const FILE_ATTRIBUTES = { os: 3, attrs: (0o100644 << 16) >>> 0, level: 9 };
const archive = Object.fromEntries(
  entries.map((name, i) => [name, [readFileSync(files[i]), { ...FILE_ATTRIBUTES, mtime: statSync(files[i]).mtime }]]),
);
writeFileSync(zipFile, zipSync(archive));
const size = statSync(zipFile).size;
console.log(`wordpress-zip: ${relative(process.cwd(), zipFile) || zipFile} (${files.length} files, ${(size / 1024).toFixed(1)} KiB)`);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
