// The feed editor without the DOM: which problems of the library's own validator belong to an entry
// being edited, what they say in Norwegian, which form field each one names, and the health of a feed
// (texts missing per locale, entries not checked for a year). The feed is untrusted: it is only read
// as data here, never rendered as markup.
import { LOCALES, validateFeed, type Locale, type Problem } from 'frisklivs-widgets/feed';

/** The three collections the editor edits. */
export type Kind = 'groups' | 'contactPoints' | 'centres';
export const KINDS: Kind[] = ['groups', 'contactPoints', 'centres'];

/** A raw entry or document as JSON gives it (the editor keeps fields it has no form for). */
export type Raw = Record<string, unknown>;

export const LOCALE_NAMES: Record<Locale, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  se: 'Nordsamisk',
  sma: 'Sørsamisk',
  smj: 'Lulesamisk',
  en: 'Engelsk',
};

export const KIND_WORDS: Record<Kind, { plural: string; one: string; the: string; prefix: string; nameField: string }> = {
  groups: { plural: 'Grupper', one: 'gruppe', the: 'gruppen', prefix: 'grp-', nameField: 'title' },
  contactPoints: { plural: 'Kontaktpunkter', one: 'kontaktpunkt', the: 'kontaktpunktet', prefix: 'cp-', nameField: 'name' },
  centres: { plural: 'Sentraler', one: 'sentral', the: 'sentralen', prefix: 'fls-', nameField: 'name' },
};

