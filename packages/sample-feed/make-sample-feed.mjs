#!/usr/bin/env node
/**
 * Builds the sample feed `feed.json` and the postcode resource `postcodes.json` (beside this script).
 *
 *   node make-sample-feed.mjs [--data DIR] [--out-dir DIR] [--seed N]
 *
 * Real facts (municipalities, counties, postcodes) come from the reference data in `data/`
 * (sources and licences in data/README.md; or --data DIR). Everything else — centres,
 * contact points, groups, phone numbers, e-mail addresses, web addresses and streets — is
 * FICTITIOUS and generated here. Output is deterministic: a seeded PRNG and a fixed
 * `generatedAt`, so a rerun gives byte-identical files.
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

/** Street names that are obviously made up. */
const STREETS = [
  'Eksempelgata',
  'Eksempelvegen',
  'Eksempelveien',
  'Eksempeltorget',
  'Eksempelbakken',
  'Eksempelallé',
  'Eksempelplassen',
  'Eksempelstien',
  'Oppdiktet gate',
  'Fiktivvegen',
];

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
// Offers and themes
// ---------------------------------------------------------------------------------------------

/*
 * SÁMI WORDING — WHAT IS OURS (needs a native translator before it reaches citizens)
 *
 * Every se/sma/smj cell below is marked with a helper:
 *   gl('…')   the term exactly as shared/i18n/glossary.tsv gives it for that concept (lemma form);
 *   near('…') a glossary word for a NEIGHBOURING concept (e.g. "trening" for "fysisk aktivitet",
 *             "søvnproblem" for "søvn", a verb where a noun is wanted) — our choice of term;
 *   ours('…') OUR OWN COMPOSITION from glossary words (word order, inflection, plural or
 *             compound made here) — not attested as such anywhere.
 * A Sámi cell that is absent has no attested word at all; the widgets then fall back to nb.
 *
 * Ours or near (the localisation issue should list these):
 *   offers  fysisk-aktivitet  se ours "Fysalaš doaibma", sma near "Saavreme" (trening), smj near "Másjkudallam" (mosjon)
 *           kosthold          sma near "Beapmoe" (mat)
 *           snus-roykeslutt   se ours "Heaitit borgguhit ja snuvsset", sma ours "Orrijidh ryökestidh jïh snuvhkedh",
 *                             smj ours "Hiejttet suovastit" (no Lule Sámi word for snus)
 *           kid               se ours "KiD-kursa: deprešuvdna", sma ours "KiD-kurse", smj ours "KiD-kurssa: hådje"
 *           kib               se ours "KiB-kursa: hušša", sma ours "KiB-kurse: maajsoe", smj ours "KiB-kurssa: diertjestibme"
 *           sovn              smj near "Oademgássjelisvuohta" (søvnproblem)
 *           barn-unge-foreldre se ours "Mánát, nuorat ja váhnemat", sma ours "Maana, noere jïh eejhtegh",
 *                             smj ours "Mánná, nuorra ja æjgát"
 *           eldre             se ours "Boarrásat" (from the compound stem boarrásiid-); sma, smj absent
 *           innvandrere       se ours "Sisafárrejeaddjit" (plural of the glossary lemma); sma absent
 *           mestring          se ours "Dearvvašvuohta ja hástalus", sma ours "Healsoe jïh haesteme",
 *                             smj ours "Varresvuohta ja hásstalus"
 *   themes  utbrenthet        smj near "Hæsoduvvat" (verb "bli utbrent"); se, sma absent
 *           rus               se near "Gárrenávnnassorjjasvuohta" (rusavhengighet), smj near "Gárevsælgga" (rusmiddel)
 *           kronisk-sykdom    se ours "Bissovaš dávda", smj ours "Bisso skihpudahka"; sma absent
 *           kroniske-smerter  se ours "Bissovaš bávččas", sma near "Vaejvie" (smerte), smj ours "Bisso bávtjas"
 *           psykisk-helse     se ours "Psyhkalaš dearvvašvuohta", smj ours "Psyhkalasj varresvuohta"; sma absent
 *           depresjon, ensomhet: sma absent; spiseforstyrrelser, samlivsbrudd: se, sma, smj absent
 *   Also ours: centre names "Frisklivssentral <Sámi place name>" (the glossary keeps "Frisklivssentral" as a
 *   proper name), the contact-point name "Oktavuohta – Guovdageaidnu", the Sámi gettingStarted lines
 *   ("Telefovdna: … · E-poasta: … · Nuvttá" built from glossary words) and the Sámi group titles and
 *   descriptions ("Joavku: moraš – Guovdageaidnu", "Joavku – moraš. Vuossárga 18:00–19:30.").
 *   These are all recorded at run time in OUR_SAMI_WORDING.
 */

/** Every Sámi string this script composes or chooses itself, for the localisation report. */
export const OUR_SAMI_WORDING = [];
const gl = (text) => text;
const noted = new Set();
const note = (text, kind, what) => {
  if (!noted.has(text)) OUR_SAMI_WORDING.push({ text, kind, what });
  noted.add(text);
  return text;
};
const near = (text, what) => note(text, 'near', what);
const ours = (text, what) => note(text, 'ours', what);

