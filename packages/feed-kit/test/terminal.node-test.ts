// The terminal is safe from feed and CSV text (issue 23, point 6): every message the
// command line prints shows controls, bidi characters and line separators as escapes,
// and echoed values are cut at about 60 characters. A feed id holding ESC[2J, an OSC
// title and a fake "0 error(s)" line used to clear the screen and print that line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ECHO_LIMIT, quoted, terminalJson, terminalText } from '../src/terminal.js';
import { formatProblem } from '../src/report.js';
import { SAMPLE_DIR, cli, tempDir, write } from './helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** What must never reach a terminal raw (see terminal.ts). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above, with line feed
const RAW_WITH_LF = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ud800',
  '\udfff',
];
/** Text as a hostile feed holds it: controls, escape sequences and ordinary (also Sámi) letters mixed. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CONTROLS),
      fc.constantFrom('\u001b[2J', '\u001b[H', '\u001b]0;all good\u0007', '\u009b31m', '\r\nfeed.json: 0 error(s)', 'áčđŋšŧž ÆØÅ', '😀'),
      fc.fullUnicodeString({ maxLength: 10 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** The evil id of the issue: clears the screen, homes the cursor, sets the window title, writes a fake summary. */
const EVIL_ID = 'x\u001b[2J\u001b[H\u001b]0;all good\u0007feed.json: 0 error(s), 0 warning(s); 100 centres usable\n';

describe('terminalText', () => {
  test('escapes C0, DEL, C1, bidi, line separators and lone surrogates; keeps letters, Sámi and emoji', () => {
    assert.equal(terminalText('a\u001b[2Jb'), 'a\\x1B[2Jb');
    assert.equal(terminalText('line\nnext\r\tx'), 'line\\nnext\\r\\tx');
    assert.equal(terminalText('\u009b2J\u0085\u007f\u0000'), '\\x9B2J\\x85\\x7F\\x00');
    assert.equal(terminalText('abc\u202eevil\u202c\u2066\u2069\u200f\u061c'), 'abc\\u202Eevil\\u202C\\u2066\\u2069\\u200F\\u061C');
    assert.equal(terminalText('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
    assert.equal(terminalText('lone \ud83d here'), 'lone \\uD83D here');
    const plain = 'Kárášjohka – Guovdageaidnu, Snåase, Hábmer; æøå ÆØÅ 😀 «sitat» 12:00';
    assert.equal(terminalText(plain), plain);
  });

  test('cuts at the limit with "…", never inside a surrogate pair', () => {
    assert.equal(terminalText('x'.repeat(61), 60), `${'x'.repeat(60)}…`);
    assert.equal(terminalText('x'.repeat(60), 60), 'x'.repeat(60));
    assert.equal(terminalText(`${'x'.repeat(59)}😀`, 60), `${'x'.repeat(59)}…`);
    assert.equal(quoted('blåmandag'), '"blåmandag"');
    assert.equal(quoted('y'.repeat(10_000_000)), `"${'y'.repeat(ECHO_LIMIT)}…" (10000000 characters)`);
  });

  test('property: the result holds no raw control, bidi or separator character, and no lone surrogate; safe text is unchanged', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 80 }), (text, max) => {
        for (const out of [terminalText(text), terminalText(text, max), quoted(text)]) {
          assert.doesNotMatch(out, RAW_WITH_LF);
          assert.doesNotMatch(out, LONE_SURROGATE);
        }
        // At most max characters kept, each escaped to at most 6.
        assert.ok(terminalText(text, max).length <= max * 6 + 1);
        if (!RAW_WITH_LF.test(text) && !LONE_SURROGATE.test(text)) assert.equal(terminalText(text), text);
      }),
      { numRuns: runs },
    );
  });

  test('property: a formatted problem is one line of safe text whatever its parts hold', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, hostileText, (message, entryId, column, path) => {
        for (const problem of [
          { severity: 'error' as const, source: 'feed.json', path, entryId, message },
          { severity: 'warning' as const, source: 'groups.csv', row: 3, column, columnLetter: 'B', entryId, message },
        ]) {
          const line = formatProblem(problem);
          assert.doesNotMatch(line, RAW_WITH_LF);
          assert.doesNotMatch(line, LONE_SURROGATE);
          assert.ok(line.length < 4000);
        }
      }),
      { numRuns: runs },
    );
  });

  test('terminalJson: the same JSON value, with C1, bidi and separators as \\u escapes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText, (value, text) => {
        const doc = { value, text };
        const json = terminalJson(JSON.stringify(doc, null, 2));
        assert.doesNotMatch(json.replace(/\n/g, ''), RAW);
        assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: runs },
    );
  });
});

