// The published JSON Schema (generated from the same definition as the
// validator) agrees with the validator: what one accepts, the other accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateFeed } from '../../src/feed/validate.js';
import { centre, feedDocument, group } from '../fixtures/feed-builder.js';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schemaValid = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8')));
const validatorErrors = (doc: unknown) => validateFeed(doc).problems.filter((p) => p.severity === 'error').length;

test('the sample feed is valid under the JSON Schema and the validator', () => {
  const doc = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('frisklivs-sample-feed/feed.json'), 'utf8'));
  assert.equal(schemaValid(doc), true, JSON.stringify(schemaValid.errors?.slice(0, 3)));
  assert.equal(validatorErrors(doc), 0);
});

test('both reject the same broken entries', () => {
  // Deliberately wrong data: typed loosely on purpose.
  const bad = (value: unknown) => value as never;
  const broken: [string, unknown][] = [
    ['missing title', feedDocument({ groups: [{ ...group(), title: bad(undefined) }] })],
    ['bad weekday', feedDocument({ groups: [{ ...group(), schedule: { ...group().schedule, weekday: bad('XX') } }] })],
    ['bad time', feedDocument({ groups: [{ ...group(), schedule: { ...group().schedule, startTime: '7pm' } }] })],
    ['bad municipality number', feedDocument({ centres: [centre({ hostMunicipality: '301', municipalities: ['301'] })] })],
    ['bad status', feedDocument({ groups: [{ ...group(), status: bad('closed') }] })],
    ['text without nb', feedDocument({ groups: [{ ...group(), title: bad({ en: 'Only English' }) }] })],
    ['version as text', { ...feedDocument(), version: 'one' }],
    ['newer version', { ...feedDocument(), version: 2 }],
  ];
  for (const [name, doc] of broken) {
    assert.equal(schemaValid(doc), false, `JSON Schema accepted: ${name}`);
    assert.ok(validatorErrors(doc) > 0, `validator accepted: ${name}`);
  }
});

test('both accept the issue-20 additions and reject the same broken ones', () => {
  const bad = (value: unknown) => value as never;
  const good = feedDocument({
    centres: [centre({ specialDays: [{ date: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }] }], reportUrl: 'mailto:a@b.no' })],
  });
  assert.equal(schemaValid(good), true, JSON.stringify(schemaValid.errors?.slice(0, 3)));
  assert.equal(validatorErrors(good), 0);
  const broken: [string, unknown][] = [
    ['special day without a date', feedDocument({ centres: [centre({ specialDays: bad([{ hours: [] }]) })] })],
    [
      'special day with a bad time',
      feedDocument({ centres: [centre({ specialDays: bad([{ date: '2026-12-24', hours: [{ opens: '9', closes: '12:00' }] }]) })] }),
    ],
  ];
  for (const [name, doc] of broken) {
    assert.equal(schemaValid(doc), false, `JSON Schema accepted: ${name}`);
    // The validator drops the broken special day with a warning and keeps the centre.
    assert.equal(validatorErrors(doc), 0);
    assert.ok(
      validateFeed(doc).problems.some((p) => p.path.includes('specialDays')),
      `validator said nothing: ${name}`,
    );
  }
});