export const OFFERS = [
  {
    id: 'fysisk-aktivitet',
    kind: 'core',
    label: {
      nb: 'Fysisk aktivitet',
      nn: 'Fysisk aktivitet',
      se: ours('Fysalaš doaibma', 'offer fysisk-aktivitet'),
      sma: near('Saavreme', 'offer fysisk-aktivitet (glossary: trening)'),
      smj: near('Másjkudallam', 'offer fysisk-aktivitet (glossary: mosjon)'),
      en: 'Physical activity',
    },
    description: {
      nb: 'Trening i gruppe, turgrupper og hjelp til å finne en aktivitet som passer for deg.',
      nn: 'Trening i gruppe, turgrupper og hjelp til å finne ein aktivitet som passar for deg.',
      en: 'Group exercise, walking groups and help to find an activity that suits you.',
    },
  },
  {
    id: 'kosthold',
    kind: 'core',
    label: {
      nb: 'Kosthold',
      nn: 'Kosthald',
      se: gl('Biebmodoallu'),
      sma: near('Beapmoe', 'offer kosthold (glossary: mat)'),
      smj: gl('Biebbmo'),
      en: 'Diet',
    },
    description: {
      nb: 'Kurs og samtaler om sunt kosthold i hverdagen, for eksempel «Bra mat for bedre helse».',
      nn: 'Kurs og samtalar om sunt kosthald i kvardagen, til dømes «Bra mat for betre helse».',
      en: 'Courses and conversations about a healthy everyday diet.',
    },
  },
  {
    id: 'snus-roykeslutt',
    kind: 'core',
    label: {
      nb: 'Snus- og røykeslutt',
      nn: 'Snus- og røykeslutt',
      se: ours('Heaitit borgguhit ja snuvsset', 'offer snus-roykeslutt'),
      sma: ours('Orrijidh ryökestidh jïh snuvhkedh', 'offer snus-roykeslutt'),
      smj: ours('Hiejttet suovastit', 'offer snus-roykeslutt (no smj word for snus)'),
      en: 'Quitting snus and smoking',
    },
    description: {
      nb: 'Individuell oppfølging eller kurs når du vil slutte med snus eller røyk.',
      nn: 'Individuell oppfølging eller kurs når du vil slutte med snus eller røyk.',
      en: 'Individual follow-up or a course when you want to quit snus or smoking.',
    },
  },
  {
    id: 'kid',
    kind: 'optional',
    label: {
      nb: 'KiD – Kurs i mestring av depresjon',
      nn: 'KiD – Kurs i meistring av depresjon',
      se: ours('KiD-kursa: deprešuvdna', 'offer kid'),
      sma: ours('KiD-kurse', 'offer kid'),
      smj: ours('KiD-kurssa: hådje', 'offer kid'),
      en: 'KiD – Coping with depression course',
    },
    description: {
      nb: 'Kurs over åtte kvelder for deg som har lett eller moderat depresjon eller er nedstemt.',
      nn: 'Kurs over åtte kveldar for deg som har lett eller moderat depresjon eller er nedstemd.',
      en: 'An eight-evening course for people with mild or moderate depression or low mood.',
    },
  },
  {
    id: 'kib',
    kind: 'optional',
    label: {
      nb: 'KiB – Kurs i belastningsmestring',
      nn: 'KiB – Kurs i belastningsmeistring',
      se: ours('KiB-kursa: hušša', 'offer kib'),
      sma: ours('KiB-kurse: maajsoe', 'offer kib'),
      smj: ours('KiB-kurssa: diertjestibme', 'offer kib'),
      en: 'KiB – Coping with stress course',
    },
    description: {
      nb: 'Kurs for deg som opplever stress og belastninger i hverdagen.',
      nn: 'Kurs for deg som opplever stress og belastningar i kvardagen.',
      en: 'A course for people who experience stress and strain in everyday life.',
    },
  },
  {
    id: 'sovn',
    kind: 'optional',
    label: {
      nb: 'Søvn',
      nn: 'Søvn',
      se: gl('Nagir'),
      sma: gl('Nahkere'),
      smj: near('Oademgássjelisvuohta', 'offer sovn (glossary: søvnproblem)'),
      en: 'Sleep',
    },
    description: {
      nb: 'Søvnkurs og råd når du sover dårlig over tid.',
      nn: 'Søvnkurs og råd når du søv dårleg over tid.',
      en: 'Sleep courses and advice when you have slept badly for a long time.',
    },
  },
  {
    id: 'alkohol',
    kind: 'optional',
    label: { nb: 'Alkohol', nn: 'Alkohol', se: gl('Alkohola'), sma: gl('Alkohovle'), smj: gl('Alkohåvllå'), en: 'Alcohol' },
    description: {
      nb: 'Samtaler for deg som vil endre alkoholvanene dine.',
      nn: 'Samtalar for deg som vil endre alkoholvanane dine.',
      en: 'Conversations for people who want to change their drinking habits.',
    },
  },
  {
    id: 'barn-unge-foreldre',
    kind: 'optional',
    label: {
      nb: 'Barn, unge og foreldre',
      nn: 'Born, unge og foreldre',
      se: ours('Mánát, nuorat ja váhnemat', 'offer barn-unge-foreldre'),
      sma: ours('Maana, noere jïh eejhtegh', 'offer barn-unge-foreldre'),
      smj: ours('Mánná, nuorra ja æjgát', 'offer barn-unge-foreldre'),
      en: 'Children, young people and parents',
    },
    description: {
      nb: 'Familiegrupper og aktivitetstilbud for barn og unge sammen med foreldrene.',
      nn: 'Familiegrupper og aktivitetstilbod for born og unge saman med foreldra.',
      en: 'Family groups and activities for children and young people together with their parents.',
    },
  },
  {
    id: 'eldre',
    kind: 'optional',
    label: { nb: 'Eldre', nn: 'Eldre', se: ours('Boarrásat', 'offer eldre (from compound stem boarrásiid-)'), en: 'Older people' },
    description: {
      nb: 'Styrke- og balansetrening og sosiale treffpunkt for eldre.',
      nn: 'Styrke- og balansetrening og sosiale treffpunkt for eldre.',
      en: 'Strength and balance training and social meeting points for older people.',
    },
  },
  {
    id: 'innvandrere',
    kind: 'optional',
    label: {
      nb: 'Innvandrere',
      nn: 'Innvandrarar',
      se: ours('Sisafárrejeaddjit', 'offer innvandrere (plural of the glossary lemma)'),
      smj: gl('Sirdulasj'),
      en: 'Immigrants',
    },
    description: {
      nb: 'Tilrettelagt tilbud med tolk eller på enkel norsk for innvandrere.',
      nn: 'Tilrettelagt tilbod med tolk eller på enkel norsk for innvandrarar.',
      en: 'Adapted services with an interpreter or in plain Norwegian for immigrants.',
    },
  },
  {
    id: 'mestring',
    kind: 'optional',
    label: {
      nb: 'Mestring av helseutfordringer',
      nn: 'Meistring av helseutfordringar',
      se: ours('Dearvvašvuohta ja hástalus', 'offer mestring'),
      sma: ours('Healsoe jïh haesteme', 'offer mestring'),
      smj: ours('Varresvuohta ja hásstalus', 'offer mestring'),
      en: 'Coping with health challenges',
    },
    description: {
      nb: 'Kurs og samtaler for deg som lever med langvarige helseplager.',
      nn: 'Kurs og samtalar for deg som lever med langvarige helseplager.',
      en: 'Courses and conversations for people living with long-term health problems.',
    },
  },
];

