// The command line, in process and as the installed `bin` (bundled by esbuild
// first, then run with plain Node as at an install site: no tsx).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { validateFeed } from 'frisklivs-widgets/feed';
import { feedDocument } from 'frisklivs-widgets/testing';
import { ROOT, SAMPLE_DIR, cli, cp1252, readJsonFile, tempDir, write } from './helpers.js';

const DEMO = join(SAMPLE_DIR, 'feed.json');

/** The demo feed with three hand-made faults. */
function brokenDemo(): string {
  const doc = JSON.parse(readFileSync(DEMO, 'utf8'));
  doc.groups[3].schedule.weekday = 'Funday';
  delete doc.centres[2].lastVerified;
  doc.contactPoints[0].url = 'javascript:alert(1)';
  return JSON.stringify(doc);
}

describe('validate', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(DEMO));
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('a good feed: summary line, exit 0', async () => {
    const run = await cli(['validate', 'feed.json'], SAMPLE_DIR);
    assert.equal(run.code, 0);
    assert.equal(
      run.out,
      'feed.json: 0 error(s), 0 warning(s); 100 centres, 150 groups, 20 contact points, 11 offers, 12 themes, 357 municipalities usable\n',
    );
  });

  test('a broken feed: every problem with its JSON path and entry, exit 1', async () => {
    const dir = tempDir();
    write(dir, 'broken.json', brokenDemo());
    const run = await cli(['validate', 'broken.json'], dir);
    assert.equal(run.code, 1);
    assert.deepEqual(run.out.trim().split('\n'), [
      'broken.json: warning: $.contactPoints[0].url [cp-selvhjelp-norge] only https:, http:, mailto: and tel: links are allowed (field ignored)',
      'broken.json: error: $.centres[2].lastVerified [fls-0301] is required (entry skipped)'.replace(
        'fls-0301',
        JSON.parse(brokenDemo()).centres[2].id,
      ),
      'broken.json: error: $.groups[3].schedule.weekday [grp-0004] expected one of MO, TU, WE, TH, FR, SA, SU, got "Funday" (entry skipped)'.replace(
        'grp-0004',
        JSON.parse(brokenDemo()).groups[3].id,
      ),
      'broken.json: 2 error(s), 1 warning(s); 99 centres, 149 groups, 20 contact points, 11 offers, 12 themes, 357 municipalities usable',
    ]);
    const quiet = await cli(['validate', '--quiet', 'broken.json'], dir);
    assert.equal(quiet.out.trim().split('\n').length, 1);
    const json = await cli(['validate', '--json', 'broken.json'], dir);
    const report = JSON.parse(json.out);
    assert.deepEqual([report.errors, report.warnings, report.problems[1].path], [2, 1, '$.centres[2].lastVerified']);
  });

  test('a URL is fetched; an HTTP error, a missing file and non-JSON exit 2', async () => {
    const good = await cli(['validate', `${base}/feed.json`]);
    assert.equal(good.code, 0);
    assert.match(good.out, /0 error\(s\), 0 warning\(s\); 100 centres/);
    const missing = await cli(['validate', `${base}/nothing.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.out, /: error: \$ HTTP 404/);
    const dir = tempDir();
    write(dir, 'text.json', 'id;name\n');
    const notJson = await cli(['validate', 'text.json', 'nowhere.json'], dir);
    assert.equal(notJson.code, 2);
    assert.match(notJson.out, /^text\.json: error: \$ not valid JSON/m);
    assert.match(notJson.out, /^nowhere\.json: error: \$ no such file/m);
  });

  test('a feed saved as Windows-1252 is read too', async () => {
    const dir = tempDir();
    const doc = feedDocument();
    write(dir, 'ansi.json', cp1252(JSON.stringify(doc)));
    const run = await cli(['validate', 'ansi.json'], dir);
    assert.equal(run.code, 0, run.out);
  });
});

describe('usage', () => {
  test('help, version, unknown commands and options', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^frisklivs-feed <command>/);
    assert.match((await cli(['--version'])).out, /^\d+\.\d+\.\d+/);
    assert.equal((await cli([])).code, 2);
    assert.equal((await cli(['frobnicate'])).code, 2);
    assert.equal((await cli(['validate', '--frobnicate', 'x'])).code, 2);
    assert.equal((await cli(['validate'])).code, 2);
    assert.equal((await cli(['build'])).code, 2);
    assert.equal((await cli(['export', DEMO])).code, 2, 'no --format');
    assert.equal((await cli(['export', '--format', 'csv', DEMO])).code, 2);
    const missing = await cli(['build', '--groups', 'no-such.csv']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no-such\.csv: no such file/);
  });
});

describe('export and import', () => {
  test('export --format hsds writes HSDS; import --format hsds rebuilds the same feed', async () => {
    const dir = tempDir();
    const exported = await cli(['export', '--format', 'hsds', DEMO, '--out', join(dir, 'hsds.json')]);
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.err, /export: 0 error\(s\), 0 warning\(s\);.*written to .*hsds\.json/);
    const hsds = readJsonFile(join(dir, 'hsds.json')) as Record<string, unknown[]>;
    assert.equal(hsds.hsds_version, '3.0');
    assert.equal(hsds.services!.length, 270);
    const imported = await cli(['import', '--format', 'hsds', 'hsds.json', '--out', 'feed.json'], dir);
    assert.equal(imported.code, 0, imported.err);
    const original = validateFeed(JSON.parse(readFileSync(DEMO, 'utf8'))).feed;
    assert.deepStrictEqual(validateFeed(readJsonFile(join(dir, 'feed.json'))).feed, original);
  });

  test('export of a broken feed refuses without --allow-partial; import of non-HSDS exits 1; stdout when no --out', async () => {
    const dir = tempDir();
    write(dir, 'broken.json', brokenDemo());
    const refused = await cli(['export', '--format', 'hsds', 'broken.json', '--out', 'x.json'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /^broken\.json: error: \$\.groups\[3\]\.schedule\.weekday/m);
    assert.match(refused.err, /NOT written/);
    const partial = await cli(['export', '--format', 'hsds', 'broken.json', '--allow-partial'], dir);
    assert.equal(partial.code, 0);
    assert.equal(JSON.parse(partial.out).hsds_version, '3.0');
    write(dir, 'not-hsds.json', JSON.stringify({ hello: 'world' }));
    const notHsds = await cli(['import', '--format', 'hsds', 'not-hsds.json'], dir);
    assert.equal(notHsds.code, 1);
    assert.match(notHsds.err, /no "services" or "organizations" table found/);
  });

  test('--verbose prints timing', async () => {
    const run = await cli(['export', '--format', 'hsds', DEMO, '--out', join(tempDir(), 'h.json'), '--verbose']);
    assert.match(run.err, /export: timing: read \d+ ms, validate \d+ ms, export \d+ ms, render \d+ ms, write \d+ ms, total \d+ ms/);
  });
});

describe('the installed bin (plain Node, bundled with esbuild)', () => {
  before(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT });
  });
  const bin = (args: string[], cwd = ROOT) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/frisklivs-feed.mjs'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });

  test('node bin/frisklivs-feed.mjs validate feed.json exits 0', () => {
    const run = bin(['validate', 'feed.json'], SAMPLE_DIR);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^feed\.json: 0 error\(s\), 0 warning\(s\); 100 centres/);
  });

  test('a hand-broken copy exits 1 and prints the JSON paths', () => {
    const dir = tempDir();
    write(dir, 'broken.json', brokenDemo());
    const run = bin(['validate', 'broken.json'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^broken\.json: error: \$\.groups\[3\]\.schedule\.weekday \[[\w-]+\] expected one of MO/m);
    assert.match(run.stdout, /^broken\.json: error: \$\.centres\[2\]\.lastVerified/m);
    assert.match(run.stdout, /^broken\.json: 2 error\(s\), 1 warning\(s\)/m);
  });

  test('build from the templates, then export and stats, all through the bin', () => {
    const dir = tempDir();
    const t = (name: string) => join(ROOT, 'templates', name);
    const build = bin(
      [
        'build',
        '--centres',
        t('centres.csv'),
        '--groups',
        t('groups.csv'),
        '--contact-points',
        t('contact-points.csv'),
        '--offers',
        t('offers.csv'),
        '--themes',
        t('themes.csv'),
        '--publisher',
        'Eksempel',
        '--out',
        'feed.json',
      ],
      dir,
    );
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stderr, /centres\.csv: 2 row\(s\) → 1 centres; utf-8 with BOM, separator ";"/);
    assert.match(
      build.stderr,
      /build: 0 error\(s\), 0 warning\(s\); 1 centres, 2 groups, 2 contact points, 4 offers, 2 themes, 0 municipalities; written to feed\.json/,
    );
    const exported = bin(['export', '--format', 'hsds', 'feed.json', '--out', 'hsds.json'], dir);
    assert.equal(exported.status, 0, exported.stderr);
    const stats = bin(['stats', 'feed.json'], dir);
    assert.equal(stats.status, 0, stats.stderr);
    assert.match(stats.stdout, /entries: 1 centres \(2 sites\), 2 groups/);
  });
});
