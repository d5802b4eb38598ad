/**
 * The feed as Open Referral HSDS 3.0, and back.
 *
 * The export is one JSON object with one array per HSDS table (named like the
 * tables' `path` without `.csv`: organizations, services, locations, addresses,
 * …), each row valid against that table's official JSON Schema, rows linked by
 * their foreign keys (service_id, location_id, …) as in HSDS's tabular form.
 * Ids are name-based UUIDs (v5) derived from our ids, so an export is stable.
 *
 * What HSDS has a field for goes into that field (Bokmål text where HSDS has one
 * language). What it cannot hold — other languages, statuses of groups, the
 * follow-up programme, … — is carried in `attributes` whose taxonomy terms
 * belong to the taxonomy `frisklivs-widgets` (code = our field name, value = the
 * value, JSON for anything but a plain string), so that `importHsds` rebuilds
 * the feed without loss. The README of frisklivs-feed has the mapping table.
 */
import {
  COUNTY_NAMES,
  FEED_VERSION,
  validateFeed,
  type Centre,
  type ContactPoint,
  type Feed,
  type Group,
  type LocalizedText,
  type Municipality,
  type OpeningHours,
  type Site,
  type SpecialDay,
  WEEKDAYS,
} from 'frisklivs-widgets/feed';
import { uuidV5 } from './uuid.js';
import type { KitProblem } from './report.js';
import { quoted } from './terminal.js';

export type HsdsRow = Record<string, unknown>;

/** The HSDS tables the export writes, in this order. */
export const HSDS_TABLES = [
  'organizations',
  'organization_identifiers',
  'services',
  'locations',
  'addresses',
  'accessibility',
  'service_at_locations',
  'schedules',
  'languages',
  'service_areas',
  'contacts',
  'phones',
  'cost_options',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** Each table's schema file in the HSDS 3.0 schema folder. */
export const HSDS_SCHEMA_OF: Record<HsdsTable, string> = {
  organizations: 'organization.json',
  organization_identifiers: 'organization_identifier.json',
  services: 'service.json',
  locations: 'location.json',
  addresses: 'address.json',
  accessibility: 'accessibility.json',
  service_at_locations: 'service_at_location.json',
  schedules: 'schedule.json',
  languages: 'language.json',
  service_areas: 'service_area.json',
  contacts: 'contact.json',
  phones: 'phone.json',
  cost_options: 'cost_option.json',
  taxonomies: 'taxonomy.json',
  taxonomy_terms: 'taxonomy_term.json',
  attributes: 'attribute.json',
};

export interface HsdsDocument {
  /** Which standard and which profile: informative, not an HSDS table. */
  hsds_version: '3.0';
  profile: string;
  [table: string]: unknown;
}

export const PROFILE = 'frisklivs-widgets feed v1 (https://openreferral.org HSDS 3.0, tabular JSON)';
export const IDENTIFIER_SCHEME = 'frisklivs-widgets';
const FIELD_TAXONOMY = 'frisklivs-widgets';
const OFFER_TAXONOMY = 'frisklivs-widgets-offers';
const THEME_TAXONOMY = 'frisklivs-widgets-themes';
const MUNICIPALITY_TAXONOMY = 'no-municipalities-2024';

/** Extent types of service areas. */
const EXTENT = { municipality: 'no_municipality_number', county: 'no_county_number', country: 'iso_3166_1_alpha_2' } as const;

const CENTRE_STATUS_TO_HSDS = { active: 'active', 'temporarily-closed': 'temporarily closed', closed: 'inactive' } as const;
// Maps, not object literals, wherever the key comes from the input: a status, code or term named
// "constructor" or "__proto__" must find nothing.
const HSDS_TO_CENTRE_STATUS = new Map<string, Centre['status']>([
  ['active', 'active'],
  ['temporarily closed', 'temporarily-closed'],
  ['inactive', 'closed'],
  ['defunct', 'closed'],
]);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  no: 'Norsk',
  se: 'Nordsamisk (davvisámegiella)',
  sma: 'Sørsamisk (åarjelsaemien gïele)',
  smj: 'Lulesamisk (julevsámegiella)',
  fkv: 'Kvensk',
  en: 'Engelsk (English)',
};

/** The fields the `frisklivs-widgets` taxonomy has terms for, and what each means. JSON-valued ones are marked. */
const FIELD_TERMS: Record<string, { description: string; json?: boolean }> = {
  entity: { description: 'Which feed entry this row is: centre, group, contact-point, contact-point-service, publisher' },
  id: { description: 'The entry id in the frisklivs-widgets feed' },
  name: { description: 'Name in every locale (LocalizedText JSON)', json: true },
  title: { description: 'Title in every locale (LocalizedText JSON)', json: true },
  label: { description: 'Label in every locale (LocalizedText JSON)', json: true },
  description: { description: 'Description in every locale (LocalizedText JSON)', json: true },
  gettingStarted: { description: 'How to get started, in every locale (LocalizedText JSON)', json: true },
  note: { description: 'Note on opening hours, in every locale (LocalizedText JSON)', json: true },
  area: { description: 'Area of town where a group meets, in every locale (LocalizedText JSON)', json: true },
  accessibilityNote: { description: 'Accessibility note, in every locale (LocalizedText JSON)', json: true },
  serviceCode: { description: 'Volven 8663 service code (KX04 = frisklivssentral)' },
  hostMunicipality: { description: 'Municipality number of the host municipality' },
  referral: { description: 'Referral routes: self, gp, nav, health-personnel (JSON array)', json: true },
  programme: { description: 'The structured follow-up programme (JSON)', json: true },
  closedUntil: { description: 'Closed until this date (YYYY-MM-DD)' },
  notices: { description: 'Notices with validity (JSON)', json: true },
  fee: { description: 'Fee: free or not, with text (JSON)', json: true },
  eligibility: { description: 'Eligibility text and ages (JSON)', json: true },
  stepFree: { description: 'Step-free access (JSON boolean)', json: true },
  addressMunicipality: { description: 'Municipality number of the address' },
  groupStatus: { description: 'Self-help group status: forming, open, full' },
  mode: { description: 'Meeting form: physical or digital' },
  plannedStart: { description: 'Planned start date of a group that is forming (YYYY-MM-DD)' },
  kind: { description: 'Kind of contact point or offer' },
  national: { description: 'Takes contact from the whole country (JSON boolean)', json: true },
  version: { description: 'Feed format version (JSON number)', json: true },
  generatedAt: { description: 'When the feed was generated (ISO 8601)' },
  attribution: { description: 'Attribution lines of the feed (JSON array)', json: true },
  resources: { description: 'Resources of the feed, e.g. the postcode file (JSON)', json: true },
  municipality: {
    description: 'Municipality details HSDS has no fields for: names per language, county, Sámi language area, point, aliases (JSON)',
    json: true,
  },
  specialDay: {
    description:
      'On a schedule row: it belongs to a special day (valid_from = valid_to = the date), "open" with its opens_at/closes_at or "closed" all day; the note is in the note attribute',
  },
  waitingList: { description: "Whether the contact point takes names for a full group's waiting list (JSON boolean)", json: true },
  reportUrl: { description: 'Where a reader reports an error in the entry: a mailto: address or an https: form' },
};