export const CORE_OFFERS = OFFERS.filter((o) => o.kind === 'core').map((o) => o.id);
export const OPTIONAL_OFFERS = OFFERS.filter((o) => o.kind === 'optional').map((o) => o.id);

/**
 * Self-help group themes. `phrase` is the start of a group title; `about` describes who
 * the group is for. Both are our own nb/nn/en wording.
 */
const THEME_DEFS = [
  {
    id: 'sorg',
    label: { nb: 'Sorg', nn: 'Sorg', se: gl('Moraš'), sma: gl('Sårkoe'), smj: gl('Surggo'), en: 'Grief' },
    phrase: { nb: 'Sorggruppe', nn: 'Sorggruppe', en: 'Grief group' },
    about: {
      nb: 'For deg som har mistet noen som sto deg nær.',
      nn: 'For deg som har mista nokon som stod deg nær.',
      en: 'For people who have lost someone close to them.',
    },
  },
  {
    id: 'angst',
    label: { nb: 'Angst', nn: 'Angst', se: gl('Ballu'), sma: gl('Asve'), smj: gl('Ballo'), en: 'Anxiety' },
    phrase: { nb: 'Leve med angst', nn: 'Leve med angst', en: 'Living with anxiety' },
    about: {
      nb: 'For deg som kjenner på angst og uro i hverdagen.',
      nn: 'For deg som kjenner på angst og uro i kvardagen.',
      en: 'For people who struggle with anxiety and worry in everyday life.',
    },
  },
  {
    id: 'depresjon',
    label: { nb: 'Depresjon', nn: 'Depresjon', se: gl('Deprešuvdna'), smj: gl('Hådje'), en: 'Depression' },
    phrase: { nb: 'Når livet føles tungt', nn: 'Når livet kjennest tungt', en: 'When life feels heavy' },
    about: {
      nb: 'For deg som har erfaring med depresjon eller nedstemthet.',
      nn: 'For deg som har erfaring med depresjon eller nedstemdheit.',
      en: 'For people with experience of depression or low mood.',
    },
  },
  {
    id: 'utbrenthet',
    label: {
      nb: 'Utbrenthet',
      nn: 'Utbrentheit',
      smj: near('Hæsoduvvat', 'theme utbrenthet (glossary: verb "bli utbrent")'),
      en: 'Burnout',
    },
    phrase: { nb: 'Etter utbrenthet', nn: 'Etter utbrentheit', en: 'After burnout' },
    about: {
      nb: 'For deg som er eller har vært utbrent, og vil finne tilbake til overskuddet.',
      nn: 'For deg som er eller har vore utbrend, og vil finne tilbake til overskotet.',
      en: 'For people who are or have been burnt out and want to regain their energy.',
    },
  },
  {
    id: 'ensomhet',
    label: { nb: 'Ensomhet', nn: 'Einsemd', se: gl('Oktovuohta'), smj: gl('Aktuvuohta'), en: 'Loneliness' },
    phrase: { nb: 'Møteplass mot ensomhet', nn: 'Møtestad mot einsemd', en: 'Meeting place against loneliness' },
    about: {
      nb: 'For deg som ønsker fellesskap og noen å prate med.',
      nn: 'For deg som ønskjer fellesskap og nokon å prate med.',
      en: 'For people who want company and someone to talk to.',
    },
  },
  {
    id: 'rus',
    label: {
      nb: 'Rus',
      nn: 'Rus',
      se: near('Gárrenávnnassorjjasvuohta', 'theme rus (glossary: rusavhengighet)'),
      smj: near('Gárevsælgga', 'theme rus (glossary: rusmiddel)'),
      en: 'Substance use',
    },
    phrase: { nb: 'Rusfri hverdag', nn: 'Rusfri kvardag', en: 'Everyday life without alcohol and drugs' },
    about: {
      nb: 'For deg som vil endre bruken av alkohol eller andre rusmidler.',
      nn: 'For deg som vil endre bruken av alkohol eller andre rusmiddel.',
      en: 'For people who want to change their use of alcohol or other substances.',
    },
  },
  {
    id: 'kronisk-sykdom',
    label: {
      nb: 'Kronisk sykdom',
      nn: 'Kronisk sjukdom',
      se: ours('Bissovaš dávda', 'theme kronisk-sykdom'),
      smj: ours('Bisso skihpudahka', 'theme kronisk-sykdom'),
      en: 'Chronic illness',
    },
    phrase: { nb: 'Leve med kronisk sykdom', nn: 'Leve med kronisk sjukdom', en: 'Living with chronic illness' },
    about: {
      nb: 'For deg som lever med en langvarig sykdom og vil dele erfaringer med andre.',
      nn: 'For deg som lever med ein langvarig sjukdom og vil dele erfaringar med andre.',
      en: 'For people living with a long-term illness who want to share experiences with others.',
    },
  },
  {
    id: 'kroniske-smerter',
    label: {
      nb: 'Kroniske smerter',
      nn: 'Kroniske smerter',
      se: ours('Bissovaš bávččas', 'theme kroniske-smerter'),
      sma: near('Vaejvie', 'theme kroniske-smerter (glossary: smerte)'),
      smj: ours('Bisso bávtjas', 'theme kroniske-smerter'),
      en: 'Chronic pain',
    },
    phrase: { nb: 'Hverdag med smerter', nn: 'Kvardag med smerter', en: 'Everyday life with pain' },
    about: {
      nb: 'For deg som har hatt smerter lenge og vil lære av andre i samme situasjon.',
      nn: 'For deg som har hatt smerter lenge og vil lære av andre i same situasjon.',
      en: 'For people who have lived with pain for a long time and want to learn from others in the same situation.',
    },
  },
  {
    id: 'parorende',
    label: { nb: 'Pårørende', nn: 'Pårørande', se: gl('Oapmahaš'), sma: gl('Lïhkesadtje'), smj: gl('Lagámus'), en: 'Relatives and carers' },
    phrase: { nb: 'Pårørendegruppe', nn: 'Pårørandegruppe', en: 'Group for relatives and carers' },
    about: {
      nb: 'For deg som står nær en som er syk, har rusproblemer eller trenger mye omsorg.',
      nn: 'For deg som står nær ein som er sjuk, har rusproblem eller treng mykje omsorg.',
      en: 'For people close to someone who is ill, has substance problems or needs a lot of care.',
    },
  },
  {
    id: 'spiseforstyrrelser',
    label: { nb: 'Spiseforstyrrelser', nn: 'Eteforstyrringar', en: 'Eating disorders' },
    phrase: { nb: 'Et friere forhold til mat', nn: 'Eit friare forhold til mat', en: 'A freer relationship with food' },
    about: {
      nb: 'For deg som har eller har hatt en spiseforstyrrelse.',
      nn: 'For deg som har eller har hatt ei eteforstyrring.',
      en: 'For people who have or have had an eating disorder.',
    },
  },
  {
    id: 'samlivsbrudd',
    label: { nb: 'Samlivsbrudd', nn: 'Samlivsbrot', en: 'Divorce and separation' },
    phrase: { nb: 'Etter samlivsbrudd', nn: 'Etter samlivsbrot', en: 'After a break-up' },
    about: {
      nb: 'For deg som har opplevd skilsmisse eller brudd, og vil snakke med andre i samme situasjon.',
      nn: 'For deg som har opplevd skilsmisse eller brot, og vil snakke med andre i same situasjon.',
      en: 'For people who have been through a divorce or separation and want to talk with others in the same situation.',
    },
  },
  {
    id: 'psykisk-helse',
    label: {
      nb: 'Psykisk helse',
      nn: 'Psykisk helse',
      se: ours('Psyhkalaš dearvvašvuohta', 'theme psykisk-helse'),
      smj: ours('Psyhkalasj varresvuohta', 'theme psykisk-helse'),
      en: 'Mental health',
    },
    phrase: { nb: 'Samtalegruppe om psykisk helse', nn: 'Samtalegruppe om psykisk helse', en: 'Conversation group on mental health' },
    about: {
      nb: 'For deg som vil snakke om hvordan du har det, med andre som forstår.',
      nn: 'For deg som vil snakke om korleis du har det, med andre som forstår.',
      en: 'For people who want to talk about how they are doing with others who understand.',
    },
  },
];

