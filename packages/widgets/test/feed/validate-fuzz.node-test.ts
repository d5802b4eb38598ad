// Property-based tests of the validator on generated and mutated feeds.
// CI runs 1 000 cases per property; `npm run fuzz` runs FUZZ_RUNS (10 000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateFeed } from '../../src/feed/validate.js';
import { safeHref } from '../../src/feed/links.js';
import { COUNTY_NAMES, countyName } from '../../src/feed/counties.js';
import { indexFeed } from '../../src/feed/index-feed.js';
import { LOCALES, normalizeLocale } from '../../src/i18n/locales.js';
import { centre, contactPoint, feedDocument, group, themes } from '../fixtures/feed-builder.js';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const PATH = /^\$(\.[A-Za-z_]\w*|\[\d+\])*$/;
const LINK_KEYS = new Set(['url', 'registerInterestUrl']);

const base = () =>
  feedDocument({
    centres: [centre(), centre({ id: 'fls-5612', hostMunicipality: '5612', municipalities: ['5612', '5610'] })],
    contactPoints: [contactPoint(), contactPoint({ id: 'cp-national', kind: 'selvhjelp-norge', national: true, municipalities: [] })],
    groups: [group(), group({ id: 'g-2', mode: 'digital', municipality: undefined, status: 'forming', plannedStart: '2027-01-10' })],
  });

/** Every [path, parent, key] in a JSON value. */
function locations(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...children.flatMap((key) => locations((value as Record<string | number, unknown>)[key], [...path, key]))];
}

function setAt(doc: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    1e308,
    '',
    ' ',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'java\u0000script:x',
    '<img src=x onerror=alert(1)>',
    '2026-02-30',
    '24:00',
    '9999-99-99',
    'ZZ',
    '__proto__',
    2,
    // eslint-disable-next-line no-loss-of-precision -- 2^53 + 1 on purpose: a number JSON cannot carry exactly
    9007199254740993,
  ),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'large', maxDepth: 60 }, fc.constant(1), fc.array(tie('deep'), { maxLength: 1 })) }))
    .deep,
);

/**
 * `exactLinks`: a kept link is already the normalised href the elements render. With control
 * characters appended that cannot hold (the URL parser percent-encodes them), so then a kept link
 * must only turn into a safe href free of raw control and direction characters.
 */
function assertWellFormed(result: ReturnType<typeof validateFeed>, exactLinks = true) {
  for (const problem of result.problems) {
    assert.match(problem.path, PATH, `bad path ${problem.path}`);
    assert.ok(problem.message.length > 0);
  }
  if (!result.feed) {
    assert.ok(result.fatal, 'an unusable feed says why');
    assert.ok(result.problems.some((p) => p.severity === 'error'));
    return;
  }
  // What the validator lets through is itself valid: no errors on a second pass.
  const again = validateFeed(JSON.parse(JSON.stringify(result.feed)));
  assert.deepEqual(
    again.problems.filter((p) => p.severity === 'error'),
    [],
  );
  for (const location of locations(result.feed)) {
    const key = location[location.length - 1];
    if (typeof key === 'string' && LINK_KEYS.has(key)) {
      let value: unknown = result.feed;
      for (const step of location) value = (value as Record<string | number, unknown>)[step];
      if (exactLinks) assert.equal(safeHref(value), value, `unsafe link kept at ${location.join('.')}`);
      else {
        const href = safeHref(value);
        assert.ok(href !== undefined, `unsafe link kept at ${location.join('.')}`);
        // eslint-disable-next-line no-control-regex -- what a rendered href must never hold
        assert.doesNotMatch(href, /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }
    }
  }
  assert.ok(!JSON.stringify(result.feed).includes('Kari Nordmann'), 'member data passed through');
}

test('never throws on any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => void validateFeed(value)),
    { numRuns: runs },
  );
});

test('mutated feeds: problems carry paths, kept data is valid, links safe, no members', () => {
  const doc = base();
  const paths = locations(doc);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), hostile, fc.boolean()), { minLength: 1, maxLength: 4 }), (mutations) => {
      let mutated: unknown = doc;
      for (const [path, value, remove] of mutations) {
        try {
          mutated = setAt(mutated, path, value, remove);
        } catch {
          /* an earlier mutation removed the parent */
        }
      }
      assertWellFormed(validateFeed(mutated), false);
    }),
    { numRuns: runs },
  );
});

