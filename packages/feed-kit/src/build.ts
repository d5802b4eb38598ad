/**
 * `frisklivs-feed build`: from the CSV files publishers keep (centres, groups,
 * contact points; optionally offers and themes) to a feed. The assembled feed
 * goes through the one feed validator; each of its problems is traced back to
 * the file, row and column it came from. Nothing is dropped silently: every
 * cell that cannot be read, every entry the validator skips and every unknown
 * column is reported.
 *
 * No Node imports: the caller reads the files (bytes) and writes the result.
 */
import { FEED_VERSION, validateFeed, type Feed, type Problem } from 'frisklivs-widgets/feed';
import { decodeBytes, type TextEncoding } from './encoding.js';
import { parseCsv, type Separator } from './csv.js';
import { InputLimitError, MAX_CSV_ROWS } from './limits.js';
import { canonicalHeader, headerTable, readCell, requiredHeaders, type Kind, type Lookups, type ResolvedColumn } from './columns.js';
import { columnLetter, type KitProblem } from './report.js';
import { norm, padDigits, type Read } from './values.js';
import { ECHO_LIMIT, quoted, terminalText } from './terminal.js';

export interface CsvInput {
  /** The name problems use (the path as given on the command line). */
  name: string;
  bytes: Uint8Array;
}

export interface JsonInput {
  name: string;
  doc: unknown;
}

export interface BuildOptions {
  centres?: CsvInput;
  groups?: CsvInput;
  contactPoints?: CsvInput;
  offers?: CsvInput;
  themes?: CsvInput;
  /** A feed to start from: head, offers, themes, municipalities and entries; CSV rows replace its entries by id. */
  base?: JsonInput;
  /** Municipalities: the shared `municipalities.json` ({ municipalities: [...] }) or a feed. */
  municipalities?: JsonInput;
  publisher?: { name?: string; url?: string; email?: string; reportUrl?: string };
  /** ISO date-time with zone; default now. */
  generatedAt?: string;
  /** Rows read from one CSV file at most; more is refused with an InputLimitError. Default MAX_CSV_ROWS. */
  maxRows?: number;
  /** Called while rows are read: rows done, rows in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface FileReport {
  kind: Kind;
  name: string;
  encoding: TextEncoding;
  separator: Separator;
  rows: number;
  entries: number;
}

export interface BuildResult {
  /** The validated feed, or null when it is unusable. */
  feed: Feed | null;
  problems: KitProblem[];
  files: FileReport[];
  /** Entries of the base that CSV rows replaced, per collection. */
  replaced: Record<string, number>;
  timings: Record<string, number>;
}

const KIND_ORDER: Kind[] = ['offers', 'themes', 'contactPoints', 'centres', 'groups'];
const COLLECTION_ORDER = ['offers', 'themes', 'municipalities', 'contactPoints', 'centres', 'groups'] as const;

type Raw = Record<string, unknown>;

/** Where an assembled entry came from. */
type Origin =
  | {
      type: 'csv';
      file: string;
      row: number;
      kind: Kind;
      columns: Map<string, { header: string; index: number }>;
      /** The first row's cells by field, to compare a repeated centre row with. */
      cells: Map<string, CellSeen>;
      siteRows: number[];
      hints: Hint[];
    }
  | { type: 'json'; file: string; path: string };

interface CellSeen {
  value: string;
  column: string;
  index: number;
}

interface Hint {
  row: number;
  column: string;
  /** Canonical column name. */
  canonical: string;
  field: string;
  message: string;
  used?: boolean;
}

function setPath(target: Raw, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
    const holder = node as Record<string, unknown>;
    if (typeof holder[key] !== 'object' || holder[key] === null) holder[key] = nextIsIndex ? [] : {};
    node = holder[key] as Record<string, unknown>;
  }
  (node as Record<string, unknown>)[keys[keys.length - 1]!] = value;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** An index of names (Norwegian, Sámi, Kven, full official name, aliases) to numbers. */
