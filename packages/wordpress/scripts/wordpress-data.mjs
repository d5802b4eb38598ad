// The reference data the plugin ships (frisklivs-widgets/data/, committed), taken from the sample feed, which is built
// from the team's reference data and validated in CI:
//
//   municipalities.json  the 357 municipalities (2024 numbering) in the feed's own shape: Norwegian and Sámi names,
//                        county, Sámi administrative area, a point; the editor's municipality pickers and the
//                        `municipalities` of the site's feed
//   taxonomies.json      the sample feed's `themes` and `offers`: the editor's choices when no upstream feed is set
//   postcodes.json       postcode → place and municipality, the resource the site's feed names for postcode search
//   attribution.json     the attribution lines for the data above (Kartverket, SSB, Posten Bring)
//
//   node scripts/wordpress-data.mjs          write them
//   node scripts/wordpress-data.mjs --check  exit 1 when one is not what the sample feed gives
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const sampleDir = dirname(require.resolve('frisklivs-sample-feed/feed.json'));
const dataDir = new URL('../frisklivs-widgets/data/', import.meta.url).pathname;
const check = process.argv.includes('--check');

const feed = JSON.parse(readFileSync(join(sampleDir, 'feed.json'), 'utf8'));
const json = (value) => `${JSON.stringify(value)}\n`;
const files = {
  'municipalities.json': json(feed.municipalities),
  'taxonomies.json': json({ themes: feed.themes, offers: feed.offers }),
  'postcodes.json': readFileSync(join(sampleDir, 'postcodes.json'), 'utf8'),
  // Only the lines about public reference data; the sample feed's fictitious entries are not shipped.
  'attribution.json': json(feed.attribution.filter((line) => /Kartverket|SSB|Posten Bring/.test(line) && !/fiktive/.test(line))),
};

let stale = 0;
for (const [name, content] of Object.entries(files)) {
  const path = join(dataDir, name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
      console.error(`wordpress-data: frisklivs-widgets/data/${name} is out of date; run npm run elements -w frisklivs-wordpress`);
      stale += 1;
    }
  } else {
    writeFileSync(path, content);
  }
}
if (stale) process.exit(1);
console.log(`wordpress-data: ${Object.keys(files).length} data files${check ? ', up to date' : ' written'}`);
