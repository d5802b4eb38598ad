/**
 * Writes schema/feed.schema.json from the feed definition in src/feed/schema.ts,
 * so the published JSON Schema and the validator can never disagree.
 *   npm run schema              write it
 *   npm run schema -- --check   exit 1 when the checked-in file is out of date (CI)
 * Descriptions live here, not in the definition, so they stay out of the browser bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, FEED_VERSION, FeedHead } from '../src/feed/schema.js';
import { namedDefinitions, type Check } from '../src/feed/schema-kit.js';

type JsonSchema = Record<string, unknown>;
const target = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));

/** Descriptions by definition name, or "Definition.field". Every key must exist (checked below). */
const DESCRIPTIONS: Record<string, string> = {
  LocalizedText:
    'Text per locale: nb (Bokmål) is required and is the fallback; nn, se (North Sámi), sma (South Sámi), smj (Lule Sámi), en are optional.',
  OpeningHours:
    'Contact or opening hours on some weekdays, optionally valid only between two dates. Several entries for one weekday are several periods of that day (e.g. closed for lunch). Norwegian public holidays are closed unless a special day says otherwise.',
  SpecialDay:
    'A day that differs from the weekly hours: without hours the place is closed that day; with hours, those are its hours. Overrides the weekly hours and the public-holiday rule.',
  'SpecialDay.hours':
    'The periods the place is open that day (1-4; periods that overlap or touch are read as one). Absent: closed all day.',
  'SpecialDay.note': 'Why the day is special, e.g. "Julaften" or "Kurs for personalet".',
  'OpeningHours.weekdays': 'RFC 5545 / HSDS byday codes, Monday first.',
  Offer: 'One offer of the taxonomy, e.g. physical activity or a KiD course.',
  'Offer.kind': 'core: physical activity, diet, snus/smoking cessation; optional: everything else.',
  Theme: 'A self-help group theme such as grief or anxiety.',
  Site: 'A place where the centre meets people.',
  'Site.stepFree': 'Step-free access to the entrance and the rooms used.',
  Programme: "The centre's own structured follow-up programme (12 weeks unless stated).",
  'Programme.groupSessionWeeks': 'Weeks with group sessions.',
  'Programme.conversationWeeks': 'Weeks with an extra health conversation between the first and the last.',
  'Programme.renewable': 'Whether a second period may follow the closing conversation.',
  Notice: 'A short notice, shown between its validity dates.',
  Centre: 'A frisklivssentral (healthy life centre); an inter-municipal centre serves several municipalities and one hosts it.',
  'Centre.serviceCode': 'Volven 8663 service code; KX04 = frisklivssentral.',
  'Centre.hostMunicipality': 'Number of the municipality that hosts the centre.',
  'Centre.municipalities': 'Numbers of the municipalities served, the host included.',
  'Centre.referral': 'How people get in: self-referral, GP (fastlege), NAV, other health personnel.',
  'Centre.languages': 'ISO 639 codes of the languages spoken, Sámi included (se, sma, smj).',
  'Centre.status': 'active, temporarily-closed (until closedUntil) or closed.',
  'Centre.lastVerified': 'When the entry was last checked.',
  'Centre.specialDays': 'Closed days and special hours (at most 400, one per date), overriding contactHours and the public holidays.',
  'Centre.reportUrl': "Where a reader reports an error in this entry: a mailto: address or an https: form. Overrides the publisher's.",
  ContactPoint: 'A place that starts self-help groups and takes contact from people who want to join.',
  'ContactPoint.national': 'Takes contact from the whole country.',
  'ContactPoint.registerInterestUrl': 'Where a person registers interest in joining or starting a group.',
  'ContactPoint.contactHours': 'When the contact point answers (same form as a centre).',
  'ContactPoint.specialDays': 'Closed days and special hours of the contact point.',
  'ContactPoint.waitingList':
    "Whether people may ask to be put on a full group's waiting list through this contact point. Absent means false.",
  'ContactPoint.reportUrl': "Where a reader reports an error in this entry (mailto: or https:). Overrides the publisher's.",
  GroupSchedule: 'When the group meets: HSDS freq WEEKLY with interval 1 (weekly) or 2 (fortnightly).',
  Group: 'A self-organised self-help group. Never carries members or a meeting address.',
  'Group.status': 'forming (seeking members, see plannedStart), open (for new members) or full.',
  'Group.area': 'A coarse area (a district), never an address.',
  'Group.minAge': 'Age limit; adults (18) unless stated.',
  'Group.reportUrl': "Where a reader reports an error in this entry (mailto: or https:). Overrides the publisher's.",
  'Feed.publisher.reportUrl':
    'Where a reader reports an error in any entry that has no reportUrl of its own: a mailto: address or an https: form.',
  Municipality: 'A municipality (2024 numbering) with its official names per language.',
  'Municipality.samiArea': 'Language of the administrative area for Sámi languages, when the municipality is in it.',
};
const used = new Set<string>();