/** The term of a field code, own entries only. */
const fieldTerm = (code: string) => (Object.hasOwn(FIELD_TERMS, code) ? FIELD_TERMS[code] : undefined);
const languageName = (code: string) => (Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code]! : code);
const countyNameOf = (county: string | undefined) =>
  county !== undefined && Object.hasOwn(COUNTY_NAMES, county) ? COUNTY_NAMES[county] : undefined;
/** The RFC 5545 weekday of a civil date. */
const weekdayOf = (date: string): string => WEEKDAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7]!;

const fieldTermId = (code: string) => uuidV5(`term:${FIELD_TAXONOMY}:${code}`);
const taxonomyId = (name: string) => uuidV5(`taxonomy:${name}`);
const orgId = (kind: string, id: string) => uuidV5(`organization:${kind}:${id}`);
const serviceId = (kind: string, id: string) => uuidV5(`service:${kind}:${id}`);
const termId = (taxonomy: string, code: string) => uuidV5(`term:${taxonomy}:${code}`);

export interface ExportOptions {
  onProgress?: (done: number, total: number) => void;
}

/** A text HSDS can hold exactly in one field: only Bokmål. */
const onlyNb = (text: LocalizedText | undefined) => !text || Object.keys(text).every((k) => k === 'nb');

/** The feed as HSDS 3.0 tables. Expects a validated feed. */
export function exportHsds(feed: Feed, options: ExportOptions = {}): HsdsDocument {
  const tables: Record<HsdsTable, HsdsRow[]> = Object.fromEntries(HSDS_TABLES.map((t) => [t, []])) as unknown as Record<
    HsdsTable,
    HsdsRow[]
  >;
  const usedTerms = new Set<string>();
  const counters = new Map<string, number>();
  const rowId = (name: string) => {
    const n = (counters.get(name) ?? 0) + 1;
    counters.set(name, n);
    return uuidV5(n === 1 ? name : `${name}#${n}`);
  };
  const municipalityNames = new Map(feed.municipalities.map((m) => [m.number, m]));

  /** An attribute of the frisklivs taxonomy on any row. */
  const attr = (entity: string, linkId: string, code: string, value: unknown) => {
    if (value === undefined) return;
    const term = fieldTerm(code);
    if (!term) throw new Error(`no term for ${code}`);
    usedTerms.add(code);
    tables.attributes.push({
      id: rowId(`attribute:${linkId}:${code}`),
      link_id: linkId,
      link_entity: entity,
      link_type: FIELD_TAXONOMY,
      taxonomy_term_id: fieldTermId(code),
      value: term.json ? JSON.stringify(value) : String(value),
    });
  };
  /** A localized text: Bokmål in the HSDS field; all locales in an attribute when HSDS cannot say it exactly. */
  const text = (entity: string, linkId: string, code: string, value: LocalizedText | undefined, nativeIsExact: boolean) => {
    if (value && (!onlyNb(value) || !nativeIsExact)) attr(entity, linkId, code, value);
  };

  const languages = (service: string, codes: string[]) => {
    for (const code of codes) {
      tables.languages.push({ id: rowId(`language:${service}:${code}`), service_id: service, name: languageName(code), code });
    }
  };
  const municipalityArea = (service: string, number: string) => {
    const m = municipalityNames.get(number);
    const name = m ? municipalityName(m) : number;
    tables.service_areas.push({
      id: rowId(`service_area:${service}:m:${number}`),
      service_id: service,
      name,
      description: `Kommune ${number} ${name}`.trim(),
      extent: number,
      extent_type: EXTENT.municipality,
    });
  };
  const weeklySchedule = (service: string, key: string, hours: OpeningHours) => {
    const schedule: HsdsRow = {
      id: rowId(`schedule:${service}:${key}`),
      service_id: service,
      freq: 'WEEKLY',
      interval: 1,
      wkst: 'MO',
      byday: hours.weekdays.join(','),
      opens_at: hours.opens,
      closes_at: hours.closes,
    };
    if (hours.validFrom) schedule.valid_from = hours.validFrom;
    if (hours.validTo) schedule.valid_to = hours.validTo;
    if (hours.note) schedule.description = hours.note.nb;
    tables.schedules.push(schedule);
    text('schedule', schedule.id as string, 'note', hours.note, true);
  };
  /**
   * A special day as schedule rows of a one-day validity (valid_from = valid_to = dtstart, one
   * occurrence): one row per period, or one row without opens_at/closes_at when closed. The
   * specialDay attribute says which; the note (every locale) is an attribute of the first row.
   */
  const specialDaySchedules = (service: string, key: string, day: SpecialDay) => {
    const base: HsdsRow = {
      service_id: service,
      valid_from: day.date,
      valid_to: day.date,
      dtstart: day.date,
      freq: 'WEEKLY',
      interval: 1,
      count: 1,
      wkst: 'MO',
      byday: weekdayOf(day.date),
    };
    const periods = day.hours ?? [undefined];
    periods.forEach((period, j) => {
      const row: HsdsRow = { id: rowId(`schedule:${service}:${key}:${j}`), ...base };
      if (period) {
        row.opens_at = period.opens;
        row.closes_at = period.closes;
      }
      row.description = day.note?.nb ?? (period ? 'Særskilte åpningstider (special hours)' : 'Stengt (closed)');
      tables.schedules.push(row);
      attr('schedule', row.id as string, 'specialDay', period ? 'open' : 'closed');
      if (j === 0 && day.note) attr('schedule', row.id as string, 'note', day.note);
    });
  };
  const hoursSchedules = (service: string, hours: OpeningHours[] | undefined, days: SpecialDay[] | undefined) => {
    (hours ?? []).forEach((entry, i) => weeklySchedule(service, `hours:${i}`, entry));
    (days ?? []).forEach((day, i) => specialDaySchedules(service, `special:${i}`, day));
  };
  const contact = (owner: { service_id?: string; organization_id?: string }, key: string, name: string, email?: string, phone?: string) => {
    if (!email && !phone) return;
    const row: HsdsRow = { id: rowId(`contact:${key}`), ...owner, name };
    if (email) row.email = email;
    tables.contacts.push(row);
    if (phone) tables.phones.push({ id: rowId(`phone:${key}`), contact_id: row.id, number: phone, type: 'voice' });
  };
  const identifier = (organization: string, type: string, id: string) =>
    tables.organization_identifiers.push({
      id: rowId(`organization_identifier:${organization}`),
      organization_id: organization,
      identifier_scheme: IDENTIFIER_SCHEME,
      identifier_type: type,
      identifier: id,
    });

  // The feed's head: its publisher.
  const publisher = orgId('publisher', 'feed');
  const publisherRow: HsdsRow = {
    id: publisher,
    name: feed.publisher.name,
    description: 'Utgiver av feeden for frisklivs-widgets (publisher of the feed)',
  };
  if (feed.publisher.email) publisherRow.email = feed.publisher.email;
  if (feed.publisher.url) publisherRow.website = feed.publisher.url;
  tables.organizations.push(publisherRow);
  identifier(publisher, 'publisher', 'feed');
  attr('organization', publisher, 'entity', 'publisher');
  attr('organization', publisher, 'version', feed.version);
  attr('organization', publisher, 'generatedAt', feed.generatedAt);
  attr('organization', publisher, 'attribution', feed.attribution);
  attr('organization', publisher, 'resources', feed.resources);
  attr('organization', publisher, 'reportUrl', feed.publisher.reportUrl);

  // Taxonomies: offers, themes, municipalities; and the fields carried in attributes.
  const taxonomy = (name: string, description: string) => tables.taxonomies.push({ id: taxonomyId(name), name, description, version: '1' });
  taxonomy(OFFER_TAXONOMY, 'Tilbud ved frisklivssentraler (offers of healthy life centres), ids of the frisklivs-widgets feed');
  taxonomy(THEME_TAXONOMY, 'Temaer for selvhjelpsgrupper (themes of self-help groups), ids of the frisklivs-widgets feed');
  if (feed.municipalities.length)
    taxonomy(MUNICIPALITY_TAXONOMY, 'Norske kommuner, kommunenummer 2024 (Kartverket/SSB); code = kommunenummer');
  for (const offer of feed.offers) {
    const id = termId(OFFER_TAXONOMY, offer.id);
    tables.taxonomy_terms.push({
      id,
      code: offer.id,
      name: offer.label.nb,
      description: offer.description?.nb ?? offer.label.nb,
      taxonomy: OFFER_TAXONOMY,
      taxonomy_id: taxonomyId(OFFER_TAXONOMY),
      language: 'nb',
    });
    attr('taxonomy_term', id, 'kind', offer.kind);
    text('taxonomy_term', id, 'label', offer.label, true);
    text('taxonomy_term', id, 'description', offer.description, !!offer.description && offer.description.nb !== offer.label.nb);
  }
  for (const theme of feed.themes) {
    const id = termId(THEME_TAXONOMY, theme.id);
    tables.taxonomy_terms.push({
      id,
      code: theme.id,
      name: theme.label.nb,
      description: theme.description?.nb ?? theme.label.nb,
      taxonomy: THEME_TAXONOMY,
      taxonomy_id: taxonomyId(THEME_TAXONOMY),
      language: 'nb',
    });
    text('taxonomy_term', id, 'label', theme.label, true);
    text('taxonomy_term', id, 'description', theme.description, !!theme.description && theme.description.nb !== theme.label.nb);
  }
  for (const m of feed.municipalities) {
    const id = termId(MUNICIPALITY_TAXONOMY, m.number);
    tables.taxonomy_terms.push({
      id,
      code: m.number,
      name: m.names.no,
      description: municipalityName(m),
      taxonomy: MUNICIPALITY_TAXONOMY,
      taxonomy_id: taxonomyId(MUNICIPALITY_TAXONOMY),
    });
    const { number: _number, ...rest } = m;
    attr('taxonomy_term', id, 'municipality', rest);
  }

  const total = feed.contactPoints.length + feed.centres.length + feed.groups.length;
  let done = 0;
  const tick = () => {
    done++;
    if (done % 1000 === 0) options.onProgress?.(done, total);
  };

  for (const point of feed.contactPoints) exportContactPoint(point);
  for (const centre of feed.centres) exportCentre(centre);
  for (const group of feed.groups) exportGroup(group);
  options.onProgress?.(done, total);

  // The terms of the fields carried in attributes, in the order of the table above.
  if (usedTerms.size) {
    taxonomy(
      FIELD_TAXONOMY,
      'Fields of the frisklivs-widgets feed that HSDS 3.0 has no place for; attribute value = the value (JSON where the term says so)',
    );
    for (const [code, term] of Object.entries(FIELD_TERMS)) {
      if (!usedTerms.has(code)) continue;
      tables.taxonomy_terms.push({
        id: fieldTermId(code),
        code,
        name: code,
        description: term.description + (term.json ? ' [JSON]' : ''),
        taxonomy: FIELD_TAXONOMY,
        taxonomy_id: taxonomyId(FIELD_TAXONOMY),
      });
    }
  }

  const doc: HsdsDocument = { hsds_version: '3.0', profile: PROFILE };
  for (const table of HSDS_TABLES) doc[table] = tables[table];
  return doc;

  function exportContactPoint(point: ContactPoint) {
    const org = orgId('contact-point', point.id);
    const row: HsdsRow = { id: org, name: point.name.nb, description: `Kontaktpunkt for selvhjelpsgrupper (${point.kind})` };
    if (point.email) row.email = point.email;
    if (point.url) row.website = point.url;
    if (point.centre) row.parent_organization_id = orgId('centre', point.centre);
    tables.organizations.push(row);
    identifier(org, 'contact-point', point.id);
    attr('organization', org, 'entity', 'contact-point');
    attr('organization', org, 'kind', point.kind);
    text('organization', org, 'name', point.name, true);
    contact({ organization_id: org }, `contact-point:${point.id}`, point.name.nb, point.email, point.phone);
    // The contact service: where someone registers interest, and which areas it covers.
    const service = serviceId('contact-point', point.id);
    const serviceRow: HsdsRow = {
      id: service,
      organization_id: org,
      name: point.name.nb,
      description: 'Ta kontakt for å bli med i eller starte en selvhjelpsgruppe (contact to join or start a self-help group)',
      status: 'active',
    };
    if (point.registerInterestUrl) serviceRow.url = point.registerInterestUrl;
    if (point.lastVerified) serviceRow.assured_date = point.lastVerified;
    tables.services.push(serviceRow);
    attr('service', service, 'entity', 'contact-point-service');
    attr('service', service, 'id', point.id);
    attr('service', service, 'waitingList', point.waitingList);
    attr('service', service, 'reportUrl', point.reportUrl);
    hoursSchedules(service, point.contactHours, point.specialDays);
    for (const number of point.municipalities) municipalityArea(service, number);
    for (const county of point.counties) {
      const name = countyNameOf(county) ?? county;
      tables.service_areas.push({
        id: rowId(`service_area:${service}:c:${county}`),
        service_id: service,
        name,
        description: `Fylke ${county} ${name}`,
        extent: county,
        extent_type: EXTENT.county,
      });
    }
    if (point.national)
      tables.service_areas.push({
        id: rowId(`service_area:${service}:NO`),
        service_id: service,
        name: 'Hele landet',
        description: 'Hele Norge (the whole country)',
        extent: 'NO',
        extent_type: EXTENT.country,
      });
    tick();
  }

  function exportCentre(centre: Centre) {
    const org = orgId('centre', centre.id);
    const description = centre.description?.nb ?? centre.name.nb;
    const orgRow: HsdsRow = { id: org, name: centre.name.nb, description };
    if (centre.email) orgRow.email = centre.email;
    if (centre.url) orgRow.website = centre.url;
    tables.organizations.push(orgRow);
    identifier(org, 'centre', centre.id);

    const service = serviceId('centre', centre.id);
    const row: HsdsRow = {
      id: service,
      organization_id: org,
      name: centre.name.nb,
      description,
      status: CENTRE_STATUS_TO_HSDS[centre.status],
    };
    if (centre.url) row.url = centre.url;
    if (centre.email) row.email = centre.email;
    if (centre.gettingStarted) row.application_process = centre.gettingStarted.nb;
    row.fees_description = centre.fee.text?.nb ?? (centre.fee.free ? 'Gratis' : 'Egenandel');
    if (centre.eligibility?.text) row.eligibility_description = centre.eligibility.text.nb;
    if (centre.eligibility?.minAge !== undefined) row.minimum_age = centre.eligibility.minAge;
    if (centre.eligibility?.maxAge !== undefined) row.maximum_age = centre.eligibility.maxAge;
    if (centre.notices?.length) row.alert = centre.notices.map((n) => n.text.nb).join(' ');
    row.assured_date = centre.lastVerified;
    tables.services.push(row);
    attr('service', service, 'entity', 'centre');
    attr('service', service, 'id', centre.id);
    text('service', service, 'name', centre.name, true);
    text('service', service, 'description', centre.description, !!centre.description && centre.description.nb !== centre.name.nb);
    text('service', service, 'gettingStarted', centre.gettingStarted, true);
    attr('service', service, 'serviceCode', centre.serviceCode);
    attr('service', service, 'hostMunicipality', centre.hostMunicipality);
    attr('service', service, 'referral', centre.referral);
    attr('service', service, 'programme', centre.programme);
    attr('service', service, 'closedUntil', centre.closedUntil);
    attr('service', service, 'notices', centre.notices);
    attr('service', service, 'fee', centre.fee);
    attr('service', service, 'eligibility', centre.eligibility);
    if (centre.fee.free)
      tables.cost_options.push({
        id: rowId(`cost_option:${service}`),
        service_id: service,
        option: 'Gratis (free)',
        amount: 0,
        currency: 'NOK',
      });
    for (const offer of centre.offers) {
      tables.attributes.push({
        id: rowId(`attribute:${service}:offer:${offer}`),
        link_id: service,
        link_entity: 'service',
        link_type: 'offer',
        taxonomy_term_id: termId(OFFER_TAXONOMY, offer),
        value: offer,
      });
    }
    languages(service, centre.languages);
    for (const number of centre.municipalities) municipalityArea(service, number);
    attr('service', service, 'reportUrl', centre.reportUrl);
    hoursSchedules(service, centre.contactHours, centre.specialDays);
    contact({ service_id: service }, `centre:${centre.id}`, centre.name.nb, centre.email, centre.phone);
    centre.sites.forEach((site, i) => exportSite(centre, org, service, site, i));
    tick();
  }

  function exportSite(centre: Centre, org: string, service: string, site: Site, index: number) {
    const location = uuidV5(`location:centre:${centre.id}:${site.id ?? `#${index}`}`);
    const row: HsdsRow = { id: location, location_type: 'physical', organization_id: org };
    if (site.name) row.name = site.name.nb;
    if (site.lat !== undefined) row.latitude = site.lat;
    if (site.lon !== undefined) row.longitude = site.lon;
    if (site.id) {
      row.external_identifier = site.id;
      row.external_identifier_type = `${IDENTIFIER_SCHEME} site id`;
    }
    tables.locations.push(row);
    text('location', location, 'name', site.name, true);
    attr('location', location, 'addressMunicipality', site.address.municipality);
    attr('location', location, 'stepFree', site.stepFree);
    text('location', location, 'accessibilityNote', site.accessibilityNote, true);
    const municipality = municipalityNames.get(site.address.municipality ?? centre.hostMunicipality);
    tables.addresses.push({
      id: rowId(`address:${location}`),
      location_id: location,
      address_1: site.address.street,
      city: site.address.postTown,
      ...(municipality ? { region: municipality.names.no } : {}),
      state_province: countyNameOf(municipality?.county) ?? 'Norge',
      postal_code: site.address.postcode,
      country: 'NO',
      address_type: 'physical',
    });
    if (site.stepFree !== undefined || site.accessibilityNote) {
      const access: HsdsRow = {
        id: rowId(`accessibility:${location}`),
        location_id: location,
        description:
          site.stepFree === undefined
            ? 'Tilgjengelighet (accessibility)'
            : site.stepFree
              ? 'Trinnfri tilgang (step-free access)'
              : 'Ikke trinnfri tilgang (not step-free)',
      };
      if (site.accessibilityNote) access.details = site.accessibilityNote.nb;
      tables.accessibility.push(access);
    }
    tables.service_at_locations.push({
      id: rowId(`service_at_location:${service}:${location}`),
      service_id: service,
      location_id: location,
    });
  }

  function exportGroup(group: Group) {
    const service = serviceId('group', group.id);
    const row: HsdsRow = {
      id: service,
      organization_id: orgId('contact-point', group.contactPoint),
      name: group.title.nb,
      description: group.description?.nb ?? group.title.nb,
      status: 'active',
      minimum_age: group.minAge,
      assured_date: group.lastVerified,
    };
    tables.services.push(row);
    attr('service', service, 'entity', 'group');
    attr('service', service, 'id', group.id);
    text('service', service, 'title', group.title, true);
    text('service', service, 'description', group.description, !!group.description && group.description.nb !== group.title.nb);
    attr('service', service, 'groupStatus', group.status);
    attr('service', service, 'mode', group.mode);
    text('service', service, 'area', group.area, false);
    attr('service', service, 'plannedStart', group.plannedStart);
    attr('service', service, 'reportUrl', group.reportUrl);
    tables.attributes.push({
      id: rowId(`attribute:${service}:theme:${group.theme}`),
      link_id: service,
      link_entity: 'service',
      link_type: 'theme',
      taxonomy_term_id: termId(THEME_TAXONOMY, group.theme),
      value: group.theme,
    });
    const schedule: HsdsRow = {
      id: rowId(`schedule:${service}`),
      service_id: service,
      freq: 'WEEKLY',
      interval: group.schedule.frequency === 'fortnightly' ? 2 : 1,
      wkst: 'MO',
      byday: group.schedule.weekday,
      opens_at: group.schedule.startTime,
      closes_at: group.schedule.endTime,
      attending_type: group.mode === 'digital' ? 'online' : 'in person',
    };
    if (group.schedule.firstMeeting) schedule.dtstart = group.schedule.firstMeeting;
    tables.schedules.push(schedule);
    languages(service, group.languages);
    if (group.municipality) municipalityArea(service, group.municipality);
    tick();
  }
}

function municipalityName(m: Municipality): string {
  return Object.values(m.names).filter(Boolean).join(' - ');
}

// ---------------------------------------------------------------------------
// Import

export interface ImportResult {
  /** The rebuilt feed, after the feed validator. */
  feed: Feed | null;
  /** The document before validation (what is written). */
  document: Record<string, unknown> | null;
  problems: KitProblem[];
}

/** Child tables that may be nested in a parent row (HSDS's "compiled" JSON); flattened with their foreign key. */
const NESTED: Record<string, { key: string; table: HsdsTable; fk: string }[]> = {
  organizations: [
    { key: 'organization_identifiers', table: 'organization_identifiers', fk: 'organization_id' },
    { key: 'locations', table: 'locations', fk: 'organization_id' },
    { key: 'contacts', table: 'contacts', fk: 'organization_id' },
    { key: 'phones', table: 'phones', fk: 'organization_id' },
    { key: 'attributes', table: 'attributes', fk: 'link_id' },
  ],
  services: [
    { key: 'schedules', table: 'schedules', fk: 'service_id' },
    { key: 'languages', table: 'languages', fk: 'service_id' },
    { key: 'service_areas', table: 'service_areas', fk: 'service_id' },
    { key: 'service_at_locations', table: 'service_at_locations', fk: 'service_id' },
    { key: 'contacts', table: 'contacts', fk: 'service_id' },
    { key: 'phones', table: 'phones', fk: 'service_id' },
    { key: 'cost_options', table: 'cost_options', fk: 'service_id' },
    { key: 'attributes', table: 'attributes', fk: 'link_id' },
  ],
  service_at_locations: [{ key: 'schedules', table: 'schedules', fk: 'service_at_location_id' }],
  locations: [
    { key: 'addresses', table: 'addresses', fk: 'location_id' },
    { key: 'accessibility', table: 'accessibility', fk: 'location_id' },
    { key: 'schedules', table: 'schedules', fk: 'location_id' },
    { key: 'attributes', table: 'attributes', fk: 'link_id' },
  ],
  contacts: [{ key: 'phones', table: 'phones', fk: 'contact_id' }],
  schedules: [{ key: 'attributes', table: 'attributes', fk: 'link_id' }],
  taxonomy_terms: [],
};

/** Collects every table, moving nested child rows (and nested `location`/`organization`/`taxonomy_term` objects) into their tables. */
function flatten(doc: Record<string, unknown>): Record<HsdsTable, HsdsRow[]> {
  const tables = Object.fromEntries(HSDS_TABLES.map((t) => [t, [] as HsdsRow[]])) as Record<HsdsTable, HsdsRow[]>;
  const seen = Object.fromEntries(HSDS_TABLES.map((t) => [t, new Set<string>()])) as Record<HsdsTable, Set<string>>;
  const add = (table: HsdsTable, row: unknown, fk?: { name: string; value: unknown }) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return;
    const copy = { ...(row as HsdsRow) };
    if (fk && copy[fk.name] === undefined) copy[fk.name] = fk.value;
    const id = typeof copy.id === 'string' ? copy.id : undefined;
    if (id && seen[table].has(id)) return;
    if (id) seen[table].add(id);
    for (const child of NESTED[table] ?? []) {
      const children = copy[child.key];
      if (Array.isArray(children)) for (const c of children) add(child.table, c, { name: child.fk, value: copy.id });
      if (child.key !== child.table || Array.isArray(children)) delete copy[child.key];
    }
    if (table === 'service_at_locations' && typeof copy.location === 'object' && copy.location) {
      add('locations', copy.location);
      copy.location_id ??= (copy.location as HsdsRow).id;
      delete copy.location;
    }
    if (table === 'services' && typeof copy.organization === 'object' && copy.organization) {
      add('organizations', copy.organization);
      copy.organization_id ??= (copy.organization as HsdsRow).id;
      delete copy.organization;
    }
    if (table === 'attributes' && typeof copy.taxonomy_term === 'object' && copy.taxonomy_term) {
      add('taxonomy_terms', copy.taxonomy_term);
      copy.taxonomy_term_id ??= (copy.taxonomy_term as HsdsRow).id;
      delete copy.taxonomy_term;
    }
    tables[table].push(copy);
  };
  for (const table of HSDS_TABLES) {
    const rows = doc[table];
    if (Array.isArray(rows)) for (const row of rows) add(table, row);
  }
  return tables;
}

