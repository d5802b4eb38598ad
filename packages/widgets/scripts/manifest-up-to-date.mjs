// CI check: custom-elements.json must be what the analyzer generates from the current JSDoc.
// The analyzer writes the file in place, so the committed text is kept and put back afterwards.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const committed = readFileSync('custom-elements.json', 'utf8');
let fresh;
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
  fresh = readFileSync('custom-elements.json', 'utf8');
} finally {
  writeFileSync('custom-elements.json', committed);
}
if (fresh !== committed) {
  console.error('custom-elements.json is out of date: run `npm run manifest` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
