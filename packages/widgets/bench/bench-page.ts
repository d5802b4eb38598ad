// The benchmark page run by `npm run bench` (bench/run.mjs bundles it with
// esbuild). The elements are the built library (dist/all/, loaded at run time);
// the validator and search functions compared with Ajv and Fuse.js come from
// the sources. Everything is measured in this page with performance.now() (5 µs
// resolution: run.mjs serves it cross-origin isolated); each figure is the
// median and the p95 of several repetitions, with no forced garbage collection
// (only the memory section collects, to count what is retained). The results go
// to window.__benchResults.
//
// The listener counter must wrap addEventListener before any element loads.
import { listenerCounts, listenerDelta, type ListenerCounts } from '../test/quality/listener-count.js';
import { mountCycles, typeInto } from '../test/quality/mount-cycles.js';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Fuse from 'fuse.js';
import type { LitElement } from 'lit';
import { clearFeedCache, loadFeed, type LoadedFeed } from '../src/feed/loader.js';
import { loadPostcodes, parsePostcodes } from '../src/feed/postcodes.js';
import {
  NO_FILTERS,
  contactPointOptions,
  filterGroups,
  languageCodes,
  municipalityOptions,
  sortedGroups,
  themeOptions,
} from '../src/feed/queries/groups.js';
import { buildSearchIndex, suggest } from '../src/feed/queries/municipality-search.js';
import type { Feed } from '../src/feed/schema.js';
import { validateFeed } from '../src/feed/validate.js';
import { foldForSearchVariants } from '../src/i18n/format.js';
import { LOCALES } from '../src/i18n/locales.js';
import {
  collectFully,
  frames,
  hasGc,
  median,
  now,
  ratioText,
  repeat,
  round,
  row,
  sleep,
  trackTimerChain,
  waitFor,
  type Row,
} from './stats.js';

type Element = LitElement & { shadowRoot: ShadowRoot };

const DEMO = '/demo/feed.json';
/** The built elements (npm run build first). */
const DIST_ALL: string = '/dist/all/frisklivs-widgets-all.js';
const LARGE = (groups: number) => `/bench/.build/feed-${groups}.json`;
const stage = document.getElementById('stage')!;
const rows: Row[] = [];
const details: Record<string, unknown> = {};
const progress = (text: string) => console.info(`[bench] ${text}`);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** A fresh Feed object for `url` (its per-feed caches are empty), already loaded. */
async function freshFeed(url: string): Promise<LoadedFeed> {
  clearFeedCache();
  return loadFeed(url);
}

// ---------------------------------------------------------------------------------------------
// Elements
// ---------------------------------------------------------------------------------------------

type Spec = { name: string; tag: string; attributes: (feed: Feed) => Record<string, string> };

const firstCentre = (feed: Feed) => feed.centres.find((c) => c.status === 'active')?.id ?? feed.centres[0]!.id;

const SPECS: Spec[] = [
  { name: 'centre finder', tag: 'fl-centre-finder', attributes: () => ({}) },
  { name: 'group finder', tag: 'fl-group-finder', attributes: () => ({}) },
  { name: 'frisklivskort', tag: 'fl-frisklivskort', attributes: (feed) => ({ centre: firstCentre(feed) }) },
  {
    name: 'follow-up timeline',
    tag: 'fl-follow-up-timeline',
    attributes: (feed) => ({ centre: firstCentre(feed), start: '2026-11-02', today: '2026-12-01' }),
  },
];

