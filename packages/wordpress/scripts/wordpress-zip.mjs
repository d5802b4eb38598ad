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
// 4. zips the plugin folder with the `zip` command when there is one, else with Node's zlib
//    (--node-zip forces that). --out DIR writes the zip elsewhere; --zip-only skips steps 1–3.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

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
const forceNodeZip = args.includes('--node-zip');

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

const hasZip = !forceNodeZip && spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
if (hasZip) {
  const result = spawnSync('zip', ['-X', '-q', zipFile, '-@'], {
    cwd: wpDir,
    input: entries.join('\n') + '\n',
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  if (result.status !== 0) fail(`zip failed (${result.status})`);
} else {
  writeFileSync(zipFile, makeZip(entries.map((name, i) => ({ name, path: files[i] }))));
}
const size = statSync(zipFile).size;
console.log(
  `wordpress-zip: ${relative(process.cwd(), zipFile) || zipFile} (${files.length} files, ${(size / 1024).toFixed(1)} KiB, ${hasZip ? 'zip command' : 'Node zlib'})`,
);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** CRC-32 (zlib's when Node has it, else a table). */
function crc32(buffer) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buffer) >>> 0;
  crc32.table ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of buffer) crc = crc32.table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A plain zip archive (deflate, no zip64: the plugin is far below 4 GiB), with folder entries. */
function makeZip(items) {
  const folders = new Set();
  for (const { name } of items) {
    const parts = name.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/') + '/');
  }
  const all = [...[...folders].sort().map((name) => ({ name, folder: true })), ...items];
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const item of all) {
    const name = Buffer.from(item.name, 'utf8');
    const data = item.folder ? Buffer.alloc(0) : readFileSync(item.path);
    const mtime = item.folder ? new Date() : statSync(item.path).mtime;
    const dosTime = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | Math.floor(mtime.getSeconds() / 2);
    const dosDate = ((Math.max(mtime.getFullYear(), 1980) - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
    const deflated = data.length ? zlib.deflateRawSync(data, { level: 9 }) : Buffer.alloc(0);
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, spec 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((((item.folder ? 0o40755 : 0o100644) << 16) | (item.folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