function municipalityIndex(list: unknown[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: unknown, number: string) => {
    if (typeof name !== 'string' || !name.trim()) return;
    const key = norm(name).replace(/ kommune$/, '');
    if (!index.has(key)) index.set(key, new Set());
    index.get(key)!.add(number);
  };
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const m = entry as Record<string, unknown>;
    if (typeof m.number !== 'string') continue;
    add(m.name, m.number);
    if (typeof m.names === 'object' && m.names) for (const name of Object.values(m.names as Record<string, unknown>)) add(name, m.number);
    if (Array.isArray(m.aliases)) for (const alias of m.aliases) add(alias, m.number);
    if (typeof m.name === 'string') for (const part of m.name.split(' - ')) add(part, m.number);
  }
  return index;
}

function labelIndex(entries: Raw[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (typeof entry.id !== 'string') continue;
    const add = (name: unknown) => {
      if (typeof name !== 'string' || !name.trim()) return;
      const key = norm(name);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(entry.id as string);
    };
    add(entry.id);
    for (const field of ['label', 'name']) {
      const text = entry[field];
      if (typeof text === 'object' && text) for (const value of Object.values(text as Record<string, unknown>)) add(value);
    }
  }
  return index;
}

/** Something that fits an id (for passing an unknown name on to the validator as an unknown reference). */
function asId(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9._:-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  // Trailing hyphens by hand: /-+$/ takes quadratic time on a long run of hyphens inside the text.
  let end = slug.length;
  while (end > 0 && slug[end - 1] === '-') end--;
  return slug.slice(0, end) || 'unknown';
}

function resolveIn(index: Map<string, Set<string>>, cell: string, what: string, hint: string): Read<string> {
  const hits = index.get(norm(cell));
  if (hits?.size === 1) return { ok: true, value: [...hits][0]! };
  if (hits && hits.size > 1) {
    const some = [...hits].slice(0, 5).map((hit) => terminalText(hit, ECHO_LIMIT));
    return {
      ok: false,
      message: `${quoted(cell)} matches several ${what}s (${some.join(', ')}${hits.size > 5 ? ', …' : ''}): write the id`,
    };
  }
  return { ok: false, message: `unknown ${what} ${quoted(cell)}${hint}` };
}

function collectionOf(doc: unknown, name: string): Raw[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const value = (doc as Raw)[name];
  return Array.isArray(value) ? (value as Raw[]) : [];
}