function create(spec: Spec, url: string, feed: Feed, extra: Record<string, string> = {}): Element {
  const el = document.createElement(spec.tag) as Element;
  el.setAttribute('feed', url);
  for (const [name, value] of Object.entries({ ...spec.attributes(feed), ...extra })) el.setAttribute(name, value);
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
const forceLayout = (el: Element) => part(el, 'base')?.getBoundingClientRect().height ?? 0;

// ---------------------------------------------------------------------------------------------
// 1. Feed: JSON.parse + validateFeed, and Ajv side by side
// ---------------------------------------------------------------------------------------------

async function benchFeed(): Promise<void> {
  progress('feed parse + validate, Ajv');
  const schema = JSON.parse(await fetchText('/schema/feed.schema.json'));
  const compileSamples = await repeat(3, () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    ajv.compile(schema);
  });
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const ajvValidate = ajv.compile(schema);
  rows.push(
    row('Ajv: compile feed.schema.json (once per page)', compileSamples, {
      note: "draft 2020-12 + ajv-formats; compiling uses new Function, which the strict CSP (no 'unsafe-eval') forbids unless the code is pre-generated (Ajv standalone); our validator needs no compile step",
    }),
  );

  const feeds: Record<number, unknown> = {};
  for (const size of [1000, 5000, 10000]) {
    const text = await fetchText(LARGE(size));
    const reps = size === 10000 ? 9 : size === 5000 ? 13 : 21;
    const parse: number[] = [];
    const total: number[] = [];
    let problems = 0;
    for (let i = 0; i < reps; i++) {
      const start = now();
      const json = JSON.parse(text);
      const parsed = now();
      const result = validateFeed(json);
      total.push(now() - start);
      parse.push(parsed - start);
      problems = result.problems.length;
    }
    rows.push(
      row(`feed: JSON.parse + validateFeed, ${size} groups`, total, {
        target: size === 5000 ? '≤ 50 ms' : undefined,
        note: `${(text.length / 1e6).toFixed(1)} MB; JSON.parse alone ${median(parse).toFixed(1)} ms; ${problems} problems`,
      }),
    );

    // Side by side on the same parsed documents (a fresh parse, untimed, before each run).
    const ours: number[] = [];
    const theirs: number[] = [];
    let valid = true;
    for (let i = 0; i < reps; i++) {
      // Alternate who goes first, so neither always runs on a warmer heap.
      const runOurs = () => {
        const json = JSON.parse(text);
        const start = now();
        validateFeed(json);
        ours.push(now() - start);
      };
      const runAjv = () => {
        const json = JSON.parse(text);
        const start = now();
        valid = ajvValidate(json) as boolean;
        theirs.push(now() - start);
      };
      if (i % 2) {
        runOurs();
        runAjv();
      } else {
        runAjv();
        runOurs();
      }
    }
    const ratio = median(ours) / median(theirs);
    feeds[size] = { oursMs: round(median(ours)), ajvMs: round(median(theirs)), ratio: round(ratio), ajvValid: valid };
    rows.push(row(`  validateFeed only, ${size} groups`, ours, { note: `ours/Ajv = ${ratio.toFixed(2)}` }));
    rows.push(
      row(`  Ajv validate only, ${size} groups`, theirs, {
        note: `valid=${valid}; Ajv only answers valid/invalid for the whole document, ours also cleans the feed (drops unknown fields and bad entries) and reports every problem per entry with its path`,
      }),
    );
  }
  details.validatorVsAjv = feeds;
}

// ---------------------------------------------------------------------------------------------
// 3. Group finder: keystrokes and filter changes on 10 000 groups
// ---------------------------------------------------------------------------------------------

const GROUP_QUERIES = ['sorg bergen', 'pårørende', 'angst tromsø', 'kroniske smerter', 'ensomhet', 'samlivsbrudd oslo'];

