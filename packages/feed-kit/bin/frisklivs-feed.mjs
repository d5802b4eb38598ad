#!/usr/bin/env node
// The `frisklivs-feed` command (npx frisklivs-feed …). Plain ESM for Node 20:
// it runs the feed kit bundled to dist/cli.js by `npm run build` in packages/feed-kit.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('frisklivs-feed: dist/cli.js is missing; in a checkout run `npm run build -w frisklivs-feed` first.\n');
    process.exit(2);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2));
