// Prints the gzip size of what a Bokmål page downloads for the script-tag
// bundle and for each element's own file, and fails when a budget in
// size-budget.json is exceeded. "Downloads" means: the entry, every chunk it
// imports statically, and every chunk it imports dynamically on its own (the
// validator, the QR encoder …), each file gzipped on its own as a server sends
// it. Not counted, and listed separately: locale chunks (a Bokmål page loads
// none) and chunks loaded only when a reader acts or an editor opts in
// (size-budget.json "notOnDefaultLoad", each with its reason).
//   npm run size                 after `npm run build`
//   npm run size -- --markdown   also print the table as Markdown (for the README)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function imports(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((match) => resolve(dirname(file), match[1]));
}

const LOCALE_CHUNK = /\/(nn|se|sma|smj|en)-[\w-]+\.js$/;
const onInteraction = (file) => Object.keys(budget.notOnDefaultLoad ?? {}).some((pattern) => file.includes(pattern));

/** What a Bokmål page loads for an entry without anyone interacting (see the top). */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports(file, STATIC_IMPORT)) visit(next);
    for (const next of imports(file, DYNAMIC_IMPORT)) if (!LOCALE_CHUNK.test(next) && !onInteraction(next)) visit(next);
  };
  visit(entry);
  return seen;
}

const entries = ['dist/frisklivs-widgets.js'];
if (existsSync(join(root, 'dist/elements'))) {
  for (const name of readdirSync(join(root, 'dist/elements')).sort()) if (name.endsWith('.js')) entries.push(`dist/elements/${name}`);
}
if (!existsSync(join(root, entries[0]))) {
  console.error('dist/frisklivs-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [];
let failed = false;
for (const entry of entries) {
  const files = closure(join(root, entry));
  const bytes = [...files].reduce((sum, file) => sum + gzip(file), 0);
  const limit = budget[entry];
  const over = limit !== undefined && bytes > limit;
  failed ||= over;
  rows.push({ what: entry, bytes, limit, status: limit === undefined ? 'no budget' : over ? 'OVER' : 'ok' });
}
// Loaded only for another locale, or only when a reader acts.
const lazy = new Set();
for (const entry of entries)
  for (const file of closure(join(root, entry)))
    for (const dyn of imports(file, DYNAMIC_IMPORT)) if (!closure(join(root, entry)).has(dyn)) lazy.add(dyn);
for (const file of [...lazy].sort()) {
  const why = LOCALE_CHUNK.test(file) ? 'locale strings' : 'not on default load';
  rows.push({ what: `${relative(root, file)} (${why})`, bytes: gzip(file), limit: undefined, status: 'lazy' });
}

const width = Math.max(...rows.map((row) => row.what.length));
for (const row of rows) {
  console.log(
    `${row.what.padEnd(width)}  ${String(row.bytes).padStart(6)} B gzip  ${row.limit ? `budget ${row.limit}` : ''}  ${row.status}`,
  );
}
if (process.argv.includes('--markdown')) {
  console.log('\n| file | gzip bytes | budget |\n|---|---:|---:|');
  for (const row of rows) console.log(`| \`${row.what}\` | ${row.bytes} | ${row.limit ?? '—'} |`);
}
if (failed) {
  console.error('Size budget exceeded (see size-budget.json).');
  process.exit(1);
}
