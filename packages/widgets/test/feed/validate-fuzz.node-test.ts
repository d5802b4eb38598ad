// Property-based tests of the validator on generated and mutated feeds.
// CI runs 1 000 cases per property; `npm run fuzz` runs FUZZ_RUNS (10 000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateFeed } from '../../src/feed/validate.js';
import { safeHref } from '../../src/feed/links.js';
import { centre, contactPoint, feedDocument, group } from '../fixtures/feed-builder.js';

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

function assertWellFormed(result: ReturnType<typeof validateFeed>) {
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
      assert.equal(safeHref(value), value, `unsafe link kept at ${location.join('.')}`);
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
      assertWellFormed(validateFeed(mutated));
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
