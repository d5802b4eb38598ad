// The Sámi word check (scripts/sami-words.mjs): skipped with a reason where the development tool is missing,
// a failure where CI requires it, and, with the tool, a failure on a flagged word, an unexplained allow-list
// entry or a stale one. The tool is optional outside CI: the tests that need it are skipped, and say so, without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const widgets = new URL('../..', import.meta.url).pathname;
const script = join(widgets, 'scripts/sami-words.mjs');
const fixture = join(widgets, 'test/fixtures/sami-words');

function run(args: string[], env: Record<string, string | undefined>) {
  const base = { ...process.env };
  delete base.SAMI_WORDS;
  delete base.SAMI_WORDS_REQUIRED;
  const result = spawnSync('node', [script, ...args], { encoding: 'utf8', env: { ...base, ...env } as NodeJS.ProcessEnv });
  return { status: result.status, output: result.stdout + result.stderr };
}

// Where the tool is when this machine has it, as the script itself looks for it.
const toolDir = spawnSync('node', [script, '--where'], { encoding: 'utf8' }).stdout.trim() || undefined;
const hfst = !spawnSync('hfst-lookup', ['--version']).error;
const withTool = toolDir && hfst ? false : 'the sami-words tool or hfst-lookup is not on this machine';

test('without the tool the check says it was skipped and why, and passes', () => {
  const { status, output } = run([], { SAMI_WORDS: '/nonexistent/sami-words' });
  assert.equal(status, 0, output);
  assert.match(output, /Sámi word check skipped: the sami-words tool was not found at \$SAMI_WORDS/);
});

test('where CI requires the tool, a missing tool fails', () => {
  const { status, output } = run([], { SAMI_WORDS: '/nonexistent/sami-words', SAMI_WORDS_REQUIRED: '1' });
  assert.equal(status, 1);
  assert.match(output, /REQUIRED here/);
});

function fixtureCopy(edit?: { xlf?: (x: string) => string; allow?: (a: Record<string, Record<string, unknown>>) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'sami-words-'));
  cpSync(fixture, dir, { recursive: true });
  if (edit?.xlf) writeFileSync(join(dir, 'sma.xlf'), edit.xlf(readFileSync(join(dir, 'sma.xlf'), 'utf8')));
  if (edit?.allow) {
    const allow = JSON.parse(readFileSync(join(dir, 'sami-allowed-words.json'), 'utf8'));
    edit.allow(allow);
    writeFileSync(join(dir, 'sami-allowed-words.json'), JSON.stringify(allow));
  }
  return run(['--locale', 'sma', '--dir', dir, '--feed', join(dir, 'feed.json')], { SAMI_WORDS: toolDir });
}

test('with the tool: known words, an allowed name and an official place name pass', { skip: withTool }, () => {
  const { status, output } = fixtureCopy();
  assert.equal(status, 0, output);
  assert.match(output, /sma: \d+ distinct words, 2 flagged: 0 failing, 1 official place names, allowed 1 name/);
});

test('with the tool: a misspelt South Sámi word fails, with the normative lemma', { skip: withTool }, () => {
  const { status, output } = fixtureCopy({ xlf: (x) => x.replace('annje', 'aanje') });
  assert.equal(status, 1);
  assert.match(output, /FLAGGED\tsma\tmisspelling\taanje \(normative lemma: annje\)\ttimeline\.progress\.before/);
});

test('with the tool: an allowed word needs a kind and a one-line reason', { skip: withTool }, () => {
  const { status, output } = fixtureCopy({ allow: (a) => (a.sma!.nav = { kind: 'name', reason: '' }) });
  assert.equal(status, 1);
  assert.match(output, /sma "nav": needs a one-line "reason"/);
});

test('with the tool: a coined term needs its provenance entry', { skip: withTool }, () => {
  const { status, output } = fixtureCopy({ allow: (a) => (a.sma!.nav = { kind: 'coined', reason: 'ours', provenance: 'no.such.id' }) });
  assert.equal(status, 1);
  assert.match(output, /a coined term needs "provenance"/);
});

test('with the tool: an allow-list entry that no longer matches a flagged word fails', { skip: withTool }, () => {
  const { status, output } = fixtureCopy({ allow: (a) => (a.sma!.aanje = { kind: 'loan', reason: 'was here once' }) });
  assert.equal(status, 1);
  assert.match(output, /sma "aanje": no longer flagged anywhere; remove the entry/);
});