function groupBy(rows: HsdsRow[], key: string): Map<string, HsdsRow[]> {
  const map = new Map<string, HsdsRow[]>();
  for (const row of rows) {
    const value = row[key];
    if (typeof value !== 'string') continue;
    let list = map.get(value);
    if (!list) map.set(value, (list = []));
    list.push(row);
  }
  return map;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Rebuilds a feed from an HSDS 3.0 export (tabular JSON, or with child tables nested in their parents). */
export function importHsds(input: unknown, source = 'hsds'): ImportResult {
  const problems: KitProblem[] = [];
  const fail = (message: string): ImportResult => {
    problems.push({ severity: 'error', source, path: '$', message });
    return { feed: null, document: null, problems };
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail('an HSDS document must be a JSON object with one array per table (services, organizations, …)');
  const doc = input as Record<string, unknown>;
  if (!Array.isArray(doc.services) && !Array.isArray(doc.organizations)) return fail('no "services" or "organizations" table found');
  const t = flatten(doc);

  const terms = new Map(t.taxonomy_terms.map((row) => [row.id as string, row]));
  const taxonomyNames = new Map(t.taxonomies.map((row) => [row.id as string, row.name as string]));
  const taxonomyOf = (term: HsdsRow) => str(term.taxonomy) ?? taxonomyNames.get(term.taxonomy_id as string);
  const fieldCodeOf = new Map<string, string>();
  for (const term of t.taxonomy_terms)
    if (taxonomyOf(term) === FIELD_TAXONOMY && typeof term.code === 'string') fieldCodeOf.set(term.id as string, term.code);

  /** Attributes by the row they describe: field code → values (in order), and linked offer/theme terms. */
  const fields = new Map<string, Map<string, unknown[]>>();
  const links = new Map<string, { type: string; term?: HsdsRow; value?: string }[]>();
  t.attributes.forEach((row, i) => {
    const link = str(row.link_id);
    if (!link) {
      problems.push({ severity: 'warning', source, path: `attributes[${i}]`, message: 'attribute without link_id (ignored)' });
      return;
    }
    const termId = str(row.taxonomy_term_id);
    const code = termId ? fieldCodeOf.get(termId) : undefined;
    if (code) {
      const term = fieldTerm(code);
      let value: unknown = row.value;
      if (term?.json && typeof value === 'string') {
        try {
          value = JSON.parse(value);
        } catch {
          problems.push({
            severity: 'warning',
            source,
            path: `attributes[${i}].value`,
            message: `the ${code} attribute is not JSON (ignored)`,
          });
          return;
        }
      }
      let map = fields.get(link);
      if (!map) fields.set(link, (map = new Map()));
      if (!map.has(code)) map.set(code, []);
      map.get(code)!.push(value);
      return;
    }
    let list = links.get(link);
    if (!list) links.set(link, (list = []));
    const entry: { type: string; term?: HsdsRow; value?: string } = { type: str(row.link_type) ?? '' };
    const term = termId ? terms.get(termId) : undefined;
    if (term) entry.term = term;
    const value = str(row.value);
    if (value !== undefined) entry.value = value;
    list.push(entry);
  });
  const field = (id: string, code: string): unknown => fields.get(id)?.get(code)?.[0];
  const fieldText = (id: string, code: string): LocalizedText | undefined => {
    const value = field(id, code);
    return typeof value === 'object' && value !== null ? (value as LocalizedText) : undefined;
  };
  const localized = (id: string, code: string, nb: unknown): LocalizedText | undefined =>
    fieldText(id, code) ?? (str(nb) !== undefined ? { nb: nb as string } : undefined);

  const identifiers = groupBy(t.organization_identifiers, 'organization_id');
  const ourId = (org: HsdsRow, type: string) =>
    identifiers.get(org.id as string)?.find((i) => i.identifier_scheme === IDENTIFIER_SCHEME && i.identifier_type === type)?.identifier as
      string | undefined;
  const orgKind = new Map<string, { type: string; id: string }>();
  for (const org of t.organizations) {
    for (const type of ['publisher', 'centre', 'contact-point']) {
      const id = ourId(org, type);
      if (id) orgKind.set(org.id as string, { type, id });
    }
  }
  const languagesOf = groupBy(t.languages, 'service_id');
  const areasOf = groupBy(t.service_areas, 'service_id');
  const schedulesOf = groupBy(t.schedules, 'service_id');
  const salOf = groupBy(t.service_at_locations, 'service_id');
  const contactsOfService = groupBy(t.contacts, 'service_id');
  const contactsOfOrg = groupBy(t.contacts, 'organization_id');
  const phonesOfContact = groupBy(t.phones, 'contact_id');
  const addressesOf = groupBy(t.addresses, 'location_id');
  const accessibilityOf = groupBy(t.accessibility, 'location_id');
  const locations = new Map(t.locations.map((row) => [row.id as string, row]));
  const contactOf = (list: HsdsRow[] | undefined) => {
    const contact = list?.[0];
    if (!contact) return {};
    const phone = phonesOfContact.get(contact.id as string)?.[0];
    return { email: str(contact.email), phone: str(phone?.number) };
  };
  const areas = (service: string, type: string) =>
    (areasOf.get(service) ?? []).filter((a) => a.extent_type === type).map((a) => a.extent as string);

  // The head.
  const feed: Record<string, unknown> = { version: FEED_VERSION };
  const publisherOrg = t.organizations.find((org) => orgKind.get(org.id as string)?.type === 'publisher');
  if (publisherOrg) {
    const id = publisherOrg.id as string;
    feed.version = field(id, 'version') ?? FEED_VERSION;
    feed.publisher = {
      name: publisherOrg.name,
      ...(str(publisherOrg.website) ? { url: publisherOrg.website } : {}),
      ...(str(publisherOrg.email) ? { email: publisherOrg.email } : {}),
      ...(field(id, 'reportUrl') !== undefined ? { reportUrl: field(id, 'reportUrl') } : {}),
    };
    feed.generatedAt = field(id, 'generatedAt');
    if (field(id, 'attribution') !== undefined) feed.attribution = field(id, 'attribution');
    if (field(id, 'resources') !== undefined) feed.resources = field(id, 'resources');
  } else {
    problems.push({
      severity: 'warning',
      source,
      message: 'no publisher organization (identifier type "publisher"): the first organization is used as publisher',
    });
    const first = t.organizations[0];
    feed.publisher = { name: str(first?.name) ?? source };
    feed.generatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  }

  // Offers, themes and municipalities from their taxonomies.
  const termsIn = (name: string) => t.taxonomy_terms.filter((term) => taxonomyOf(term) === name);
  feed.offers = termsIn(OFFER_TAXONOMY).map((term) => {
    const id = term.id as string;
    const offer: Record<string, unknown> = {
      id: term.code,
      kind: field(id, 'kind') ?? 'optional',
      label: localized(id, 'label', term.name),
    };
    const description =
      fieldText(id, 'description') ?? (str(term.description) && term.description !== term.name ? { nb: term.description } : undefined);
    if (description) offer.description = description;
    return offer;
  });
  feed.themes = termsIn(THEME_TAXONOMY).map((term) => {
    const id = term.id as string;
    const theme: Record<string, unknown> = { id: term.code, label: localized(id, 'label', term.name) };
    const description =
      fieldText(id, 'description') ?? (str(term.description) && term.description !== term.name ? { nb: term.description } : undefined);
    if (description) theme.description = description;
    return theme;
  });
  feed.municipalities = termsIn(MUNICIPALITY_TAXONOMY).map((term) => {
    const rest = field(term.id as string, 'municipality');
    return { number: term.code, ...(typeof rest === 'object' && rest ? rest : { names: { no: term.name } }) };
  });

  // Contact points: organizations with their contact service.
  const contactServiceOf = new Map<string, HsdsRow>();
  for (const service of t.services)
    if (field(service.id as string, 'entity') === 'contact-point-service') contactServiceOf.set(service.organization_id as string, service);
  feed.contactPoints = t.organizations
    .filter((org) => orgKind.get(org.id as string)?.type === 'contact-point')
    .map((org) => {
      const id = org.id as string;
      const service = contactServiceOf.get(id);
      const sid = service?.id as string | undefined;
      const point: Record<string, unknown> = {
        id: orgKind.get(id)!.id,
        kind: field(id, 'kind') ?? 'other',
        name: localized(id, 'name', org.name),
      };
      point.municipalities = sid ? areas(sid, EXTENT.municipality) : [];
      point.counties = sid ? areas(sid, EXTENT.county) : [];
      point.national = sid ? areas(sid, EXTENT.country).includes('NO') : false;
      const { email, phone } = contactOf(contactsOfOrg.get(id));
      if (phone) point.phone = phone;
      if (email ?? str(org.email)) point.email = email ?? org.email;
      if (str(org.website)) point.url = org.website;
      if (str(service?.url)) point.registerInterestUrl = service!.url;
      const parent = str(org.parent_organization_id);
      if (parent && orgKind.get(parent)?.type === 'centre') point.centre = orgKind.get(parent)!.id;
      if (str(service?.assured_date)) point.lastVerified = service!.assured_date;
      if (sid) {
        const { hours, days } = importHours(sid);
        if (hours.length) point.contactHours = hours;
        if (days.length) point.specialDays = days;
        if (field(sid, 'waitingList') !== undefined) point.waitingList = field(sid, 'waitingList');
        if (field(sid, 'reportUrl') !== undefined) point.reportUrl = field(sid, 'reportUrl');
      }
      return point;
    });

  // Centres and groups: services.
  const centres: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  t.services.forEach((service, index) => {
    const sid = service.id as string;
    const entity = field(sid, 'entity');
    if (entity === 'centre') centres.push(importCentre(service));
    else if (entity === 'group') groups.push(importGroup(service));
    else if (entity !== 'contact-point-service') {
      problems.push({
        severity: 'warning',
        source,
        path: `services[${index}]`,
        message: `service ${quoted(str(service.name) ?? sid)} is not a centre or group of a frisklivs-widgets export (no entity attribute): not imported`,
      });
    }
  });
  feed.centres = centres;
  feed.groups = groups;

  const result = validateFeed(feed, { maxProblems: Infinity }); // every problem: the kit chooses what to print
  for (const problem of result.problems) {
    const out: KitProblem = { severity: problem.severity, source: `${source} (imported)`, path: problem.path, message: problem.message };
    if (problem.entryId) out.entryId = problem.entryId;
    problems.push(out);
  }
  return { feed: result.feed, document: feed, problems };

  /** A service's weekly hours and special days (schedule rows with the specialDay attribute, by date in order). */
  function importHours(sid: string): { hours: Record<string, unknown>[]; days: Record<string, unknown>[] } {
    const hours: Record<string, unknown>[] = [];
    const days = new Map<string, Record<string, unknown>>();
    for (const s of schedulesOf.get(sid) ?? []) {
      const special = field(s.id as string, 'specialDay');
      if (special === 'open' || special === 'closed') {
        const date = String(s.valid_from ?? s.dtstart ?? '').slice(0, 10);
        let day = days.get(date);
        if (!day) days.set(date, (day = { date }));
        const note = fieldText(s.id as string, 'note');
        if (note) day.note = note;
        if (special === 'open') ((day.hours ??= []) as unknown[]).push({ opens: hhmm(s.opens_at), closes: hhmm(s.closes_at) });
        continue;
      }
      const entry: Record<string, unknown> = {
        weekdays: String(s.byday ?? '')
          .split(',')
          .filter(Boolean),
        opens: hhmm(s.opens_at),
        closes: hhmm(s.closes_at),
      };
      if (str(s.valid_from)) entry.validFrom = s.valid_from;
      if (str(s.valid_to)) entry.validTo = s.valid_to;
      const note = localized(s.id as string, 'note', s.description);
      if (note) entry.note = note;
      hours.push(entry);
    }
    return { hours, days: [...days.values()] };
  }

  function importCentre(service: HsdsRow): Record<string, unknown> {
    const sid = service.id as string;
    const org = t.organizations.find((o) => o.id === service.organization_id);
    const centre: Record<string, unknown> = {
      id: field(sid, 'id') ?? (org ? orgKind.get(org.id as string)?.id : undefined),
      name: localized(sid, 'name', service.name),
    };
    const serviceCode = field(sid, 'serviceCode');
    if (serviceCode !== undefined) centre.serviceCode = serviceCode;
    const served = areas(sid, EXTENT.municipality);
    centre.hostMunicipality = field(sid, 'hostMunicipality') ?? served[0];
    centre.municipalities = served;
    centre.sites = (salOf.get(sid) ?? [])
      .map((sal) => locations.get(sal.location_id as string))
      .filter((l): l is HsdsRow => !!l)
      .map((location) => importSite(location));
    const { email, phone } = contactOf(contactsOfService.get(sid));
    if (phone) centre.phone = phone;
    if (email ?? str(service.email)) centre.email = email ?? service.email;
    if (str(service.url)) centre.url = service.url;
    centre.offers = (links.get(sid) ?? []).filter((l) => l.type === 'offer').map((l) => str(l.term?.code) ?? l.value);
    const referral = field(sid, 'referral');
    centre.referral = Array.isArray(referral) ? referral : [];
    const gettingStarted = localized(sid, 'gettingStarted', service.application_process);
    if (gettingStarted) centre.gettingStarted = gettingStarted;
    centre.languages = (languagesOf.get(sid) ?? []).map((l) => l.code);
    const { hours, days } = importHours(sid);
    if (hours.length) centre.contactHours = hours;
    if (days.length) centre.specialDays = days;
    if (field(sid, 'reportUrl') !== undefined) centre.reportUrl = field(sid, 'reportUrl');
    const programme = field(sid, 'programme');
    if (programme !== undefined) centre.programme = programme;
    centre.status = (typeof service.status === 'string' ? HSDS_TO_CENTRE_STATUS.get(service.status) : undefined) ?? 'active';
    const closedUntil = field(sid, 'closedUntil');
    if (closedUntil !== undefined) centre.closedUntil = closedUntil;
    const notices = field(sid, 'notices');
    if (notices !== undefined) centre.notices = notices;
    centre.fee = field(sid, 'fee') ?? {
      free: t.cost_options.some((c) => c.service_id === sid && c.amount === 0),
      ...(str(service.fees_description) ? { text: { nb: service.fees_description } } : {}),
    };
    const eligibility = field(sid, 'eligibility');
    if (eligibility !== undefined) centre.eligibility = eligibility;
    else if (str(service.eligibility_description) || num(service.minimum_age) !== undefined || num(service.maximum_age) !== undefined) {
      centre.eligibility = {
        ...(str(service.eligibility_description) ? { text: { nb: service.eligibility_description } } : {}),
        ...(num(service.minimum_age) !== undefined ? { minAge: service.minimum_age } : {}),
        ...(num(service.maximum_age) !== undefined ? { maxAge: service.maximum_age } : {}),
      };
    }
    const description =
      fieldText(sid, 'description') ??
      (str(service.description) && service.description !== service.name ? { nb: service.description } : undefined);
    if (description) centre.description = description;
    centre.lastVerified = service.assured_date;
    return centre;
  }

  function importSite(location: HsdsRow): Record<string, unknown> {
    const lid = location.id as string;
    const address = addressesOf.get(lid)?.find((a) => a.address_type !== 'postal') ?? addressesOf.get(lid)?.[0];
    const site: Record<string, unknown> = {};
    if (str(location.external_identifier)) site.id = location.external_identifier;
    const name = localized(lid, 'name', location.name);
    if (name) site.name = name;
    site.address = {
      street: address?.address_1,
      postcode: address?.postal_code,
      postTown: address?.city,
      ...(field(lid, 'addressMunicipality') !== undefined ? { municipality: field(lid, 'addressMunicipality') } : {}),
    };
    if (num(location.latitude) !== undefined) site.lat = location.latitude;
    if (num(location.longitude) !== undefined) site.lon = location.longitude;
    const stepFree = field(lid, 'stepFree');
    if (typeof stepFree === 'boolean') site.stepFree = stepFree;
    const note = localized(lid, 'accessibilityNote', accessibilityOf.get(lid)?.[0]?.details);
    if (note) site.accessibilityNote = note;
    return site;
  }

  function importGroup(service: HsdsRow): Record<string, unknown> {
    const sid = service.id as string;
    const schedule = schedulesOf.get(sid)?.[0];
    const contactPoint = orgKind.get(service.organization_id as string);
    const group: Record<string, unknown> = {
      id: field(sid, 'id'),
      theme: (links.get(sid) ?? []).filter((l) => l.type === 'theme').map((l) => str(l.term?.code) ?? l.value)[0],
      title: localized(sid, 'title', service.name),
    };
    const description =
      fieldText(sid, 'description') ??
      (str(service.description) && service.description !== service.name ? { nb: service.description } : undefined);
    if (description) group.description = description;
    group.mode = field(sid, 'mode') ?? (schedule?.attending_type === 'online' ? 'digital' : 'physical');
    const municipality = areas(sid, EXTENT.municipality)[0];
    if (municipality) group.municipality = municipality;
    const area = fieldText(sid, 'area');
    if (area) group.area = area;
    if (schedule) {
      group.schedule = {
        frequency: schedule.interval === 2 ? 'fortnightly' : 'weekly',
        weekday: String(schedule.byday ?? '').split(',')[0],
        startTime: hhmm(schedule.opens_at),
        endTime: hhmm(schedule.closes_at),
        ...(str(schedule.dtstart) ? { firstMeeting: String(schedule.dtstart).slice(0, 10) } : {}),
      };
    }
    group.status = field(sid, 'groupStatus') ?? 'open';
    const plannedStart = field(sid, 'plannedStart');
    if (plannedStart !== undefined) group.plannedStart = plannedStart;
    if (field(sid, 'reportUrl') !== undefined) group.reportUrl = field(sid, 'reportUrl');
    if (num(service.minimum_age) !== undefined) group.minAge = service.minimum_age;
    group.languages = (languagesOf.get(sid) ?? []).map((l) => l.code);
    group.contactPoint = contactPoint?.type === 'contact-point' ? contactPoint.id : undefined;
    group.lastVerified = service.assured_date;
    return group;
  }
}

/** "18:00:00" or "18:00" → "18:00". */
function hhmm(value: unknown): unknown {
  return typeof value === 'string' && /^\d{2}:\d{2}(:\d{2})?$/.test(value) ? value.slice(0, 5) : value;
}