export const THEMES = THEME_DEFS.map(({ id, label, about }) => ({ id, label, description: about }));

/** Glossary words used to compose Sámi group titles, descriptions and contact lines. */
const SAMI = {
  group: { se: gl('Joavku'), sma: gl('Dåehkie'), smj: gl('Juogos') },
  weekdays: {
    se: ['vuossárga', 'maŋŋebárga', 'gaskavahkku', 'duorastat', 'bearjadat', 'lávvardat', 'sotnabeaivi'],
    sma: ['måanta', 'dæjsta', 'gaskevåhkoe', 'duarsta', 'bearjadahke', 'laavadahke', 'aejlege'],
    smj: ['mánnodahka', 'dijstahka', 'gasskavahkko', 'duorastahka', 'bierjjedahka', 'lávvodahka', 'sådnåbiejvve'],
  },
  phone: { se: 'Telefovdna', sma: 'Telefovne', smj: 'Telefåvnnå' },
  email: { se: 'E-poasta', sma: 'E-påaste', smj: 'E-poassta' },
  free: { se: 'Nuvttá', sma: 'Namhtah', smj: 'Nåvku' },
};
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
export const REQUIRED_CENTRES = [
  { host: '0301', sites: 3 },
  { host: '4601', sites: 2 },
  { host: '5001', sites: 2 },
  { host: '5501' },
  { host: '1804' },
  { host: '5612', languages: ['nb', 'se'] },
  { host: '5610', partners: ['5622', '5624'], region: 'Midt-Finnmark', languages: ['nb', 'se'] },
  { host: '1875', languages: ['nb', 'smj'] },
  { host: '5041', languages: ['nb', 'sma'] },
  { host: '5025', partners: 2, languages: ['nb', 'sma'] },
  { host: '5628', partners: 2, languages: ['nb', 'se'] },
];

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

