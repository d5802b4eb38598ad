// Cells, headers, ids, statuses, codes and terms named like properties of
// Object.prototype ("constructor", "__proto__", "toString" …) are ordinary unknown
// words: every lookup keyed by input finds nothing on the prototype (issue 23,
// point 5: a CSV value "constructor" used to give "got undefined"/"got function").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { feedDocument, group, themes } from 'frisklivs-widgets/testing';
import { validateFeed } from 'frisklivs-widgets/feed';
import { buildFeed, type CsvInput } from '../src/build.js';
import { COLUMNS, headerTable, knownHeaders, readCell, type Lookups } from '../src/columns.js';
import { exportHsds, importHsds } from '../src/hsds.js';
import { formatProblem } from '../src/report.js';
import { computeStats } from '../src/stats.js';
import * as values from '../src/values.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

export const PROTOTYPE_NAMES = [
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
  '__lookupGetter__',
  'length',
  'name',
  'call',
  'apply',
  'bind',
];

/** A prototype name as a spreadsheet cell may hold it: any case, spaces, a trailing full stop, hyphens for underscores. */
const prototypeCell = fc
  .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('lower', 'upper', 'as is'), fc.constantFrom('', ' ', '.', '  '))
  .map(([name, casing, around]) => {
    const cased = casing === 'lower' ? name.toLowerCase() : casing === 'upper' ? name.toUpperCase() : name;
    return `${around.trim() ? '' : around}${cased}${around}`;
  });

const READERS = {
  readWeekday: values.readWeekday,
  readWeekdays: values.readWeekdays,
  readTime: values.readTime,
  readTimeSpan: values.readTimeSpan,
  readDate: values.readDate,
  readDecimal: values.readDecimal,
  readInteger: values.readInteger,
  readBoolean: values.readBoolean,
  readGroupStatus: values.readGroupStatus,
  readCentreStatus: values.readCentreStatus,
  readMode: values.readMode,
  readFrequency: values.readFrequency,
  readReferral: values.readReferral,
  readContactKind: values.readContactKind,
  readLanguage: values.readLanguage,
};

/** Lookups with nothing known, as when no base feed is given. */
const noLookups: Lookups = {
  municipality: (cell) => ({ ok: false, message: `unknown municipality "${cell}"` }),
  county: (cell) => ({ ok: false, message: `unknown county "${cell}"` }),
  offer: (cell) => ({ ok: false, message: `unknown offer "${cell}"` }),
  theme: (cell) => ({ ok: false, message: `unknown theme "${cell}"` }),
  contactPoint: (cell) => ({ ok: false, message: `unknown contact point "${cell}"` }),
};

/** Any function or non-plain value somewhere in a reading. */
function foreign(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return true;
  return Object.values(value).some(foreign);
}

describe('prototype-named cells', () => {
  test('every value reader refuses a prototype name in any case, never returning a function or an object', () => {
    fc.assert(
      fc.property(prototypeCell, fc.constantFrom(...(Object.keys(READERS) as (keyof typeof READERS)[])), (cell, name) => {
        const read = READERS[name](cell) as values.Read<unknown>;
        if (read.ok) {
          // readLanguage takes any 2–3 letter code, no prototype name is one; nothing else may succeed.
          assert.fail(`${name}(${JSON.stringify(cell)}) read ${String(read.value)}`);
        }
        assert.match(read.message, /\S/);
        assert.ok(!foreign(read.fallback), `${name} fell back to ${String(read.fallback)}`);
      }),
      { numRuns: runs },
    );
  });

  test('every column reads a prototype-named cell to plain data (strings, numbers, booleans, arrays, objects)', () => {
    for (const kind of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
      for (const [header, column] of headerTable(kind)) {
        for (const name of PROTOTYPE_NAMES) {
          const reading = readCell(column, name, noLookups);
          assert.ok(!foreign(reading.value), `${kind} ${header} "${name}" → ${String(reading.value)}`);
          for (const hint of reading.hints)
            assert.ok(hint.includes(name) || hint.includes(name.toLowerCase()), `${kind} ${header}: ${hint}`);
        }
      }
    }
  });

  test('build: "constructor", "__proto__", "toString" … in every column and as headers are reported as unknown words, never "got undefined"/"got function"', () => {
    const utf8 = (name: string, text: string): CsvInput => ({ name, bytes: Buffer.from(text, 'utf8') });
    const row = (columns: string[], cell: string) => columns.map(() => cell).join(';');
    for (const name of PROTOTYPE_NAMES) {
      const groupColumns = knownHeaders('groups');
      const offerColumns = knownHeaders('offers');
      const result = buildFeed({
        base: { name: 'base.json', doc: feedDocument({ centres: [], groups: [] }) },
        groups: utf8('groups.csv', `${groupColumns.join(';')};${name}\n${row(groupColumns, name)};x\n`),
        offers: utf8('offers.csv', `${offerColumns.join(';')}\n${row(offerColumns, name)}\n`),
        publisher: { name: 'Test' },
      });
      const lines = result.problems.map(formatProblem);
      assert.ok(lines.length > 0);
      for (const line of lines) assert.doesNotMatch(line, /got (undefined|function|object)|\[object |function \w*\(/, line);
      assert.ok(
        lines.some((line) => line.includes(`column ${name} `) && line.includes('unknown column')),
        `the header "${name}" is an unknown column:\n${lines.join('\n')}`,
      );
      assert.ok(
        lines.some((line) => /offers\.csv: error: row 2, column kind \(B\) .*unknown offer kind/.test(line)),
        lines.join('\n'),
      );
      if (name === 'constructor') {
        assert.ok(
          lines.some((line) => line.includes('column status (') && line.includes('unknown group status "constructor"')),
          lines.join('\n'),
        );
        assert.ok(
          lines.some((line) => line.includes('column mode (') && line.includes('unknown meeting form "constructor"')),
          lines.join('\n'),
        );
      }
    }
  });

  test('HSDS import: a service status, field code or taxonomy term named like a prototype property is an ordinary unknown one', () => {
    const { feed } = validateFeed(feedDocument());
    const hsds = exportHsds(feed!) as Record<string, Record<string, unknown>[]>;
    for (const name of PROTOTYPE_NAMES) {
      const copy = structuredClone(hsds);
      for (const service of copy.services!) service.status = name;
      for (const term of copy.taxonomy_terms!) if (term.code === 'kind') term.code = name;
      const result = importHsds(JSON.parse(JSON.stringify(copy)), 'hsds.json');
      assert.ok(result.feed, `imports with status "${name}"`);
      assert.deepEqual(
        result.feed!.centres.map((c) => c.status),
        feed!.centres.map(() => 'active'),
        'an unknown status reads as active',
      );
      for (const line of result.problems.map(formatProblem)) assert.doesNotMatch(line, /got (undefined|function|object)/, line);
    }
  });

  test('stats: a theme, status or mode named like a prototype property is counted as itself', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const doc = feedDocument({
        themes: [...themes, { id: name, label: { nb: name } }],
        groups: [group(), group({ id: 'g-2', theme: name }), group({ id: 'g-3', theme: name })],
      });
      const { feed } = validateFeed(JSON.parse(JSON.stringify(doc)));
      const stats = computeStats(feed!, { today: '2026-12-05' });
      assert.equal(stats.groupsByTheme[name], 2, `${name}: ${JSON.stringify(stats.groupsByTheme)}`);
      assert.equal(Object.getPrototypeOf(stats.groupsByTheme), Object.prototype);
    }
  });
});
