// The README's test command runs this: the Node-side tests (feed kit, i18n
// checks; files named *.node-test.ts) with Node's test runner, then the
// browser tests with @web/test-runner in Chromium, and ends with ONE plain
// line adding both up: "N passed, N failed[, N skipped]". CI reads that line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const passthrough = process.argv.slice(2);

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], env: process.env });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function findNodeTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findNodeTests(path);
    return entry.name.endsWith('.node-test.ts') || entry.name.endsWith('.node-test.mjs') ? [path] : [];
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };

const nodeTests = findNodeTests(join(root, 'test'));
if (nodeTests.length) {
  console.log(`\n== Node tests (${nodeTests.length} files)`);
  const { code, out } = await run('node', ['--import', 'tsx', '--test', '--test-reporter=tap', ...nodeTests], { capture: true });
  const count = (name) => Number(out.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (code !== 0 && count('fail') + count('cancelled') === 0) totals.failed += 1; // crashed before reporting
}

console.log('\n== Browser tests (@web/test-runner, Chromium)');
const summaryFile = join(root, '.wtr-summary.json');
rmSync(summaryFile, { force: true });
const wtr = await run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...passthrough], {});
if (existsSync(summaryFile)) {
  const browser = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  totals.skipped += browser.skipped;
  rmSync(summaryFile, { force: true });
}
if (wtr.code !== 0 && totals.failed === 0) totals.failed += 1; // the runner failed without a test failing

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
