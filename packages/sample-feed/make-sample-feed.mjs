#!/usr/bin/env node
/**
 * Builds the sample feed `feed.json` and the postcode resource `postcodes.json` (beside this script).
 *
 *   node make-sample-feed.mjs [--data DIR] [--out-dir DIR] [--seed N]
 *
 * Real facts (municipalities, counties, postcodes) come from the reference data in `data/`
 * (sources and licences in data/README.md; or --data DIR). Everything else — centres,
 * contact points, groups, phone numbers, e-mail addresses, web addresses and streets — is
 * FICTITIOUS: the tables in `tables/` (offers, themes, contact points, centre texts, group texts,
 * Sámi words and where each Sámi wording comes from; tables/README.md) and the rules below.
 * Output is deterministic: a seeded PRNG and a fixed `generatedAt`, so a rerun gives
 * byte-identical files.
 *
 * The building blocks are exported so that generate-feed.mjs can make large
 * synthetic feeds from the same municipalities, offers and themes; `main` runs only when
 * this file is executed directly.
 *
 * Plain Node 20 ESM, no dependencies.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = SCRIPT_DIR;
const table = (name) => JSON.parse(readFileSync(join(SCRIPT_DIR, 'tables', `${name}.json`), 'utf8'));
const CENTRE = table('centres');
const GROUP = table('groups');
const SAMI_TABLE = table('sami');

export const GENERATED_AT = '2026-11-01T08:00:00+01:00';
export const DEFAULT_SEED = 20261101;
export const PUBLISHER = { name: 'Eksempelforlaget for frisklivsdata (fiktiv)', url: 'https://example.org/frisklivs' };

/** Attribution lines the reference data asks for (see data/README.md and the Sámi sources in ../widgets/locales/README.md). */
export const ATTRIBUTION = [
  'Kommunenummer, kommunenavn og kommunepunkter: © Kartverket, CC BY 4.0 (Administrative enheter – kommuner og fylker, 2024).',
  'Kommunenavn kontrollert mot Statistisk sentralbyrå (SSB), KLASS klassifikasjon 131, CC BY 4.0.',
  'Postnummer og poststeder: Kilde: Posten Bring / Kartverket (Postnummerregister, lastet ned 2026-01-22).',
  'Samiske ord i etikettene bygger på ordbøker fra Giellatekno og Divvun, UiT Norges arktiske universitet (CC BY 4.0), og Hamarøy kommunes lulesamiske medisinske ordbok (CC BY 4.0); samisk ordlyd er ikke kontrollert av oversetter.',
  'Frisklivssentralene, selvhjelpsgruppene, kontaktpunktene og alle kontaktopplysninger (telefon, e-post, nettadresser, gateadresser) i denne filen er fiktive eksempler.',
];

export const POSTCODE_SOURCE =
  'Kilde: Posten Bring / Kartverket (Postnummerregister, lastet ned 2026-01-22; postnummer av kategori G, B og P i de 357 kommunene)';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded PRNG. Each part of the feed draws from its own named stream, so adding groups
 * does not change the centres generated for the same seed.
 */
