// Fails on any missing, empty or stale translation and on placeholder drift
// between source and target, in every locales/*.xlf, and when the Sámi units and
// the entries of locales/sami-provenance.json differ. lit-localize's build only
// warns about a missing translation, and keeps a translation whose Bokmål source
// changed under an explicit id, so staleness is tracked here: when a translation
// is accepted (`npm run i18n:accept -- se`), the source it translates is recorded
// in locales/translated-from.json; a later change of that source makes it stale.
//   node scripts/i18n-check.mjs [--dir locales]
//   node scripts/i18n-check.mjs --accept se sma …   (record the current sources of translated units)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const dir = dirIndex >= 0 ? args[dirIndex + 1] : 'locales';
const snapshotFile = join(dir, 'translated-from.json');
const identicalFile = join(dir, 'identical-allowed.json');
const provenanceFile = join(dir, 'sami-provenance.json');
const SAMI = new Set(['se', 'sma', 'smj']);

const decode = (xml) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function parseXliff(text) {
  const locale = text.match(/target-language="([^"]+)"/)?.[1];
  const units = [];
  for (const match of text.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2];
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1];
    units.push({ id: decode(match[1]), source, target });
  }
  return { locale, units };
}

// What a translator translates: the text and where each placeholder stands, not the
// code shown in equiv-text (renaming a helper in the code is not a change of wording).
const wording = (xml) => xml.replace(/<x id="(\d+)"[^>]*\/>/g, '<x id="$1"/>');
const placeholders = (xml) =>
  [...xml.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const plain = (xml) => decode(xml.replace(/<x [^>]*\/>/g, '{}')).trim();

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.xlf'))
  .sort();
const snapshot = existsSync(snapshotFile) ? JSON.parse(readFileSync(snapshotFile, 'utf8')) : {};

if (args.includes('--accept')) {
  const wanted = args.slice(args.indexOf('--accept') + 1).filter((a) => !a.startsWith('--'));
  for (const file of files) {
    const { locale, units } = parseXliff(readFileSync(join(dir, file), 'utf8'));
    if (wanted.length && !wanted.includes(locale)) continue;
    snapshot[locale] = Object.fromEntries(units.filter((u) => u.target?.trim()).map((u) => [u.id, u.source]));
  }
  const sorted = Object.fromEntries(
    Object.keys(snapshot)
      .sort()
      .map((l) => [l, Object.fromEntries(Object.entries(snapshot[l]).sort())]),
  );
  writeFileSync(snapshotFile, `${JSON.stringify(sorted, null, 1)}\n`);
  console.log(`recorded translated sources for ${wanted.length ? wanted.join(', ') : 'all locales'} in ${snapshotFile}`);
  process.exit(0);
}

const identicalAllowed = existsSync(identicalFile) ? JSON.parse(readFileSync(identicalFile, 'utf8')) : {};
const problems = [];
let unitsChecked = 0;
for (const file of files) {
  const { locale, units } = parseXliff(readFileSync(join(dir, file), 'utf8'));
  for (const unit of units) {
    unitsChecked++;
    const where = `${file} ${unit.id}`;
    if (unit.target === undefined) {
      problems.push(`${where}: missing translation of "${plain(unit.source)}"`);
      continue;
    }
    if (!plain(unit.target)) {
      problems.push(`${where}: empty translation`);
      continue;
    }
    if (placeholders(unit.source) !== placeholders(unit.target)) {
      problems.push(`${where}: placeholders differ (source {${placeholders(unit.source)}} target {${placeholders(unit.target)}})`);
    }
    const translatedFrom = snapshot[locale]?.[unit.id];
    if (translatedFrom === undefined)
      problems.push(`${where}: translation not accepted yet (run npm run i18n:accept -- ${locale} after review)`);
    else if (wording(translatedFrom) !== wording(unit.source))
      problems.push(`${where}: stale — the Bokmål source changed since it was translated`);
    if (SAMI.has(locale) && plain(unit.target) === plain(unit.source) && !(identicalAllowed[locale] ?? []).includes(unit.id)) {
      problems.push(
        `${where}: Sámi text identical to the Bokmål source (translate it, or list the id in identical-allowed.json if it is a name)`,
      );
    }
  }
}

// Every Sámi unit has a provenance entry (what it is built from, whether a source gives it as it
// stands), and every provenance entry is a unit that exists: the file is the translator's worklist.
const samiFiles = files.map((file) => [file, parseXliff(readFileSync(join(dir, file), 'utf8'))]).filter(([, x]) => SAMI.has(x.locale));
if (samiFiles.length) {
  const provenance = existsSync(provenanceFile) ? JSON.parse(readFileSync(provenanceFile, 'utf8')) : {};
  if (!existsSync(provenanceFile)) problems.push(`${provenanceFile}: missing (one entry per Sámi unit, see locales/README.md)`);
  for (const [file, { locale, units }] of samiFiles) {
    const entries = provenance[locale] ?? {};
    const ids = new Set(units.map((u) => u.id));
    for (const unit of units) {
      const entry = entries[unit.id];
      if (!entry)
        problems.push(
          `${provenanceFile} ${locale}: no entry for ${unit.id} (${file}). Add under "${locale}": ` +
            `"${unit.id}": { "status": "composed", "basis": "<the glossary rows or sources it builds on; what is ours>" } ` +
            `(status "sourced" only when one source gives the whole string as it stands)`,
        );
      else if (!['sourced', 'composed'].includes(entry.status) || !entry.basis?.trim())
        problems.push(`${provenanceFile} ${locale} ${unit.id}: needs "status" ("sourced" or "composed") and a non-empty "basis"`);
    }
    for (const id of Object.keys(entries))
      if (!ids.has(id))
        problems.push(`${provenanceFile} ${locale}: entry ${id} names no unit in ${file}; remove it (or rename it to the unit's new id)`);
  }
}

for (const problem of problems) console.error(problem);
console.log(`${files.length} locale files, ${unitsChecked} units checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