describe('the command line prints feed and CSV text safely', () => {
  const sample = JSON.parse(readFileSync(join(SAMPLE_DIR, 'feed.json'), 'utf8'));

  test('validate: the evil id neither clears the screen nor prints a fake summary; the real summary is the only one', async () => {
    const dir = tempDir();
    const evil = structuredClone(sample);
    evil.groups[0].id = EVIL_ID;
    evil.groups[0].schedule.weekday = 'Funday';
    write(dir, 'feed.json', JSON.stringify(evil));
    const run = await cli(['validate', 'feed.json'], dir);
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.out, RAW);
    const lines = run.out.trimEnd().split('\n');
    assert.equal(lines.length, 3, run.out);
    // The id shown escaped and cut at 60 characters of the original.
    assert.ok(
      lines[0]!.startsWith(
        'feed.json: error: $.groups[0].id [x\\x1B[2J\\x1B[H\\x1B]0;all good\\x07feed.json: 0 error(s), 0 warning(s); 10…] ',
      ),
      lines[0],
    );
    assert.ok(!lines.slice(0, 2).some((line) => line.startsWith('feed.json: 0 error(s)')));
    assert.match(lines[2]!, /^feed\.json: 2 error\(s\), 0 warning\(s\); /);
    // --json: the same, as JSON that parses back to the very id.
    const asJson = await cli(['validate', '--json', 'feed.json'], dir);
    assert.doesNotMatch(asJson.out.replace(/\n/g, ''), RAW);
    const report = JSON.parse(asJson.out) as { problems: { entryId: string }[] };
    assert.equal(report.problems[0]!.entryId, EVIL_ID);
  });

  test('build: control characters in headers, ids and cells are escaped in every line; long cells are cut', async () => {
    const dir = tempDir();
    write(dir, 'base.json', JSON.stringify({ ...sample, groups: [] }));
    const header =
      'id;theme;title_nb;mode;municipality;frequency;weekday;start_time;end_time;status;contact_point;last_verified;x\u001b[2J\u0007';
    const cells = [
      `g\u001b[2J\u202e1`,
      'sorg',
      'Tittel',
      'fysisk',
      '0301',
      'ukentlig',
      `tirsdag\u0007\u009b${'z'.repeat(5000)}`,
      '18.00',
      '20.00',
      '\r\nbuild: 0 error(s)',
      'cp-oslo-kommune',
      '05.10.2026',
      'x',
    ];
    write(dir, 'groups.csv', `${header}\n${cells.map((c) => `"${c}"`).join(';')}\n`);
    const run = await cli(['build', '--groups', 'groups.csv', '--base', 'base.json', '--out', 'feed.json'], dir);
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.err, RAW);
    const lines = run.err.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^(groups\.csv|build): /, line);
    assert.equal(lines.filter((line) => line.startsWith('build: ')).length, 1);
    assert.ok(
      lines.some((line) => line.includes('[g\\x1B[2J\\u202E1]')),
      run.err,
    );
    const weekday = lines.find((line) => line.includes('column weekday'))!;
    assert.ok(weekday.includes(`"tirsdag\\x07\\x9B${'z'.repeat(51)}…" (5009 characters)`), weekday);
    assert.ok(weekday.length < 400, `${weekday.length} characters`);
    assert.ok(
      lines.some((line) => line.includes('column x\\x1B[2J\\x07 (M) unknown column')),
      run.err,
    );
  });

  test('stats, merge, export and import: feed text in their lines is escaped too', async () => {
    const dir = tempDir();
    const evil = structuredClone(sample);
    const sandnes = evil.municipalities.find((m: { number: string }) => m.number === '1108');
    sandnes.names.no = 'Sandnes\u001b[2J\u202e';
    evil.groups[1].id = 'grp\u001b]0;x\u0007';
    write(dir, 'a.json', JSON.stringify(evil));
    const changed = structuredClone(evil);
    changed.centres[0].phone = '+47 99 99 99 99';
    changed.groups[2].id = 'grp\u009b2J';
    write(dir, 'b.json', JSON.stringify(changed));
    const stats = await cli(['stats', 'a.json', '--today', '2026-12-05'], dir);
    assert.equal(stats.code, 0, stats.err);
    assert.doesNotMatch(stats.out + stats.err, RAW);
    assert.ok(stats.out.includes('1108 Sandnes\\x1B[2J\\u202E,'), stats.out);
    const merge = await cli(['merge', 'a.json', 'b.json', '--out', 'm.json'], dir);
    assert.equal(merge.code, 1);
    assert.doesNotMatch(merge.err, RAW);
    assert.ok(merge.err.includes('[grp\\x1B]0;x\\x07]'), merge.err);
    assert.ok(merge.err.includes('[grp\\x9B2J]'), merge.err);
    assert.ok(merge.err.includes(`conflicting centres id "${sample.centres[0].id}"`), merge.err);
    // import: a service name with controls is echoed escaped.
    const exported = await cli(['export', '--format', 'hsds', 'a.json', '--out', 'hsds.json', '--allow-partial'], dir);
    assert.doesNotMatch(exported.err, RAW);
    const hsds = JSON.parse(readFileSync(join(dir, 'hsds.json'), 'utf8'));
    hsds.services.push({ id: 'svc-x', name: 'Tjeneste\u001b[2J\r\nimport: 0 error(s)', status: 'active' });
    write(dir, 'hsds.json', JSON.stringify(hsds));
    const imported = await cli(['import', '--format', 'hsds', 'hsds.json', '--out', 'back.json', '--allow-partial'], dir);
    assert.doesNotMatch(imported.err, RAW);
    assert.ok(imported.err.includes('service "Tjeneste\\x1B[2J\\r\\nimport: 0 error(s)" is not a centre or group'), imported.err);
    assert.equal(imported.err.split('\n').filter((line) => line.startsWith('import: ')).length, 1);
  });
});
