// Prints the gzip size of what a Bokmål page downloads with the script tag
// (dist/frisklivs-widgets.js, which loads the elements the page uses): with each
// element alone, and with all four, twice:
//   first load: what the page needs before its elements can show their loading state and ask for the feed (the
//     entry, every chunk it imports statically, and every chunk it imports dynamically on its own), budget "pages";
//   with the feed: that plus the chunks asked for together with the feed request (the feed reader, an element's content
//     views), which arrive while the feed downloads (size-budget.json "withFeed"), budget "pagesWithFeed": every byte a page downloads before
//     its content shows.
// Each file gzipped on its own as a server sends it; fails when a budget is exceeded. Not counted, and listed
// separately: locale chunks (a Bokmål page loads none) and chunks loaded only after the first render, when a reader
// acts or an editor opts in (size-budget.json "afterFirstRender" and "notOnDefaultLoad", each with its reason).
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
const matches = (group) => (file) => Object.keys(budget[group] ?? {}).some((pattern) => file.includes(pattern));
const onInteraction = (file) => matches('notOnDefaultLoad')(file) || matches('afterFirstRender')(file);
const afterFirstRender = matches('afterFirstRender');
const withFeed = matches('withFeed');

/** What a Bokmål page loads for an entry without anyone interacting (see the top); `follow` limits dynamic imports. */
function closure(entry, follow = () => true) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports(file, STATIC_IMPORT)) visit(next);
    for (const next of imports(file, DYNAMIC_IMPORT)) {
      if (!LOCALE_CHUNK.test(next) && !onInteraction(next) && !withFeed(next) && follow(next)) visit(next);
    }
  };
  visit(entry);
  return seen;
}

if (!existsSync(join(root, 'dist/frisklivs-widgets.js'))) {
  console.error('dist/frisklivs-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const LOADER = join(root, 'dist/frisklivs-widgets.js');
const elementFiles = readdirSync(join(root, 'dist/elements'))
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => join(root, 'dist/elements', name));
/** The loader itself and the shared chunk it asks for beside the elements: not the elements' own files. */
const loaderOnly = closure(LOADER, (file) => !elementFiles.includes(file));

const rows = [];
let failed = false;
const measure = (what, files, limit) => {
  const bytes = [...files].reduce((sum, file) => sum + gzip(file), 0);
  const over = limit !== undefined && bytes > limit;
  failed ||= over;
  rows.push({ what, bytes, limit, status: limit === undefined ? 'no budget' : over ? 'OVER' : 'ok' });
};
// What a page downloads with the script tag, for each element alone and for all four: its first load, and
// everything before its content shows (with what loads beside the feed: the feed reader, content views).
const withFeedFiles = (files) => {
  const all = new Set(files);
  for (const file of files) for (const next of imports(file, DYNAMIC_IMPORT)) if (withFeed(next)) for (const f of closure(next)) all.add(f);
  return all;
};
for (const file of elementFiles) {
  const tag = file.slice(file.lastIndexOf('/') + 1, -3);
  const first = new Set([...loaderOnly, ...closure(file)]);
  // A page's own budget where size-budget.json gives one (keeps what one element gained), else the one-element budget.
  measure(`page with <${tag}>`, first, budget.pages[tag] ?? budget.pages['one element']);
  measure(
    `  + what loads beside the feed, before content shows`,
    withFeedFiles(first),
    budget.pagesWithFeed?.[tag] ?? budget.pagesWithFeed?.['one element'],
  );
}
// Three or four kinds of element: the loader fetches every element in one file instead (src/autoload.ts).
const ALL = join(root, 'dist/all/frisklivs-widgets-all.js');
const allFour = new Set([LOADER, ...closure(ALL)]);
measure('page with all four elements (the all-in-one build)', allFour, budget.pages['all four']);
measure(`  + what loads beside the feed, before content shows`, withFeedFiles(allFour), budget.pagesWithFeed?.['all four']);
const pairs = elementFiles.flatMap((a, i) => elementFiles.slice(i + 1).map((b) => new Set([...loaderOnly, ...closure(a), ...closure(b)])));
const sum = (files) => [...files].reduce((total, file) => total + gzip(file), 0);
measure('page with two elements (the largest pair)', pairs.sort((a, b) => sum(b) - sum(a))[0], undefined);
measure('dist/frisklivs-widgets.js alone (the loader)', new Set([LOADER]), undefined);
// Loaded only for another locale, or only when a reader acts.
const everything = new Set([...closure(LOADER), ...closure(ALL)]);
const lazy = new Set();
for (const file of everything) for (const dyn of imports(file, DYNAMIC_IMPORT)) if (!everything.has(dyn)) lazy.add(dyn);
for (const file of [...lazy].sort()) {
  const why = LOCALE_CHUNK.test(file)
    ? 'locale strings and calendar'
    : withFeed(file)
      ? 'with the feed request'
      : afterFirstRender(file)
        ? 'after the first render'
        : 'not on default load';
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
