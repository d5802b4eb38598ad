import { COLLECTIONS, FEED_VERSION, FeedHead, type Feed, type FeedHead as FeedHeadType } from './schema.js';
import { INVALID, type Problem } from './schema-kit.js';

export type { Problem } from './schema-kit.js';

/**
 * What one feed may cost a reader's browser. A document beyond these is refused as invalid (the elements show their
 * "the data source has errors" message) instead of freezing the page: 100 000 empty groups once blocked the main
 * thread for 12–16 s, and 1 000 000 never rendered.
 */
export const FEED_LIMITS = {
  /** Detailed problems kept (and logged); the rest are only counted. */
  maxProblems: 200,
  /** Entries in any one collection (the largest real directory has a few thousand groups). */
  maxEntries: 50_000,
  /** Characters of feed text (a 10 000-group feed is about 10 million). */
  maxCharacters: 30_000_000,
  /** Characters of any one JSON string, known field or not (the longest field allows 10 000). */
  maxStringLength: 100_000,
} as const;

export interface ValidationResult {
  /** The usable feed (only valid entries, only known fields), or null when the document is unusable. */
  feed: Feed | null;
  /** The first problems found, at most `maxProblems` of them (see `counts` for all). */
  problems: Problem[];
  /** How many problems there were in all, including those not kept in `problems`. */
  counts: { errors: number; warnings: number };
  /** Why the whole document is unusable, when it is. */
  fatal?: 'invalid' | 'version';
}

export interface ValidateOptions {
  /**
   * The feed's own absolute URL. When given, `resources.postcodes` is kept only when it points to the feed's own
   * origin (the browser contacts no other host); without it, only a relative reference is kept.
   */
  feedUrl?: string;
  /** How many detailed problems to keep (default `FEED_LIMITS.maxProblems`). */
  maxProblems?: number;
}

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Where each kept entry stood in the document, so later problems name the right path. */
type SourceIndex = WeakMap<object, number>;

/** Keeps the first problems and counts every one. */
class ProblemLog {
  readonly list: Problem[] = [];
  errors = 0;
  warnings = 0;
  constructor(private readonly max: number) {}
  add(problem: Problem): void {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
    if (this.list.length < this.max) this.list.push(problem);
  }
  get counts() {
    return { errors: this.errors, warnings: this.warnings };
  }
}

/**
 * Validates a feed entry by entry, in any order, so a loader can feed it as the document arrives (in slices,
 * between which the page stays responsive); `validateFeed` is the same check in one call.
 */
export class FeedValidator {
  private readonly log: ProblemLog;
  private readonly kept = new Map<CollectionName, unknown[]>();
  private readonly seen = new Map<CollectionName, Set<string>>();
  private readonly sourceIndex: SourceIndex = new WeakMap();
  private readonly notArrays = new Set<CollectionName>();
  /** Entries seen per collection, valid or not. */
  private readonly entries = new Map<CollectionName, number>();
  private tooMany?: CollectionName;

  constructor(private readonly options: ValidateOptions = {}) {
    this.log = new ProblemLog(options.maxProblems ?? FEED_LIMITS.maxProblems);
  }

  /** A collection's array begins (again: a repeated key in JSON means the last one counts). */
  startCollection(name: CollectionName): void {
    this.kept.set(name, []);
    this.seen.set(name, new Set());
    this.entries.set(name, 0);
  }

  /** A collection's value is not an array: the document is unusable. */
  notAnArray(name: CollectionName): void {
    this.notArrays.add(name);
  }

