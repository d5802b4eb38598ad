/**
 * `frisklivs-feed merge`: several feeds (or parts of feeds: a national list of
 * centres, the group lists of several contact points) into one.
 *
 * Every entry is checked with the feed's own entry checks; entries with the
 * same id that are identical are merged silently; entries with the same id
 * that differ are a conflict, reported with both sources and the fields that
 * differ, and never overwritten unless `prefer` says which source wins. The
 * merged document then goes through the one feed validator (references across
 * sources are checked there).
 *
 * No Node imports.
 */
import { COLLECTIONS, FEED_VERSION, FeedHead, INVALID, validateFeed, type Feed, type Problem } from 'frisklivs-widgets/feed';
import type { KitProblem } from './report.js';
import { quoted } from './terminal.js';

export interface MergeSource {
  name: string;
  doc: unknown;
}

export interface MergeOptions {
  /** On a conflict keep the entry of the first or of the last source (reported as a warning). */
  prefer?: 'first' | 'last';
  publisher?: { name?: string; url?: string; email?: string };
  generatedAt?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface Conflict {
  collection: string;
  id: string;
  first: { source: string; path: string };
  second: { source: string; path: string };
  /** Paths (inside the entry) whose values differ, at most ten. */
  fields: string[];
}

export interface MergeResult {
  feed: Feed | null;
  problems: KitProblem[];
  conflicts: Conflict[];
  /** Entries found in more than one source with the same content. */
  identical: number;
}

type CollectionName = keyof typeof COLLECTIONS;
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** JSON with sorted keys: equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Paths where two JSON values differ. */
export function differingPaths(a: unknown, b: unknown, path = '', out: string[] = [], limit = 10): string[] {
  if (out.length >= limit) return out;
  const objectish = (v: unknown) => typeof v === 'object' && v !== null;
  if (objectish(a) && objectish(b) && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      out.push(path || '(entry)');
      return out;
    }
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const key of [...keys].sort()) {
      const child = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      differingPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child, out, limit);
    }
    return out;
  }
  if (canonicalJson(a) !== canonicalJson(b)) out.push(path || '(entry)');
  return out;
}

const keyOf = (name: CollectionName, entry: Record<string, unknown>) => String(name === 'municipalities' ? entry.number : entry.id);

