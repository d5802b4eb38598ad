#!/usr/bin/env node
// The Sámi word check: every word of locales/se.xlf, sma.xlf, smj.xlf and every Sámi value of the sample feed
// goes through Giellatekno/Divvun's morphological analysers (the `sami-words` development tool, GPL-3.0 language
// data that is never copied into this repository). It fails on
//   - any South or Lule Sámi word the analyser does not know or knows only as a misspelling,
//   - any North Sámi misspelling (the se analyser has no noun stems, so unknown se words are reported, not failed),
// unless the word is in locales/sami-allowed-words.json with a kind and a one-line reason, or is part of an
// official municipality name in the feed's municipality data. An allow-list entry that no longer matches a
// flagged word fails too, so the list stays true.
//
// Where the tool is: $SAMI_WORDS (its folder or its sami-words.mjs), else a `shared/tools/sami-words` folder beside
// the repository (or beside the folder that holds it). It needs Debian's `hfst` (hfst-lookup). Without them the check
// says that it was skipped and why and exits 0, unless SAMI_WORDS_REQUIRED=1 (CI) or --require is given.
//
//   node scripts/sami-words.mjs [--require] [--verbose] [--locale se|sma|smj]... [--dir locales] [--feed FILE]
//   node scripts/sami-words.mjs --where      (prints the tool's folder, or an empty line)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgets = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repository = resolve(widgets, '../..');
const args = process.argv.slice(2);
const option = (name) => {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1]) values.push(args[++i]);
  return values;
};
const required = args.includes('--require') || process.env.SAMI_WORDS_REQUIRED === '1';
const verbose = args.includes('--verbose');
const locales = option('--locale').length ? option('--locale') : ['se', 'sma', 'smj'];
const dir = resolve(option('--dir')[0] ?? join(widgets, 'locales'));
const feedFile = resolve(option('--feed')[0] ?? createRequire(join(widgets, 'package.json')).resolve('frisklivs-sample-feed/feed.json'));
const allowFile = join(dir, 'sami-allowed-words.json');
const provenanceFile = join(dir, 'sami-provenance.json');

const KINDS = {
  coined: 'a term we coined, awaiting Giellagáldu and a native reviewer; "provenance" names its entry in sami-provenance.json',
  attested: 'a dictionary word (its glossary row cites the dictionary) that the analyser lacks',
  loan: 'a loan word or abbreviation the lexicon lacks',
  name: 'a proper name (an agency, a service, a file format) kept as it is',
  'lexicon-gap': 'North Sámi only: a noun the se analyser lacks (it has no noun stems), which it then reads as a misspelt verb form',
};

function skip(reason) {
  if (required) {
    console.error(`Sámi word check: REQUIRED here (SAMI_WORDS_REQUIRED=1 or --require) but ${reason}`);
    process.exit(1);
  }
  console.log(`Sámi word check skipped: ${reason}. CI runs it; to run it here, install Debian's hfst and set SAMI_WORDS.`);
  process.exit(0);
}

function findTool() {
  // $SAMI_WORDS, when set, is the only place looked at.
  const candidates = process.env.SAMI_WORDS
    ? [resolve(process.env.SAMI_WORDS)]
    : // Beside the repository, or beside the folder that holds it (a git worktree in a folder of worktrees).
      [join(repository, '..', 'shared', 'tools', 'sami-words'), join(repository, '..', '..', 'shared', 'tools', 'sami-words')];
  for (const candidate of candidates) {
    const script = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'sami-words.mjs') : candidate;
    if (existsSync(script)) return script;
  }
  return undefined;
}

const tool = findTool();
if (args.includes('--where')) {
  // Where the tool is, if anywhere (for the tests): its folder, or nothing.
  console.log(tool ? dirname(tool) : '');
  process.exit(0);
}
if (!tool)
  skip(
    process.env.SAMI_WORDS
      ? `the sami-words tool was not found at $SAMI_WORDS (${process.env.SAMI_WORDS})`
      : 'the sami-words tool was not found (looked for ../shared/tools/sami-words beside the repository; or set SAMI_WORDS)',
  );
