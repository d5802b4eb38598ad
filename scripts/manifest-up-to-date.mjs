// CI check: custom-elements.json must be what the analyzer generates from the current JSDoc.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = readFileSync('custom-elements.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'inherit' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