test('duplicate ids, unknown references and member fields', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 5 }), fc.string(), fc.boolean(), (copies, reference, withMembers) => {
      const doc = base() as { groups: Record<string, unknown>[] };
      for (let i = 0; i < copies; i++) doc.groups.push({ ...doc.groups[0], contactPoint: i % 2 ? reference : 'cp-oslo' });
      if (withMembers) doc.groups[0]!.members = [{ name: 'Kari Nordmann', phone: '555' }];
      const result = validateFeed(doc);
      assertWellFormed(result);
      const ids = result.feed!.groups.map((g) => g.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique after validation');
    }),
    { numRuns: runs },
  );
});

test('a newer major version is refused whatever else the feed holds', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 1000 }), fc.jsonValue(), (version, extra) => {
      const result = validateFeed({ ...base(), version, extra });
      assert.equal(result.fatal, 'version');
      assert.equal(result.feed, null);
    }),
    { numRuns: runs },
  );
});

// ---------------------------------------------------------------------------------------------
// Prototype-named keys and locales, oversize collections, control characters (issue 23)
// ---------------------------------------------------------------------------------------------

/** Names an object literal used as a lookup table would find on Object.prototype (or a function). */
const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'length',
  'name',
  'call',
  'apply',
  'bind',
];
const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES);
/** A prototype name in some case, with or without subtags and spaces, as a `lang` attribute may hold it. */
const prototypeTag = fc
  .tuple(
    prototypeName,
    fc.constantFrom('lower', 'upper', 'as is'),
    fc.constantFrom('', '-NO', '_SE', '-x-private', '-'),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([name, casing, subtag, space]) => {
    const cased = casing === 'lower' ? name.toLowerCase() : casing === 'upper' ? name.toUpperCase() : name;
    return `${space}${cased}${subtag}${space}`;
  });

const OWN_LOCALES = new Set<string>(LOCALES);
/** The control characters a hostile feed may carry: C0, DEL, C1, bidi overrides and isolates, line separators. */
const controlChar = fc.constantFrom(
  ...[...Array(0x20).keys(), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)].map((c) => String.fromCharCode(c)),
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2028',
  '\u2029',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u009b2J',
);
const controlString = fc
  .array(fc.oneof(controlChar, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));

test('locale resolution: prototype names in any case and with subtags are not a locale; any tag gives one of ours or none', () => {
  fc.assert(
    fc.property(fc.oneof(prototypeTag, fc.string(), fc.fullUnicodeString({ maxLength: 40 })), (tag) => {
      const locale = normalizeLocale(tag);
      assert.ok(locale === undefined || OWN_LOCALES.has(locale), `${JSON.stringify(tag)} gave ${String(locale)}`);
      if (PROTOTYPE_NAMES.some((name) => tag.trim().toLowerCase().split(/[-_]/)[0] === name.toLowerCase()))
        assert.equal(locale, undefined, JSON.stringify(tag));
    }),
    { numRuns: runs },
  );
  for (const locale of LOCALES) assert.equal(normalizeLocale(`${locale.toUpperCase()}-NO`), locale);
});

test('county names: a prototype-named county is no county', () => {
  fc.assert(
    fc.property(fc.oneof(prototypeName, fc.string({ maxLength: 4 })), (county) => {
      const name = countyName(county);
      assert.ok(name === undefined || (typeof name === 'string' && Object.hasOwn(COUNTY_NAMES, county)));
      assert.equal(typeof (COUNTY_NAMES[county] ?? ''), 'string');
    }),
    { numRuns: runs },
  );
});

/** Object.prototype's own names and their values, to see that nothing was added or changed. */
const prototypeSnapshot = () =>
  Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)!.value]);