if (spawnSync('hfst-lookup', ['--version'], { encoding: 'utf8' }).error) skip("hfst-lookup is not installed (Debian's hfst package)");

// --- what is allowed -------------------------------------------------------------------------------------------
const problems = [];
const allowList = existsSync(allowFile) ? JSON.parse(readFileSync(allowFile, 'utf8')) : {};
const provenance = existsSync(provenanceFile) ? JSON.parse(readFileSync(provenanceFile, 'utf8')) : {};
const feed = JSON.parse(readFileSync(feedFile, 'utf8'));
const languageNamesFile = join(dir, 'language-names.json');
const languageNameSources = existsSync(languageNamesFile) ? JSON.parse(readFileSync(languageNamesFile, 'utf8')).names : {};

/** Words of official municipality names (every language), from the feed's municipality data. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu;
const places = new Map();
for (const m of feed.municipalities ?? [])
  for (const name of Object.values(m.names ?? {}))
    for (const word of String(name).match(WORD) ?? [])
      for (const part of [word, ...word.split('-')]) if (part) places.set(part.toLowerCase(), `${m.number} ${m.names.no}`);

function allowEntry(locale, word) {
  const entries = allowList[locale] ?? {};
  return entries[word] ?? entries[word.toLowerCase()] ?? Object.entries(entries).find(([w]) => w.toLowerCase() === word.toLowerCase())?.[1];
}

for (const [locale, entries] of Object.entries(allowList)) {
  if (locale.startsWith('_')) continue;
  for (const [word, entry] of Object.entries(entries)) {
    const where = `${allowFile} ${locale} "${word}"`;
    if (!KINDS[entry.kind]) problems.push(`${where}: "kind" must be one of ${Object.keys(KINDS).join(', ')}`);
    if (!entry.reason?.trim() || entry.reason.includes('\n')) problems.push(`${where}: needs a one-line "reason"`);
    if (entry.kind === 'lexicon-gap' && locale !== 'se') problems.push(`${where}: "lexicon-gap" is for North Sámi nouns only`);
    if (entry.kind === 'coined') {
      const id = entry.provenance;
      const known =
        id &&
        (provenance[locale]?.[id] ||
          (id.startsWith('feed:') && feedHasSami(locale, id.slice(5))) ||
          (id.startsWith('language-names:') && languageNameSources[id.slice(15)]?.[locale]));
      if (!known)
        problems.push(
          `${where}: a coined term needs "provenance": a unit id of sami-provenance.json "${locale}", "feed:<offers|themes>/<id>" or "language-names:<code>"`,
        );
    }
  }
}

function feedHasSami(locale, ref) {
  const [list, id] = ref.split('/');
  return (feed[list] ?? []).some((item) => item.id === id && item.label?.[locale]);
}

// --- the feed's Sámi values, without the addresses in them -----------------------------------------------------
// E-mail and web addresses and phone numbers inside a text are not words of the language, and the case ending that
// Sámi writes after a colon on an abbreviation or a foreign name ("Nav:s", "Nav:as") is not a word of its own.
const tmp = mkdtempSync(join(tmpdir(), 'sami-words-'));
const colonEnding = /(\p{Lu}[\p{L}]*):\p{Ll}+/gu;
const clean = (text) =>
  text
    .replace(/\b[\w.+-]+@[\w.-]+\.\w+\b/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\+?\d[\d ]{5,}\d/g, ' ')
    .replace(colonEnding, '$1');
const samiOnly = (value) => {
  if (Array.isArray(value)) return value.map(samiOnly);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = locales.includes(k) && typeof v === 'string' ? clean(v) : samiOnly(v);
  return out;
};
const cleanedFeed = join(tmp, 'feed.json');
writeFileSync(cleanedFeed, JSON.stringify(samiOnly(feed)));

// The names of languages a Sámi reader's language filters show (src/i18n/language-names/*.ts, generated).
const languageNames = {};
for (const locale of locales) {
  const file = join(dir, '..', 'src/i18n/language-names', `${locale}.ts`);
  if (!existsSync(file)) continue;
  for (const [, code, name] of readFileSync(file, 'utf8').matchAll(/^\s+(\w+): '([^']+)',$/gm)) (languageNames[code] ??= {})[locale] = name;
}
const namesFile = join(tmp, 'language-names.json');
writeFileSync(namesFile, JSON.stringify({ languageNames }));

// --- run the tool ----------------------------------------------------------------------------------------------
const summary = [];
let failing = 0;
try {
  for (const locale of locales) {
    const xliff = join(tmp, `${locale}.xlf`);
    writeFileSync(
      xliff,
      readFileSync(join(dir, `${locale}.xlf`), 'utf8').replace(
        /<target>([\s\S]*?)<\/target>/g,
        (_, t) => `<target>${t.replace(colonEnding, '$1')}</target>`,
      ),
    );
    const run = spawnSync('node', [tool, 'check', locale, '--xliff', xliff, '--feed', cleanedFeed, '--feed', namesFile, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0 && run.status !== 1) {
      problems.push(`sami-words ${locale} failed: ${(run.stderr || run.stdout).trim()}`);
      continue;
    }
    const report = JSON.parse(run.stdout);
    const counts = { failing: 0, allowed: {}, notes: 0, place: 0 };
    const flaggedWords = new Set();
    for (const f of report.flagged) {
      flaggedWords.add(f.word.toLowerCase());
      const ids = f.ids.map((id) =>
        id.startsWith('$.languageNames.') ? `language name ${id.slice(16)}` : id.startsWith('$.') ? `feed ${id}` : id,
      );
      const at = `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` … +${ids.length - 3}` : ''}`;
      const entry = allowEntry(locale, f.word);
      const place = places.get(f.word.toLowerCase());
      if (entry) {
        counts.allowed[entry.kind] = (counts.allowed[entry.kind] ?? 0) + 1;
        if (verbose) console.log(`allowed\t${locale}\t${f.kind}\t${f.word}\t${entry.kind}: ${entry.reason}`);
      } else if (place) {
        counts.place++;
        if (verbose) console.log(`allowed\t${locale}\t${f.kind}\t${f.word}\tofficial place name (municipality ${place})`);
      } else if (locale === 'se' && f.kind === 'unknown') {
        counts.notes++;
        if (verbose) console.log(`note\t${locale}\tunknown\t${f.word}\t${at}`);
      } else {
        counts.failing++;
        const hint = f.hint ? ` (normative lemma: ${f.hint})` : '';
        console.error(`FLAGGED\t${locale}\t${f.kind}\t${f.word}${hint}\t${at}`);
      }
    }
    for (const word of Object.keys(allowList[locale] ?? {}))
      if (!flaggedWords.has(word.toLowerCase()))
        problems.push(`${allowFile} ${locale} "${word}": no longer flagged anywhere; remove the entry`);
    failing += counts.failing;
    const allowed = Object.entries(counts.allowed)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    summary.push(
      `${locale}: ${report.words} distinct words, ${report.flagged.length} flagged: ${counts.failing} failing, ` +
        `${counts.place} official place names${allowed ? `, allowed ${allowed}` : ''}` +
        (locale === 'se' ? `, ${counts.notes} unknown (nouns and names: reported, not failed)` : ''),
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

for (const problem of problems) console.error(problem);
for (const line of summary) console.log(line);
if (failing)
  console.error(
    `${failing} flagged Sámi word(s): fix the word (the tool generates the normative form: see locales/README.md), ` +
      `or allow it in locales/sami-allowed-words.json with its kind and a one-line reason`,
  );
console.log(`Sámi word check (${tool}): ${failing} failing, ${problems.length} problem(s)`);
process.exit(failing || problems.length ? 1 : 0);
