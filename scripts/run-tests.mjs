// The README's test command runs this: the Node-side tests of every workspace (files named
// *.node-test.ts) with Node's test runner, then the browser tests of every workspace with
// @web/test-runner in Chromium. It ends with the names of the tests that failed, if any, and
// ONE plain line adding both up: "N passed, N failed[, N skipped]". CI reads that line.
//   --node-only      only the Node-side tests
//   anything else    passed to @web/test-runner (e.g. --files 'packages/widgets/test/feed/**')
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const nodeOnly = args.includes('--node-only');
const passthrough = args.filter((arg) => arg !== '--node-only');

/** Runs a command; its output is shown as it comes (minus lines `drop` matches) and kept. */
function run(command, commandArgs, { drop } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) if (!drop?.test(line)) process.stdout.write(`${line}\n`);
    });
    child.on('close', (code) => {
      if (pending && !drop?.test(pending)) process.stdout.write(pending);
      resolve({ code: code ?? 1, out });
    });
  });
}

function findNodeTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findNodeTests(path);
    return entry.name.endsWith('.node-test.ts') || entry.name.endsWith('.node-test.mjs') ? [path] : [];
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

const packagesDir = join(root, 'packages');
const nodeTests = readdirSync(packagesDir).flatMap((name) => findNodeTests(join(packagesDir, name, 'test')));
if (nodeTests.length) {
  console.log(`\n== Node tests (${nodeTests.length} files)`);
  // Workspace packages resolve to their TypeScript sources (the `source` export condition).
  const summaryFile = join(root, '.node-test-summary.json');
  rmSync(summaryFile, { force: true });
  const { code } = await run('node', [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/node-test-summary.mjs')}`,
    `--test-reporter-destination=${summaryFile}`,
    ...nodeTests,
  ]);
  const node = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : undefined;
  rmSync(summaryFile, { force: true });
  if (node) {
    totals.passed += node.passed;
    totals.failed += node.failed;
    totals.skipped += node.skipped;
    failures.push(...node.failures);
  }
  if (code !== 0 && !node?.failed) {
    totals.failed += 1; // crashed before reporting
    failures.push('the Node test run failed before reporting a failed test');
  }
}

if (!nodeOnly) {
  console.log('\n== Browser tests (@web/test-runner, Chromium)');
  const summaryFile = join(root, '.wtr-summary.json');
  rmSync(summaryFile, { force: true });
  // The runner's own cheer ("all tests passed!") would speak for half the suite only; its
  // closing line is printed again, combined, below.
  const wtr = await run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...passthrough], {
    drop: /all tests passed|^\s*\d+ passed, \d+ failed(, \d+ skipped)?\s*$|^Failed:$|^\s+✗ /,
  });
  if (existsSync(summaryFile)) {
    const browser = JSON.parse(readFileSync(summaryFile, 'utf8'));
    totals.passed += browser.passed;
    totals.failed += browser.failed;
    totals.skipped += browser.skipped;
    failures.push(...browser.failures);
    rmSync(summaryFile, { force: true });
  }
  if (wtr.code !== 0 && totals.failed === 0) {
    totals.failed += 1; // the runner failed without a test failing
    failures.push('@web/test-runner exited with an error before reporting');
  }
}

if (failures.length) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
