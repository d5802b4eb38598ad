// 10 000 groups in seconds: build from CSV, export to HSDS, validate, merge and
// stats through the command line (in process), timed. The figures are printed
// as test diagnostics; the limits are generous so a slow CI machine passes.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR, cli, readJsonFile, tempDir, write } from './helpers.js';

const GROUPS = 10_000;
const LIMIT_MS = 15_000;
const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'måndag', 'tysdag', 'Mon', 'Thu', 'lør'];
const STATUSES = ['åpen', 'under oppstart', 'full', 'søker deltakere', 'fullt', 'Åpen'];

let dir: string;
const timings: Record<string, number> = {};

async function timed(name: string, args: string[]) {
  const start = performance.now();
  const run = await cli(args, dir);
  timings[name] = performance.now() - start;
  assert.equal(run.code, 0, run.err.slice(0, 2000));
  return run;
}

describe(`${GROUPS} groups`, () => {
  before(() => {
    dir = tempDir();
    const demo = JSON.parse(readFileSync(join(SAMPLE_DIR, 'feed.json'), 'utf8'));
    write(dir, 'base.json', JSON.stringify({ ...demo, groups: [] }));
    const themes: string[] = demo.themes.map((t: { id: string }) => t.id);
    const contactPoints: string[] = demo.contactPoints.map((c: { id: string }) => c.id);
    const municipalities: string[] = demo.municipalities.map((m: { number: string }) => m.number);
    const lines = [
      'id;theme;title_nb;title_en;description_nb;mode;municipality;area_nb;frequency;weekday;start_time;end_time;first_meeting;status;languages;contact_point;last_verified',
    ];
    for (let i = 0; i < GROUPS; i++) {
      const digital = i % 7 === 0;
      const hour = 10 + (i % 10);
      lines.push(
        [
          `grp-${i}`,
          themes[i % themes.length],
          `Gruppe nummer ${i} – Tromsø`,
          `Group number ${i}`,
          '"For deg som vil dele erfaringer med andre; vi møtes som likeverdige og har taushetsplikt."',
          digital ? 'digitalt' : 'fysisk',
          digital ? '' : String(Number(municipalities[i % municipalities.length])), // leading zeros lost, as in Excel
          digital ? '' : 'Sentrum',
          i % 3 ? 'ukentlig' : 'annenhver uke',
          WEEKDAYS[i % WEEKDAYS.length],
          `${hour}.00`,
          `${hour + 2}.00`,
          `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.2026`,
          STATUSES[i % STATUSES.length],
          i % 5 ? 'nb' : 'nb | en',
          contactPoints[i % contactPoints.length],
          `${String((i % 28) + 1).padStart(2, '0')}.10.2026`,
        ].join(';'),
      );
    }
    write(dir, 'groups.csv', `${lines.join('\r\n')}\r\n`);
  });

  test('build, export, import, validate, merge and stats each take seconds at most', async (t) => {
    const build = await timed('build', ['build', '--groups', 'groups.csv', '--base', 'base.json', '--out', 'feed.json', '--verbose']);
    const feed = readJsonFile(join(dir, 'feed.json')) as { groups: unknown[] };
    assert.equal(feed.groups.length, GROUPS);
    assert.match(build.err, /build: 0 error\(s\), 0 warning\(s\); 100 centres, 10000 groups/);
    const exported = await timed('export --format hsds', ['export', '--format', 'hsds', 'feed.json', '--out', 'hsds.json', '--verbose']);
    await timed('import --format hsds', ['import', '--format', 'hsds', 'hsds.json', '--out', 'back.json']);
    assert.deepStrictEqual(readJsonFile(join(dir, 'back.json')), {
      ...feed,
      generatedAt: (readJsonFile(join(dir, 'back.json')) as { generatedAt: string }).generatedAt,
    });
    const validate = await timed('validate', ['validate', 'feed.json', '--verbose']);
    assert.match(validate.out, /0 error\(s\), 0 warning\(s\); 100 centres, 10000 groups/);
    await timed('merge (feed with itself)', ['merge', 'feed.json', 'back.json', '--out', 'merged.json']);
    await timed('stats', ['stats', 'feed.json']);
    for (const [name, ms] of Object.entries(timings)) {
      t.diagnostic(`${name}: ${Math.round(ms)} ms`);
      assert.ok(ms < LIMIT_MS, `${name} took ${Math.round(ms)} ms`);
    }
    t.diagnostic(build.err.split('\n').find((l) => l.includes('timing')) ?? '');
    t.diagnostic(exported.err.split('\n').find((l) => l.includes('timing')) ?? '');
  });
});
