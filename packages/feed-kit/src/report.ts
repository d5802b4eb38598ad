/**
 * How the feed kit words its findings: one formatter for the command line
 * (`frisklivs-feed validate`, `build`, `merge`, …) and the "check your feed"
 * page in the browser, so both print exactly the same lines.
 *
 * No Node imports here: this module is bundled for the browser too.
 */
import { summarize, validateFeed, type Feed, type Problem, type ValidationResult } from 'frisklivs-widgets/feed';
import { ECHO_LIMIT, terminalText } from './terminal.js';

export { ECHO_LIMIT, quoted, terminalJson, terminalText } from './terminal.js';

/** How many problems are printed (errors first) when nothing else is asked for; the rest are counted. */
export const DEFAULT_MAX_PROBLEMS = 200;
/** A message is cut after this many characters (echoed values are already cut at about 60). */
const MESSAGE_LIMIT = 500;

/** A problem found by the kit: in a JSON document (path) or in a CSV file (row and column). */
export interface KitProblem {
  severity: 'error' | 'warning';
  message: string;
  /** File name or URL the problem was found in. */
  source?: string;
  /** JSON path, e.g. `$.groups[3].schedule.weekday`. */
  path?: string;
  /** CSV row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  /** CSV column: the header name as written in the file. */
  column?: string;
  /** CSV column as a spreadsheet letter (A, B, … AA). */
  columnLetter?: string;
  /** Id of the entry the problem belongs to. */
  entryId?: string;
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Turns a validator problem into a kit problem of one source. */
export function fromValidatorProblem(problem: Problem, source?: string): KitProblem {
  const out: KitProblem = { severity: problem.severity, message: problem.message, path: problem.path };
  if (source !== undefined) out.source = source;
  if (problem.entryId !== undefined) out.entryId = problem.entryId;
  return out;
}

/**
 * One line per problem:
 *   feed.json: error: $.groups[3].schedule.weekday [grp-0004] expected one of MO, …
 *   groups.csv: error: row 5, column weekday (F) [grp-0004] not a weekday: "blah"
 *
 * Every part that can come from a feed or a CSV file (id, header, path, message) goes through
 * `terminalText`: controls and bidi characters escaped, ids and headers cut at about 60
 * characters, the message at 500. The line is always exactly one line.
 */
export function formatProblem(problem: KitProblem): string {
  const where: string[] = [];
  if (problem.row !== undefined) where.push(`row ${problem.row}`);
  if (problem.column !== undefined)
    where.push(`column ${terminalText(problem.column, ECHO_LIMIT)}${problem.columnLetter ? ` (${problem.columnLetter})` : ''}`);
  else if (problem.path !== undefined) {
    const path = terminalText(problem.path, MESSAGE_LIMIT);
    where.push(problem.row !== undefined ? `field ${path}` : path);
  }
  const location = where.length ? `${where.join(', ')} ` : '';
  const entry = problem.entryId ? `[${terminalText(problem.entryId, ECHO_LIMIT)}] ` : '';
  const prefix = problem.source !== undefined ? `${terminalText(problem.source)}: ` : '';
  return `${prefix}${problem.severity}: ${location}${entry}${terminalText(problem.message, MESSAGE_LIMIT)}`;
}

/** What is printed of a list of problems: a bounded selection, and counts of all. */
export interface Findings {
  /** The problems shown, in their original order: errors first chosen, then warnings, at most the limit. */
  shown: KitProblem[];
  /** All problems, shown or not. */
  errors: number;
  warnings: number;
  /** Not shown. */
  omitted: { errors: number; warnings: number };
}

/**
 * At most `limit` problems (0: all), errors chosen before warnings so a flood of warnings cannot
 * hide an error, kept in their original order; only those are converted with `convert`.
 */
export function selectProblems<T extends { severity: 'error' | 'warning' }>(
  problems: readonly T[],
  limit: number = DEFAULT_MAX_PROBLEMS,
  convert: (problem: T) => KitProblem = (problem) => problem as unknown as KitProblem,
): Findings {
  const { errors, warnings } = summarize(problems as unknown as Problem[]);
  const max = limit > 0 ? limit : Infinity;
  const takeErrors = Math.min(errors, max);
  const takeWarnings = Math.min(warnings, max - takeErrors);
  const shown: KitProblem[] = [];
  let e = 0;
  let w = 0;
  for (const problem of problems) {
    if (problem.severity === 'error' ? e++ < takeErrors : w++ < takeWarnings) shown.push(convert(problem));
    if (shown.length >= takeErrors + takeWarnings) break;
  }
  return { shown, errors, warnings, omitted: { errors: errors - takeErrors, warnings: warnings - takeWarnings } };
}

/** "… and 31 000 more problem(s) not shown (30 990 error(s), 10 warning(s))", or undefined when all are shown. */
export function omittedLine(findings: Findings): string | undefined {
  const { errors, warnings } = findings.omitted;
  if (!errors && !warnings) return undefined;
  return `… and ${errors + warnings} more problem(s) not shown (${errors} error(s), ${warnings} warning(s))`;
}

/** "100 centres, 150 groups, …": what a feed holds. */
export function feedCounts(feed: Feed): string {
  return [
    `${feed.centres.length} centres`,
    `${feed.groups.length} groups`,
    `${feed.contactPoints.length} contact points`,
    `${feed.offers.length} offers`,
    `${feed.themes.length} themes`,
    `${feed.municipalities.length} municipalities`,
  ].join(', ');
}

export function countProblems(problems: readonly KitProblem[]): { errors: number; warnings: number } {
  return summarize(problems as Problem[]);
}

/** The closing line: "feed.json: 2 error(s), 1 warning(s); 100 centres, … usable". */
export function summaryLine(
  source: string,
  problems: readonly KitProblem[] | { errors: number; warnings: number },
  feed: Feed | null,
  fatal?: string,
): string {
  const { errors, warnings } = 'errors' in problems ? problems : countProblems(problems);
  const counts = feed ? `${feedCounts(feed)} usable` : `unusable (${fatal ?? 'invalid'})`;
  return `${terminalText(source)}: ${errors} error(s), ${warnings} warning(s); ${counts}`;
}

export interface TextCheck {
  /** The validator's result, or null when the text is not JSON. */
  result: ValidationResult | null;
  /** The problems shown (at most `maxProblems`, errors first), as kit problems of `source`. */
  problems: KitProblem[];
  /** Counts of all problems, shown or not. */
  counts: { errors: number; warnings: number };
  /** Problems not shown. */
  omitted: { errors: number; warnings: number };
  /** Why the document is unusable, when it is: 'json' (not JSON), 'invalid', 'version'. */
  fatal?: string;
  /** One formatted line per problem shown. */
  lines: string[];
  /** "… and N more problem(s) not shown (…)", when some are not shown. */
  more?: string;
  summary: string;
  /** 0 valid (warnings allowed), 1 errors, 2 unreadable (not JSON). */
  exitCode: 0 | 1 | 2;
}

export interface CheckOptions {
  /** At most this many problems are kept and formatted (errors first); 0 keeps all. Default 200. */
  maxProblems?: number;
}

/** Parses and validates a feed's text exactly as `frisklivs-feed validate` does. */
export function checkFeedText(text: string, source: string, options: CheckOptions = {}): TextCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const problems: KitProblem[] = [{ severity: 'error', source, path: '$', message: `not valid JSON: ${(error as Error).message}` }];
    return {
      result: null,
      problems,
      counts: { errors: 1, warnings: 0 },
      omitted: { errors: 0, warnings: 0 },
      fatal: 'json',
      lines: problems.map(formatProblem),
      summary: summaryLine(source, problems, null, 'not JSON'),
      exitCode: 2,
    };
  }
  return checkFeedJson(json, source, options);
}

/**
 * Validates parsed JSON with the one validator and formats the outcome. However many problems
 * the feed has, only `maxProblems` of them are converted and formatted; the rest are counted.
 */
export function checkFeedJson(json: unknown, source: string, options: CheckOptions = {}): TextCheck {
  // All problems kept (the input is bounded by the kit's limits), so errors can be shown before a flood of warnings.
  const result = validateFeed(json, { maxProblems: Infinity });
  const findings = selectProblems(result.problems, options.maxProblems ?? DEFAULT_MAX_PROBLEMS, (p) => fromValidatorProblem(p, source));
  const counts = { errors: findings.errors, warnings: findings.warnings };
  const check: TextCheck = {
    result,
    problems: findings.shown,
    counts,
    omitted: findings.omitted,
    lines: findings.shown.map(formatProblem),
    summary: summaryLine(source, counts, result.feed, result.fatal),
    exitCode: counts.errors ? 1 : 0,
  };
  const more = omittedLine(findings);
  if (more) check.more = more;
  if (result.fatal) check.fatal = result.fatal;
  return check;
}