  /** Checks the entry at `index` of collection `name`; a bad one is skipped with problems naming it and the field. */
  entry(name: CollectionName, index: number, raw: unknown): void {
    if (!this.kept.has(name)) this.startCollection(name);
    const out = this.kept.get(name)!;
    const count = (this.entries.get(name) ?? 0) + 1;
    this.entries.set(name, count);
    if (count > FEED_LIMITS.maxEntries) {
      this.tooMany ??= name;
      return;
    }
    const path = `$.${name}[${index}]`;
    const entryProblems: Problem[] = [];
    const parsed = COLLECTIONS[name].parse(raw, path, entryProblems);
    const entryId = entryIdOf(raw);
    for (const problem of entryProblems) {
      if (entryId) problem.entryId = entryId;
      if (parsed === INVALID && problem.severity === 'error') problem.message += ' (entry skipped)';
      this.log.add(problem);
    }
    if (parsed === INVALID) return;
    const key = entryId!;
    const seen = this.seen.get(name)!;
    if (seen.has(key)) {
      this.log.add({ path: `${path}.id`, message: `duplicate id "${key}" (entry skipped)`, severity: 'error', entryId: key });
      return;
    }
    seen.add(key);
    this.sourceIndex.set(parsed as object, index);
    out.push(parsed);
  }

  private head?: ReturnType<typeof FeedHead.parse>;
  private headProblems: Problem[] = [];
  private fatal?: 'invalid' | 'version';

  /**
   * Checks the document's head (every member except the collections). Called before the entries when the whole
   * document is at hand (its problems then come first), else by `finish`. Returns why the document is unusable.
   */
  checkHead(doc: Record<string, unknown>): 'invalid' | 'version' | undefined {
    if (this.head !== undefined) return this.fatal;
    if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > FEED_VERSION) {
      this.headProblems = [
        {
          path: '$.version',
          message: `feed version ${doc.version} is newer than this library understands (${FEED_VERSION}); update frisklivs-widgets`,
          severity: 'error',
        },
      ];
      this.head = INVALID;
      return (this.fatal = 'version');
    }
    this.head = FeedHead.parse(doc, '$', this.headProblems);
    if (this.head === INVALID) this.fatal = 'invalid';
    else for (const problem of this.headProblems) this.log.add(problem);
    return this.fatal;
  }

  /** The result: the head, the kept entries and the references between them checked. */
  finish(doc: Record<string, unknown>): ValidationResult {
    const problems = this.log;
    const refuse = (fatal: 'invalid' | 'version'): ValidationResult => ({
      feed: null,
      problems: problems.list,
      counts: problems.counts,
      fatal,
    });
    const fatal = this.checkHead(doc);
    // An unusable head is the whole story: its problems alone, as entries were never looked at.
    if (fatal) return { feed: null, problems: this.headProblems, counts: summarize(this.headProblems), fatal };
    const notArray = COLLECTION_NAMES.find((name) => this.notArrays.has(name));
    if (notArray) {
      problems.add({ path: `$.${notArray}`, message: 'expected an array', severity: 'error' });
      return refuse('invalid');
    }
    const feed = { ...(this.head as FeedHeadType) } as Feed;
    if (feed.resources) feed.resources = { ...feed.resources };
    checkPostcodesUrl(feed, this.options.feedUrl, problems);
    if (this.tooMany) {
      problems.add({
        path: `$.${this.tooMany}`,
        message: `more than ${FEED_LIMITS.maxEntries} entries: beyond what a reader's browser should be asked to handle`,
        severity: 'error',
      });
      return refuse('invalid');
    }
    for (const name of COLLECTION_NAMES) (feed as unknown as Record<string, unknown[]>)[name] = this.kept.get(name) ?? [];
    checkReferences(feed, problems, this.sourceIndex);
    return { feed, problems: problems.list, counts: problems.counts };
  }
}

/**
 * Validates an untrusted feed document. Document-level faults make the whole
 * feed unusable; a bad entry is skipped with problems naming it and the field;
 * a bad optional detail is dropped with a warning. Unknown fields are ignored.
 */
export function validateFeed(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const validator = new FeedValidator(options);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const problem: Problem = { path: '$', message: 'the feed must be a JSON object', severity: 'error' };
    return { feed: null, problems: [problem], counts: { errors: 1, warnings: 0 }, fatal: 'invalid' };
  }
  const doc = input as Record<string, unknown>;
  if (!validator.checkHead(doc)) {
    for (const name of COLLECTION_NAMES) {
      const raw = doc[name];
      if (raw === undefined || raw === null) continue;
      if (!Array.isArray(raw)) {
        validator.notAnArray(name);
        continue;
      }
      validator.startCollection(name);
      // One past the limit is enough to refuse.
      const end = Math.min(raw.length, FEED_LIMITS.maxEntries + 1);
      for (let i = 0; i < end; i++) validator.entry(name, i, raw[i]);
    }
  }
  return validator.finish(doc);
}

function entryIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const id = record.id ?? record.number;
  return typeof id === 'string' ? id : undefined;
}

/**
 * `resources.postcodes` makes readers' browsers fetch a URL: only one on the feed's own origin is followed (a
 * relative reference always is), so a feed cannot make the page call a third party.
 */
function checkPostcodesUrl(feed: Feed, feedUrl: string | undefined, problems: ProblemLog): void {
  const reference = feed.resources?.postcodes;
  if (!reference) return;
  let allowed: boolean;
  try {
    if (feedUrl) {
      const base = new URL(feedUrl);
      const target = new URL(reference, base);
      // A blob: URL is one the page made itself: it names no host to contact.
      allowed = target.origin === base.origin && ['https:', 'http:', 'blob:'].includes(target.protocol);
    } else {
      // Without the feed's URL (a file on disk), only a reference relative to the feed is sure to stay on its host.
      allowed = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference);
    }
  } catch {
    allowed = false;
  }
  if (allowed) return;
  problems.add({
    path: '$.resources.postcodes',
    message: `"${reference.slice(0, 60)}" is not on the feed's own host; readers' browsers contact no other (dropped)`,
    severity: 'warning',
  });
  delete feed.resources!.postcodes;
}

/** Cross-references: a required reference to an unknown id skips the entry, an optional one is dropped. */
function checkReferences(feed: Feed, problems: ProblemLog, sourceIndex: SourceIndex): void {
  const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
  const offers = ids(feed.offers);
  const themes = ids(feed.themes);
  const contactPoints = ids(feed.contactPoints);
  const centres = ids(feed.centres);
  const municipalities = new Set(feed.municipalities.map((m) => m.number));
  const knowsMunicipalities = municipalities.size > 0;
  const report = (path: string, entryId: string, message: string, severity: Problem['severity']) =>
    problems.add({ path, entryId, message, severity });

  feed.centres = feed.centres.filter((centre) => {
    // The path is spelled out only for a problem (10 000 entries: most of the time this took).
    const path = () => `$.centres[${sourceIndex.get(centre)}]`;
    const unknownOffers = centre.offers.filter((offer) => !offers.has(offer));
    for (const offer of unknownOffers) report(`${path()}.offers`, centre.id, `unknown offer "${offer}" (dropped)`, 'warning');
    centre.offers = centre.offers.filter((offer) => offers.has(offer));
    if (knowsMunicipalities) {
      if (!municipalities.has(centre.hostMunicipality)) {
        report(`${path()}.hostMunicipality`, centre.id, `unknown municipality "${centre.hostMunicipality}" (entry skipped)`, 'error');
        return false;
      }
      for (const number of centre.municipalities.filter((n) => !municipalities.has(n))) {
        report(`${path()}.municipalities`, centre.id, `unknown municipality "${number}" (dropped)`, 'warning');
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
    const path = () => `$.groups[${sourceIndex.get(group)}]`;
    if (!contactPoints.has(group.contactPoint)) {
      report(`${path()}.contactPoint`, group.id, `unknown contact point "${group.contactPoint}" (entry skipped)`, 'error');
      return false;
    }
    if (!themes.has(group.theme)) {
      report(`${path()}.theme`, group.id, `unknown theme "${group.theme}" (entry skipped)`, 'error');
      return false;
    }
    if (group.municipality && knowsMunicipalities && !municipalities.has(group.municipality)) {
      report(`${path()}.municipality`, group.id, `unknown municipality "${group.municipality}" (entry skipped)`, 'error');
      return false;
    }
    return true;
  });
}

/** Counts of errors and warnings, for summaries (of a result's kept problems; `ValidationResult.counts` has all). */
export function summarize(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
