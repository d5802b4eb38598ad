// `frisklivs-feed merge`: a national list of centres plus group lists of several
// contact points; conflicting ids are reported with both sources, never overwritten.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { differingPaths, mergeFeeds } from '../src/merge.js';
import { formatProblem } from '../src/report.js';
import { centre, contactPoint, feedDocument, group, municipalities, offers, themes } from 'frisklivs-widgets/testing';
import { cli, readJsonFile, tempDir, write } from './helpers.js';

const national = () => ({
  name: 'national.json',
  doc: feedDocument({ groups: [], contactPoints: [contactPoint(), contactPoint({ id: 'cp-alta', municipalities: ['5601'] })] }),
});
/** A contact point's own list: only groups, no head. */
const groupsOf = (name: string, ...groups: ReturnType<typeof group>[]) => ({ name, doc: { groups } });

describe('merge', () => {
  test('a national list plus group lists: everything kept, identical duplicates merged silently', () => {
    const result = mergeFeeds(
      [
        national(),
        groupsOf('oslo.json', group({ id: 'g-oslo' })),
        groupsOf('alta.json', group({ id: 'g-alta', municipality: '5601', contactPoint: 'cp-alta' })),
        national(),
      ],
      { generatedAt: '2026-11-25T10:00:00Z' },
    );
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.equal(result.identical, offers.length + themes.length + municipalities.length + 1 + 2);
    assert.deepEqual(
      result.feed!.groups.map((g) => g.id),
      ['g-oslo', 'g-alta'],
    );
    assert.equal(result.feed!.publisher.name, 'Testforlaget');
    assert.equal(result.feed!.generatedAt, '2026-11-25T10:00:00Z');
  });

  test('conflicting ids are reported with both sources and the fields that differ; neither is overwritten', () => {
    const a = groupsOf('kontakt-a.json', group({ id: 'g-1', status: 'open' }));
    const b = groupsOf(
      'kontakt-b.json',
      group({ id: 'g-other' }),
      group({ id: 'g-1', status: 'full', schedule: { frequency: 'weekly', weekday: 'WE', startTime: '18:00', endTime: '20:00' } }),
    );
    const result = mergeFeeds([national(), a, b]);
    assert.equal(result.conflicts.length, 1);
    assert.deepEqual(result.conflicts[0], {
      collection: 'groups',
      id: 'g-1',
      first: { source: 'kontakt-a.json', path: '$.groups[0]' },
      second: { source: 'kontakt-b.json', path: '$.groups[1]' },
      fields: ['schedule.weekday', 'status'],
    });
    assert.deepEqual(result.problems.map(formatProblem), [
      'kontakt-b.json: error: $.groups[1] [g-1] conflicting groups id "g-1": kontakt-a.json ($.groups[0]) and kontakt-b.json ($.groups[1]) differ in schedule.weekday, status; neither is overwritten (give --prefer first or --prefer last to choose)',
    ]);
    assert.equal(result.feed!.groups.find((g) => g.id === 'g-1')!.status, 'open');
  });

  test('--prefer first / last decide, with a warning', () => {
    const a = groupsOf('a.json', group({ status: 'open' }));
    const b = groupsOf('b.json', group({ status: 'full' }));
    const last = mergeFeeds([national(), a, b], { prefer: 'last' });
    assert.equal(last.feed!.groups[0]!.status, 'full');
    assert.deepEqual(
      last.problems.map((p) => p.severity),
      ['warning'],
    );
    assert.match(last.problems[0]!.message, /the last \(b\.json\) is kept \(--prefer last\)$/);
    const first = mergeFeeds([national(), a, b], { prefer: 'first' });
    assert.equal(first.feed!.groups[0]!.status, 'open');
  });

  test('problems in one source name that source and path; references are checked across sources', () => {
    const broken = groupsOf(
      'broken.json',
      group({ id: 'g-bad', schedule: { frequency: 'weekly', weekday: 'XX' as never, startTime: '18:00', endTime: '20:00' } }),
      group({ id: 'g-orphan', contactPoint: 'cp-nowhere' }),
    );
    const result = mergeFeeds([national(), broken]);
    assert.deepEqual(result.problems.map(formatProblem), [
      'broken.json: error: $.groups[0].schedule.weekday [g-bad] expected one of MO, TU, WE, TH, FR, SA, SU, got "XX" (entry skipped)',
      'broken.json: error: $.groups[1].contactPoint [g-orphan] unknown contact point "cp-nowhere" (entry skipped) (in the merged feed)',
    ]);
  });

  test('the CLI: exit 1 on conflicts and nothing written; --prefer last writes and exits 0; unreadable input exits 2', async () => {
    const dir = tempDir();
    write(dir, 'national.json', JSON.stringify(national().doc));
    write(dir, 'a.json', JSON.stringify({ groups: [group({ status: 'open' })] }));
    write(dir, 'b.json', JSON.stringify({ groups: [group({ status: 'full' })], centres: [centre()] }));
    write(dir, 'broken.json', '{ "groups": [');
    const conflict = await cli(['merge', 'national.json', 'a.json', 'b.json', '--out', 'merged.json'], dir);
    assert.equal(conflict.code, 1);
    assert.match(
      conflict.err,
      /b\.json: error: \$\.groups\[0\] \[g-1\] conflicting groups id "g-1": a\.json \(\$\.groups\[0\]\) and b\.json \(\$\.groups\[0\]\) differ in status/,
    );
    assert.match(conflict.err, /1 conflict\(s\), 1 identical duplicate\(s\); NOT written/);
    assert.equal(existsSync(join(dir, 'merged.json')), false);
    const prefer = await cli(['merge', 'national.json', 'a.json', 'b.json', '--out', 'merged.json', '--prefer', 'last'], dir);
    assert.equal(prefer.code, 0, prefer.err);
    assert.equal((readJsonFile(join(dir, 'merged.json')) as { groups: { status: string }[] }).groups[0]!.status, 'full');
    const unreadable = await cli(['merge', 'national.json', 'broken.json'], dir);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.err, /broken\.json: not valid JSON/);
    assert.equal((await cli(['merge', 'national.json'], dir)).code, 2);
    assert.equal((await cli(['merge', 'a.json', 'b.json', '--prefer', 'middle'], dir)).code, 2);
  });

  test('a source in a newer feed version is skipped with an error', () => {
    const result = mergeFeeds([national(), { name: 'future.json', doc: { version: 2, groups: [group({ id: 'g-future' })] } }]);
    assert.deepEqual(result.problems.map(formatProblem), [
      'future.json: error: $.version feed version 2 is newer than this tool understands (1); update frisklivs-widgets (source skipped)',
    ]);
    assert.deepEqual(result.feed!.groups, []);
  });

  test('differing paths', () => {
    assert.deepEqual(differingPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] }, d: 1 }), ['b.c[1]', 'd']);
  });
});
