// `npm run fuzz:render`: the hostile-feed render test with FUZZ_RUNS runs per
// element (default 1 000). A browser test cannot read the environment, so the
// number is handed over in test/quality/.fuzz-runs (read with the test runner's
// readFile command) and removed again afterwards.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url)); // the repository, where the test runner's config is
const file = fileURLToPath(new URL('.fuzz-runs', import.meta.url));
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`FUZZ_RUNS must be a positive whole number, not ${process.env.FUZZ_RUNS}`);
  process.exit(2);
}
writeFileSync(file, `${runs}\n`);
let status;
try {
  console.log(`hostile-feed rendering: ${runs} runs per element`);
  const result = spawnSync(
    'npx',
    ['wtr', '--config', 'web-test-runner.config.mjs', '--files', 'packages/widgets/test/quality/hostile-render.test.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  status = result.status ?? 1;
} finally {
  rmSync(file, { force: true });
}
process.exit(status);
