/**
 * Checks a feed file or URL with the same validator the elements use, and
 * prints every problem with its JSON path.
 *   npm run validate-feed -- demo/feed.json
 *   npm run validate-feed -- https://example.org/frisklivs/feed.json
 * Exit code: 0 valid (warnings allowed), 1 errors found, 2 unreadable.
 */
import { readFile } from 'node:fs/promises';
import { summarize, validateFeed } from '../src/feed/validate.js';

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${source}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

async function main(): Promise<number> {
  const sources = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!sources.length) {
    console.error('usage: npm run validate-feed -- <file-or-url> [more …]');
    return 2;
  }
  let worst = 0;
  for (const source of sources) {
    let json: unknown;
    try {
      json = JSON.parse(await readSource(source));
    } catch (error) {
      console.error(`${source}: cannot read as JSON: ${(error as Error).message}`);
      worst = 2;
      continue;
    }
    const { feed, problems, fatal } = validateFeed(json);
    for (const problem of problems) {
      const entry = problem.entryId ? ` [${problem.entryId}]` : '';
      console.log(`${source}: ${problem.severity}: ${problem.path}${entry} ${problem.message}`);
    }
    const { errors, warnings } = summarize(problems);
    const counts = feed
      ? `${feed.centres.length} centres, ${feed.groups.length} groups, ${feed.contactPoints.length} contact points, ${feed.offers.length} offers, ${feed.themes.length} themes, ${feed.municipalities.length} municipalities usable`
      : `unusable (${fatal})`;
    console.log(`${source}: ${errors} error(s), ${warnings} warning(s); ${counts}`);
    if (errors) worst = Math.max(worst, 1);
  }
  return worst;
}

process.exitCode = await main();