async function benchGroupFinder(): Promise<void> {
  progress('group finder keystrokes, 10 000 groups');
  const url = LARGE(10000);
  const { feed } = await freshFeed(url);
  const tracker = trackTimerChain();
  const start = now();
  const el = create(SPECS[1]!, url, feed);
  stage.append(el);
  await el.updateComplete;
  const rendered = now() - start;
  let prepare: { slices: number; cpuMs: number; wallMs: number; longestMs: number };
  try {
    prepare = await Promise.race([
      tracker.done,
      sleep(30_000).then(() => Promise.reject(new Error('prepareSearch did not finish within 30 s'))),
    ]);
  } finally {
    tracker.restore();
  }
  details.prepareSearch = { groups: feed.groups.length, ...prepare, firstRenderMs: round(rendered) };
  rows.push({
    name: 'group finder: idle slices after the first render (full sort + search texts), 10 000 groups',
    median: round(prepare.cpuMs),
    note: `total CPU over ${prepare.slices} slices (≈${(prepare.cpuMs / prepare.slices).toFixed(1)} ms each, longest ${prepare.longestMs.toFixed(1)} ms); ${prepare.wallMs.toFixed(0)} ms wall from first render to done; keystrokes below were measured after it finished`,
  });
  await sleep(400);

  await waitFor(() => part(el, 'search') !== null, 10_000, 'the group search field');
  const input = part(el, 'search') as HTMLInputElement;
  input.focus();
  const type = async (value: string) => {
    input.value = value;
    const t0 = now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const t1 = now();
    forceLayout(el);
    return [t1 - t0, now() - t0] as const;
  };
  const keystrokes: number[] = [];
  const keystrokesLayout: number[] = [];
  const matches: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    for (const query of GROUP_QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        const [update, layout] = await type(query.slice(0, i));
        keystrokes.push(update);
        keystrokesLayout.push(layout);
        await sleep(30); // a fast typist; the spoken count waits for a 300 ms pause
      }
      matches[query] = filterGroups(feed, feed.groups, { ...NO_FILTERS, q: query }).length;
      await type('');
      await sleep(350);
    }
  }
  details.groupFinderMatches = matches;
  rows.push(
    row('group finder: keystroke → updateComplete, 10 000 groups', keystrokes, {
      target: 'p95 ≤ 16 ms',
      note: `${keystrokes.length} keystrokes typing ${GROUP_QUERIES.map((q) => `"${q}"`).join(', ')}`,
    }),
  );
  rows.push(row('  keystroke incl. style+layout', keystrokesLayout, { target: 'p95 ≤ 16 ms' }));

  progress('group finder filter changes');
  const changes: number[] = [];
  const change = async (control: HTMLInputElement | HTMLSelectElement, apply: () => void) => {
    apply();
    const t0 = now();
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    changes.push(now() - t0);
    await sleep(30);
  };
  const select = (id: string) => el.shadowRoot.querySelector<HTMLSelectElement>(`select#${id}`)!;
  for (let round = 0; round < 2; round++) {
    for (const id of ['theme', 'weekday']) {
      const values = [...select(id).options].map((o) => o.value);
      for (const value of [...values.slice(1), '']) {
        const s = select(id);
        await change(s, () => (s.value = value));
      }
    }
    for (const checked of [true, false]) {
      for (const status of ['open', 'forming', 'full']) {
        const box = el.shadowRoot.querySelector<HTMLInputElement>(`input[type=checkbox][value="${status}"]`)!;
        await change(box, () => (box.checked = checked));
      }
    }
  }
  rows.push(
    row('group finder: filter change → updateComplete', changes, {
      target: 'p95 ≤ 16 ms',
      note: `${changes.length} changes: every theme, every weekday, status boxes on/off`,
    }),
  );
  el.remove();

  // Work every render of the filters repeats, whatever changed: the options of the selects.
  const universe = sortedGroups(feed, 'nb');
  const options = await repeat(21, () => {
    municipalityOptions(feed, universe, 'nb');
    contactPointOptions(feed, universe, 'nb');
    languageCodes(universe);
    themeOptions(feed, 'nb');
  });
  rows.push(
    row('  of which: filter options rebuilt on every render', options, {
      note: 'municipalityOptions + contactPointOptions + languageCodes + themeOptions over the 10 000 groups, not memoized per feed and locale',
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 4. Centre finder suggestions: 357 municipalities, centres and the postcodes
// ---------------------------------------------------------------------------------------------

const PLACE_QUERIES = [
  'Guovdageaidnu',
  'kárášjohka',
  'Tromsø',
  'aalesund',
  'Snåase',
  'Hábmer',
  'Nord-Fron',
  '9520',
  '0150 Oslo',
  'frisklivssentralen',
];

async function benchCentreFinder(): Promise<void> {
  progress('centre finder suggestions');
  const { feed } = await freshFeed(DEMO);
  const postcodes = parsePostcodes(JSON.parse(await fetchText('/demo/postcodes.json')));
  const build = await repeat(9, () => buildSearchIndex(feed, postcodes));
  const index = buildSearchIndex(feed, postcodes);
  rows.push(
    row('centre finder: build suggestion index', build, {
      note: `${feed.municipalities.length} municipalities, ${feed.centres.length} centres, ${postcodes.length} postcodes`,
    }),
  );
  // suggest() takes microseconds: each sample is the mean of 20 calls.
  const pure: number[] = [];
  for (const query of PLACE_QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      const q = query.slice(0, i);
      const start = now();
      for (let k = 0; k < 20; k++) suggest(index, q);
      pure.push((now() - start) / 20);
    }
  }
  rows.push(
    row('centre finder: suggest() per keystroke', pure, {
      target: 'p95 ≤ 16 ms',
      note: `${pure.length} keystrokes over ${PLACE_QUERIES.length} queries`,
    }),
  );

  const el = create(SPECS[0]!, DEMO, feed);
  stage.append(el);
  // The element renders its search once the feed's snapshot reaches it (a task after it connects, not on its first
  // update): wait for the field itself instead of assuming one update is enough.
  await waitFor(() => part(el, 'input') !== null, 10_000, 'the centre search field');
  await el.updateComplete;
  const input = part(el, 'input') as HTMLInputElement;
  input.focus();
  const type = async (value: string) => {
    input.value = value;
    const t0 = now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    return now() - t0;
  };
  // A digit fetches the postcodes once; wait for them before measuring.
  await type('9');
  await loadPostcodes(DEMO, feed);
  await waitFor(() => el.shadowRoot.querySelectorAll('[part~="option"]').length > 0, 10_000, 'postcode suggestions');
  await type('');
  await frames(2);
  const through: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const query of PLACE_QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        through.push(await type(query.slice(0, i)));
        await sleep(30);
      }
      await type('');
      await sleep(30);
    }
  }
  rows.push(
    row('centre finder: keystroke → updateComplete (element)', through, {
      target: 'p95 ≤ 16 ms',
      note: 'suggestions rendered in the listbox (positioned by Floating UI)',
    }),
  );
  input.blur();
  el.remove();
}

