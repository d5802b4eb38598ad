// A reporter for Node's test runner (scripts/run-tests.mjs uses it beside `spec`): writes one
// JSON object with the counts and the names of failed tests, each with its file, so the run can
// end with one combined line and repeat what failed just above it.
import { relative } from 'node:path';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const parents = [];
  for await (const event of source) {
    const data = event.data ?? {};
    if (event.type === 'test:start') parents[data.nesting] = data.name;
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // A suite (describe) reports its own pass/fail on top of its tests': count tests only.
    if (data.details?.type === 'suite') continue;
    if (data.skip !== undefined || data.todo !== undefined) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      const path = [...parents.slice(0, data.nesting), data.name].join(' › ');
      totals.failures.push(`${data.file ? relative(process.cwd(), data.file) : '(unknown file)'}: ${path}`);
    }
  }
  yield `${JSON.stringify(totals)}\n`;
}
