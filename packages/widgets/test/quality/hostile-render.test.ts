// Property-based: every element renders a usable state on a hostile feed, and
// nothing in it executes, is parsed as HTML, links anywhere but https:, http:,
// mailto: or tel:, or shows what the feed must never show (members, a group's
// meeting address).
//
// Feeds are generated from a valid one: HTML/script payloads in every text,
// hostile links in every link field, then random damage (wrong types, missing
// fields, huge strings, deep nesting, duplicate ids, unknown references,
// out-of-range coordinates, impossible dates and times, unknown enum values,
// a newer version, broken JSON). Each is served as a blob: URL to the real loader.
//
// Runs: 100 per element (npm test), or FUZZ_RUNS with `npm run fuzz:render`
// (test/quality/run-hostile-fuzz.mjs hands the number over in .fuzz-runs).
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/define-all.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { centre, contactPoint, feedDocument, feedUrl, group } from '../fixtures/feed-builder.js';

type Element = LitElement & { shadowRoot: ShadowRoot };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Pwned = { __pwned?: unknown };

// ---------------------------------------------------------------------------------------------
// What must never execute, and what must never be shown
// ---------------------------------------------------------------------------------------------

const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '</style><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">klikk</a>',
  '<details open ontoggle=window.__pwned=1>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  '\u202eRTL\u202c',
  'null\u0000byte',
  '&lt;b&gt;entity&lt;/b&gt;',
];

const LINKS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\t\njavascript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  '\u0000javascript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'jav&#x61;script:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  ' data:image/svg+xml,<svg onload=window.__pwned=1>',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  '\u000bvbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://old.example/',
  'blob:https://example.org/x',
  'about:blank',
  '//evil.example/x',
  '/relative/path',
  '#fragment',
  '',
  'https:',
  'https://ok.example/"><script>window.__pwned=1</script>',
  '  https://trimmed.example/path  ',
  'HTTPS://UPPER.EXAMPLE/',
  'mailto:a@b.example?subject=<script>window.__pwned=1</script>',
  'tel:+4712345678',
];

/** Fields no group may show, whatever the feed carries; each value holds PRIVATE. */
const PRIVATE = 'PRIVATE-7f3a';
const privateFields = (i: number): Record<string, Json> => ({
  members: [{ name: `Kari ${PRIVATE} member ${i}`, phone: `+47 ${PRIVATE}` }],
  participants: [`Ola ${PRIVATE} participant ${i}`],
  memberNames: [`Per ${PRIVATE} ${i}`],
  meetingAddress: { street: `Skjultgata ${PRIVATE} ${i}`, postcode: '0150', postTown: `By ${PRIVATE}` },
  address: { street: `Hemmeligveien ${PRIVATE} ${i}`, postcode: '0150', postTown: 'OSLO' },
});

function baseDocument(): { [key: string]: Json } {
  const doc = feedDocument({
    centres: [
      centre(),
      centre({
        id: 'fls-5612',
        name: { nb: 'Frisklivssentralen i Vest-Finnmark', se: 'Oarje-Finnmárkku dearvvašvuođaguovddáš' },
        hostMunicipality: '5612',
        municipalities: ['5612', '5610'],
        status: 'temporarily-closed',
        closedUntil: '2027-01-01',
        notices: [{ text: { nb: 'Stengt i jula' }, validFrom: '2026-01-01' }],
        contactHours: [{ weekdays: ['MO', 'WE'], opens: '09:00', closes: '15:00', note: { nb: 'Ring først' } }],
        programme: { weeks: 12, groupSessionWeeks: [2, 4], activities: [{ week: 3, label: { nb: 'Turgruppe' } }], renewable: true },
      }),
    ],
    contactPoints: [
      contactPoint(),
      contactPoint({
        id: 'cp-national',
        kind: 'selvhjelp-norge',
        name: { nb: 'Selvhjelp Norge' },
        national: true,
        municipalities: [],
        url: 'https://selvhjelp.example.org/',
      }),
    ],
    groups: [
      group(),
      group({
        id: 'g-forming',
        status: 'forming',
        plannedStart: '2027-01-12',
        title: { nb: 'Ny gruppe', se: 'Ođđa joavku' },
        area: { nb: 'Sentrum' },
      }),
      group({ id: 'g-full', status: 'full', theme: 'angst', title: { nb: 'Full gruppe' } }),
      group({ id: 'g-digital', mode: 'digital', municipality: undefined, contactPoint: 'cp-national', title: { nb: 'Digital gruppe' } }),
    ],
  }) as { [key: string]: Json };
  const groups = doc.groups as { [key: string]: Json }[];
  groups.forEach((g, i) => Object.assign(g, privateFields(i)));
  return JSON.parse(JSON.stringify(doc));
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const TEXT_KEYS = new Set(['nb', 'nn', 'se', 'sma', 'smj', 'en', 'no', 'fkv', 'street', 'postTown', 'phone', 'email']);
const TEXT_LISTS = new Set(['aliases', 'attribution']);
const LINK_KEYS = new Set(['url', 'registerInterestUrl', 'postcodes']);

const hugeString = fc.constantFrom(...PAYLOADS).map((payload) => 'Ø'.repeat(30_000) + payload);
const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: hugeString },
);
const hostileLink = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...LINKS) }, { weight: 1, arbitrary: hostileText });