const PROGRAMME_ACTIVITIES = [
  { week: 1, label: { nb: 'Første helsesamtale', nn: 'Første helsesamtale', en: 'First health conversation' } },
  { week: 2, label: { nb: 'Gruppetrening i sal', nn: 'Gruppetrening i sal', en: 'Group exercise class' } },
  { week: 3, label: { nb: 'Kostholdskurs, første kveld', nn: 'Kosthaldskurs, første kveld', en: 'Diet course, first evening' } },
  { week: 4, label: { nb: 'Gåtur i nærmiljøet', nn: 'Gåtur i nærmiljøet', en: 'Walk in the neighbourhood' } },
  { week: 5, label: { nb: 'Bassengtrening', nn: 'Bassengtrening', en: 'Pool exercise' } },
  {
    week: 8,
    label: { nb: 'Besøk hos et lag eller en forening', nn: 'Besøk hos eit lag eller ein foreining', en: 'Visit to a local club' },
  },
  { week: 9, label: { nb: 'Søvnkurs', nn: 'Søvnkurs', en: 'Sleep course' } },
  { week: 12, label: { nb: 'Avsluttende helsesamtale', nn: 'Avsluttande helsesamtale', en: 'Closing health conversation' } },
];

const CONTACT_HOURS = [
  [{ weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '15:30' }],
  [{ weekdays: ['MO', 'TU', 'WE', 'TH'], opens: '08:30', closes: '15:00' }],
  [
    { weekdays: ['MO', 'WE', 'TH'], opens: '09:00', closes: '14:00' },
    {
      weekdays: ['TU'],
      opens: '12:00',
      closes: '19:00',
      note: {
        nb: 'Kveldsåpent for deg som er i jobb.',
        nn: 'Kveldsope for deg som er i arbeid.',
        en: 'Open in the evening for those who work.',
      },
    },
  ],
  [
    { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '15:45', validTo: '2027-06-20' },
    {
      weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
      opens: '09:00',
      closes: '14:00',
      validFrom: '2026-06-22',
      validTo: '2026-08-09',
      note: { nb: 'Sommertid.', nn: 'Sommartid.', en: 'Summer hours.' },
    },
  ],
];

const SITE_NAMES = [
  { nb: 'Avdeling sentrum', nn: 'Avdeling sentrum', en: 'Town centre branch' },
  { nb: 'Avdeling nord', nn: 'Avdeling nord', en: 'North branch' },
  { nb: 'Avdeling sør', nn: 'Avdeling sør', en: 'South branch' },
];

const ACCESS_NOTES = {
  stepFree: {
    nb: 'Heis til alle etasjer og HC-parkering ved inngangen.',
    nn: 'Heis til alle etasjar og HC-parkering ved inngangen.',
    en: 'Lift to all floors and accessible parking by the entrance.',
  },
  steps: {
    nb: 'Tre trappetrinn til inngangen, ingen heis.',
    nn: 'Tre trappesteg til inngangen, ingen heis.',
    en: 'Three steps up to the entrance, no lift.',
  },
};

const OTHER_LANGUAGES = ['en', 'pl', 'ar', 'uk', 'so', 'ti', 'lt'];