/** Builds a feed from CSV files (and a base feed), reporting every problem by file, row and column. */
export function buildFeed(options: BuildOptions): BuildResult {
  const problems: KitProblem[] = [];
  const timings: Record<string, number> = {};
  const files: FileReport[] = [];
  const replaced: Record<string, number> = {};
  let clock = now();
  const lap = (name: string) => {
    const t = now();
    timings[name] = (timings[name] ?? 0) + (t - clock);
    clock = t;
  };

  // 1. What the base and the municipality list give.
  const baseDoc = options.base?.doc;
  if (options.base && (typeof baseDoc !== 'object' || baseDoc === null || Array.isArray(baseDoc))) {
    problems.push({ severity: 'error', source: options.base.name, path: '$', message: 'the base feed must be a JSON object' });
  }
  let municipalityList: unknown[] = collectionOf(baseDoc, 'municipalities');
  let municipalitySource = options.base?.name ?? '';
  let counties: Raw[] = [];
  if (options.municipalities) {
    const list = collectionOf(options.municipalities.doc, 'municipalities');
    if (!list.length) {
      problems.push({
        severity: 'error',
        source: options.municipalities.name,
        path: '$.municipalities',
        message: 'no municipalities found (expected { "municipalities": [...] })',
      });
    }
    municipalityList = list;
    municipalitySource = options.municipalities.name;
    counties = collectionOf(options.municipalities.doc, 'counties');
  }
  const municipalityNames = municipalityIndex(municipalityList);
  const countyNames = municipalityIndex(counties);

  // 2. Read and parse every CSV file.
  const tables = new Map<Kind, { input: CsvInput; header: string[]; records: { row: number; cells: string[] }[] }>();
  let totalRows = 0;
  const inputs: Record<Kind, CsvInput | undefined> = {
    offers: options.offers,
    themes: options.themes,
    contactPoints: options.contactPoints,
    centres: options.centres,
    groups: options.groups,
  };
  for (const kind of KIND_ORDER) {
    const input = inputs[kind];
    if (!input) continue;
    const decoded = decodeBytes(input.bytes);
    if (decoded.encoding === 'mixed utf-8 and windows-1252') {
      problems.push({
        severity: 'warning',
        source: input.name,
        message:
          'the file mixes UTF-8 and Windows-1252 lines; each line was read in its own encoding, but check the letters æ ø å and save the file again as "CSV UTF-8"',
      });
    }
    let table: ReturnType<typeof parseCsv>;
    try {
      table = parseCsv(decoded.text, { maxRows: options.maxRows ?? MAX_CSV_ROWS });
    } catch (error) {
      if (error instanceof InputLimitError) throw new InputLimitError(`${input.name}: ${error.message}`);
      throw error;
    }
    for (const damage of table.damage) problems.push({ severity: 'error', source: input.name, row: damage.row, message: damage.message });
    files.push({ kind, name: input.name, encoding: decoded.encoding, separator: table.separator, rows: 0, entries: 0 });
    tables.set(kind, { input, header: table.header, records: table.records });
    totalRows += table.records.length;
  }
  lap('read');

  // 3. Rows → raw entries, collection by collection (references are looked up in what came before).
  const entries: Record<string, Raw[]> = {};
  const origins: Record<string, Origin[]> = {};
  for (const name of COLLECTION_ORDER) {
    entries[name] = [];
    origins[name] = [];
  }
  // The base's entries first; a CSV row with the same id replaces one.
  for (const name of COLLECTION_ORDER) {
    if (name === 'municipalities') continue;
    collectionOf(baseDoc, name).forEach((entry, i) => {
      entries[name]!.push(entry);
      origins[name]!.push({ type: 'json', file: options.base!.name, path: `$.${name}[${i}]` });
    });
  }
  municipalityList.forEach((entry, i) => {
    entries.municipalities!.push(entry as Raw);
    origins.municipalities!.push({ type: 'json', file: municipalitySource, path: `$.municipalities[${i}]` });
  });

  const lookups: Lookups = {
    municipality(cell) {
      const digits = padDigits(cell, 4);
      if (/^\d{4}$/.test(digits)) return { ok: true, value: digits };
      if (!municipalityNames.size)
        return { ok: false, message: `${quoted(cell)} is not a 4-digit municipality number (give --municipalities to look up names)` };
      return resolveIn(municipalityNames, cell, 'municipality', ' (write the 4-digit number or the official name)');
    },
    county(cell) {
      const digits = padDigits(cell, 2);
      if (/^\d{2}$/.test(digits)) return { ok: true, value: digits };
      if (!countyNames.size) return { ok: false, message: `${quoted(cell)} is not a 2-digit county number` };
      return resolveIn(countyNames, cell, 'county', ' (write the 2-digit number)');
    },
    offer: (cell) => idLookup('offers', cell, 'offer'),
    theme: (cell) => idLookup('themes', cell, 'theme'),
    contactPoint: (cell) => idLookup('contactPoints', cell, 'contact point'),
  };
  const labelIndexes = new Map<string, Map<string, Set<string>>>();
  function idLookup(collection: string, cell: string, what: string): Read<string> {
    let index = labelIndexes.get(collection);
    if (!index) {
      index = labelIndex(entries[collection]!);
      labelIndexes.set(collection, index);
    }
    const read = resolveIn(
      index,
      cell,
      what,
      entries[collection]!.length
        ? ''
        : ` (no ${what}s are known: give --base${collection === 'contactPoints' ? '' : ` or --${collection}`})`,
    );
    if (read.ok) return read;
    const exact = cell.trim();
    // Passed on as an id, so the validator treats it as any unknown reference.
    return { ok: false, message: read.message, fallback: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(exact) ? exact : asId(exact) };
  }

  let done = 0;
  for (const kind of KIND_ORDER) {
    const table = tables.get(kind);
    if (!table) continue;
    const report = files.find((f) => f.kind === kind)!;
    const fileName = table.input.name;
    const known = headerTable(kind);
    const columns: (ResolvedColumn | undefined)[] = [];
    const columnInfo = new Map<string, { header: string; index: number }>();
    table.header.forEach((header, index) => {
      const canonical = canonicalHeader(header);
      const column = known.get(canonical);
      if (!header) {
        const used = table.records.some((r) => (r.cells[index] ?? '') !== '');
        if (used)
          problems.push({
            severity: 'warning',
            source: fileName,
            row: 1,
            column: '(empty)',
            columnLetter: columnLetter(index),
            message: 'this column has values but no header: they are ignored',
          });
      } else if (!column) {
        problems.push({
          severity: 'warning',
          source: fileName,
          row: 1,
          column: header,
          columnLetter: columnLetter(index),
          message: 'unknown column: its values are ignored (see templates/README.md for the columns)',
        });
      } else if (columnInfo.has(column.field + (column.def.site ? '@site' : ''))) {
        problems.push({
          severity: 'error',
          source: fileName,
          row: 1,
          column: header,
          columnLetter: columnLetter(index),
          message: `the column appears twice (first as column ${columnLetter(columnInfo.get(column.field + (column.def.site ? '@site' : ''))!.index)})`,
        });
        columns[index] = undefined;
        return;
      }
      columns[index] = column;
      if (column) {
        columnInfo.set(column.field + (column.def.site ? '@site' : ''), { header, index });
        columnInfo.set(canonical, { header, index });
      }
    });
    const missing = requiredHeaders(kind).filter(
      (name) =>
        !table.header.some((h) => canonicalHeader(h) === name || (name.endsWith('_nb') && canonicalHeader(h) === name.slice(0, -3))),
    );
    if (missing.length) {
      problems.push({
        severity: 'error',
        source: fileName,
        row: 1,
        message: `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: no row of this file can be used (${table.records.length} row${table.records.length === 1 ? '' : 's'} skipped)`,
      });
      done += table.records.length;
      options.onProgress?.(done, totalRows);
      continue;
    }

    const collection = kind;
    const list = entries[collection]!;
    const originList = origins[collection]!;
    const byId = new Map<string, number>();
    list.forEach((entry, i) => typeof entry.id === 'string' && byId.set(entry.id, i));
    const fromCsv = new Map<string, number>();

    for (const record of table.records) {
      done++;
      if (done % 2000 === 0) options.onProgress?.(done, totalRows);
      if (record.cells.every((c) => c === '')) continue;
      const extra = record.cells.slice(table.header.length).filter((c) => c !== '');
      if (extra.length) {
        problems.push({
          severity: 'error',
          source: fileName,
          row: record.row,
          message: `the row has ${table.header.length + extra.length} or more cells but the header has ${table.header.length}: a "${report.separator === '\t' ? 'tab' : report.separator}" or decimal comma in a cell without quotes? (row skipped)`,
        });
        continue;
      }
      const entry: Raw = {};
      const site: Raw = {};
      const hints: Hint[] = [];
      const cellsByField = new Map<string, CellSeen>();
      record.cells.forEach((cell, index) => {
        const column = columns[index];
        if (!column || cell === '') return;
        const reading = readCell(column, cell, lookups);
        const header = table.header[index]!;
        for (const message of reading.hints)
          hints.push({
            row: record.row,
            column: header,
            canonical: canonicalHeader(header),
            field: (column.def.site ? 'sites.' : '') + column.field,
            message,
          });
        setPath(column.def.site ? site : entry, column.field, reading.value);
        cellsByField.set((column.def.site ? 'sites.' : '') + column.field, { value: cell, column: header, index });
      });
      const id = typeof entry.id === 'string' ? entry.id : undefined;
      const hasSite = Object.keys(site).length > 0;

      // Centres: a repeated id adds a site; its other cells must be empty or the same.
      if (kind === 'centres' && id !== undefined && fromCsv.has(id)) {
        const at = fromCsv.get(id)!;
        const origin = originList[at] as Extract<Origin, { type: 'csv' }>;
        const first = origin.cells;
        let clash = false;
        for (const [field, cell] of cellsByField) {
          if (field.startsWith('sites.') || field === 'id') continue;
          const before = first.get(field)?.value;
          if (before !== cell.value) {
            clash = true;
            problems.push({
              severity: 'error',
              source: fileName,
              row: record.row,
              column: cell.column,
              columnLetter: columnLetter(cell.index),
              entryId: id,
              message: `differs from row ${origin.row}, where centre ${quoted(id)} is first given: a repeated id only adds a site, so leave the centre's other columns empty (row skipped)`,
            });
          }
        }
        if (clash) continue;
        if (!hasSite) {
          problems.push({
            severity: 'error',
            source: fileName,
            row: record.row,
            entryId: id,
            message: `repeats centre ${quoted(id)} from row ${origin.row} without a site (row skipped)`,
          });
          continue;
        }
        const target = list[at]!;
        (target.sites as Raw[]).push(site);
        origin.siteRows.push(record.row);
        origin.hints.push(...hints);
        continue;
      }
      if (kind === 'centres') {
        entry.sites = hasSite ? [site] : [];
        // An empty list cell means an empty list.
        entry.offers ??= [];
        entry.referral ??= [];
        // The host municipality is always among those served.
        const host = entry.hostMunicipality;
        const served = Array.isArray(entry.municipalities) ? (entry.municipalities as unknown[]) : [];
        if (typeof host === 'string' && !served.includes(host)) entry.municipalities = [host, ...served];
        else if (!Array.isArray(entry.municipalities) && host !== undefined) entry.municipalities = [host];
      }
      const origin: Origin = {
        type: 'csv',
        file: fileName,
        row: record.row,
        kind,
        columns: columnInfo,
        cells: cellsByField,
        siteRows: hasSite ? [record.row] : [],
        hints,
      };
      if (id !== undefined && byId.has(id) && !fromCsv.has(id) && originList[byId.get(id)!]!.type === 'json') {
        // Replaces the base's entry.
        const at = byId.get(id)!;
        list[at] = entry;
        originList[at] = origin;
        fromCsv.set(id, at);
        replaced[collection] = (replaced[collection] ?? 0) + 1;
      } else {
        list.push(entry);
        originList.push(origin);
        if (id !== undefined && !fromCsv.has(id)) {
          fromCsv.set(id, list.length - 1);
          if (!byId.has(id)) byId.set(id, list.length - 1);
        }
      }
      report.entries++;
    }
    report.rows = table.records.length;
    labelIndexes.delete(collection);
    options.onProgress?.(done, totalRows);
  }
  lap('rows');

  // 4. The document, checked by the one validator.
  const head: Raw = {};
  const base = (typeof baseDoc === 'object' && baseDoc !== null ? baseDoc : {}) as Raw;
  head.version = FEED_VERSION;
  const publisher: Raw = { ...(typeof base.publisher === 'object' && base.publisher ? (base.publisher as Raw) : {}) };
  if (options.publisher?.name) publisher.name = options.publisher.name;
  if (options.publisher?.url) publisher.url = options.publisher.url;
  if (options.publisher?.email) publisher.email = options.publisher.email;
  if (options.publisher?.reportUrl) publisher.reportUrl = options.publisher.reportUrl;
  if (!publisher.name) {
    problems.push({
      severity: 'error',
      source: options.base?.name ?? 'build',
      path: '$.publisher.name',
      message: 'the feed needs a publisher: give --publisher "Name" (or a --base feed that has one)',
    });
  }
  head.publisher = publisher;
  head.generatedAt = options.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  if (base.attribution !== undefined) head.attribution = base.attribution;
  if (base.resources !== undefined) head.resources = base.resources;
  const doc: Raw = { ...head };
  for (const name of COLLECTION_ORDER) doc[name] = entries[name];

  const result = validateFeed(doc, { maxProblems: Infinity }); // every problem: the kit chooses what to print
  lap('validate');

  // 5. Each validator problem back to where it came from.
  const reported = new Set<Hint>();
  for (const problem of result.problems) {
    if (problem.path === '$.publisher.name' && !publisher.name) continue; // already said, in words
    problems.push(traceProblem(problem, origins, reported, options));
  }
  // Cell readings the validator had nothing to say about still count.
  for (const name of COLLECTION_ORDER) {
    for (const origin of origins[name]!) {
      if (origin.type !== 'csv') continue;
      for (const hint of origin.hints) {
        if (reported.has(hint)) continue;
        const info = origin.columns.get(hint.canonical);
        problems.push({
          severity: 'warning',
          source: origin.file,
          row: hint.row,
          column: hint.column,
          ...(info ? { columnLetter: columnLetter(info.index) } : {}),
          message: `${hint.message} (kept as written)`,
        });
      }
    }
  }
  lap('trace');
  problems.sort((a, b) => (a.source ?? '').localeCompare(b.source ?? '') || (a.row ?? 0) - (b.row ?? 0));
  return { feed: result.feed, problems, files, replaced, timings };
}