const nested = (depth: number): Json => {
  let value: Json = { nb: 'deep' };
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { value };
  return value;
};

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    91,
    -181,
    1.5,
    // eslint-disable-next-line no-loss-of-precision -- 2^53 + 1 on purpose: a number JSON cannot carry exactly
    9007199254740993,
    'NaN',
    'Infinity',
    '',
    ' ',
    '2026-02-30',
    '2026-13-01',
    '9999-99-99',
    '24:00',
    '23:60',
    '7pm',
    'XX',
    'closed',
    'hybrid',
    '__proto__',
    'constructor',
    [],
    {},
    [null],
    { nb: null },
    { en: 'only English' },
  ),
  hostileText,
  hostileLink,
  fc.integer({ min: 50, max: 2000 }).map(nested),
);

type Op =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'unknown-reference'; at: number }
  | { kind: 'version'; value: Json }
  | { kind: 'targeted'; at: number; value: Json };

/** Fields that take numbers, dates, times or enum values, and what to put there instead. */
const TARGETS: [collection: string, path: string[]][] = [
  ['municipalities', ['lat']],
  ['municipalities', ['lon']],
  ['centres', ['sites', '0', 'lat']],
  ['centres', ['sites', '0', 'lon']],
  ['centres', ['lastVerified']],
  ['centres', ['closedUntil']],
  ['centres', ['status']],
  ['centres', ['contactHours', '0', 'opens']],
  ['centres', ['contactHours', '0', 'weekdays']],
  ['centres', ['notices', '0', 'validFrom']],
  ['centres', ['programme']],
  ['groups', ['schedule', 'startTime']],
  ['groups', ['schedule', 'endTime']],
  ['groups', ['schedule', 'weekday']],
  ['groups', ['schedule', 'frequency']],
  ['groups', ['plannedStart']],
  ['groups', ['status']],
  ['groups', ['mode']],
  ['groups', ['minAge']],
  ['groups', ['languages']],
  ['contactPoints', ['kind']],
  ['offers', ['kind']],
];
const TARGET_VALUES: Json[] = [
  91,
  -91,
  181,
  -1e308,
  1e308,
  'NaN',
  '59.9',
  null,
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-1-1',
  '24:00',
  '23:60',
  '7pm',
  '18:00:00',
  'XX',
  'closed',
  'hybrid',
  'monthly',
  -5,
  200,
  1.5,
  ['xx-invalid'],
  { weeks: 0 },
  { weeks: 1000, renewable: 'yes' },
];

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown-reference' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('version' as const), value: fc.constantFrom<Json>(2, 99, 0, -1, '1', 1.5, null) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('targeted' as const), at: fc.nat(), value: fc.constantFrom(...TARGET_VALUES) }) },
);

const RAW = ['truncate', 'NaN', 'trailing-garbage', 'bom', 'empty', 'null', 'array', 'string'] as const;

interface FeedPlan {
  injectText: boolean;
  payloads: string[];
  injectLinks: boolean;
  links: string[];
  ops: Op[];
  raw: (typeof RAW)[number] | null;
}

const feedPlan: fc.Arbitrary<FeedPlan> = fc.record({
  injectText: fc.boolean(),
  payloads: fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 4 }),
  injectLinks: fc.boolean(),
  links: fc.array(hostileLink, { minLength: 1, maxLength: 6 }),
  ops: fc.array(op, { maxLength: 3 }),
  // Now and then the document is not a feed at all (broken JSON, not an object).
  raw: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...RAW) }),
});

/** Every [parent, key] in a JSON value, depth first. */
function slots(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []): typeof out {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    out.push([value, key]);
    slots(child, out);
  }
  return out;
}