test('prototype-named keys and values anywhere: no pollution, kept data valid, ids found by exactly their name', () => {
  const before = prototypeSnapshot();
  const doc = base();
  const paths = locations(doc).filter((path) => path.length > 0);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...paths), prototypeName, fc.oneof(prototypeName, fc.jsonValue(), fc.constant({ polluted: 1 }))), {
        minLength: 1,
        maxLength: 5,
      }),
      fc.boolean(),
      (mutations, asKey) => {
        let mutated: unknown = doc;
        for (const [path, name, value] of mutations) {
          try {
            // As a key (added to the object at path, or its parent), or as the value at path.
            mutated = asKey ? setAt(mutated, [...path.slice(0, -1), name], value, false) : setAt(mutated, path, name, false);
          } catch {
            /* the parent is not an object */
          }
        }
        // Through JSON text, as a fetched feed arrives: "__proto__" is then an own key.
        const parsed = JSON.parse(JSON.stringify(mutated).replace(/"(constructor|prototype)":/g, '"__proto__":'));
        const result = validateFeed(parsed);
        assertWellFormed(result);
        assert.deepEqual(prototypeSnapshot(), before, 'Object.prototype changed');
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype polluted');
        if (result.feed) {
          const index = indexFeed(result.feed);
          for (const g of result.feed.groups) {
            assert.equal(index.themes.get(g.theme)?.id, g.theme, `theme ${g.theme} of a kept group`);
            assert.equal(index.contactPoints.get(g.contactPoint)?.id, g.contactPoint);
          }
          for (const name of PROTOTYPE_NAMES) {
            assert.ok(!result.feed.groups.some((g) => g.theme === name) || index.themes.has(name), `group kept with unknown theme ${name}`);
          }
        }
      },
    ),
    { numRuns: runs },
  );
});

test('entries whose ids are prototype names are ordinary entries: referenced when they exist, refused when they do not', () => {
  fc.assert(
    fc.property(
      prototypeName.filter((name) => /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(name)),
      fc.boolean(),
      (name, defined) => {
        const doc = feedDocument({
          themes: defined ? [...themes, { id: name, label: { nb: name } }] : themes,
          contactPoints: [contactPoint(), contactPoint({ id: name })],
          groups: [group({ id: name, theme: name, contactPoint: name })],
        });
        const result = validateFeed(JSON.parse(JSON.stringify(doc)));
        assertWellFormed(result);
        assert.equal(result.feed!.groups.length, defined ? 1 : 0, `group with theme "${name}" (theme defined: ${defined})`);
        if (!defined) assert.ok(result.problems.some((p) => p.message === `unknown theme "${name}" (entry skipped)`));
      },
    ),
    { numRuns: Math.min(runs, 200) },
  );
});

test('oversize collections: thousands of entries, items and long strings are handled, every problem well formed', () => {
  const junk = fc.oneof(fc.constant({}), fc.constant(null), fc.constant('x'), fc.constant([]), fc.jsonValue({ maxDepth: 2 }));
  fc.assert(
    fc.property(
      fc.constantFrom('centres', 'groups', 'contactPoints', 'offers', 'themes', 'municipalities'),
      fc.integer({ min: 1_000, max: 20_000 }),
      junk,
      fc.integer({ min: 0, max: 5_000 }),
      (collection, count, entry, items) => {
        const doc = base() as Record<string, unknown[]>;
        doc[collection] = [...doc[collection]!, ...Array.from({ length: count }, () => entry)];
        (doc.centres![0] as Record<string, unknown>).languages = Array.from({ length: items }, (_, i) =>
          i % 2 ? 'nb' : 'x'.repeat(i % 50),
        );
        (doc.groups![0] as Record<string, unknown>).title = { nb: 'å'.repeat(items * 20) };
        const result = validateFeed(doc);
        assertWellFormed(result);
        // Bounded work: problems grow at most linearly with what the feed holds (a few per field of an entry).
        assert.ok(result.problems.length <= 30 * (count + items) + 100, `${result.problems.length} problems`);
      },
    ),
    { numRuns: Math.max(5, Math.round(runs / 100)) },
  );
});

test('control characters in every string: no throw, paths well formed, links that hold one are refused', () => {
  const doc = base();
  const strings = locations(doc).filter((path) => {
    let value: unknown = doc;
    for (const step of path) value = (value as Record<string | number, unknown>)[step];
    return typeof value === 'string';
  });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...strings), controlString, fc.boolean()), { minLength: 1, maxLength: 8 }),
      (mutations) => {
        let mutated: unknown = doc;
        for (const [path, text, append] of mutations) {
          let value: unknown = mutated;
          for (const step of path) value = (value as Record<string | number, unknown>)?.[step];
          mutated = setAt(mutated, path, append && typeof value === 'string' ? value + text : text, false);
        }
        assertWellFormed(validateFeed(mutated), false);
      },
    ),
    { numRuns: runs },
  );
});