export function mergeFeeds(sources: MergeSource[], options: MergeOptions = {}): MergeResult {
  const problems: KitProblem[] = [];
  const conflicts: Conflict[] = [];
  let identical = 0;
  const merged: Record<string, Record<string, unknown>[]> = {};
  const origins: Record<string, { source: string; path: string }[]> = {};
  const index: Record<string, Map<string, number>> = {};
  for (const name of NAMES) {
    merged[name] = [];
    origins[name] = [];
    index[name] = new Map();
  }
  let head: Record<string, unknown> | undefined;
  const attribution: string[] = [];
  const total = sources.reduce((n, s) => n + NAMES.reduce((m, name) => m + (arrayOf(s.doc, name)?.length ?? 0), 0), 0);
  let done = 0;

  for (const source of sources) {
    const doc = source.doc;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      problems.push({ severity: 'error', source: source.name, path: '$', message: 'a feed must be a JSON object (source skipped)' });
      continue;
    }
    const record = doc as Record<string, unknown>;
    if (typeof record.version === 'number' && record.version > FEED_VERSION) {
      problems.push({
        severity: 'error',
        source: source.name,
        path: '$.version',
        message: `feed version ${record.version} is newer than this tool understands (${FEED_VERSION}); update frisklivs-widgets (source skipped)`,
      });
      continue;
    }
    // The head: the first source that has a valid one; attribution lines from all.
    if (record.publisher !== undefined || record.generatedAt !== undefined) {
      const headProblems: Problem[] = [];
      const parsed = FeedHead.parse({ version: FEED_VERSION, ...record }, '$', headProblems);
      if (parsed === INVALID) {
        for (const p of headProblems)
          problems.push({
            severity: 'warning',
            source: source.name,
            path: p.path,
            message: `${p.message} (this source's head is not used)`,
          });
      } else {
        head ??= parsed as Record<string, unknown>;
        for (const line of parsed.attribution ?? []) if (!attribution.includes(line)) attribution.push(line);
      }
    }
    for (const name of NAMES) {
      const raw = record[name];
      if (raw === undefined || raw === null) continue;
      if (!Array.isArray(raw)) {
        problems.push({ severity: 'error', source: source.name, path: `$.${name}`, message: 'expected an array (collection skipped)' });
        continue;
      }
      const check = COLLECTIONS[name];
      raw.forEach((entry, i) => {
        done++;
        if (done % 2000 === 0) options.onProgress?.(done, total);
        const path = `$.${name}[${i}]`;
        const entryProblems: Problem[] = [];
        const parsed = check.parse(entry, path, entryProblems);
        const entryId =
          typeof entry === 'object' && entry !== null
            ? ((entry as Record<string, unknown>).id ?? (entry as Record<string, unknown>).number)
            : undefined;
        for (const p of entryProblems) {
          const out: KitProblem = {
            severity: p.severity,
            source: source.name,
            path: p.path,
            message: parsed === INVALID && p.severity === 'error' ? `${p.message} (entry skipped)` : p.message,
          };
          if (typeof entryId === 'string') out.entryId = entryId;
          problems.push(out);
        }
        if (parsed === INVALID) return;
        const value = parsed as Record<string, unknown>;
        const key = keyOf(name, value);
        const at = index[name]!.get(key);
        if (at === undefined) {
          index[name]!.set(key, merged[name]!.length);
          merged[name]!.push(value);
          origins[name]!.push({ source: source.name, path });
          return;
        }
        const existing = merged[name]![at]!;
        if (canonicalJson(existing) === canonicalJson(value)) {
          identical++;
          return;
        }
        const conflict: Conflict = {
          collection: name,
          id: key,
          first: origins[name]![at]!,
          second: { source: source.name, path },
          fields: differingPaths(existing, value),
        };
        conflicts.push(conflict);
        const where = `${conflict.first.source} (${conflict.first.path}) and ${source.name} (${path}) differ in ${conflict.fields.join(', ')}`;
        if (options.prefer === 'last') {
          merged[name]![at] = value;
          origins[name]![at] = { source: source.name, path };
          problems.push({
            severity: 'warning',
            source: source.name,
            path,
            entryId: key,
            message: `conflicting ${name} id ${quoted(key)}: ${where}; the last (${source.name}) is kept (--prefer last)`,
          });
        } else if (options.prefer === 'first') {
          problems.push({
            severity: 'warning',
            source: source.name,
            path,
            entryId: key,
            message: `conflicting ${name} id ${quoted(key)}: ${where}; the first (${conflict.first.source}) is kept (--prefer first)`,
          });
        } else {
          problems.push({
            severity: 'error',
            source: source.name,
            path,
            entryId: key,
            message: `conflicting ${name} id ${quoted(key)}: ${where}; neither is overwritten (give --prefer first or --prefer last to choose)`,
          });
        }
      });
    }
  }
  options.onProgress?.(done, total);

  const doc: Record<string, unknown> = { version: FEED_VERSION };
  const publisher = { ...((head?.publisher as Record<string, unknown>) ?? {}) };
  if (options.publisher?.name) publisher.name = options.publisher.name;
  if (options.publisher?.url) publisher.url = options.publisher.url;
  if (options.publisher?.email) publisher.email = options.publisher.email;
  if (!publisher.name)
    problems.push({
      severity: 'error',
      source: 'merge',
      path: '$.publisher.name',
      message: 'no source has a publisher: give --publisher "Name"',
    });
  doc.publisher = publisher;
  doc.generatedAt = options.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  if (attribution.length) doc.attribution = attribution;
  if (head?.resources) doc.resources = head.resources;
  for (const name of NAMES) doc[name] = merged[name];

  const result = validateFeed(doc, { maxProblems: Infinity }); // every problem: the kit chooses what to print
  for (const problem of result.problems) {
    if (problem.path === '$.publisher.name' && !publisher.name) continue;
    const match = /^\$\.(\w+)\[(\d+)\](.*)$/.exec(problem.path);
    const origin = match ? origins[match[1]!]?.[Number(match[2])] : undefined;
    const out: KitProblem = origin
      ? {
          severity: problem.severity,
          source: origin.source,
          path: origin.path + match![3],
          message: `${problem.message} (in the merged feed)`,
        }
      : { severity: problem.severity, source: 'merged', path: problem.path, message: problem.message };
    if (problem.entryId) out.entryId = problem.entryId;
    problems.push(out);
  }
  return { feed: result.feed, problems, conflicts, identical };
}

function arrayOf(doc: unknown, name: string): unknown[] | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const value = (doc as Record<string, unknown>)[name];
  return Array.isArray(value) ? value : undefined;
}