function injectEverywhere(doc: Json, plan: FeedPlan): void {
  let n = 0;
  const visit = (value: Json, key: string | number | undefined, parentKey: string | number | undefined, set: (v: Json) => void) => {
    if (typeof value === 'string') {
      const isText =
        (typeof key === 'string' && TEXT_KEYS.has(key)) ||
        (typeof parentKey === 'string' && TEXT_LISTS.has(parentKey)) ||
        (key === 'name' && parentKey === 'publisher');
      if (plan.injectLinks && typeof key === 'string' && LINK_KEYS.has(key)) set(plan.links[n++ % plan.links.length]!);
      else if (plan.injectText && isText) set(`${value} ${plan.payloads[n++ % plan.payloads.length]}`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) value.forEach((child, i) => visit(child, i, key, (v) => (value[i] = v)));
    else for (const [k, child] of Object.entries(value)) visit(child, k, key, (v) => (value[k] = v));
  };
  visit(doc, undefined, undefined, () => {});
}

const COLLECTIONS = ['groups', 'centres', 'contactPoints', 'municipalities', 'themes', 'offers'];

function applyOp(doc: { [key: string]: Json }, o: Op): void {
  if (o.kind === 'version') {
    doc.version = o.value;
    return;
  }
  if (o.kind === 'duplicate') {
    const list = doc[COLLECTIONS[o.at % COLLECTIONS.length]!];
    if (Array.isArray(list) && list.length) list.push(JSON.parse(JSON.stringify(list[o.at % list.length])));
    return;
  }
  if (o.kind === 'unknown-reference') {
    const targets: [string, string][] = [
      ['groups', 'contactPoint'],
      ['groups', 'theme'],
      ['groups', 'municipality'],
      ['centres', 'hostMunicipality'],
      ['centres', 'municipalities'],
      ['centres', 'offers'],
      ['contactPoints', 'centre'],
    ];
    const [collection, field] = targets[o.at % targets.length]!;
    const list = doc[collection];
    if (!Array.isArray(list) || !list.length) return;
    const entry = list[o.at % list.length];
    if (entry && typeof entry === 'object' && !Array.isArray(entry))
      entry[field] = field.endsWith('s') ? ['9999', 'unknown-id'] : field.includes('unicipality') ? '9999' : 'unknown-id';
    return;
  }
  if (o.kind === 'targeted') {
    const [collection, path] = TARGETS[o.at % TARGETS.length]!;
    const list = doc[collection];
    if (!Array.isArray(list) || !list.length) return;
    let node: Json = list[o.at % list.length]!;
    for (const key of path.slice(0, -1)) {
      if (node === null || typeof node !== 'object') return;
      node = (node as Record<string, Json>)[key] ?? null;
    }
    if (node !== null && typeof node === 'object') (node as Record<string, Json>)[path[path.length - 1]!] = o.value;
    return;
  }
  const all = slots(doc);
  if (!all.length) return;
  const [parent, key] = all[o.at % all.length]!;
  if (o.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else {
    (parent as Record<string | number, Json>)[key] = o.value;
  }
}

function feedText(plan: FeedPlan): string {
  const doc = baseDocument();
  injectEverywhere(doc, plan);
  for (const o of plan.ops) applyOp(doc, o);
  const text = JSON.stringify(doc);
  switch (plan.raw) {
    case null:
      return text;
    case 'truncate':
      return text.slice(0, Math.floor(text.length / 2));
    case 'NaN':
      return text.replace(/"lat":[-\d.]+/, '"lat":NaN');
    case 'trailing-garbage':
      return `${text}}<script>window.__pwned=1</script>`;
    case 'bom':
      return `\ufeff${text}`;
    case 'empty':
      return '';
    case 'null':
      return 'null';
    case 'array':
      return `[${text}]`;
    case 'string':
      return JSON.stringify(text);
  }
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, img, base, link, meta, form, template';

function shadowRoots(el: globalThis.Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

function checkDom(el: Element): void {
  for (const root of shadowRoots(el)) {
    const forbidden = root.querySelector(FORBIDDEN_ELEMENTS);
    expect(forbidden, `no <${forbidden?.localName}> in the shadow root`).to.equal(null);
    for (const node of root.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        expect(attribute.name.toLowerCase().startsWith('on'), `event-handler attribute ${attribute.name} on <${node.localName}>`).to.equal(
          false,
        );
        if (['href', 'xlink:href', 'src', 'action', 'formaction'].includes(attribute.name.toLowerCase())) {
          const raw = attribute.value;
          let protocol: string;
          try {
            protocol = new URL(raw).protocol;
          } catch {
            protocol = `(not an absolute URL: ${JSON.stringify(raw.slice(0, 60))})`;
          }
          expect(
            ALLOWED_PROTOCOLS.has(protocol),
            `<${node.localName} ${attribute.name}="${raw.slice(0, 80)}"> has protocol ${protocol}`,
          ).to.equal(true);
          expect(raw, 'no whitespace or control characters around a link').to.equal(raw.trim());
        }
      }
    }
    expect(root.innerHTML.includes(PRIVATE), 'member-like fields or a group meeting address in the DOM').to.equal(false);
  }
}

/** Results, an empty message, an error with a retry button, or the centre finder's question; never blank. */
function usableState(el: Element): string {
  const base = el.shadowRoot.querySelector('[part~="base"]');
  if (!base) return 'no [part="base"]';
  if (!base.textContent?.trim()) return 'blank';
  if (base.querySelector('[part~="skeleton"]')) return 'still loading';
  const error = base.querySelector('[part~="error"]');
  if (error)
    return error.querySelector('[part~="retry-button"]') && error.textContent?.trim() ? 'error' : 'an error without a retry button';
  const empty = base.querySelector('[part~="empty"]');
  if (empty?.textContent?.trim()) return 'empty';
  switch (el.localName) {
    case 'fl-centre-finder':
      if (base.querySelector('[part~="results"] [part~="result"]')) return 'results';
      // No centre to list: the status line says so (the centre finder has no [part="empty"]).
      if (base.querySelector('[part~="status"]')?.textContent?.trim()) return 'empty';
      // Before a question it shows only the question (issue 19): the search field and "near me".
      return base.querySelector('[part~="input"]') && base.querySelector('[part~="near-me-button"]')
        ? 'question'
        : 'no results and no message';
    case 'fl-group-finder':
      return base.querySelector('[part~="results"] [part~="result"]') ? 'results' : 'no results and no message';
    case 'fl-frisklivskort':
      return base.querySelector('[part~="card"]')?.textContent?.trim() ? 'results' : 'no card and no message';
    case 'fl-follow-up-timeline':
      return base.querySelector('[part~="list"] [part~="milestone"]') ? 'results' : 'no milestones and no message';
    default:
      return 'unknown element';
  }
}

const USABLE = ['results', 'empty', 'error', 'question'];

// ---------------------------------------------------------------------------------------------
// Elements and their attributes
// ---------------------------------------------------------------------------------------------

interface Case {
  tag: string;
  attributes: fc.Arbitrary<Record<string, string>>;
  /** What a reader does after the first render (the centre finder's suggestions). */
  query?: fc.Arbitrary<string | null>;
}

const optional = <T extends string>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const defined = (record: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));

const CASES: Case[] = [
  {
    tag: 'fl-centre-finder',
    attributes: fc
      .record({ municipality: optional(fc.constantFrom('0301', '5612', 'Guovdageaidnu', '9999', '<script>window.__pwned=1</script>')) })
      .map(defined),
    query: fc.option(fc.oneof(fc.constantFrom('o', 'os', 'kaut', 'guov', 'frisk', '0150', '<img'), hostileText), { freq: 2 }),
  },
  {
    tag: 'fl-group-finder',
    attributes: fc
      .record({
        'page-size': fc.constantFrom('50', '0', '-1', 'NaN'),
        theme: optional(fc.constantFrom('sorg', 'angst', 'nope', '<b>x</b>')),
        status: optional(fc.constantFrom('open', 'forming full', 'x')),
        municipality: optional(fc.constantFrom('0301', '9999')),
      })
      .map(defined),
  },
  {
    tag: 'fl-frisklivskort',
    attributes: fc
      .record({
        centre: optional(fc.constantFrom('fls-0301', 'fls-5612', 'unknown-id', '')),
        municipality: optional(fc.constantFrom('0301', '5612', '9999')),
        layout: fc.constantFrom('card', 'compact', 'print', 'bogus'),
        'continue-href': optional(hostileLink),
        'show-qr': optional(fc.constant('')),
      })
      .map(defined),
  },
  {
    tag: 'fl-follow-up-timeline',
    attributes: fc
      .record({
        centre: fc.constantFrom('fls-0301', 'fls-5612', 'unknown-id'),
        start: optional(fc.constantFrom('2026-11-02', '2026-02-30', '<script>window.__pwned=1</script>', '')),
        today: fc.constantFrom('2026-12-01', '2027-06-01'),
        weeks: optional(fc.constantFrom('12', '0', '999', 'x')),
      })
      .map(defined),
  },
];

// ---------------------------------------------------------------------------------------------

async function fuzzRuns(): Promise<number> {
  // The CI default; `npm run fuzz:render` writes FUZZ_RUNS to .fuzz-runs beside this file.
  const fromFile = Number((await readFile({ path: '.fuzz-runs' }).catch(() => undefined))?.trim());
  return Number.isInteger(fromFile) && fromFile > 0 ? fromFile : 100;
}

describe('hostile feeds: every element renders a usable, inert, private state', () => {
  let runs = 100;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const warn = console.warn;
  let stage: HTMLElement;

  before(async () => {
    runs = await fuzzRuns();
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // The loader names every skipped entry on the console; thousands of those drown the test output.
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('[frisklivs-widgets]')) return;
      warn.apply(console, args);
    };
    stage = document.createElement('div');
    stage.style.width = '48rem';
    document.body.append(stage);
  });

  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    stage.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith('frisklivs-widgets:')) localStorage.removeItem(key);
  });

  for (const { tag, attributes, query } of CASES) {
    it(`<${tag}>`, async function () {
      this.timeout(30_000 + runs * 1_000);
      const states = new Map<string, number>();
      let payloadsShown = 0;
      await fc.assert(
        fc.asyncProperty(feedPlan, attributes, query ?? fc.constant(null), async (plan, attrs, typed) => {
          clearFeedCache();
          errors.length = 0;
          const url = feedUrl(feedText(plan));
          const el = document.createElement(tag) as Element;
          try {
            el.setAttribute('feed', url);
            for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
            stage.append(el);
            await el.updateComplete;
            await waitUntil(
              () => el.shadowRoot.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]'),
              `<${tag}> left its loading state`,
              {
                timeout: 5_000,
                interval: 5,
              },
            );
            await el.updateComplete;
            if (typed !== null) {
              const input = el.shadowRoot.querySelector<HTMLInputElement>('input[role="combobox"]');
              if (input) {
                input.value = typed;
                input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                await el.updateComplete;
              }
            }
            // An injected <img onerror> or <svg onload> would fire in a later task.
            await new Promise((resolve) => setTimeout(resolve, 0));
            const state = usableState(el);
            states.set(state, (states.get(state) ?? 0) + 1);
            // Injected markup is shown as the text it is, not parsed.
            const text = shadowRoots(el)
              .map((root) => root.textContent ?? '')
              .join('\n');
            if (plan.payloads.some((payload) => text.includes(payload))) payloadsShown++;
            expect(USABLE, `usable state of <${tag}>`).to.include(state);
            checkDom(el);
            expect((window as Pwned).__pwned, 'a payload executed').to.equal(undefined);
            expect(errors, 'uncaught errors').to.deep.equal([]);
          } finally {
            el.remove();
            URL.revokeObjectURL(url);
          }
        }),
        { numRuns: runs },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as Pwned).__pwned, 'a payload executed').to.equal(undefined);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(payloadsShown, 'renders showing an injected payload as text').to.be.greaterThan(0);
      // The generated feeds must reach every state, or the property proves little.
      expect([...states.keys()], `states reached: ${JSON.stringify(Object.fromEntries(states))}`).to.include.members(['results', 'error']);
    });
  }

  // Found by this test: an editor's `continue-href` that the URL parser rejects
  // ("https:", "http:", "//") once made the card throw and never leave its loading state.
  it('<fl-frisklivskort continue-href> that is not a URL is dropped, not fatal', async () => {
    for (const value of ['https:', 'http:', '//', 'https://']) {
      clearFeedCache();
      errors.length = 0;
      const url = feedUrl(baseDocument());
      const el = document.createElement('fl-frisklivskort') as Element;
      el.setAttribute('feed', url);
      el.setAttribute('centre', 'fls-0301');
      el.setAttribute('continue-href', value);
      stage.append(el);
      try {
        await waitUntil(() => el.shadowRoot.querySelector('[part~="card"]'), `the card renders with continue-href="${value}"`, {
          timeout: 3_000,
        });
        checkDom(el);
        expect(errors).to.deep.equal([]);
      } finally {
        el.remove();
        URL.revokeObjectURL(url);
      }
    }
  });
});
