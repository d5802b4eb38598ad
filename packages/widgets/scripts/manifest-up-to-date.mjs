// CI check: custom-elements.json and the typings and editor data in types/ must be what the analyzer
// and its plugins generate from the current JSDoc. They write in place, so the checked-in files are
// kept and put back afterwards; the stale ones are named.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const generated = () => ['custom-elements.json', ...readdirSync('types').map((name) => `types/${name}`)];
const read = (files) => new Map(files.map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : undefined]));
const committed = read(generated());
let fresh;
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
  fresh = read([...new Set([...committed.keys(), ...generated()])]);
} finally {
  for (const file of generated()) if (!committed.has(file)) rmSync(file);
  for (const [file, text] of committed) if (text !== undefined) writeFileSync(file, text);
}
const stale = [...fresh].filter(([file, text]) => committed.get(file) !== text).map(([file]) => `packages/widgets/${file}`);
if (stale.length) {
  console.error(`Out of date (run \`npm run manifest\` and commit):\n${stale.map((file) => `  ${file}`).join('\n')}`);
  process.exit(1);
}
console.log('custom-elements.json and types/ are up to date.');