const PATTERN_WORDS: [RegExp, string][] = [
  [/^a time HH:MM/, 'Skriv klokkeslettet som TT:MM (24 timer), for eksempel 18:00'],
  [/^a date YYYY-MM-DD/, 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-09-01'],
  [/^a phone number/, 'Skriv et telefonnummer med bare sifre, mellomrom og ev. + foran, for eksempel +47 22 33 44 55'],
  [/^an e-mail address/, 'Skriv en e-postadresse, for eksempel post@kommune.no'],
  [/^an id of letters/, 'Id-en kan bare ha bokstavene a–z, sifre og . _ : - (ingen mellomrom)'],
  [/^a 4-digit municipality number/, 'Velg en kommune fra lista'],
  [/^a 2-digit county number/, 'Skriv et fylkesnummer med to sifre'],
  [/^an ISO 639 language code/, 'Skriv språkkoder med 2–3 små bokstaver, for eksempel nb eller se'],
  [/^a 4-digit postcode/, 'Skriv et postnummer med fire sifre'],
  [/^one of /, 'Velg et av valgene'],
];

/** The validator's English message in plain Norwegian (the English text when it is one we do not know). */
export function norwegianMessage(message: string): string {
  const m = message.replace(/ \((entry skipped|field ignored|item dropped|dropped|default .* used)\)$/, '');
  if (m === 'is required' || m === 'must not be empty') return 'Må fylles ut';
  if (m === 'must be after startTime') return 'Slutt må være etter start';
  if (m === 'closes must be after opens') return 'Stengetid må være etter åpningstid';
  if (m === 'is required for a physical group') return 'Velg kommunen der gruppen møtes (påkrevd når gruppen møtes fysisk)';
  if (m === 'must include the host municipality') return 'Vertskommunen må være med blant kommunene sentralen dekker';
  if (m === 'expected a whole number') return 'Skriv et helt tall';
  if (/^expected a finite number/.test(m)) return 'Skriv et tall';
  if (/^only https:, http:, mailto: and tel: links/.test(m)) return 'Lenken må begynne med https://, http://, mailto: eller tel:';
  if (/ is not a real date$/.test(m)) return 'Datoen finnes ikke i kalenderen';
  if (/^duplicate id /.test(m)) return 'Id-en er brukt av en annen oppføring';
  let match = /^must be at least (\d+)$/.exec(m);
  if (match) return `Må være minst ${match[1]}`;
  match = /^must be at most (\d+)$/.exec(m);
  if (match) return `Kan være høyst ${match[1]}`;
  match = /^longer than (\d+) characters$/.exec(m);
  if (match) return `Kan ha høyst ${match[1]} tegn`;
  match = /^more than (\d+) items$/.exec(m);
  if (match) return `Høyst ${match[1]} i lista`;
  if (/^minItems|^fewer than|at least 1 item/.test(m)) return 'Velg minst én';
  if (/^unknown (contact point|theme|municipality|centre|offer) /.test(m)) return 'Finnes ikke i feeden: velg fra lista';
  if (/^repeated value/.test(m)) return 'Samme verdi er valgt to ganger';
  match = /^expected (.*), got /.exec(m);
  if (match) {
    for (const [pattern, words] of PATTERN_WORDS) if (pattern.test(match[1]!)) return words;
  }
  return `Ugyldig verdi (${m})`;
}

/**
 * The form field a problem's path names, relative to the entry: `$.groups[0].schedule.endTime` →
 * `schedule.endTime`, `contactHours[1].closes` → `contactHours.1.closes`.
 */
export function relativeKey(path: string, prefix: string): string {
  const rest = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  return rest
    .replace(/^\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/** The registered field a key belongs to: itself, the nearest enclosing field, or (for a whole text) its nb field. */
export function fieldFor(key: string, fields: readonly string[]): string | undefined {
  if (fields.includes(key)) return key;
  const enclosing = fields.filter((field) => key.startsWith(`${field}.`)).sort((a, b) => b.length - a.length)[0];
  if (enclosing) return enclosing;
  return fields.find((field) => key !== '' && field.startsWith(`${key}.`));
}

export interface EntryProblem {
  /** Relative to the entry (`schedule.endTime`); '' for the entry as a whole. */
  key: string;
  message: string;
  severity: Problem['severity'];
}

/**
 * What the library's validator says about one entry, in the feed it would be saved into: the entry is
 * checked beside the feed's taxonomies, municipalities, contact points and centres (so references are
 * checked too), and its id against the other entries of its collection. Errors and warnings both
 * count: a warning means a value would be dropped, and a form never saves half an entry.
 */
export function problemsOfEntry(doc: Raw, kind: Kind, entry: Raw, index: number | undefined): EntryProblem[] {
  // The head is checked on its own (problemsOfHead): here a good one, so an entry can be checked before the publisher is named.
  const head = { version: 1, publisher: { name: 'probe' }, generatedAt: '2000-01-01T00:00:00Z' };
  const probe: Raw = { ...doc, ...head, resources: undefined, groups: [], [kind]: [entry] };
  const result = validateFeed(probe, { maxProblems: 500 });
  const prefix = `$.${kind}[0]`;
  const out: EntryProblem[] = result.problems
    .filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}.`) || problem.path.startsWith(`${prefix}[`))
    .map((problem) => ({ key: relativeKey(problem.path, prefix), message: norwegianMessage(problem.message), severity: problem.severity }));
  if (result.fatal) {
    out.push({ key: '', message: 'Feeden kan ikke sjekkes: en av listene i den er ikke en liste', severity: 'error' });
  }
  const id = typeof entry.id === 'string' ? entry.id.trim() : '';
  const list = Array.isArray(doc[kind]) ? (doc[kind] as unknown[]) : [];
  if (id && list.some((other, i) => i !== index && (other as Raw | null)?.id === id)) {
    out.push({ key: 'id', message: 'Id-en er brukt av en annen oppføring', severity: 'error' });
  }
  return out;
}

/** The head of the feed (publisher, version, date) as the validator sees it, in Norwegian. */
export function problemsOfHead(doc: Raw): EntryProblem[] {
  const head: Raw = { ...doc };
  for (const kind of KINDS) head[kind] = [];
  return validateFeed(head)
    .problems.filter((p) => !/^\$\.(offers|themes|municipalities|contactPoints|centres|groups)/.test(p.path))
    .map((p) => ({ key: relativeKey(p.path, '$'), message: norwegianMessage(p.message), severity: p.severity }));
}

export interface FeedProblem {
  kind?: Kind;
  index?: number;
  id?: string;
  key: string;
  message: string;
  severity: Problem['severity'];
}

/** The whole feed, validated before it is saved. */
export function problemsOfFeed(doc: Raw): { problems: FeedProblem[]; errors: number; warnings: number } {
  const result = validateFeed(doc, { maxProblems: 500 });
  const problems = result.problems.map((problem): FeedProblem => {
    const match = /^\$\.(groups|contactPoints|centres|offers|themes|municipalities)\[(\d+)\]/.exec(problem.path);
    const kind = match && (KINDS as string[]).includes(match[1]!) ? (match[1] as Kind) : undefined;
    return {
      kind,
      index: match ? Number(match[2]) : undefined,
      id: problem.entryId,
      key: match ? relativeKey(problem.path, match[0]) : relativeKey(problem.path, '$'),
      message: norwegianMessage(problem.message),
      severity: problem.severity,
    };
  });
  return { problems, errors: result.counts.errors, warnings: result.counts.warnings };
}

/** The first text of a localized value: nb, else any. Always a string (the feed is untrusted). */
export function textOf(value: unknown, locale: Locale = 'nb'): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const texts = value as Record<string, unknown>;
  const chosen = texts[locale] ?? texts.nb;
  if (typeof chosen === 'string') return chosen;
  const any = Object.values(texts).find((v) => typeof v === 'string');
  return typeof any === 'string' ? any : '';
}

export function nameOf(kind: Kind, entry: Raw): string {
  return textOf(entry[KIND_WORDS[kind].nameField]).trim() || (typeof entry.id === 'string' ? entry.id : '(uten navn)');
}

/** A free id for a new entry: the prefix and the next number after the highest in use (`grp-0151`). */
export function nextId(list: unknown[], prefix: string): string {
  const used = new Set(list.map((entry) => (entry as Raw | null)?.id).filter((id): id is string => typeof id === 'string'));
  let highest = 0;
  let width = 4;
  for (const id of used) {
    const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`).exec(id);
    if (match) {
      highest = Math.max(highest, Number(match[1]));
      width = match[1]!.length;
    }
  }
  for (let n = highest + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(width, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** Today on the reader's clock, as the feed writes dates. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Folds case and diacritics, for searching names in every language (Guovdageaidnu, Kárášjohka). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đ]/g, 'd')
    .replace(/[ŋ]/g, 'n')
    .replace(/[ŧ]/g, 't')
    .replace(/[š]/g, 's')
    .replace(/[ž]/g, 'z')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .toLowerCase();
}

export interface MunicipalityChoice {
  number: string;
  /** «Kautokeino – Guovdageaidnu (5430)»: the Norwegian name, the Sámi and Kven names, the number. */
  label: string;
  names: string[];
}

export function municipalityChoices(doc: Raw): MunicipalityChoice[] {
  const list = Array.isArray(doc.municipalities) ? (doc.municipalities as Raw[]) : [];
  return list
    .filter((m) => m && typeof m.number === 'string')
    .map((m) => {
      const names = m.names && typeof m.names === 'object' ? (m.names as Record<string, unknown>) : {};
      const all = [
        ...new Set(['no', 'se', 'sma', 'smj', 'fkv'].map((key) => names[key]).filter((n): n is string => typeof n === 'string')),
      ];
      return { number: m.number as string, names: all, label: `${all.join(' – ') || m.number} (${m.number})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

/** The municipality a typed text means: a label from the list, a number, or one of its names in any language. */
export function findMunicipality(choices: MunicipalityChoice[], typed: string): MunicipalityChoice | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  const number = /\((\d{4})\)\s*$/.exec(text)?.[1] ?? (/^\d{4}$/.test(text) ? text : undefined);
  if (number) return choices.find((c) => c.number === number);
  const folded = fold(text);
  return choices.find((c) => c.names.some((name) => fold(name) === folded));
}

export interface Health {
  /** Per collection and locale: how many entries lack their name/title in that locale. */
  missing: Record<Kind, Record<Locale, number>>;
  totals: Record<Kind, number>;
  /** Entries whose last check is more than a year ago (or never), oldest first. */
  stale: { kind: Kind; index: number; id: string; name: string; lastVerified?: string }[];
}

/** What is missing per locale, and what has not been checked for a year (365 days before `on`). */
export function healthOf(doc: Raw, on: string): Health {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const yearAgo = today(new Date(y - 1, m - 1, d));
  const missing = {} as Health['missing'];
  const totals = {} as Health['totals'];
  const stale: Health['stale'] = [];
  for (const kind of KINDS) {
    const list = Array.isArray(doc[kind]) ? (doc[kind] as Raw[]) : [];
    totals[kind] = list.length;
    missing[kind] = Object.fromEntries(LOCALES.map((locale) => [locale, 0])) as Record<Locale, number>;
    list.forEach((entry, index) => {
      if (!entry || typeof entry !== 'object') return;
      const texts = entry[KIND_WORDS[kind].nameField];
      for (const locale of LOCALES) {
        const value = texts && typeof texts === 'object' ? (texts as Record<string, unknown>)[locale] : undefined;
        if (typeof value !== 'string' || !value.trim()) missing[kind][locale]++;
      }
      const checked = typeof entry.lastVerified === 'string' ? entry.lastVerified : undefined;
      if (!checked || checked < yearAgo) {
        stale.push({ kind, index, id: String(entry.id ?? ''), name: nameOf(kind, entry), lastVerified: checked });
      }
    });
  }
  stale.sort((a, b) => (a.lastVerified ?? '').localeCompare(b.lastVerified ?? ''));
  return { missing, totals, stale };
}

/** A new, empty feed with the standard taxonomies and municipalities (from the editor's own data file). */
export function emptyFeed(start: { municipalities?: unknown[]; themes?: unknown[]; offers?: unknown[] }, now = new Date()): Raw {
  return {
    version: 1,
    publisher: { name: '' },
    generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    offers: start.offers ?? [],
    themes: start.themes ?? [],
    municipalities: start.municipalities ?? [],
    contactPoints: [],
    centres: [],
    groups: [],
  };
}

/** The text of the saved file: the document with today's `generatedAt`, indented as the feed kit writes it. */
export function feedFileText(doc: Raw, now = new Date()): string {
  return `${JSON.stringify({ ...doc, generatedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z') }, null, 2)}\n`;
}
