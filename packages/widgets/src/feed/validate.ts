import { COLLECTIONS, FEED_VERSION, FeedHead, type Feed } from './schema.js';
import { INVALID, type Problem } from './schema-kit.js';

export type { Problem } from './schema-kit.js';

export interface ValidationResult {
  /** The usable feed (only valid entries, only known fields), or null when the document is unusable. */
  feed: Feed | null;
  problems: Problem[];
  /** Why the whole document is unusable, when it is. */
  fatal?: 'invalid' | 'version';
}

type CollectionName = keyof typeof COLLECTIONS;

/** Where each kept entry stood in the document, so later problems name the right path. */
type SourceIndex = WeakMap<object, number>;

/**
 * Validates an untrusted feed document. Document-level faults make the whole
 * feed unusable; a bad entry is skipped with problems naming it and the field;
 * a bad optional detail is dropped with a warning. Unknown fields are ignored.
 */
export function validateFeed(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push({ path: '$', message: 'the feed must be a JSON object', severity: 'error' });
    return { feed: null, problems, fatal: 'invalid' };
  }
  const doc = input as Record<string, unknown>;
  if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > FEED_VERSION) {
    problems.push({
      path: '$.version',
      message: `feed version ${doc.version} is newer than this library understands (${FEED_VERSION}); update frisklivs-widgets`,
      severity: 'error',
    });
    return { feed: null, problems, fatal: 'version' };
  }
  const head = FeedHead.parse(doc, '$', problems);
  if (head === INVALID) return { feed: null, problems, fatal: 'invalid' };

  const feed = { ...head } as Feed;
  const sourceIndex: SourceIndex = new WeakMap();
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const raw = doc[name];
    if (raw === undefined || raw === null) {
      (feed as unknown as Record<string, unknown[]>)[name] = [];
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push({ path: `$.${name}`, message: 'expected an array', severity: 'error' });
      return { feed: null, problems, fatal: 'invalid' };
    }
    (feed as unknown as Record<string, unknown[]>)[name] = parseEntries(name, raw, problems, sourceIndex);
  }
  checkReferences(feed, problems, sourceIndex);
  return { feed, problems };
}

function entryIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const id = record.id ?? record.number;
  return typeof id === 'string' ? id : undefined;
}

function parseEntries(name: CollectionName, raw: unknown[], problems: Problem[], sourceIndex: SourceIndex): unknown[] {
  const check = COLLECTIONS[name];
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const path = `$.${name}[${i}]`;
    const entryProblems: Problem[] = [];
    const parsed = check.parse(raw[i], path, entryProblems);
    const entryId = entryIdOf(raw[i]);
    for (const problem of entryProblems) {
      if (entryId) problem.entryId = entryId;
      if (parsed === INVALID && problem.severity === 'error') problem.message += ' (entry skipped)';
      problems.push(problem);
    }
    if (parsed === INVALID) continue;
    const key = entryId!;
    if (seen.has(key)) {
      problems.push({ path: `${path}.id`, message: `duplicate id "${key}" (entry skipped)`, severity: 'error', entryId: key });
      continue;
    }
    seen.add(key);
    sourceIndex.set(parsed as object, i);
    out.push(parsed);
  }
  return out;
}

/** Cross-references: a required reference to an unknown id skips the entry, an optional one is dropped. */
function checkReferences(feed: Feed, problems: Problem[], sourceIndex: SourceIndex): void {
  const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
  const offers = ids(feed.offers);
  const themes = ids(feed.themes);
  const contactPoints = ids(feed.contactPoints);
  const centres = ids(feed.centres);
  const municipalities = new Set(feed.municipalities.map((m) => m.number));
  const knowsMunicipalities = municipalities.size > 0;
  const report = (path: string, entryId: string, message: string, severity: Problem['severity']) =>
    problems.push({ path, entryId, message, severity });

  feed.centres = feed.centres.filter((centre) => {
    const path = `$.centres[${sourceIndex.get(centre)}]`;
    const unknownOffers = centre.offers.filter((offer) => !offers.has(offer));
    for (const offer of unknownOffers) report(`${path}.offers`, centre.id, `unknown offer "${offer}" (dropped)`, 'warning');
    centre.offers = centre.offers.filter((offer) => offers.has(offer));
    if (knowsMunicipalities) {
      if (!municipalities.has(centre.hostMunicipality)) {
        report(`${path}.hostMunicipality`, centre.id, `unknown municipality "${centre.hostMunicipality}" (entry skipped)`, 'error');
        return false;
      }
      for (const number of centre.municipalities.filter((n) => !municipalities.has(n))) {
        report(`${path}.municipalities`, centre.id, `unknown municipality "${number}" (dropped)`, 'warning');
      }
      centre.municipalities = centre.municipalities.filter((n) => municipalities.has(n));
    }
    return true;
  });

  for (const point of feed.contactPoints) {
    if (point.centre && !centres.has(point.centre)) {
      report(`$.contactPoints[${sourceIndex.get(point)}].centre`, point.id, `unknown centre "${point.centre}" (dropped)`, 'warning');
      delete point.centre;
    }
  }

  feed.groups = feed.groups.filter((group) => {
    const path = `$.groups[${sourceIndex.get(group)}]`;
    if (!contactPoints.has(group.contactPoint)) {
      report(`${path}.contactPoint`, group.id, `unknown contact point "${group.contactPoint}" (entry skipped)`, 'error');
      return false;
    }
    if (!themes.has(group.theme)) {
      report(`${path}.theme`, group.id, `unknown theme "${group.theme}" (entry skipped)`, 'error');
      return false;
    }
    if (group.municipality && knowsMunicipalities && !municipalities.has(group.municipality)) {
      report(`${path}.municipality`, group.id, `unknown municipality "${group.municipality}" (entry skipped)`, 'error');
      return false;
    }
    return true;
  });
}

/** Counts of errors and warnings, for summaries. */
export function summarize(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