function describe(key: string, schema: JsonSchema): JsonSchema {
  const description = DESCRIPTIONS[key];
  if (description) used.add(key);
  return description ? { ...schema, description } : schema;
}

function toJsonSchema(check: Check<unknown>, key: string): JsonSchema {
  const spec = check.spec;
  let schema: JsonSchema;
  switch (spec.kind) {
    case 'string':
      schema = { type: 'string', minLength: spec.minLength, maxLength: spec.maxLength };
      if (spec.pattern) schema.pattern = spec.pattern.source;
      if (spec.format) schema.format = spec.format;
      break;
    case 'number':
      schema = { type: spec.integer ? 'integer' : 'number' };
      if (spec.min !== undefined) schema.minimum = spec.min;
      if (spec.max !== undefined) schema.maximum = spec.max;
      break;
    case 'boolean':
      schema = { type: 'boolean' };
      break;
    case 'enum':
      schema = { enum: [...spec.values] };
      break;
    case 'array':
      schema = { type: 'array', items: toJsonSchema(spec.item, `${key}[]`), maxItems: spec.maxItems };
      if (spec.minItems) schema.minItems = spec.minItems;
      if (spec.unique) schema.uniqueItems = true;
      break;
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const [field, child] of Object.entries(spec.shape)) {
        properties[field] = describe(`${key}.${field}`, toJsonSchema(child, `${key}.${field}`));
        if (!child.isOptional) required.push(field);
      }
      schema = { type: 'object', properties, required };
      break;
    }
    case 'ref':
      schema = { $ref: `#/$defs/${spec.name}` };
      break;
  }
  if (check.defaultValue !== undefined) schema.default = check.defaultValue;
  return schema;
}

export function buildSchema(): JsonSchema {
  const head = toJsonSchema(FeedHead as Check<unknown>, 'Feed') as { properties: Record<string, JsonSchema>; required: string[] };
  const properties: Record<string, JsonSchema> = { ...head.properties };
  properties.version = {
    type: 'integer',
    minimum: 1,
    maximum: FEED_VERSION,
    description: `Major version of the feed format; this schema describes version ${FEED_VERSION}. A newer major version is refused with a clear error.`,
  };
  properties.resources = {
    ...properties.resources,
    description:
      'Optional resources the feed points to; postcodes is a URL, relative to the feed, of a postcode list fetched only when someone types digits.',
  };
  for (const [name, check] of Object.entries(COLLECTIONS)) {
    properties[name] = { type: 'array', items: toJsonSchema(check as Check<unknown>, name) };
  }
  const $defs: Record<string, JsonSchema> = {};
  for (const [name, check] of [...namedDefinitions()].sort(([a], [b]) => a.localeCompare(b))) {
    $defs[name] = describe(name, toJsonSchema(check, name));
  }
  const unused = Object.keys(DESCRIPTIONS).filter((key) => !used.has(key));
  if (unused.length) throw new Error(`descriptions for unknown definitions or fields: ${unused.join(', ')}`);
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