const fieldColumnCache = new Map<Kind, Map<string, string>>();

/** Field path (site fields prefixed `sites.`) → canonical column; a localized field's stem → its `_nb` column. */
function fieldColumns(kind: Kind): Map<string, string> {
  let byField = fieldColumnCache.get(kind);
  if (byField) return byField;
  byField = new Map();
  for (const [canonical, column] of headerTable(kind)) {
    const prefix = column.def.site ? 'sites.' : '';
    if (column.def.localized && canonical === column.def.name) continue; // the bare alias of `_nb`
    byField.set(prefix + column.field, canonical);
    if (column.def.localized && column.locale === 'nb') byField.set(prefix + column.def.field, canonical);
  }
  fieldColumnCache.set(kind, byField);
  return byField;
}

const SUFFIX = / \((entry skipped|field ignored|item dropped|dropped|default .* used|site dropped: the row cannot be used)\)$/;

/** Finds the file, row and column (or base path) of a validator problem. */
function traceProblem(problem: Problem, origins: Record<string, Origin[]>, reported: Set<Hint>, options: BuildOptions): KitProblem {
  const match = /^\$\.(\w+)\[(\d+)\](.*)$/.exec(problem.path);
  const out: KitProblem = { severity: problem.severity, message: problem.message };
  if (problem.entryId) out.entryId = problem.entryId;
  if (!match) {
    out.source = options.base?.name ?? 'build';
    out.path = problem.path;
    return out;
  }
  const [, collection, indexText, rest] = match;
  const origin = Object.hasOwn(origins, collection!) ? origins[collection!]![Number(indexText)] : undefined;
  if (!origin) {
    out.source = 'build';
    out.path = problem.path;
    return out;
  }
  if (origin.type === 'json') {
    out.source = origin.file;
    out.path = origin.path + rest;
    return out;
  }
  out.source = origin.file;
  out.row = origin.row;
  // Segments of the field path, e.g. ".sites[1].address.postcode" → sites 1 address postcode.
  const segments = rest!
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let fieldSegments = segments;
  let prefix = '';
  if (segments[0] === 'sites' && segments[1] !== undefined && /^\d+$/.test(segments[1])) {
    out.row = origin.siteRows[Number(segments[1])] ?? origin.row;
    // A repeated row holds only its site: when the site is dropped, the whole row is unusable.
    if (out.row !== origin.row && problem.message.endsWith('(item dropped)')) {
      out.severity = 'error';
      out.message = problem.message.replace(/\(item dropped\)$/, '(site dropped: the row cannot be used)');
    }
    fieldSegments = segments.slice(2);
    prefix = 'sites.';
  }
  // The longest field prefix that a column fills.
  const byField = fieldColumns(origin.kind);
  for (let n = fieldSegments.length; n > 0; n--) {
    const key = prefix + fieldSegments.slice(0, n).join('.');
    const canonical = byField.get(key);
    if (!canonical) continue;
    const info = origin.columns.get(canonical) ?? origin.columns.get(key.replace(/^sites\./, '') + (prefix ? '@site' : ''));
    out.column = info?.header ?? canonical;
    if (info) out.columnLetter = columnLetter(info.index);
    // A reading hint for this cell explains the problem better than the validator can.
    const hint = origin.hints.find((h) => !reported.has(h) && h.row === out.row && (h.canonical === canonical || h.field === key));
    if (hint) {
      reported.add(hint);
      for (const other of origin.hints) if (other.row === out.row && other.canonical === hint.canonical) reported.add(other);
      const suffix = SUFFIX.exec(out.message)?.[0] ?? '';
      out.message = hint.message + suffix;
    }
    return out;
  }
  if (rest) out.path = rest.replace(/^\./, '');
  return out;
}