function municipalityDisplayName(m) {
  const disambiguated = m.aliases?.find((a) => /\(.+\)$/.test(a));
  return disambiguated ?? m.names.no;
}

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
    const name = {};
    if (plan.region) {
      name.nb = `Frisklivssentralen i ${plan.region}`;
      name.nn = `Frisklivssentralen i ${plan.region}`;
      name.en = `${plan.region} Healthy Life Centre`;
    } else if (!inter) {
      name.nb = `Frisklivssentralen i ${hostName}`;
      name.nn = `Frisklivssentralen i ${hostName}`;
      name.en = `${hostName} Healthy Life Centre`;
    } else if (members.length === 3) {
      const names = members.map(municipalityDisplayName);
      name.nb = `Frisklivssentralen for ${joinList(names, 'og')}`;
      name.nn = `Frisklivssentralen for ${joinList(names, 'og')}`;
      name.en = `Healthy Life Centre for ${joinList(names, 'and')}`;
    } else {
      name.nb = `Frisklivssentralen ${hostName} og omland`;
      name.nn = `Frisklivssentralen ${hostName} og omland`;
      name.en = `${hostName} and District Healthy Life Centre`;
    }
    // A Sámi name variant wherever a served municipality has an official name in that language.
    for (const lang of SAMI_LANGS) {
      if (!members.some((m) => m.names[lang])) continue;
      const places = members.slice(0, 3).map((m) => m.names[lang] ?? m.names.no);
      name[lang] = ours(`Frisklivssentral ${places.join(' – ')}`, `centre name (${lang})`);
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
        site.name =
          where === host
            ? SITE_NAMES[s % SITE_NAMES.length]
            : { nb: `Avdeling ${where.names.no}`, nn: `Avdeling ${where.names.no}`, en: `${where.names.no} branch` };
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
    if (role === 'temporarily-closed') {
      centre.status = 'temporarily-closed';
      centre.closedUntil = '2027-01-11';
      notices.push({
        text: {
          nb: 'Frisklivssentralen er midlertidig stengt på grunn av oppussing og åpner igjen mandag 11. januar 2027. Spør fastlegen eller servicetorget i kommunen om tilbud i mellomtiden.',
          nn: 'Frisklivssentralen er mellombels stengd på grunn av oppussing og opnar igjen måndag 11. januar 2027. Spør fastlegen eller servicetorget i kommunen om tilbod i mellomtida.',
          en: 'The centre is temporarily closed for refurbishment and reopens on Monday 11 January 2027. Ask your GP or the municipal service desk about other services in the meantime.',
        },
        validFrom: '2026-10-01',
        validTo: '2027-01-11',
      });
    } else if (role === 'closed') {
      centre.status = 'closed';
      notices.push({
        text: {
          nb: 'Frisklivssentralen ble lagt ned 30. september 2026. Spør fastlegen om andre tilbud i kommunen.',
          nn: 'Frisklivssentralen vart lagd ned 30. september 2026. Spør fastlegen om andre tilbod i kommunen.',
          en: 'The centre closed on 30 September 2026. Ask your GP about other services in the municipality.',
        },
        validFrom: '2026-09-30',
      });
    } else if (role === 'moved') {
      notices.push({
        text: {
          nb: `Vi har flyttet til nye lokaler i ${sites[0].address.street}.`,
          nn: `Vi har flytta til nye lokale i ${sites[0].address.street}.`,
          en: `We have moved to new premises at ${sites[0].address.street}.`,
        },
        validFrom: '2026-09-01',
        validTo: '2026-12-31',
      });
    } else if (role === 'kid-news') {
      notices.push({
        text: {
          nb: 'Nytt KiD-kurs starter i januar. Ta kontakt for å melde deg på.',
          nn: 'Nytt KiD-kurs startar i januar. Ta kontakt for å melde deg på.',
          en: 'A new KiD course starts in January. Get in touch to sign up.',
        },
        validFrom: '2026-10-15',
        validTo: '2027-01-15',
      });
    }
    if (centre.status === 'active' && (role === 'kid-news' || rng.chance(0.08))) {
      notices.push({
        text: {
          nb: 'Stengt i romjula. Vi er tilbake mandag 4. januar.',
          nn: 'Stengt i romjula. Vi er tilbake måndag 4. januar.',
          en: 'Closed between Christmas and New Year. We are back on Monday 4 January.',
        },
        validFrom: '2026-12-21',
        validTo: '2027-01-03',
      });
    }
    if (notices.length) centre.notices = notices;

    centre.fee =
      role === 'paid'
        ? {
            free: false,
            text: {
              nb: 'Egenandel 300 kr for en periode på 12 uker. Gratis for deg med lav inntekt – spør oss.',
              nn: 'Eigendel 300 kr for ein periode på 12 veker. Gratis for deg med låg inntekt – spør oss.',
              en: 'A fee of NOK 300 for a 12-week period. Free if you have a low income – ask us.',
            },
          }
        : { free: true };

    if (role === 'youth') {
      centre.eligibility = {
        text: {
          nb: 'Frisklivstilbud for ungdom og unge voksne mellom 13 og 25 år.',
          nn: 'Frisklivstilbod for ungdom og unge vaksne mellom 13 og 25 år.',
          en: 'Healthy-life services for young people aged 13 to 25.',
        },
        minAge: 13,
        maxAge: 25,
      };
    } else if (rng.chance(0.6)) {
      const minAge = rng.chance(0.15) ? 16 : 18;
      centre.eligibility = {
        text: {
          nb: `For deg over ${minAge} år som trenger støtte til å endre levevaner.`,
          nn: `For deg over ${minAge} år som treng støtte til å endre levevanar.`,
          en: `For people over ${minAge} who need support to change their lifestyle habits.`,
        },
        minAge,
      };
    }

    if (inter || rng.chance(0.25)) {
      const names = members.map((m) => m.names.no);
      centre.description = inter
        ? {
            nb: `Et interkommunalt frisklivstilbud for ${joinList(names, 'og')}. Vi hjelper deg med å endre levevaner knyttet til fysisk aktivitet, kosthold, snus og røyk.`,
            nn: `Eit interkommunalt frisklivstilbod for ${joinList(names, 'og')}. Vi hjelper deg med å endre levevanar knytte til fysisk aktivitet, kosthald, snus og røyk.`,
            en: `An inter-municipal healthy-life service for ${joinList(names, 'and')}. We help you change habits related to physical activity, diet, snus and smoking.`,
          }
        : {
            nb: 'Et kommunalt tilbud for deg som vil endre levevaner knyttet til fysisk aktivitet, kosthold, snus og røyk.',
            nn: 'Eit kommunalt tilbod for deg som vil endre levevanar knytte til fysisk aktivitet, kosthald, snus og røyk.',
            en: 'A municipal service for people who want to change habits related to physical activity, diet, snus and smoking.',
          };
    }
    centre.lastVerified = randomDate(rng, '2025-01-06', '2026-10-30');
    centres.push(centre);
  });
  return centres;
}