// ---------------------------------------------------------------------------------------------
// 5. Text search: ours against Fuse.js on the same 10 000 groups and queries
// ---------------------------------------------------------------------------------------------

async function benchTextSearch(): Promise<void> {
  progress('text search: ours vs Fuse.js');
  const text = await fetchText(LARGE(10000));
  const fresh = () => validateFeed(JSON.parse(text)).feed!;
  let feed = fresh();
  const ourBuild = await repeat(
    5,
    // The first query on a fresh feed folds every group's text (what prepareSearch does in slices).
    () => filterGroups(feed, feed.groups, { ...NO_FILTERS, q: 'x' }),
    () => void (feed = fresh()),
  );
  // Like for like with Fuse: only title and description, folded the way our search folds them.
  const texts = (value: Record<string, string | undefined> | undefined) =>
    Object.values(value ?? {}).filter((t): t is string => typeof t === 'string');
  const ourBuildSameFields = await repeat(5, () => {
    for (const g of feed.groups) foldForSearchVariants([...texts(g.title), ...texts(g.description)].join('\n'));
  });
  const keys = LOCALES.flatMap((locale) => [`title.${locale}`, `description.${locale}`]);
  const options = { keys, threshold: 0.3, ignoreLocation: true };
  let fuse = new Fuse(feed.groups, options);
  const fuseBuild = await repeat(5, () => void (fuse = new Fuse(feed.groups, options)));
  rows.push(
    row('text search build: ours (fold all groups)', ourBuild, {
      note: 'title, description, area, theme and municipality names, all locales',
    }),
  );
  rows.push(
    row('  ours, title + description only (like Fuse)', ourBuildSameFields, {
      note: `${ratioText(median(ourBuildSameFields), median(fuseBuild))}; ours runs in idle slices after the first render (prepareSearch), so it never blocks a keystroke`,
    }),
  );
  rows.push(
    row('text search build: Fuse.js index', fuseBuild, {
      note: `title + description in ${LOCALES.length} locales (${keys.length} keys); ours as shipped: ${ratioText(median(ourBuild), median(fuseBuild))}${
        median(ourBuild) > median(fuseBuild) ? ' (Fuse builds faster)' : ''
      }`,
    }),
  );

  const queries = GROUP_QUERIES.flatMap((query) => Array.from({ length: query.length - 1 }, (_, i) => query.slice(0, i + 2)));
  const ours: number[] = [];
  const theirs: number[] = [];
  const counts: Record<string, { ours: number; fuse: number }> = {};
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      let start = now();
      const found = filterGroups(feed, feed.groups, { ...NO_FILTERS, q });
      ours.push(now() - start);
      start = now();
      const fuzzy = fuse.search(q);
      theirs.push(now() - start);
      if (GROUP_QUERIES.includes(q)) counts[q] = { ours: found.length, fuse: fuzzy.length };
    }
  }
  details.textSearch = { queries: queries.length, counts, fuseOptions: { threshold: 0.3, ignoreLocation: true, keys } };
  const ratio = median(ours) / median(theirs);
  rows.push(
    row('text search query: ours (filterGroups)', ours, {
      note: `${queries.length} queries (every prefix of ${GROUP_QUERIES.length} queries), ×2`,
    }),
  );
  rows.push(
    row('text search query: Fuse.js search', theirs, {
      note: `${ratioText(median(ours), median(theirs))}; Fuse matches fuzzily (typos) and ranks by score, we match every word as a diacritics-folded substring in any locale and keep the display order; Fuse takes a multi-word query as one fuzzy pattern; ${
        ratio > 1 ? 'Fuse is FASTER here' : 'ours is faster'
      }; matches ${Object.entries(counts)
        .map(([q, c]) => `"${q}" ${c.ours}/${c.fuse}`)
        .join(', ')} (ours/Fuse)`,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 6. Layout shift while the feed loads (the feed arrives after ~300 ms)
// ---------------------------------------------------------------------------------------------

interface ShiftReport {
  elements: string[];
  cls: number;
  entries: number;
  shifted: string[];
  /** Per element: height while loading, when ready, and of the content alone (less than `ready` while space is held). */
  heights: Record<string, { loading: number; ready: number; content: number }>;
}

let delayed = 0;

/** The page's viewport, set by bench/run.mjs (puppeteer) on request. */
declare function benchSetViewport(width: number, height: number): Promise<void>;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function measureShift(
  specs: Spec[],
  feed: Feed,
  options: { reserve?: string; extra?: Record<string, string>; missing?: boolean } = {},
): Promise<ShiftReport> {
  clearFeedCache();
  stage.replaceChildren();
  scrollTo(0, 0);
  await frames(3);
  const url = `${DEMO}${options.missing ? '.missing' : ''}?delay=300&n=${++delayed}`;
  const entries: (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as typeof entries)));
  const start = now();
  observer.observe({ type: 'layout-shift', buffered: true });

  const page = document.createElement('div');
  const intro = document.createElement('p');
  intro.textContent = 'Host page text before the widgets.';
  page.append(intro);
  const mounted: Element[] = [];
  const afters = new Map<Node, string>();
  for (const spec of specs) {
    const el = create(spec, url, feed, options.extra);
    if (options.reserve) el.style.setProperty('--fl-skeleton-height', options.reserve);
    const after = document.createElement('p');
    after.textContent = `Host page text after ${spec.tag}.`;
    afters.set(after, spec.tag);
    page.append(el, after);
    mounted.push(el);
  }
  stage.append(page);
  await Promise.all(mounted.map((el) => el.updateComplete));
  await frames(3);
  const heights: ShiftReport['heights'] = {};
  for (const el of mounted) heights[el.localName] = { loading: round(el.getBoundingClientRect().height, 1), ready: 0, content: 0 };
  await waitFor(() => mounted.every((el) => part(el, 'base') && !part(el, 'skeleton')), 10_000, 'the delayed feed');
  await Promise.all(mounted.map((el) => el.updateComplete));
  await frames(5);
  await sleep(300);
  await frames(2);
  for (const el of mounted) {
    const base = part(el, 'base')!.getBoundingClientRect();
    const end = el.shadowRoot.querySelector('.reserve-end')?.getBoundingClientRect().top ?? base.bottom;
    heights[el.localName] = {
      ...heights[el.localName]!,
      ready: round(el.getBoundingClientRect().height, 1),
      content: round(end - base.top, 1),
    };
  }
  entries.push(...(observer.takeRecords() as typeof entries));
  observer.disconnect();

  const counted = entries.filter((entry) => entry.startTime >= start && !entry.hadRecentInput);
  const shifted = new Set<string>();
  for (const entry of counted) {
    for (const source of entry.sources ?? []) {
      const node = source.node;
      if (!node) shifted.add('(removed node)');
      else if (afters.has(node)) shifted.add(`host text after <${afters.get(node)}>`);
      else {
        const root = node.getRootNode();
        shifted.add(
          root instanceof ShadowRoot ? `inside <${root.host.localName}>` : `<${(node as globalThis.Element).localName ?? node.nodeName}>`,
        );
      }
    }
  }
  stage.replaceChildren();
  return {
    elements: specs.map((s) => s.tag),
    cls: round(
      counted.reduce((sum, entry) => sum + entry.value, 0),
      4,
    ),
    entries: counted.length,
    shifted: [...shifted],
    heights,
  };
}

const shiftNote = (report: ShiftReport, fallback = 'no shift') => (report.cls ? `shifted: ${report.shifted.join(', ')}` : fallback);

function heightNote(report: ShiftReport, tag: string): string {
  const h = report.heights[tag]!;
  const held = h.ready - h.content;
  return `loading ${h.loading} px, ready ${h.content} px${held >= 1 ? ` + ${round(held, 1)} px held until out of view or input` : ''}`;
}

async function benchLayoutShift(): Promise<void> {
  progress('layout shift while the feed loads');
  const { feed } = await freshFeed(DEMO);
  const all = await measureShift(SPECS, feed);
  const each: ShiftReport[] = [];
  for (const spec of SPECS) each.push(await measureShift([spec], feed));
  // The shortest outcome: the feed is missing and the element shows its error message.
  const failed = await measureShift([SPECS[0]!], feed, { missing: true });
  // What the reservation buys: the same page with the earlier default of 12rem.
  const small = await measureShift(SPECS, feed, { reserve: '12rem' });
  await benchSetViewport(PHONE.width, PHONE.height);
  const phone = await measureShift(SPECS, feed);
  const phoneEach: ShiftReport[] = [];
  for (const spec of SPECS) phoneEach.push(await measureShift([spec], feed));
  await benchSetViewport(DESKTOP.width, DESKTOP.height);
  details.layoutShift = { all, each, failed, small, phone, phoneEach };

  rows.push({
    name: `layout shift: all four elements, feed after 300 ms, ${DESKTOP.width}×${DESKTOP.height}`,
    median: all.cls,
    unit: 'CLS',
    target: '0',
    note: shiftNote(all),
  });
  rows.push({
    name: `  the same on a phone, ${PHONE.width}×${PHONE.height}`,
    median: phone.cls,
    unit: 'CLS',
    target: '0',
    note: `${shiftNote(phone)}; ${phoneEach.map((r) => `${r.elements[0]} alone ${r.cls}`).join(', ')}`,
  });
  rows.push({
    name: '  the same with --fl-skeleton-height: 12rem',
    median: small.cls,
    unit: 'CLS',
    note: `${shiftNote(small)}: a reservation shorter than the content moves the text after it`,
  });
  for (const report of each) {
    const [tag] = report.elements;
    rows.push({
      name: `  layout shift: ${tag} alone`,
      median: report.cls,
      unit: 'CLS',
      target: '0',
      note: `${shiftNote(report, '')}${report.cls ? '; ' : ''}${heightNote(report, tag!)}`,
    });
  }
  const failedTag = failed.elements[0]!;
  rows.push({
    name: `  layout shift: ${failedTag}, feed answers 404 (error message)`,
    median: failed.cls,
    unit: 'CLS',
    target: '0',
    note: `${shiftNote(failed, '')}${failed.cls ? '; ' : ''}${heightNote(failed, failedTag)}`,
  });
}

// ---------------------------------------------------------------------------------------------
// 7. Memory: 100 mount/unmount cycles per element
// ---------------------------------------------------------------------------------------------

interface CycleVariant {
  name: string;
  /** Why elements stay alive, when they do (found with a heap snapshot). */
  cause?: string;
  spec: Spec;
  extra?: Record<string, string>;
  /** Something a reader does before the element is removed. */
  interact?: (el: Element) => Promise<void>;
}

const VARIANTS: CycleVariant[] = [
  { name: 'centre finder', spec: SPECS[0]! },
  {
    name: 'centre finder, suggestion list open when removed',
    spec: SPECS[0]!,
    cause:
      'LEAK: disconnectedCallback sets open = false, the update that follows runs FeedController.hostUpdate() on the disconnected element, ' +
      'which subscribes to the feed again (src/shared/feed-controller.ts) and is never unsubscribed: the loader keeps every such element ' +
      'in its listener set (heap snapshot: loader entries → listeners → FeedController.host) and re-renders it on each reload',
    interact: async (el) => {
      await typeInto(el, 'input[part~="input"]', 'os');
      // Floating UI loads lazily; let autoUpdate start before the element goes.
      await sleep(0);
      await frames(1);
    },
  },
  {
    name: 'centre finder, suggestion list opened and closed before removal',
    spec: SPECS[0]!,
    interact: async (el) => {
      await typeInto(el, 'input[part~="input"]', 'os');
      await sleep(0);
      await frames(1);
      await typeInto(el, 'input[part~="input"]', '');
    },
  },
  { name: 'group finder', spec: SPECS[1]! },
  { name: 'group finder, after typing', spec: SPECS[1]!, interact: (el) => typeInto(el, 'input[part~="search"]', 'sorg') },
  { name: 'group finder url-state="query"', spec: SPECS[1]!, extra: { 'url-state': 'query' } },
  { name: 'frisklivskort', spec: SPECS[2]! },
  { name: 'follow-up timeline', spec: SPECS[3]! },
];

async function cycles(
  variant: CycleVariant,
  feed: Feed,
  n = 100,
): Promise<{ delta: ListenerCounts; alive: number; aliveIndices: number[]; peakGlobal: number }> {
  const { refs, before, peakGlobal } = await mountCycles(stage, () => create(variant.spec, DEMO, feed, variant.extra), n, variant.interact);
  // Timers an element starts (the spoken count waits 300 ms) may hold it briefly.
  await sleep(400);
  const delta = listenerDelta(before, listenerCounts());
  await collectFully();
  const aliveIndices = refs.flatMap((ref, i) => (ref.deref() !== undefined ? [i] : []));
  return { delta, alive: aliveIndices.length, aliveIndices, peakGlobal };
}

async function benchMemory(): Promise<void> {
  progress('memory: 100 mount/unmount cycles per element');
  const { feed } = await freshFeed(DEMO);
  stage.replaceChildren();
  const results: Record<string, unknown> = {};
  for (const variant of VARIANTS) {
    const { delta, alive, aliveIndices, peakGlobal } = await cycles(variant, feed);
    results[variant.name] = { ...delta, alive, aliveIndices, peakGlobal };
    const leftovers = Object.entries(delta.byType).map(([type, count]) => `${type} ${count > 0 ? '+' : ''}${count}`);
    rows.push({
      name: `memory: ${variant.name}, net window/document listeners`,
      median: delta.global,
      unit: '',
      target: '0',
      note: `${leftovers.length ? leftovers.join(', ') : 'none left'}; scroll/resize anywhere ${delta.scrollResize}; ${delta.added} added / ${delta.removed} removed during the cycles`,
    });
    rows.push({
      name: `  retained of 100 unmounted`,
      median: hasGc ? alive : undefined,
      unit: '',
      target: '0',
      note: hasGc
        ? alive && variant.cause
          ? variant.cause
          : 'WeakRef after gc()'
        : 'gc() not exposed: start Chromium with --js-flags=--expose-gc',
    });
  }
  details.memory = results;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = now();
  const environment = {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    crossOriginIsolated,
    gc: hasGc,
  };
  try {
    // bench.html?only=memory,layout runs only those sections (`npm run bench -- memory layout`).
    const only = new URLSearchParams(location.search).get('only')?.split(',');
    const sections: [string, () => Promise<void>][] = [
      ['feed', benchFeed],
      ['groups', benchGroupFinder],
      ['centres', benchCentreFinder],
      ['search', benchTextSearch],
      ['layout', benchLayoutShift],
      ['memory', benchMemory],
    ];
    // The elements as a reader gets them: the built library (dist/, every element in one file).
    await import(/* @vite-ignore */ DIST_ALL);
    for (const [name, run] of sections) if (!only || only.includes(name)) await run();
    rows.push({
      name: 'first render, long tasks, layout shift on a real page',
      note: 'see bench/lighthouse.mjs (npm run bench runs it next): the built library, a fresh page per sample, CPU 4x slower, no forced GC',
    });
    (window as unknown as { __benchResults: unknown }).__benchResults = {
      rows,
      details,
      environment,
      durationSeconds: round((now() - started) / 1000, 1),
    };
  } catch (error) {
    console.error(error);
    (window as unknown as { __benchResults: unknown }).__benchResults = {
      rows,
      details,
      environment,
      error: String((error as Error)?.stack ?? error),
    };
  }
}

void main();
