// CI check: the XLIFF files in locales/ must hold every message in the source
// (running `lit-localize extract` must not change them).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const backup = mkdtempSync(join(tmpdir(), 'xliff-'));
cpSync('locales', backup, { recursive: true });
const configBefore = readFileSync('lit-localize.json', 'utf8');
let stale = [];
try {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
  for (const file of readdirSync(backup).filter((name) => name.endsWith('.xlf'))) {
    if (readFileSync(join('locales', file), 'utf8') !== readFileSync(join(backup, file), 'utf8')) stale.push(file);
  }
  if (readFileSync('lit-localize.json', 'utf8') !== configBefore) stale.push('lit-localize.json');
} finally {
  cpSync(backup, 'locales', { recursive: true });
  rmSync(backup, { recursive: true, force: true });
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run i18n:extract\` and commit the result.`);
  process.exit(1);
}
console.log('locales/*.xlf are up to date with the source messages.');