function gettingStarted(referral, phone, email, samiLangs, free) {
  const others = referral.filter((r) => r !== 'self');
  const words = {
    nb: { gp: 'fastlegen', nav: 'NAV', 'health-personnel': 'annet helsepersonell' },
    nn: { gp: 'fastlegen', nav: 'NAV', 'health-personnel': 'anna helsepersonell' },
    en: { gp: 'your GP', nav: 'NAV', 'health-personnel': 'other health personnel' },
  };
  const list = (lang, or) =>
    joinList(
      others.map((r) => words[lang][r]),
      or,
    );
  const text = {};
  if (referral.includes('self')) {
    text.nb = `Du kan ta kontakt selv – du trenger ikke henvisning.${others.length ? ` ${upperFirst(list('nb', 'eller'))} kan også henvise deg.` : ''}`;
    text.nn = `Du kan ta kontakt sjølv – du treng ikkje tilvising.${others.length ? ` ${upperFirst(list('nn', 'eller'))} kan òg tilvise deg.` : ''}`;
    text.en = `You can contact us yourself – no referral needed.${others.length ? ` ${upperFirst(list('en', 'or'))} can also refer you.` : ''}`;
  } else {
    text.nb = `Du trenger henvisning fra ${list('nb', 'eller')}.`;
    text.nn = `Du treng tilvising frå ${list('nn', 'eller')}.`;
    text.en = `You need a referral from ${list('en', 'or')}.`;
  }
  text.nb += ` Ring ${phone} eller send e-post til ${email}, så avtaler vi en første helsesamtale.`;
  text.nn += ` Ring ${phone} eller send e-post til ${email}, så avtalar vi ein første helsesamtale.`;
  text.en += ` Call ${phone} or e-mail ${email} to book a first health conversation.`;
  const out = { nb: text.nb, nn: text.nn, en: text.en };
  for (const lang of samiLangs) {
    const parts = [`${SAMI.phone[lang]}: ${phone}`, `${SAMI.email[lang]}: ${email}`];
    if (free) parts.push(SAMI.free[lang]);
    out[lang] = parts.join(' · ');
  }
  if (samiLangs.length) ours('Telefovdna: … · E-poasta: … · Nuvttá (and sma/smj equivalents)', 'centre gettingStarted');
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
// Contact points
// ---------------------------------------------------------------------------------------------

/**
 * The 20 hand-made contact points. `centre` links a frisklivssentral contact point to a
 * centre that REQUIRED_CENTRES guarantees. Selvhjelp Norge's district offices closed in
 * 2023 and are deliberately not modelled; the one national entry stands for a national
 * contact line (with fictitious contact data).
 */
const CONTACT_POINT_DEFS = [
  {
    id: 'cp-selvhjelp-norge',
    kind: 'selvhjelp-norge',
    national: true,
    slug: 'selvhjelp-nasjonal',
    name: {
      nb: 'Selvhjelp Norge – nasjonal kontakt for selvhjelpsgrupper',
      nn: 'Selvhjelp Norge – nasjonal kontakt for sjølvhjelpsgrupper',
      en: 'Self-help Norway – national contact for self-help groups',
    },
  },
  {
    id: 'cp-oslo-kommune',
    kind: 'municipal-contact',
    municipalities: ['0301'],
    name: {
      nb: 'Selvhjelpskontakten i Oslo kommune',
      nn: 'Sjølvhjelpskontakten i Oslo kommune',
      en: 'Oslo Municipality self-help contact',
    },
  },
  {
    id: 'cp-bergen-kommune',
    kind: 'municipal-contact',
    municipalities: ['4601'],
    name: {
      nb: 'Selvhjelpskontakten i Bergen kommune',
      nn: 'Sjølvhjelpskontakten i Bergen kommune',
      en: 'Bergen Municipality self-help contact',
    },
  },
  {
    id: 'cp-tromso-kommune',
    kind: 'municipal-contact',
    municipalities: ['5501'],
    name: {
      nb: 'Selvhjelpskontakten i Tromsø kommune',
      nn: 'Sjølvhjelpskontakten i Tromsø kommune',
      en: 'Tromsø Municipality self-help contact',
    },
  },
  {
    id: 'cp-guovdageaidnu-kommune',
    kind: 'municipal-contact',
    municipalities: ['5612'],
    name: {
      nb: 'Selvhjelpskontakten i Kautokeino kommune',
      nn: 'Sjølvhjelpskontakten i Kautokeino kommune',
      se: 'Oktavuohta – Guovdageaidnu',
      en: 'Kautokeino Municipality self-help contact',
    },
  },
  {
    id: 'cp-kristiansand-kommune',
    kind: 'municipal-contact',
    municipalities: ['4204'],
    name: {
      nb: 'Selvhjelpskontakten i Kristiansand kommune',
      nn: 'Sjølvhjelpskontakten i Kristiansand kommune',
      en: 'Kristiansand Municipality self-help contact',
    },
  },
  {
    id: 'cp-selvhjelp-vestland',
    kind: 'link-centre',
    counties: ['46'],
    name: { nb: 'Selvhjelpsformidlingen i Vestland', nn: 'Sjølvhjelpsformidlinga i Vestland', en: 'Vestland self-help link centre' },
  },
  {
    id: 'cp-selvhjelp-agder',
    kind: 'link-centre',
    counties: ['42'],
    name: { nb: 'Selvhjelpsformidlingen i Agder', nn: 'Sjølvhjelpsformidlinga i Agder', en: 'Agder self-help link centre' },
  },
  {
    id: 'cp-selvhjelp-innlandet',
    kind: 'link-centre',
    counties: ['34'],
    name: { nb: 'Selvhjelpsformidlingen i Innlandet', nn: 'Sjølvhjelpsformidlinga i Innlandet', en: 'Innlandet self-help link centre' },
  },
  {
    id: 'cp-frivillig-snasa',
    kind: 'volunteer-centre',
    municipalities: ['5041'],
    name: { nb: 'Frivilligsentralen i Snåsa', nn: 'Frivilligsentralen i Snåsa', en: 'Snåsa Volunteer Centre' },
  },
  {
    id: 'cp-frivillig-alta',
    kind: 'volunteer-centre',
    municipalities: ['5601'],
    name: { nb: 'Frivilligsentralen i Alta', nn: 'Frivilligsentralen i Alta', en: 'Alta Volunteer Centre' },
  },
  {
    id: 'cp-frivillig-drammen',
    kind: 'volunteer-centre',
    municipalities: ['3301'],
    name: { nb: 'Frivilligsentralen i Drammen', nn: 'Frivilligsentralen i Drammen', en: 'Drammen Volunteer Centre' },
  },
  {
    id: 'cp-frivillig-stavanger',
    kind: 'volunteer-centre',
    municipalities: ['1103'],
    name: { nb: 'Frivilligsentralen i Stavanger', nn: 'Frivilligsentralen i Stavanger', en: 'Stavanger Volunteer Centre' },
  },
  {
    id: 'cp-frivillig-alesund',
    kind: 'volunteer-centre',
    municipalities: ['1508'],
    name: { nb: 'Frivilligsentralen i Ålesund', nn: 'Frivilligsentralen i Ålesund', en: 'Ålesund Volunteer Centre' },
  },
  {
    id: 'cp-lms-nord',
    kind: 'learning-coping-centre',
    counties: ['55', '56'],
    slug: 'lms-nord',
    name: {
      nb: 'Lærings- og mestringssenteret i Nord',
      nn: 'Lærings- og meistringssenteret i Nord',
      en: 'Northern Norway Learning and Coping Centre',
    },
  },
  {
    id: 'cp-lms-midt',
    kind: 'learning-coping-centre',
    counties: ['15', '50'],
    slug: 'lms-midt',
    name: {
      nb: 'Lærings- og mestringssenteret i Midt',
      nn: 'Lærings- og meistringssenteret i Midt',
      en: 'Central Norway Learning and Coping Centre',
    },
  },
  {
    id: 'cp-lms-ost',
    kind: 'learning-coping-centre',
    counties: ['03', '31', '32'],
    slug: 'lms-ost',
    name: {
      nb: 'Lærings- og mestringssenteret i Øst',
      nn: 'Lærings- og meistringssenteret i Aust',
      en: 'Eastern Norway Learning and Coping Centre',
    },
  },
  { id: 'cp-fls-1804', kind: 'frisklivssentral', centre: 'fls-1804' },
  { id: 'cp-fls-1875', kind: 'frisklivssentral', centre: 'fls-1875' },
  { id: 'cp-fls-5025', kind: 'frisklivssentral', centre: 'fls-5025' },
];
ours('Oktavuohta – Guovdageaidnu', 'contact point name (se)');

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
// Groups
// ---------------------------------------------------------------------------------------------

const AREAS = [
  { nb: 'Sentrum', nn: 'Sentrum', en: 'Town centre' },
  { nb: 'Nord', nn: 'Nord', en: 'North' },
  { nb: 'Sør', nn: 'Sør', en: 'South' },
  { nb: 'Øst', nn: 'Aust', en: 'East' },
  { nb: 'Vest', nn: 'Vest', en: 'West' },
];

const STATUS_TEXT = {
  forming: {
    nb: 'Gruppen er under oppstart og søker deltakere – meld interesse, så tar vi kontakt.',
    nn: 'Gruppa er under oppstart og søkjer deltakarar – meld interesse, så tek vi kontakt.',
    en: 'The group is starting up and looking for members – register your interest and we will contact you.',
  },
  open: { nb: 'Gruppen er åpen for nye deltakere.', nn: 'Gruppa er open for nye deltakarar.', en: 'The group is open to new members.' },
  full: {
    nb: 'Gruppen er full for øyeblikket, men du kan sette deg på venteliste.',
    nn: 'Gruppa er full for augneblinken, men du kan setje deg på venteliste.',
    en: 'The group is full at the moment, but you can join the waiting list.',
  },
};
const COMMON_TEXT = {
  nb: 'Vi møtes som likeverdige og har taushetsplikt om det som blir sagt i gruppen.',
  nn: 'Vi møtest som likeverdige og har teieplikt om det som blir sagt i gruppa.',
  en: 'We meet as equals and keep what is said in the group confidential.',
};
const DIGITAL_TEXT = { nb: 'Vi møtes på video.', nn: 'Vi møtest på video.', en: 'We meet by video.' };

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
    const title = {
      nb: digital ? `${theme.phrase.nb} – digitalt` : `${theme.phrase.nb} – ${place}`,
      nn: digital ? `${theme.phrase.nn} – digitalt` : `${theme.phrase.nn} – ${place}`,
      en: digital ? `${theme.phrase.en} – online` : `${theme.phrase.en} – ${place}`,
    };
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
    group.title = localeOrder(group.title);
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
ours(
  'Joavku: <theme> – <place> / Joavku – <theme>. <weekday> HH:MM–HH:MM. (and Dåehkie/Juogos)',
  'group title and description (se/sma/smj)',
);

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
