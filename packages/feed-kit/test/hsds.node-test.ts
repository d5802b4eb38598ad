// HSDS 3.0: the export is valid against the official schemas (test/hsds-3.0,
// draft 2020-12, checked with Ajv and its formats), and import gives the feed back.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateFeed } from 'frisklivs-widgets/feed';
import type { Feed } from 'frisklivs-widgets/feed';
import { exportHsds, importHsds, HSDS_SCHEMA_OF, HSDS_TABLES, type HsdsDocument, type HsdsRow } from '../src/hsds.js';
import { centre, contactPoint, feedDocument, group } from 'frisklivs-widgets/testing';
import { HSDS_DIR, SAMPLE_DIR } from './helpers.js';

let validators: Map<string, ValidateFunction>;

before(() => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  for (const file of readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(HSDS_DIR, file), 'utf8')), file);
  }
  validators = new Map(HSDS_TABLES.map((table) => [table, ajv.getSchema(HSDS_SCHEMA_OF[table])!]));
});

/** Every row of every table against its official schema. */
function schemaErrors(doc: HsdsDocument): string[] {
  const errors: string[] = [];
  for (const table of HSDS_TABLES) {
    const validate = validators.get(table)!;
    (doc[table] as HsdsRow[]).forEach((row, i) => {
      if (!validate(row)) errors.push(`${table}[${i}]: ${validate.errors!.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
    });
  }
  return errors;
}

const demoFeed = (): Feed => validateFeed(JSON.parse(readFileSync(join(SAMPLE_DIR, 'feed.json'), 'utf8'))).feed!;
const rows = (doc: HsdsDocument, table: string) => doc[table] as HsdsRow[];

/** A small feed using every field the feed has. */
function everyField(): Feed {
  const doc = feedDocument({
    centres: [
      centre({
        description: { nb: 'Beskrivelse', se: 'Válddahus' },
        gettingStarted: { nb: 'Ring oss.', en: 'Call us.' },
        sites: [
          {
            id: 'site-a',
            name: { nb: 'Sentrum', en: 'Centre' },
            address: { street: 'Gata 1', postcode: '0150', postTown: 'OSLO', municipality: '0301' },
            lat: 59.91,
            lon: 10.75,
            stepFree: false,
            accessibilityNote: { nb: 'Trapp', en: 'Stairs' },
          },
          { address: { street: 'Gata 2', postcode: '0151', postTown: 'OSLO' } },
        ],
        contactHours: [
          {
            weekdays: ['MO', 'TU'],
            opens: '09:00',
            closes: '15:00',
            validFrom: '2026-01-01',
            validTo: '2026-06-30',
            note: { nb: 'Vår', en: 'Spring' },
          },
          { weekdays: ['WE'], opens: '12:00', closes: '19:00' },
        ],
        programme: {
          weeks: 12,
          groupSessionWeeks: [2, 4],
          conversationWeeks: [6],
          activities: [{ week: 1, label: { nb: 'Samtale' } }],
          renewable: false,
        },
        status: 'temporarily-closed',
        closedUntil: '2026-12-01',
        notices: [{ text: { nb: 'Stengt', en: 'Closed' }, validFrom: '2026-11-01' }],
        fee: { free: false, text: { nb: 'Egenandel' } },
        eligibility: { text: { nb: 'Voksne' }, minAge: 18, maxAge: 67 },
        municipalities: ['0301', '5612'],
      }),
      centre({ id: 'fls-closed', status: 'closed', sites: [], description: { nb: 'Frisklivssentralen i Oslo' } }),
    ],
    contactPoints: [
      contactPoint({ centre: 'fls-0301', counties: ['03', '56'], lastVerified: '2026-01-02' }),
      contactPoint({ id: 'cp-national', kind: 'selvhjelp-norge', national: true, municipalities: [], name: { nb: 'Nasjonal' } }),
    ],
    groups: [
      group({
        area: { nb: 'Sentrum', se: 'Guovddáš' },
        schedule: { frequency: 'fortnightly', weekday: 'TH', startTime: '17:30', endTime: '19:00', firstMeeting: '2026-12-03' },
        status: 'forming',
        plannedStart: '2026-12-03',
        languages: ['nb', 'se'],
        minAge: 16,
      }),
      group({ id: 'g-2', mode: 'digital', municipality: undefined, status: 'full', contactPoint: 'cp-national', description: undefined }),
    ],
    attribution: ['© Kartverket'],
    resources: { postcodes: 'postcodes.json' },
  });
  const result = validateFeed(doc);
  assert.deepEqual(result.problems, []);
  return result.feed!;
}

describe('HSDS 3.0 export', () => {
  test('the demo feed exports to rows that are all valid against the official schemas', () => {
    const doc = exportHsds(demoFeed());
    assert.deepEqual(schemaErrors(doc), []);
    const feed = demoFeed();
    // One organization per centre and contact point, plus the publisher.
    assert.equal(rows(doc, 'organizations').length, feed.centres.length + feed.contactPoints.length + 1);
    // A service per centre, per group, and per contact point (its contact service).
    assert.equal(rows(doc, 'services').length, feed.centres.length + feed.groups.length + feed.contactPoints.length);
    assert.equal(
      rows(doc, 'locations').length,
      feed.centres.reduce((n, c) => n + c.sites.length, 0),
    );
    assert.equal(rows(doc, 'service_at_locations').length, rows(doc, 'locations').length);
  });

  test('the schemas really are applied: a broken row is refused', () => {
    const doc = exportHsds(everyField());
    const broken = structuredClone(doc);
    (broken.services as HsdsRow[])[0]!.id = 'fls-0301';
    (broken.schedules as HsdsRow[])[0]!.freq = 'DAILY';
    delete (broken.addresses as HsdsRow[])[0]!.country;
    const errors = schemaErrors(broken);
    assert.equal(errors.length, 3, errors.join('\n'));
    assert.match(errors.join('\n'), /services\[0\]: \/id must match format "uuid"/);
    assert.match(errors.join('\n'), /schedules\[0\]: \/freq must be equal to one of the allowed values/);
    assert.match(errors.join('\n'), /addresses\[0\]: {2}must have required property 'country'/);
  });

  test('groups: a service with a WEEKLY schedule (interval 1 or 2, byday, opens/closes, dtstart), languages, service area and theme term', () => {
    const feed = everyField();
    const doc = exportHsds(feed);
    assert.deepEqual(schemaErrors(doc), []);
    const attributes = rows(doc, 'attributes');
    const idOf = (value: string) => attributes.find((a) => a.value === value && a.link_entity === 'service')!.link_id;
    const service = rows(doc, 'services').find((s) => s.id === idOf('g-1'))!;
    assert.equal(service.name, 'Sorggruppe for voksne');
    assert.equal(service.minimum_age, 16);
    const schedule = rows(doc, 'schedules').find((s) => s.service_id === service.id)!;
    assert.deepEqual(
      {
        freq: schedule.freq,
        interval: schedule.interval,
        byday: schedule.byday,
        opens_at: schedule.opens_at,
        closes_at: schedule.closes_at,
        dtstart: schedule.dtstart,
        attending_type: schedule.attending_type,
      },
      {
        freq: 'WEEKLY',
        interval: 2,
        byday: 'TH',
        opens_at: '17:30',
        closes_at: '19:00',
        dtstart: '2026-12-03',
        attending_type: 'in person',
      },
    );
    assert.deepEqual(
      rows(doc, 'languages')
        .filter((l) => l.service_id === service.id)
        .map((l) => l.code),
      ['nb', 'se'],
    );
    const area = rows(doc, 'service_areas').find((a) => a.service_id === service.id)!;
    assert.deepEqual([area.extent, area.extent_type, area.name], ['0301', 'no_municipality_number', 'Oslo - Oslove']);
    const themeLink = attributes.find((a) => a.link_id === service.id && a.link_type === 'theme')!;
    const term = rows(doc, 'taxonomy_terms').find((t) => t.id === themeLink.taxonomy_term_id)!;
    assert.deepEqual([term.code, term.name, term.taxonomy], ['sorg', 'Sorg', 'frisklivs-widgets-themes']);
    const contactPoint = rows(doc, 'organizations').find((o) => o.id === service.organization_id)!;
    assert.equal(contactPoint.name, 'Frivilligsentralen i Oslo');
  });

  test('centres: organization + service with offers as taxonomy terms, contact hours, locations with addresses, contacts and phones', () => {
    const doc = exportHsds(everyField());
    const identifiers = rows(doc, 'organization_identifiers');
    const org = rows(doc, 'organizations').find((o) => o.id === identifiers.find((i) => i.identifier === 'fls-0301')!.organization_id)!;
    const service = rows(doc, 'services').find((s) => s.organization_id === org.id)!;
    assert.deepEqual(
      [service.status, service.minimum_age, service.maximum_age, service.assured_date],
      ['temporarily closed', 18, 67, '2026-10-01'],
    );
    const offers = rows(doc, 'attributes').filter((a) => a.link_id === service.id && a.link_type === 'offer');
    assert.deepEqual(
      offers.map((a) => rows(doc, 'taxonomy_terms').find((t) => t.id === a.taxonomy_term_id)!.code),
      ['fysisk-aktivitet', 'kosthold', 'snus-roykeslutt'],
    );
    const hours = rows(doc, 'schedules').filter((s) => s.service_id === service.id);
    assert.deepEqual(
      hours.map((s) => [s.byday, s.opens_at, s.closes_at, s.valid_from ?? null]),
      [
        ['MO,TU', '09:00', '15:00', '2026-01-01'],
        ['WE', '12:00', '19:00', null],
      ],
    );
    const sal = rows(doc, 'service_at_locations').filter((s) => s.service_id === service.id);
    const location = rows(doc, 'locations').find((l) => l.id === sal[0]!.location_id)!;
    assert.deepEqual([location.location_type, location.latitude, location.external_identifier], ['physical', 59.91, 'site-a']);
    const address = rows(doc, 'addresses').find((a) => a.location_id === location.id)!;
    assert.deepEqual(
      [address.address_1, address.postal_code, address.city, address.state_province, address.country, address.address_type],
      ['Gata 1', '0150', 'OSLO', 'Oslo', 'NO', 'physical'],
    );
    const contact = rows(doc, 'contacts').find((c) => c.service_id === service.id)!;
    assert.equal(contact.email, 'post@oslo.example.org');
    assert.equal(rows(doc, 'phones').find((p) => p.contact_id === contact.id)!.number, '+47 555 01 234');
  });

  test('the export is stable: the same feed gives the same ids', () => {
    assert.deepEqual(exportHsds(everyField()), exportHsds(everyField()));
  });
});

describe('HSDS import: the round trip is lossless', () => {
  test('demo/feed.json → export → import gives the same feed, every shared field', () => {
    const feed = demoFeed();
    const back = importHsds(JSON.parse(JSON.stringify(exportHsds(feed))), 'demo-hsds.json');
    assert.deepEqual(back.problems, []);
    assert.deepStrictEqual(back.feed, feed);
  });

  test('a feed using every field survives the round trip', () => {
    const feed = everyField();
    const back = importHsds(JSON.parse(JSON.stringify(exportHsds(feed))));
    assert.deepEqual(back.problems, []);
    assert.deepStrictEqual(back.feed, feed);
  });

  test('child tables nested in their parents (HSDS "compiled" JSON) import the same', () => {
    const feed = everyField();
    const flat = exportHsds(feed);
    // Nest schedules, languages, areas and attributes into their services, addresses into locations.
    const nested: Record<string, unknown> = { ...flat };
    const services = (flat.services as HsdsRow[]).map((s) => ({
      ...s,
      schedules: (flat.schedules as HsdsRow[]).filter((x) => x.service_id === s.id).map(({ service_id: _s, ...rest }) => rest),
      languages: (flat.languages as HsdsRow[]).filter((x) => x.service_id === s.id).map(({ service_id: _s, ...rest }) => rest),
      service_areas: (flat.service_areas as HsdsRow[]).filter((x) => x.service_id === s.id),
    }));
    nested.services = services;
    nested.schedules = (flat.schedules as HsdsRow[]).filter((x) => !x.service_id);
    nested.languages = [];
    nested.service_areas = [];
    nested.locations = (flat.locations as HsdsRow[]).map((l) => ({
      ...l,
      addresses: (flat.addresses as HsdsRow[]).filter((a) => a.location_id === l.id),
    }));
    nested.addresses = [];
    const back = importHsds(JSON.parse(JSON.stringify(nested)));
    assert.deepEqual(back.problems, []);
    assert.deepStrictEqual(back.feed, feed);
  });

  test('broken input: not an object, no tables, a foreign service (reported, not silently skipped)', () => {
    assert.deepEqual(
      importHsds([], 'x.json').problems.map((p) => p.message),
      ['an HSDS document must be a JSON object with one array per table (services, organizations, …)'],
    );
    assert.equal(importHsds({ hello: 1 }, 'x.json').feed, null);
    const doc = exportHsds(everyField());
    (doc.services as HsdsRow[]).push({ id: '0b6f1c2e-6c3e-4d5b-9a55-0d1f6b1c0e11', name: 'Foreign service', status: 'active' });
    const back = importHsds(doc, 'x.json');
    assert.deepEqual(
      back.problems.map((p) => `${p.severity} ${p.path} ${p.message}`),
      [
        `warning services[${(doc.services as HsdsRow[]).length - 1}] service "Foreign service" is not a centre or group of a frisklivs-widgets export (no entity attribute): not imported`,
      ],
    );
    assert.equal(back.feed!.groups.length, 2);
  });
});

describe('HSDS 3.0: special days, contact hours of contact points, waiting lists, report URLs', () => {
  function issue20Feed(): Feed {
    const doc = feedDocument({
      centres: [
        centre({
          contactHours: [
            { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '11:30' },
            { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '12:00', closes: '15:30' },
          ],
          specialDays: [
            {
              date: '2026-12-24',
              hours: [
                { opens: '09:00', closes: '11:00' },
                { opens: '11:30', closes: '13:00' },
              ],
              note: { nb: 'Julaften', en: 'Christmas Eve' },
            },
            { date: '2026-12-31' },
            { date: '2027-01-02', note: { nb: 'Kurs for personalet' } },
          ],
          reportUrl: 'mailto:feil@oslo.example.org',
        }),
      ],
      contactPoints: [
        contactPoint({
          contactHours: [{ weekdays: ['TU', 'TH'], opens: '10:00', closes: '14:00', note: { nb: 'Telefontid' } }],
          specialDays: [{ date: '2026-12-29', hours: [{ opens: '10:00', closes: '12:00' }] }],
          waitingList: true,
          reportUrl: 'https://frivillig.example.org/meld-feil',
        }),
        contactPoint({ id: 'cp-2', waitingList: false, name: { nb: 'Kontakt 2' } }),
      ],
      groups: [group({ reportUrl: 'mailto:grupper@example.org?subject=Feil' })],
    });
    doc.publisher = { name: 'Testforlaget', reportUrl: 'https://example.org/meld-feil' };
    const result = validateFeed(doc);
    assert.deepEqual(result.problems, []);
    return result.feed!;
  }

  test('are exported as valid rows: a special day is schedules of one day, closed days have no hours', () => {
    const doc = exportHsds(issue20Feed());
    assert.deepEqual(schemaErrors(doc), []);
    const special = rows(doc, 'schedules').filter((s) => s.valid_from === s.valid_to && s.count === 1);
    assert.deepEqual(
      special.map((s) => [s.valid_from, s.byday, s.opens_at ?? null, s.closes_at ?? null, s.description]),
      [
        // Contact points are exported before centres.
        ['2026-12-29', 'TU', '10:00', '12:00', 'Særskilte åpningstider (special hours)'],
        ['2026-12-24', 'TH', '09:00', '11:00', 'Julaften'],
        ['2026-12-24', 'TH', '11:30', '13:00', 'Julaften'],
        ['2026-12-31', 'TH', null, null, 'Stengt (closed)'],
        ['2027-01-02', 'SA', null, null, 'Kurs for personalet'],
      ],
    );
  });

  test('survive the round trip, every field', () => {
    const feed = issue20Feed();
    const back = importHsds(JSON.parse(JSON.stringify(exportHsds(feed))));
    assert.deepEqual(back.problems, []);
    assert.deepStrictEqual(back.feed, feed);
  });
});
