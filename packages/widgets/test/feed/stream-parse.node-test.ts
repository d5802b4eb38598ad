// The feed read piece by piece (FeedStreamParser, what the browser's loader uses) must give exactly what
// validateFeed(JSON.parse(text)) gives, wherever the text is cut, and must fail where JSON.parse fails.
// CI runs 300 cases per property; `npm run fuzz` runs FUZZ_RUNS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { FeedLimitError, FeedStreamParser, JsonSyntaxError } from '../../src/feed/stream-parse.js';
import { FEED_LIMITS, validateFeed } from '../../src/feed/validate.js';
import { feedDocument, group } from '../fixtures/feed-builder.js';

const runs = Math.max(300, Number(process.env.FUZZ_RUNS ?? 0) / 10);
const sampleFeed = readFileSync(createRequire(import.meta.url).resolve('frisklivs-sample-feed/feed.json'), 'utf8');

/** Reads `text` in pieces cut at `cuts` (offsets); the result, or the error class thrown. */
function streamed(text: string, cuts: number[], feedUrl?: string): unknown {
  const parser = new FeedStreamParser(feedUrl ? { feedUrl } : {});
  try {
    let from = 0;
    for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
      parser.push(text.slice(from, cut));
      from = cut;
    }
    parser.push(text.slice(from));
    return parser.end();
  } catch (error) {
    if (error instanceof JsonSyntaxError) return 'syntax';
    if (error instanceof FeedLimitError) return 'limit';
    throw error;
  }
}

function whole(text: string, feedUrl?: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'syntax';
  }
  return validateFeed(json, feedUrl ? { feedUrl } : {});
}

/** Problems in a comparable order (the stream checks the head last, so its problems may come later). */
const normal = (result: unknown) =>
  typeof result === 'string'
    ? result
    : {
        ...(result as object),
        problems: [...(result as { problems: { path: string; message: string }[] }).problems].sort((a, b) =>
          `${a.path} ${a.message}`.localeCompare(`${b.path} ${b.message}`),
        ),
      };

test('the sample feed, cut anywhere, reads as validateFeed(JSON.parse(text)) does', () => {
  const expected = normal(whole(sampleFeed, 'https://kommune.example/feed.json'));
  assert.notEqual(expected, 'syntax');
  fc.assert(
    fc.property(fc.array(fc.nat({ max: sampleFeed.length }), { maxLength: 40 }), (cuts) => {
      assert.deepEqual(normal(streamed(sampleFeed, cuts, 'https://kommune.example/feed.json')), expected);
    }),
    { numRuns: 50 },
  );
  // One character at a time, through every state.
  const small = JSON.stringify(feedDocument(), null, 2);
  assert.deepEqual(
    normal(
      streamed(
        small,
        Array.from(small, (_, i) => i),
      ),
    ),
    normal(whole(small)),
  );
});

test('any JSON value or feed-like document, cut anywhere, gives the same result or the same refusal', () => {
  const feedLike = fc.record({
    version: fc.oneof(fc.constant(1), fc.jsonValue()),
    publisher: fc.oneof(fc.constant({ name: 'X' }), fc.jsonValue()),
    generatedAt: fc.constant('2026-11-01T08:00:00+01:00'),
    groups: fc.oneof(fc.array(fc.oneof(fc.jsonValue(), fc.constant(group()))), fc.jsonValue()),
    centres: fc.oneof(fc.constant(feedDocument().centres), fc.jsonValue()),
    ['__proto__']: fc.jsonValue(),
  });
  fc.assert(
    fc.property(
      fc.oneof(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        feedLike.map((v) => JSON.stringify(v, null, 1)),
        fc.constant(JSON.stringify(feedDocument())),
      ),
      fc.array(fc.nat({ max: 4000 }), { maxLength: 12 }),
      (text, cuts) => {
        assert.deepEqual(normal(streamed(text, cuts)), normal(whole(text)));
      },
    ),
    { numRuns: runs },
  );
});

test('broken JSON is refused as JSON.parse refuses it, wherever it breaks', () => {
  const text = JSON.stringify(feedDocument());
  fc.assert(
    fc.property(fc.nat({ max: text.length - 1 }), fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', 'x'), (at, inserted) => {
      const broken = text.slice(0, at) + inserted + text.slice(at + 1);
      const expected = whole(broken);
      const got = streamed(broken, [at, at + 1]);
      if (expected === 'syntax') assert.equal(got, 'syntax', broken.slice(Math.max(0, at - 20), at + 20));
      else assert.deepEqual(normal(got), normal(expected));
    }),
    { numRuns: runs },
  );
});

test('refuses a collection beyond the entry limit, and a string beyond the length limit, before reading the rest', () => {
  const many = `{"version":1,"groups":[${'{},'.repeat(FEED_LIMITS.maxEntries)}{}]}`;
  assert.equal(streamed(many, [1000, 50_000]), 'limit');
  const long = `{"version":1,"publisher":{"name":"${'x'.repeat(FEED_LIMITS.maxStringLength + 1)}"}}`;
  assert.equal(streamed(long, [100, 60_000]), 'limit');
  const parser = new FeedStreamParser();
  // The open string is refused while it is still arriving.
  parser.push('{"version":1,"attribution":["');
  assert.throws(() => {
    for (let i = 0; i < 20; i++) parser.push('y'.repeat(10_000));
  }, FeedLimitError);
});

test('a key named __proto__ is only a key', () => {
  const text = JSON.stringify(feedDocument()).replace('{"version":1', '{"__proto__":{"version":2},"version":1');
  const result = streamed(text, [5, 17]) as { feed: object; fatal?: string };
  assert.equal(result.fatal, undefined);
  assert.equal(Object.getPrototypeOf(result.feed), Object.prototype);
});
