/**
 * Writes schema/feed.schema.json from the feed definition in src/feed/schema.ts,
 * so the published JSON Schema and the validator can never disagree.
 *   npm run schema          write it
 *   npm run schema -- --check   exit 1 when the checked-in file is out of date (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, FEED_VERSION, FeedHead } from '../src/feed/schema.js';
import { array, namedDefinitions } from '../src/feed/schema-kit.js';

const target = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));

export function buildSchema(): Record<string, unknown> {
  const head = FeedHead.jsonSchema() as { properties: Record<string, unknown>; required: string[] };
  const properties: Record<string, unknown> = { ...head.properties };
  properties.version = { type: 'integer', minimum: 1, maximum: FEED_VERSION, description: `Major version of the feed format; this schema describes version ${FEED_VERSION}.` };
  for (const [name, check] of Object.entries(COLLECTIONS)) properties[name] = array(check).jsonSchema();
  const $defs: Record<string, unknown> = {};
  for (const [name, definition] of [...namedDefinitions()].sort(([a], [b]) => a.localeCompare(b))) $defs[name] = definition.schema();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://frisklivs-widgets.example.org/schema/feed.schema.json',
    title: 'frisklivs-widgets shared feed',
    description:
      'Frisklivssentraler, self-organised self-help groups, their contact points, the offer taxonomy and the municipalities, for the frisklivs-widgets elements. Generated from src/feed/schema.ts; do not edit by hand. Unknown fields are allowed and ignored.',
    type: 'object',
    properties,
    required: head.required,
    $defs,
  };
}

const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as out of date */
  }
  if (current !== text) {
    console.error('schema/feed.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('schema/feed.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
