/**
 * How the feed kit words its findings: one formatter for the command line
 * (`frisklivs-feed validate`, `build`, `merge`, …) and the "check your feed"
 * page in the browser, so both print exactly the same lines.
 *
 * No Node imports here: this module is bundled for the browser too.
 */
import { summarize, validateFeed, type Feed, type Problem, type ValidationResult } from 'frisklivs-widgets/feed';

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
 */
export function formatProblem(problem: KitProblem): string {
  const where: string[] = [];
  if (problem.row !== undefined) where.push(`row ${problem.row}`);
  if (problem.column !== undefined) where.push(`column ${problem.column}${problem.columnLetter ? ` (${problem.columnLetter})` : ''}`);
  else if (problem.path !== undefined) where.push(problem.row !== undefined ? `field ${problem.path}` : problem.path);
  const location = where.length ? `${where.join(', ')} ` : '';
  const entry = problem.entryId ? `[${problem.entryId}] ` : '';
  const prefix = problem.source !== undefined ? `${problem.source}: ` : '';
  return `${prefix}${problem.severity}: ${location}${entry}${problem.message}`;
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
  problems: readonly KitProblem[],
  feed: Feed | null,
  fatal?: string,
  /** All the validator counted, when it kept only the first problems. */
  allCounts?: { errors: number; warnings: number },
): string {
  const { errors, warnings } = allCounts ?? countProblems(problems);
  const counts = feed ? `${feedCounts(feed)} usable` : `unusable (${fatal ?? 'invalid'})`;
  return `${source}: ${errors} error(s), ${warnings} warning(s); ${counts}`;
}

export interface TextCheck {
  /** The validator's result, or null when the text is not JSON. */
  result: ValidationResult | null;
  problems: KitProblem[];
  /** Why the document is unusable, when it is: 'json' (not JSON), 'invalid', 'version'. */
  fatal?: string;
  /** One formatted line per problem. */
  lines: string[];
  summary: string;
  /** 0 valid (warnings allowed), 1 errors, 2 unreadable (not JSON). */
  exitCode: 0 | 1 | 2;
}

/** Parses and validates a feed's text exactly as `frisklivs-feed validate` does. */
export function checkFeedText(text: string, source: string): TextCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const problems: KitProblem[] = [{ severity: 'error', source, path: '$', message: `not valid JSON: ${(error as Error).message}` }];
    return {
      result: null,
      problems,
      fatal: 'json',
      lines: problems.map(formatProblem),
      summary: summaryLine(source, problems, null, 'not JSON'),
      exitCode: 2,
    };
  }
  return checkFeedJson(json, source);
}

/** Validates parsed JSON with the one validator and formats the outcome. */
export function checkFeedJson(json: unknown, source: string): TextCheck {
  const result = validateFeed(json);
  const problems = result.problems.map((p) => fromValidatorProblem(p, source));
  const { errors } = result.counts;
  const unlisted = result.counts.errors + result.counts.warnings - problems.length;
  const check: TextCheck = {
    result,
    problems,
    lines: [...problems.map(formatProblem), ...(unlisted > 0 ? [`${source}: … and ${unlisted} more problem(s) not listed`] : [])],
    summary: summaryLine(source, problems, result.feed, result.fatal, result.counts),
    exitCode: errors ? 1 : 0,
  };
  if (result.fatal) check.fatal = result.fatal;
  return check;
}