export function createRng(seed, stream = '') {
  const next = mulberry32(hashString(`${seed}:${stream}`));
  const rng = {
    next,
    /** Integer in [min, max], both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Item chosen with probability proportional to its weight: [[item, weight], …]. */
    weighted(pairs) {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [item, w] of pairs) {
        r -= w;
        if (r < 0) return item;
      }
      return pairs[pairs.length - 1][0];
    },
    shuffle(list) {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample: (list, k) => rng.shuffle(list).slice(0, k),
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Small helpers: dates, text, slugs, geography
// ---------------------------------------------------------------------------------------------

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_MS = 86_400_000;
const dateToMs = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const msToDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A date in [from, to], both YYYY-MM-DD. */
export function randomDate(rng, from, to) {
  const a = dateToMs(from);
  const b = dateToMs(to);
  return msToDate(a + rng.int(0, Math.round((b - a) / DAY_MS)) * DAY_MS);
}

/** The first date on or after `date` that falls on `weekday` ('MO'…'SU'). */
export function onOrAfterWeekday(date, weekday) {
  const ms = dateToMs(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // 0 = Monday
  return msToDate(ms + ((WEEKDAYS.indexOf(weekday) - dow + 7) % 7) * DAY_MS);
}

function addMinutes(time, minutes) {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const lowerFirst = (text) => text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
const upperFirst = (text) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** "A", "A og B", "A, B og C". */
function joinList(items, and) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ŋ/g, 'n')
    .replace(/đ/g, 'd')
    .replace(/ŧ/g, 't')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Great-circle distance in km between two municipalities' representative points. */
export function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** Fictitious phone numbers in the 555 series: "+47 555 01 234". */
export function fictitiousPhone(serial) {
  return `+47 555 ${String(Math.floor(serial / 1000) % 100).padStart(2, '0')} ${String(serial % 1000).padStart(3, '0')}`;
}

const round4 = (x) => Math.round(x * 10_000) / 10_000;

/** A text with {name} placeholders filled in, in every language of `text`. */
const fill = (text, values) =>
  typeof text === 'string'
    ? text.replace(/\{(\w+)\}/g, (_, key) => values[key])
    : Object.fromEntries(Object.entries(text).map(([lang, t]) => [lang, fill(t, typeof values === 'function' ? values(lang) : values)]));

// ---------------------------------------------------------------------------------------------
// Source data
// ---------------------------------------------------------------------------------------------

/** The reference data beside this script (see data/README.md). */
export function defaultDataDir() {
  return join(PACKAGE_DIR, 'data');
}

function parsePostcodeCsv(text) {
  const lines = text.trim().split(/\r?\n/);
  const header = lines.shift();
  if (header !== 'postcode,place,municipality,category') throw new Error(`unexpected postcodes.csv header: ${header}`);
  return lines.map((line) => {
    const [postcode, place, municipality, category] = line.split(',');
    return { postcode, place, municipality, category };
  });
}

/** Loads the real reference data: municipalities (with counties) and postcodes. */
export function loadSources(dataDir = defaultDataDir()) {
  const data = JSON.parse(readFileSync(join(dataDir, 'municipalities.json'), 'utf8'));
  const postcodes = parsePostcodeCsv(readFileSync(join(dataDir, 'postcodes.csv'), 'utf8'));
  if (data.municipalities.length !== 357) throw new Error(`expected 357 municipalities, got ${data.municipalities.length}`);
  return { from: dataDir, municipalities: data.municipalities, counties: data.counties, postcodes };
}

/** The feed's `municipalities`: number, names, county, samiArea (when set), lat, lon, aliases. */
export function buildMunicipalities(sources) {
  return sources.municipalities.map((m) => {
    const out = { number: m.number, names: { ...m.names }, county: m.county };
    if (m.samiArea) out.samiArea = m.samiArea;
    out.lat = m.lat;
    out.lon = m.lon;
    if (m.aliases?.length) out.aliases = [...m.aliases];
    return out;
  });
}

/** The postcode resource: G, B and P rows of the 357 municipalities (no Svalbard 2100, Jan Mayen 2211). */
export function buildPostcodeResource(sources) {
  const known = new Set(sources.municipalities.map((m) => m.number));
  const rows = sources.postcodes
    .filter((p) => (p.category === 'G' || p.category === 'B' || p.category === 'P') && known.has(p.municipality))
    .map((p) => [p.postcode, p.place, p.municipality]);
  return { version: 1, source: POSTCODE_SOURCE, postcodes: rows };
}

// ---------------------------------------------------------------------------------------------
// Offers and themes (tables/offers.json, tables/themes.json)
// ---------------------------------------------------------------------------------------------

const OFFER_DEFS = table('offers');
const THEME_DEFS = table('themes');

/**
 * Every Sámi string the sample feed composes or chooses itself (not the glossary's term as it stands), for the
 * localisation report: the offers' and themes' labels marked "near" or "ours" in their samiWording, and the
 * patterns of tables/sami.json.
 */
export const OUR_SAMI_WORDING = [
  ...[...OFFER_DEFS.map((o) => ['offer', o]), ...THEME_DEFS.map((t) => ['theme', t])].flatMap(([what, def]) =>
    Object.entries(def.samiWording)
      .filter(([, how]) => how !== 'glossary')
      .map(([lang, how]) => ({
        text: def.label[lang],
        kind: how.split(':')[0],
        what: `${what} ${def.id} (${lang}${how.includes(':') ? `; ${how}` : ''})`,
      })),
  ),
  ...SAMI_TABLE.notes,
];

export const OFFERS = OFFER_DEFS.map(({ id, kind, label, description }) => ({ id, kind, label, description }));
export const CORE_OFFERS = OFFERS.filter((o) => o.kind === 'core').map((o) => o.id);
export const OPTIONAL_OFFERS = OFFERS.filter((o) => o.kind === 'optional').map((o) => o.id);

/** Self-help group themes: `phrase` starts a group title, `about` says who the group is for. */
export const THEMES = THEME_DEFS.map(({ id, label, about }) => ({ id, label, description: about }));

/** Glossary words used to compose Sámi group titles, descriptions and contact lines. */
const SAMI = SAMI_TABLE.words;
const SAMI_LANGS = ['se', 'sma', 'smj'];
const LOCALES = ['nb', 'nn', 'se', 'sma', 'smj', 'en'];

/** The same text object with its keys in the feed's locale order (nb, nn, se, sma, smj, en). */
function localeOrder(text) {
  const out = {};
  for (const lang of LOCALES) if (text[lang] !== undefined) out[lang] = text[lang];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Centres
// ---------------------------------------------------------------------------------------------

/**
 * Centres the demo must have: the four big cities, Bodø, and centres in the administrative
 * area for Sámi languages with Sámi languages spoken. `partners`: the neighbouring
 * municipalities an inter-municipal centre also serves, as a list of numbers or as a count
 * (then the nearest unassigned ones in the same county are taken).
 */
export const REQUIRED_CENTRES = CENTRE.required;

/** How municipalities are grouped into centres: [{ host, members, region?, languages?, sites? }]. */
export function planCentres(rng, municipalities, options = {}) {
  const { coverFraction = 2 / 3, maxCentres = Infinity, interShare = 0.6, maxPartnerKm = 110, required = REQUIRED_CENTRES } = options;
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const assigned = new Set();
  const plans = [];
  const covered = new Map();
  const countyTarget = new Map();
  const countyCount = new Map();
  for (const m of municipalities) countyCount.set(m.county, (countyCount.get(m.county) ?? 0) + 1);
  for (const [county, n] of countyCount) countyTarget.set(county, Math.max(1, Math.round(n * coverFraction)));

  const neighbours = (host, k) => {
    const h = byNumber.get(host);
    return municipalities
      .filter((m) => m.county === h.county && m.number !== host && !assigned.has(m.number) && distanceKm(h, m) <= maxPartnerKm)
      .sort((a, b) => distanceKm(h, a) - distanceKm(h, b) || a.number.localeCompare(b.number))
      .slice(0, k)
      .map((m) => m.number);
  };
  const add = (plan) => {
    for (const n of plan.members) {
      assigned.add(n);
      const county = byNumber.get(n).county;
      covered.set(county, (covered.get(county) ?? 0) + 1);
    }
    plans.push(plan);
  };

  for (const r of required) {
    if (plans.length >= maxCentres) break;
    if (!byNumber.has(r.host)) throw new Error(`required centre host ${r.host} is not a municipality`);
    if (assigned.has(r.host)) continue;
    const partners = Array.isArray(r.partners)
      ? r.partners.filter((n) => byNumber.has(n) && !assigned.has(n))
      : r.partners
        ? neighbours(r.host, r.partners)
        : [];
    add({ ...r, members: [r.host, ...partners], required: true });
  }
  for (const m of rng.shuffle(municipalities)) {
    if (plans.length >= maxCentres) break;
    if (assigned.has(m.number)) continue;
    const room = countyTarget.get(m.county) - (covered.get(m.county) ?? 0);
    if (room < 1) continue;
    let partners = [];
    if (room >= 3 && rng.chance(interShare)) {
      partners = neighbours(m.number, Math.min(rng.int(2, 4), room - 1));
      if (partners.length < 2) partners = [];
    }
    add({ host: m.number, members: [m.number, ...partners] });
  }
  return plans;
}

const PROGRAMME_ACTIVITIES = CENTRE.programmeActivities;
const CONTACT_HOURS = CENTRE.contactHours;
const SITE_NAMES = CENTRE.siteNames;
const ACCESS_NOTES = CENTRE.accessNotes;
const OTHER_LANGUAGES = CENTRE.otherLanguages;
/** Street names that are obviously made up. */
const STREETS = CENTRE.streets;

function municipalityDisplayName(m) {
  const disambiguated = m.aliases?.find((a) => /\(.+\)$/.test(a));
  return disambiguated ?? m.names.no;
}

/** "A og B" in nb and nn, "A and B" in en. */
const listIn = (names, word) => (lang) => ({ members: joinList(names, CENTRE.gettingStarted[word][lang]) });

/** Builds the feed's centres from planCentres()' plan; phone numbers follow the plan's order. */
export function buildCentres(rng, plans, municipalities, postcodesByMunicipality) {
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const slugs = new Set();
  const centres = [];
  const optionalPool = OPTIONAL_OFFERS;

  // Special roles go to centres that are not required (so the big cities stay ordinary and active).
  const ordinary = plans.map((p, i) => i).filter((i) => !plans[i].required);
  const roles = new Map();
  const roleOrder = ['temporarily-closed', 'closed', 'paid', 'youth', 'moved', 'kid-news'];
  rng
    .shuffle(ordinary)
    .slice(0, roleOrder.length)
    .forEach((index, k) => roles.set(index, roleOrder[k]));

  plans.forEach((plan, index) => {
    const host = byNumber.get(plan.host);
    const members = plan.members.map((n) => byNumber.get(n));
    const inter = members.length > 1;
    const role = roles.get(index);
    const hostName = municipalityDisplayName(host);

    // Names
    const names = CENTRE.name;
    const name = plan.region
      ? fill(names.region, { region: plan.region })
      : !inter
        ? fill(names.single, { host: hostName })
        : members.length === 3
          ? fill(names.three, listIn(members.map(municipalityDisplayName), 'and'))
          : fill(names.district, { host: hostName });
    // A Sámi name variant wherever a served municipality has an official name in that language.
    for (const lang of SAMI_LANGS) {
      if (!members.some((m) => m.names[lang])) continue;
      const places = members.slice(0, 3).map((m) => m.names[lang] ?? m.names.no);
      name[lang] = fill(names.sami, { places: places.join(' – ') });
    }

    let slug = `frisklivs-${slugify(plan.region ?? host.names.no)}`;
    if (slugs.has(slug)) slug = `${slug}-${host.number}`;
    slugs.add(slug);
    const phone = fictitiousPhone(1000 + index * 37);
    const email = `post@${slug}.example.org`;

    // Languages
    // A centre serving a municipality in the administrative area for Sámi languages offers that language.
    const areaLangs = SAMI_LANGS.filter((lang) => members.some((m) => m.samiArea === lang));
    let languages = plan.languages ? [...plan.languages] : ['nb', ...areaLangs];
    if (!plan.languages && !areaLangs.length) {
      if (rng.chance(0.35)) languages.push('en');
      if (rng.chance(0.12)) languages.push(rng.pick(OTHER_LANGUAGES.filter((l) => !languages.includes(l))));
    }
    const samiLangs = languages.filter((l) => SAMI_LANGS.includes(l));

    // Sites: the first in the host, further ones (when asked for) in a partner municipality or the host.
    const siteCount = plan.sites ?? (inter && rng.chance(0.4) ? 2 : 1);
    const sites = [];
    for (let s = 0; s < siteCount; s++) {
      const where = s > 0 && inter ? members[s % members.length] : host;
      const pc = rng.pick(postcodesByMunicipality.get(where.number));
      const stepFree = rng.chance(0.8);
      const site = {};
      if (siteCount > 1) {
        site.id = `fls-${host.number}-site-${s + 1}`;
        site.name = where === host ? SITE_NAMES[s % SITE_NAMES.length] : fill(CENTRE.branch, { place: where.names.no });
      }
      site.address = {
        street: `${rng.pick(STREETS)} ${rng.int(1, 60)}`,
        postcode: pc.postcode,
        postTown: pc.place,
        municipality: where.number,
      };
      site.lat = round4(where.lat + (rng.next() - 0.5) * 0.03);
      site.lon = round4(where.lon + (rng.next() - 0.5) * 0.05);
      site.stepFree = stepFree;
      if (!stepFree || rng.chance(0.25)) site.accessibilityNote = stepFree ? ACCESS_NOTES.stepFree : ACCESS_NOTES.steps;
      sites.push(site);
    }

    // Offers: all core offers and a varied subset of the optional ones.
    const optional = rng.sample(optionalPool, rng.int(1, 5));
    if (role === 'youth' && !optional.includes('barn-unge-foreldre')) optional.push('barn-unge-foreldre');
    if (role === 'kid-news' && !optional.includes('kid')) optional.push('kid');
    const offers = [...CORE_OFFERS, ...optionalPool.filter((o) => optional.includes(o))];

    // Referral routes
    const referral = rng.weighted([
      [['self', 'gp', 'nav', 'health-personnel'], 6],
      [['self', 'gp', 'health-personnel'], 3],
      [['self', 'gp'], 2],
      [['gp', 'health-personnel'], 1],
    ]);

    const centre = {
      id: `fls-${host.number}`,
      name: localeOrder(name),
      serviceCode: 'KX04',
      hostMunicipality: host.number,
      municipalities: members.map((m) => m.number),
      sites,
      phone,
      email,
      url: `https://${slug}.example.org/`,
      offers,
      referral,
      gettingStarted: gettingStarted(referral, phone, email, samiLangs, role !== 'paid'),
      languages,
      contactHours: rng.pick(CONTACT_HOURS),
    };

    if (rng.chance(0.35) || role === 'kid-news') centre.programme = programme(rng);

    centre.status = 'active';
    const notices = [];
    const notice = (key, values = {}) => {
      const { text, ...valid } = CENTRE.notices[key];
      notices.push({ text: fill(text, values), ...valid });
    };
    if (role === 'temporarily-closed') {
      centre.status = 'temporarily-closed';
      centre.closedUntil = CENTRE.closedUntil;
      notice(role);
    } else if (role === 'closed') {
      centre.status = 'closed';
      notice(role);
    } else if (role === 'moved') {
      notice(role, { street: sites[0].address.street });
    } else if (role === 'kid-news') {
      notice(role);
    }
    if (centre.status === 'active' && (role === 'kid-news' || rng.chance(0.08))) notice('christmas');
    if (notices.length) centre.notices = notices;

    centre.fee = role === 'paid' ? { free: false, text: { ...CENTRE.fee } } : { free: true };

    if (role === 'youth') {
      centre.eligibility = structuredClone(CENTRE.youth);
    } else if (rng.chance(0.6)) {
      const minAge = rng.chance(0.15) ? 16 : 18;
      centre.eligibility = { text: fill(CENTRE.eligibility, { minAge }), minAge };
    }

    if (inter || rng.chance(0.25)) {
      const memberNames = members.map((m) => m.names.no);
      centre.description = inter ? fill(CENTRE.description.inter, listIn(memberNames, 'and')) : { ...CENTRE.description.single };
    }
    centre.lastVerified = randomDate(rng, '2025-01-06', '2026-10-30');
    centres.push(centre);
  });
  return centres;
}

function gettingStarted(referral, phone, email, samiLangs, free) {
  const words = CENTRE.gettingStarted;
  const others = referral.filter((r) => r !== 'self');
  const list = (lang) =>
    joinList(
      others.map((r) => words.referrers[lang][r]),
      words.or[lang],
    );
  const out = {};
  for (const lang of ['nb', 'nn', 'en']) {
    const referrers = list(lang);
    const values = { referrers, Referrers: upperFirst(referrers), phone, email };
    out[lang] = referral.includes('self')
      ? fill(words.self[lang], values) + (others.length ? fill(words.alsoRefer[lang], values) : '')
      : fill(words.referralNeeded[lang], values);
    out[lang] += fill(words.book[lang], values);
  }
  for (const lang of samiLangs) {
    const parts = [`${SAMI.phone[lang]}: ${phone}`, `${SAMI.email[lang]}: ${email}`];
    if (free) parts.push(SAMI.free[lang]);
    out[lang] = parts.join(' · ');
  }
  return localeOrder(out);
}

function programme(rng) {
  const conversationWeeks = rng.pick([[6], [6], [4, 8], [5, 9]]);
  const groupSessionWeeks = [];
  for (let w = 2; w <= 11; w++) if (!conversationWeeks.includes(w) && rng.chance(0.8)) groupSessionWeeks.push(w);
  const middle = rng.sample(PROGRAMME_ACTIVITIES.slice(1, -1), rng.int(2, 4)).sort((a, b) => a.week - b.week);
  return {
    weeks: 12,
    groupSessionWeeks,
    conversationWeeks,
    activities: [PROGRAMME_ACTIVITIES[0], ...middle, PROGRAMME_ACTIVITIES[PROGRAMME_ACTIVITIES.length - 1]],
    renewable: rng.chance(0.8),
  };
}

// ---------------------------------------------------------------------------------------------
// Contact points (tables/contact-points.json)
// ---------------------------------------------------------------------------------------------

/**
 * The 20 hand-made contact points. `centre` links a frisklivssentral contact point to a
 * centre that REQUIRED_CENTRES guarantees. Selvhjelp Norge's district offices closed in
 * 2023 and are deliberately not modelled; the one national entry stands for a national
 * contact line (with fictitious contact data).
 */
const CONTACT_POINT_DEFS = table('contact-points');

/**
 * Builds contact points: the 20 hand-made ones, then (for large feeds) `extra` generated
 * municipal contacts and volunteer centres in municipalities without one.
 */
export function buildContactPoints(rng, centres, municipalities, { extra = 0 } = {}) {
  const centresById = new Map(centres.map((c) => [c.id, c]));
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const points = [];
  let serial = 20_000;
  const finish = (def, name, slug, covered) => {
    const point = { id: def.id, kind: def.kind, name };
    if (covered.municipalities?.length) point.municipalities = covered.municipalities;
    if (covered.counties?.length) point.counties = covered.counties;
    if (def.national) point.national = true;
    point.phone = fictitiousPhone(serial);
    serial += 41;
    point.email = `post@${slug}.example.org`;
    point.url = `https://${slug}.example.org/`;
    point.registerInterestUrl = `https://${slug}.example.org/meld-interesse`;
    if (def.centre) point.centre = def.centre;
    point.lastVerified = randomDate(rng, '2025-02-01', '2026-10-30');
    points.push(point);
  };
  for (const def of CONTACT_POINT_DEFS) {
    for (const n of def.municipalities ?? []) if (!byNumber.has(n)) throw new Error(`contact point ${def.id}: unknown municipality ${n}`);
    if (def.centre) {
      const centre = centresById.get(def.centre);
      if (!centre) continue; // a small synthetic feed may lack the centre
      finish(def, centre.name, new URL(centre.url).hostname.replace(/\.example\.org$/, ''), { municipalities: centre.municipalities });
      continue;
    }
    const slug = def.slug ?? def.id.replace(/^cp-/, '');
    finish(def, def.name, slug, { municipalities: def.municipalities, counties: def.counties });
  }
  if (extra > 0) {
    const taken = new Set(points.flatMap((p) => p.municipalities ?? []));
    const candidates = rng.shuffle(municipalities.filter((m) => !taken.has(m.number)));
    for (let i = 0; i < extra; i++) {
      const m = candidates[i % candidates.length];
      const round = Math.floor(i / candidates.length);
      const volunteer = (i + round) % 2 === 1;
      const base = `${volunteer ? 'frivillig' : 'selvhjelp'}-${slugify(m.names.no)}-${m.number}${round ? `-${round + 1}` : ''}`;
      const name = volunteer
        ? {
            nb: `Frivilligsentralen i ${municipalityDisplayName(m)}`,
            nn: `Frivilligsentralen i ${municipalityDisplayName(m)}`,
            en: `${municipalityDisplayName(m)} Volunteer Centre`,
          }
        : {
            nb: `Selvhjelpskontakten i ${municipalityDisplayName(m)} kommune`,
            nn: `Sjølvhjelpskontakten i ${municipalityDisplayName(m)} kommune`,
            en: `${municipalityDisplayName(m)} Municipality self-help contact`,
          };
      if (round) for (const k of Object.keys(name)) name[k] += ` (${round + 1})`;
      finish({ id: `cp-${base}`, kind: volunteer ? 'volunteer-centre' : 'municipal-contact' }, name, base, { municipalities: [m.number] });
    }
  }
  return points;
}

// ---------------------------------------------------------------------------------------------
// Groups (tables/groups.json)
// ---------------------------------------------------------------------------------------------

const AREAS = GROUP.areas;
const STATUS_TEXT = GROUP.statusText;
const COMMON_TEXT = GROUP.commonText;
const DIGITAL_TEXT = GROUP.digitalText;
/** Whom a digital group is for, in its title ("… for unge voksne – digitalt"). */
const AUDIENCES = GROUP.audiences;

/**
 * A real directory has no two groups of the same name: a title already taken (in any of its languages) gets the
 * weekday ("…, tirsdager"), and when that is taken too, the weekday and the time. Draws nothing from the PRNG.
 */
function distinctTitle(title, weekday, startTime, taken) {
  const day = WEEKDAYS.indexOf(weekday);
  const qualifiers = [
    (lang) => GROUP.weekdaysPlural[lang]?.[day] ?? SAMI.weekdays[lang][day],
    (lang) => `${GROUP.weekdaysPlural[lang]?.[day] ?? SAMI.weekdays[lang][day]} ${fill(GROUP.at[lang] ?? '{time}', { time: startTime })}`,
  ];
  let out = title;
  for (let i = 0; i <= qualifiers.length && Object.values(out).some((t) => taken.has(t)); i++) {
    const qualify = qualifiers[i];
    if (qualify) out = Object.fromEntries(Object.entries(title).map(([lang, t]) => [lang, `${t}, ${qualify(lang)}`]));
  }
  for (const t of Object.values(out)) taken.add(t);
  return out;
}

/** Everything a group generator needs, worked out once. */
export function groupContext(municipalities, contactPoints) {
  const allNumbers = municipalities.map((m) => m.number);
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const coverage = new Map();
  for (const p of contactPoints) {
    if (p.national) {
      coverage.set(p.id, allNumbers);
      continue;
    }
    const set = new Set(p.municipalities ?? []);
    for (const m of municipalities) if (p.counties?.includes(m.county)) set.add(m.number);
    coverage.set(
      p.id,
      allNumbers.filter((n) => set.has(n)),
    );
  }
  // Contact points that cover a municipality in the Sámi area, per language.
  const samiPoints = {};
  for (const lang of SAMI_LANGS) {
    samiPoints[lang] = contactPoints
      .filter((p) => !p.national)
      .map((p) => ({ point: p, numbers: coverage.get(p.id).filter((n) => byNumber.get(n).samiArea === lang) }))
      .filter((x) => x.numbers.length);
  }
  const weights = contactPoints.map((p) => [p, p.national ? 4 : p.counties?.length ? 6 : 3]);
  return { byNumber, coverage, samiPoints, weights };
}

/** Builds `count` self-help groups with ids grp-0001…; `ctx` from groupContext(). */
export function buildGroups(rng, count, ctx, { idWidth = Math.max(4, String(count).length) } = {}) {
  const themes = THEME_DEFS;
  const groups = [];
  const takenTitles = new Set();
  // Exact shares rather than coin flips, so that every feed size gets them: 15 % digital,
  // one group in twelve in a Sámi language (North Sámi most, then South and Lule Sámi).
  const indices = [...Array(count).keys()];
  const digitalSet = new Set(rng.sample(indices, Math.round(count * 0.15)));
  const samiCycle = ['se', 'sma', 'se', 'smj', 'se', 'sma'];
  const samiOf = new Map(rng.sample(indices, Math.round(count / 12)).map((index, k) => [index, samiCycle[k % samiCycle.length]]));
  for (let i = 0; i < count; i++) {
    const id = `grp-${String(i + 1).padStart(idWidth, '0')}`;
    const digital = digitalSet.has(i);
    let samiLang = samiOf.get(i) ?? null;
    let point;
    let municipality;
    if (samiLang && ctx.samiPoints[samiLang].length) {
      const choice = rng.pick(ctx.samiPoints[samiLang]);
      point = choice.point;
      municipality = digital ? undefined : rng.pick(choice.numbers);
    } else {
      samiLang = null;
      point = rng.weighted(ctx.weights);
      municipality = digital ? undefined : rng.pick(ctx.coverage.get(point.id));
    }
    const m = municipality ? ctx.byNumber.get(municipality) : undefined;

    const themePool = samiLang ? themes.filter((t) => t.label[samiLang]) : themes;
    const theme = rng.pick(themePool);
    const status = rng.weighted([
      ['open', 60],
      ['forming', 25],
      ['full', 15],
    ]);
    const weekday = rng.weighted([
      ['MO', 5],
      ['TU', 5],
      ['WE', 5],
      ['TH', 5],
      ['FR', 1],
      ['SA', 1],
      ['SU', 1],
    ]);
    const daytime = weekday === 'SA' || weekday === 'SU' || rng.chance(0.15);
    const startTime = daytime
      ? rng.pick(['10:00', '11:00', '12:00', '13:00'])
      : rng.pick(['17:00', '17:30', '18:00', '18:30', '19:00', '19:30']);
    const endTime = addMinutes(startTime, rng.pick([90, 90, 120, 105]));
    const schedule = { frequency: rng.chance(0.65) ? 'weekly' : 'fortnightly', weekday, startTime, endTime };
    let plannedStart;
    if (status === 'forming') {
      plannedStart = onOrAfterWeekday(randomDate(rng, '2026-12-01', '2027-03-24'), weekday);
      schedule.firstMeeting = plannedStart;
    } else if (rng.chance(0.7)) {
      schedule.firstMeeting = onOrAfterWeekday(randomDate(rng, '2023-01-09', '2026-10-15'), weekday);
    }

    let languages;
    if (samiLang) languages = rng.chance(0.5) ? [samiLang] : [samiLang, 'nb'];
    else if (rng.chance(0.06)) languages = ['en'];
    else if (rng.chance(0.08)) languages = ['nb', 'en'];
    else languages = ['nb'];

    const place = m ? municipalityDisplayName(m) : null;
    // A digital group has no place to tell it apart, and a second group of a theme in a place needs more than its
    // weekday: the title says whom it is for, chosen by position (no random draw, so the rest of the feed stays as
    // it was), as real directories do.
    const titleFor = (audience) => {
      const who = (lang) => (audience ? ` ${audience[lang]}` : '');
      return {
        nb: digital ? `${theme.phrase.nb}${who('nb')} – digitalt` : `${theme.phrase.nb}${who('nb')} – ${place}`,
        nn: digital ? `${theme.phrase.nn}${who('nn')} – digitalt` : `${theme.phrase.nn}${who('nn')} – ${place}`,
        en: digital ? `${theme.phrase.en}${who('en')} – online` : `${theme.phrase.en}${who('en')} – ${place}`,
      };
    };
    let title = titleFor(digital ? AUDIENCES[i % AUDIENCES.length] : undefined);
    for (let k = digital ? 1 : 0; k < AUDIENCES.length && takenTitles.has(title.nb); k++) {
      title = titleFor(AUDIENCES[(i + k) % AUDIENCES.length]);
    }
    const confidential = rng.chance(0.5);
    const describe = (lang) =>
      [theme.about[lang], digital ? DIGITAL_TEXT[lang] : null, STATUS_TEXT[status][lang], confidential ? COMMON_TEXT[lang] : null]
        .filter(Boolean)
        .join(' ');
    const description = { nb: describe('nb'), nn: describe('nn'), en: describe('en') };
    const withNn = samiLang !== null || rng.chance(0.7);
    const group = { id, theme: theme.id, title: withNn ? title : { nb: title.nb, en: title.en } };
    if (samiLang) {
      const topic = lowerFirst(theme.label[samiLang]);
      group.title[samiLang] = m
        ? `${SAMI.group[samiLang]}: ${topic} – ${m.names[samiLang] ?? m.names.no}`
        : `${SAMI.group[samiLang]}: ${topic}`;
      description[samiLang] =
        `${SAMI.group[samiLang]} – ${topic}. ${upperFirst(SAMI.weekdays[samiLang][WEEKDAYS.indexOf(weekday)])} ${startTime}–${endTime}.`;
    }
    group.title = localeOrder(distinctTitle(group.title, weekday, startTime, takenTitles));
    group.description = localeOrder(
      withNn ? description : { nb: description.nb, en: description.en, ...(samiLang ? { [samiLang]: description[samiLang] } : {}) },
    );
    group.mode = digital ? 'digital' : 'physical';
    if (municipality) group.municipality = municipality;
    if (!digital && rng.chance(0.2)) group.area = rng.pick(AREAS);
    group.schedule = schedule;
    group.status = status;
    if (plannedStart) group.plannedStart = plannedStart;
    group.minAge = rng.weighted([
      [18, 88],
      [16, 5],
      [25, 4],
      [30, 2],
      [60, 1],
    ]);
    group.languages = languages;
    group.contactPoint = point.id;
    group.lastVerified = status === 'forming' ? randomDate(rng, '2026-06-01', '2026-10-30') : randomDate(rng, '2025-01-06', '2026-10-30');
    groups.push(group);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// The whole feed
// ---------------------------------------------------------------------------------------------

export function postcodesByMunicipality(sources) {
  const map = new Map();
  for (const p of sources.postcodes) {
    if (p.category !== 'G' && p.category !== 'B') continue;
    if (!map.has(p.municipality)) map.set(p.municipality, []);
    map.get(p.municipality).push(p);
  }
  return map;
}

/** Christmas and New Year, as a centre or contact point would put them in its feed. */
const CHRISTMAS_DAYS = [
  {
    date: '2026-12-24',
    hours: [{ opens: '09:00', closes: '12:00' }],
    note: { nb: 'Julaften: kort dag.', nn: 'Julaftan: kort dag.', en: 'Christmas Eve: short day.' },
  },
  { date: '2026-12-31', note: { nb: 'Nyttårsaften.', nn: 'Nyttårsaftan.', en: "New Year's Eve." } },
];

/**
 * Issue 20's fields, placed by position so the random draws (and so the rest of the feed) stay
 * as they were: a lunch closure on every third centre, Christmas hours on every fifth, a report
 * address of its own on every fourth; contact hours on the first contact points and a waiting
 * list on every other one; a report address on one group. Everything else reports to the publisher.
 */
function addOpeningAndReportExamples(centres, contactPoints, groups) {
  centres.forEach((centre, i) => {
    if (i % 3 === 1) {
      centre.contactHours = [
        { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '11:30' },
        { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '12:00', closes: '15:30' },
      ];
    }
    if (i % 5 === 0) centre.specialDays = CHRISTMAS_DAYS;
    if (i % 4 === 2 && centre.url) centre.reportUrl = `mailto:rettelser@${new URL(centre.url).hostname}`;
  });
  contactPoints.forEach((point, i) => {
    if (i < 6) point.contactHours = [{ weekdays: ['TU', 'TH'], opens: '10:00', closes: '14:00' }];
    if (i < 2) point.specialDays = [{ date: '2026-12-24' }];
    if (i % 2 === 0) point.waitingList = true;
  });
  if (groups[0]) groups[0].reportUrl = 'mailto:grupper@example.org';
}

/**
 * Builds a complete feed.
 * options: seed, groups (count), maxCentres, coverFraction, extraContactPoints, attribution.
 */
export function buildFeed(sources, options = {}) {
  const {
    seed = DEFAULT_SEED,
    groups: groupCount = 150,
    maxCentres = Infinity,
    coverFraction = 2 / 3,
    extraContactPoints = 0,
    attribution = ATTRIBUTION,
  } = options;
  const municipalities = buildMunicipalities(sources);
  const plans = planCentres(createRng(seed, 'plan'), municipalities, { maxCentres, coverFraction });
  const centres = buildCentres(createRng(seed, 'centres'), plans, municipalities, postcodesByMunicipality(sources));
  const contactPoints = buildContactPoints(createRng(seed, 'contact-points'), centres, municipalities, { extra: extraContactPoints });
  const groups = buildGroups(createRng(seed, 'groups'), groupCount, groupContext(municipalities, contactPoints));
  addOpeningAndReportExamples(centres, contactPoints, groups);
  return {
    version: 1,
    publisher: { ...PUBLISHER, reportUrl: 'https://example.org/frisklivs/meld-feil' },
    generatedAt: GENERATED_AT,
    attribution: [...attribution],
    resources: { postcodes: 'postcodes.json' },
    offers: OFFERS,
    themes: THEMES,
    municipalities,
    contactPoints,
    centres,
    groups,
  };
}

/**
 * JSON with one-space indentation, but any array of plain values and any object or array
 * that fits on one line of `width` characters is written on one line. Valid JSON, stable.
 */
export function formatJson(value, width = 110) {
  const write = (v, indent, used) => {
    const flat = JSON.stringify(v);
    if (v === null || typeof v !== 'object') return flat;
    if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return flat;
    if (indent.length + used + flat.length <= width) return flat;
    const inner = indent + ' ';
    if (Array.isArray(v)) return `[\n${v.map((x) => inner + write(x, inner, 0)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner, k.length + 4)}`).join(',\n')}\n${indent}}`;
  };
  return write(value, '', 0) + '\n';
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    const key = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(key in spec)) throw new Error(`unknown argument ${arg}`);
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new Error(`${flag} needs a value`);
    out[key] = spec[key] === 'number' ? Number(raw) : raw;
    if (spec[key] === 'number' && !Number.isFinite(out[key])) throw new Error(`${flag} needs a number, got ${raw}`);
  }
  return out;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const args = parseArgs(process.argv.slice(2), { data: 'string', 'out-dir': 'string', seed: 'number' });
  if (args.help) {
    console.log('usage: node make-sample-feed.mjs [--data DIR] [--out-dir DIR] [--seed N]');
    return;
  }
  const sources = loadSources(args.data ? resolve(args.data) : defaultDataDir());
  const outDir = resolve(args['out-dir'] ?? PACKAGE_DIR);
  mkdirSync(outDir, { recursive: true });

  const feed = buildFeed(sources, { seed: args.seed ?? DEFAULT_SEED, groups: 150 });
  const feedText = formatJson(feed);
  writeFileSync(join(outDir, 'feed.json'), feedText);
  const postcodeText = JSON.stringify(buildPostcodeResource(sources)) + '\n';
  writeFileSync(join(outDir, 'postcodes.json'), postcodeText);

  const served = new Set(feed.centres.flatMap((c) => c.municipalities));
  console.log(
    `wrote ${join(outDir, 'feed.json')}: ${feed.municipalities.length} municipalities, ${feed.offers.length} offers, ` +
      `${feed.themes.length} themes, ${feed.centres.length} centres (${feed.centres.filter((c) => c.municipalities.length > 1).length} inter-municipal, ` +
      `${feed.municipalities.length - served.size} municipalities without a centre), ${feed.contactPoints.length} contact points, ` +
      `${feed.groups.length} groups; ${kb(Buffer.byteLength(feedText))}`,
  );
  console.log(
    `wrote ${join(outDir, 'postcodes.json')}: ${JSON.parse(postcodeText).postcodes.length} postcodes; ${kb(Buffer.byteLength(postcodeText))}`,
  );
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  try {
    main();
  } catch (error) {
    console.error(`make-sample-feed: ${error.message}`);
    process.exitCode = 1;
  }
}
