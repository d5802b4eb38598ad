// Proves the translation check fails where it must: a removed, empty, stale or
// placeholder-drifted translation, or Sámi text left in Bokmål.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const widgets = new URL('../..', import.meta.url).pathname;
const fixture = join(widgets, 'test/fixtures/i18n-complete');

function check(edit?: (xlf: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  cpSync(fixture, dir, { recursive: true });
  if (edit) writeFileSync(join(dir, 'se.xlf'), edit(readFileSync(join(dir, 'se.xlf'), 'utf8')));
  const run = spawnSync('node', [join(widgets, 'scripts/i18n-check.mjs'), '--dir', dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a complete, accepted fixture passes', () => {
  const { status, output } = check();
  assert.equal(status, 0, output);
  assert.match(output, /3 units checked, 0 problem/);
});

test('a removed translation fails', () => {
  const { status, output } = check((xlf) => xlf.replace('\n  <target>Geahččal fas</target>', ''));
  assert.equal(status, 1);
  assert.match(output, /se\.xlf action\.retry: missing translation of "Prøv igjen"/);
});

test('an empty translation fails', () => {
  const { status, output } = check((xlf) => xlf.replace('<target>Geahččal fas</target>', '<target> </target>'));
  assert.equal(status, 1);
  assert.match(output, /action\.retry: empty translation/);
});

test('a translation whose Bokmål source changed is stale', () => {
  const { status, output } = check((xlf) => xlf.replace('<source>Prøv igjen</source>', '<source>Prøv på nytt</source>'));
  assert.equal(status, 1);
  assert.match(output, /action\.retry: stale/);
});

test('placeholder drift fails', () => {
  const { status, output } = check((xlf) => xlf.replace('/<x id="1" equiv-text="${weeks}"/></target>', '</target>'));
  assert.equal(status, 1);
  assert.match(output, /timeline\.weekOf: placeholders differ \(source \{0,1\} target \{0\}\)/);
});

test('Sámi text left in Bokmål fails unless the id is an allowed name', () => {
  const { status, output } = check((xlf) => xlf.replace('<target>Geahččal fas</target>', '<target>Prøv igjen</target>'));
  assert.equal(status, 1);
  assert.match(output, /action\.retry: Sámi text identical to the Bokmål source/);
  assert.doesNotMatch(output, /brand\.nav/);
});

function checkProvenance(edit: (provenance: Record<string, Record<string, unknown>>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'sami-provenance.json');
  const provenance = JSON.parse(readFileSync(file, 'utf8'));
  edit(provenance);
  writeFileSync(file, JSON.stringify(provenance));
  const run = spawnSync('node', [join(widgets, 'scripts/i18n-check.mjs'), '--dir', dir], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a Sámi unit without a provenance entry fails, saying what to add', () => {
  const { status, output } = checkProvenance((p) => delete p.se!['timeline.weekOf']);
  assert.equal(status, 1);
  assert.match(
    output,
    /sami-provenance\.json se: no entry for timeline\.weekOf \(se\.xlf\)\. Add under "se": "timeline\.weekOf": \{ "status": "composed"/,
  );
});

test('a provenance entry for a unit that no longer exists fails', () => {
  const { status, output } = checkProvenance((p) => (p.se!['centreFinder.language.nb'] = { status: 'sourced', basis: 'CLDR' }));
  assert.equal(status, 1);
  assert.match(output, /sami-provenance\.json se: entry centreFinder\.language\.nb names no unit in se\.xlf; remove it/);
});

test('a provenance entry needs a status and a basis', () => {
  const { status, output } = checkProvenance((p) => (p.se!['action.retry'] = { status: 'guessed' }));
  assert.equal(status, 1);
  assert.match(output, /se action\.retry: needs "status"/);
});
