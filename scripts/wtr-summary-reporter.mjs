import { writeFileSync, writeSync } from 'node:fs';
import { relative } from 'node:path';

// Prints one plain closing line, "N passed, N failed[, N skipped]", after the
// test run: CI reads that line. A test file that fails to load, or a browser
// error outside any test, counts as one failure so it can never pass silently.
function countSuite(suite, totals, file, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${file}: ${[...path, test.name].join(' › ')}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, file, [...path, child.name]);
}

/** Lit development-mode warnings logged by a test page (each counts as a failure). */
function litWarnings(session) {
  const found = [];
  for (const log of session.logs ?? []) {
    const text = (Array.isArray(log) ? log : [log]).map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) found.push(text.slice(0, 300));
  }
  return found;
}

export function summaryReporter() {
  let sessionsSeen = [];
  return {
    onTestRunFinished({ sessions }) {
      sessionsSeen = sessions;
    },
    async stop() {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessionsSeen) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) countSuite(session.testResults, totals, file);
        const fileFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (fileFailed) {
          totals.failed += 1;
          totals.failures.push(`${file}: the test file failed to run (${session.errors?.[0]?.message ?? 'no results'})`);
        }
        for (const warning of litWarnings(session)) {
          totals.failed += 1;
          totals.failures.push(`${file}: Lit warning ${warning.slice(0, 120)}`);
          process.stderr.write(`Lit warning in ${session.testFile}: ${warning}\n`);
        }
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // For scripts/run-tests.mjs, which adds the Node-side tests to these.
      writeFileSync('.wtr-summary.json', JSON.stringify(totals));
      // The default reporter still prints its own summary after stop(), so the
      // line is written when the process exits, as the very last output.
      process.once('exit', () => {
        if (totals.failed) process.exitCode = 1;
        if (totals.failures.length) writeSync(1, `\nFailed:\n${totals.failures.map((name) => `  ✗ ${name}`).join('\n')}\n`);
        writeSync(1, `\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
