/**
 * frisklivs-feed — build, check, merge, export and describe the shared feed.
 *
 *   frisklivs-feed validate FILE|URL …
 *   frisklivs-feed build --centres centres.csv --groups groups.csv --contact-points contact-points.csv --out feed.json
 *   frisklivs-feed merge a.json b.json … --out merged.json [--prefer first|last]
 *   frisklivs-feed export --format hsds feed.json --out hsds.json
 *   frisklivs-feed import --format hsds hsds.json --out feed.json
 *   frisklivs-feed stats feed.json
 *
 * Exit codes: 0 done (warnings allowed), 1 problems that make entries or the
 * result unusable, 2 wrong usage or an unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validateFeed } from 'frisklivs-widgets/feed';
import type { Feed } from 'frisklivs-widgets/feed';
import { buildFeed, type CsvInput } from './build.js';
import { exportHsds, importHsds } from './hsds.js';
import { mergeFeeds, type MergeSource } from './merge.js';
import { computeStats, formatStats } from './stats.js';
import {
  DEFAULT_MAX_PROBLEMS,
  checkFeedJson,
  feedCounts,
  formatProblem,
  omittedLine,
  selectProblems,
  summaryLine,
  type Findings,
  type KitProblem,
} from './report.js';
import { quoted, terminalJson, terminalText } from './terminal.js';
import { progress, readBytes, readJson, SourceError, Stopwatch, writeText, type Io } from './io.js';
import { ByteBudget, InputLimitError, MAX_CSV_ROWS, MAX_INPUT_BYTES, MAX_LIST_ENTRIES, megabytes } from './limits.js';

const USAGE = `frisklivs-feed <command> [options]

Commands:
  validate FILE|URL …            check feeds; every problem with its JSON path, then a summary
  build --centres FILE --groups FILE --contact-points FILE [--offers FILE] [--themes FILE]
        [--municipalities FILE] [--base FEED] [--publisher NAME] --out FILE
                                 CSV files (; or , separated, UTF-8 or Windows-1252) to a feed
  merge FEED FEED … --out FILE [--prefer first|last]
                                 several feeds into one; conflicting ids are reported
  export --format hsds FEED --out FILE
                                 the feed as Open Referral HSDS 3.0 (tabular JSON)
  import --format hsds FILE --out FILE
                                 an HSDS 3.0 export back to a feed
  stats FEED                     counts, coverage and the oldest last-verified dates

Options:
  --out FILE           where to write (default: standard output)
  --allow-partial      write the result and exit 0 even if some rows or entries could not be used
  --json               validate, stats: print JSON instead of text
  --compact            write JSON without indentation
  --verbose            more detail, with timing
  --quiet              only the summary line (validate) / no file notes and progress
  --max-problems N     print at most N problems, errors first (default ${DEFAULT_MAX_PROBLEMS}; 0 prints all); the rest are counted
  --help, --version

Exit codes: 0 done (warnings allowed), 1 errors, 2 wrong usage, unreadable input or an input over the limits.
Limits: ${megabytes(MAX_INPUT_BYTES)} of input per command (per feed for validate), ${MAX_CSV_ROWS} rows per CSV file,
${MAX_LIST_ENTRIES} entries in any one list of a JSON input.
Documentation: README.md of frisklivs-feed; CSV columns: templates/README.md.`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  centres: { type: 'string' },
  groups: { type: 'string' },
  'contact-points': { type: 'string' },
  offers: { type: 'string' },
  themes: { type: 'string' },
  municipalities: { type: 'string' },
  base: { type: 'string' },
  publisher: { type: 'string' },
  'publisher-url': { type: 'string' },
  'publisher-email': { type: 'string' },
  'publisher-report-url': { type: 'string' },
  'generated-at': { type: 'string' },
  prefer: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  'max-problems': { type: 'string' },
  'allow-partial': { type: 'boolean' },
  json: { type: 'boolean' },
  compact: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

class UsageError extends Error {}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The default terminal I/O. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: !!process.stderr.isTTY,
    cwd: process.cwd(),
    readStdin: async (max = Infinity) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > max) break; // over the limit: what came is enough to refuse it
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** Runs one command; returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] };
  } catch (error) {
    io.stderr(`frisklivs-feed: ${terminalText((error as Error).message, 500)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const [command, ...args] = positionals;
  if (values.help || !command || command === 'help') {
    (command || values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const commands: Record<string, (args: string[], values: Values, io: Io, budget: ByteBudget) => Promise<number>> = {
    validate: runValidate,
    build: runBuild,
    merge: runMerge,
    export: runExport,
    import: runImport,
    stats: runStats,
  };
  const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run) {
    io.stderr(`frisklivs-feed: unknown command ${quoted(command)}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await run(args, values, io, new ByteBudget());
  } catch (error) {
    if (error instanceof UsageError || error instanceof SourceError || error instanceof InputLimitError) {
      io.stderr(`frisklivs-feed ${command}: ${terminalText(error.message, 500)}${error instanceof InputLimitError ? LIMITS_NOTE : ''}\n`);
      return 2;
    }
    // An input within the limits that still does not fit in memory: a refusal, not a stack trace.
    if (error instanceof RangeError && /invalid (string|array|typed array) length|allocation failed|call stack size/i.test(error.message)) {
      io.stderr(`frisklivs-feed ${command}: the input is too large to process (${terminalText(error.message, 200)})${LIMITS_NOTE}\n`);
      return 2;
    }
    throw error;
  }
}

/** JSON as written: C1 controls, bidi characters and line separators in feed text as \u escapes (the same JSON value). */
const json = (value: unknown, values: Values) => `${terminalJson(JSON.stringify(value, null, values.compact ? undefined : 2))}\n`;

/** --max-problems: a whole number, 0 for all. */
function maxProblems(values: Values): number {
  const text = values['max-problems'];
  if (text === undefined) return DEFAULT_MAX_PROBLEMS;
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--max-problems is a whole number (0 prints all), not ${quoted(text)}`);
  return Number(text);
}

/** Prints a bounded selection of the problems (errors first), then a line counting the rest. */
function printProblems(problems: readonly KitProblem[] | Findings, io: Io, to: 'stdout' | 'stderr', values: Values): Findings {
  const findings = 'shown' in problems ? problems : selectProblems(problems, maxProblems(values));
  const write = to === 'stdout' ? io.stdout : io.stderr;
  const lines = findings.shown.map(formatProblem);
  const more = omittedLine(findings);
  if (more) lines.push(`${more}; give --max-problems 0 to print them all`);
  // In chunks, so a long list is never one huge string.
  for (let i = 0; i < lines.length; i += 1000) write(`${lines.slice(i, i + 1000).join('\n')}\n`);
  return findings;
}

const LIMITS_NOTE = ` (limits: ${megabytes(MAX_INPUT_BYTES)} of input per command, ${MAX_CSV_ROWS} rows per CSV file, ${MAX_LIST_ENTRIES} entries per list; see README.md)`;

/** Names the input in a read error. */
function named(error: unknown, source: string): unknown {
  if (error instanceof SourceError) return new SourceError(`${source}: ${error.message}`);
  if (error instanceof InputLimitError) return new InputLimitError(`${source}: ${error.message}`);
  return error;
}

async function readSourceJson(source: string, io: Io, budget: ByteBudget): Promise<unknown> {
  try {
    return await readJson(source, io, budget);
  } catch (error) {
    throw named(error, source);
  }
}

// ---------------------------------------------------------------------------

async function runValidate(args: string[], values: Values, io: Io): Promise<number> {
  // Each feed is read, checked and let go before the next: the byte limit is per feed.
  if (!args.length) throw new UsageError('give one or more feed files or URLs: frisklivs-feed validate feed.json');
  const limit = maxProblems(values);
  let worst = 0;
  const reports: unknown[] = [];
  for (const source of args) {
    const watch = new Stopwatch();
    let doc: unknown;
    try {
      doc = await readJson(source, io, new ByteBudget());
    } catch (error) {
      if (!(error instanceof SourceError || error instanceof InputLimitError)) throw error;
      const message = error instanceof InputLimitError ? `refused: ${error.message}${LIMITS_NOTE}` : error.message;
      const problem: KitProblem = { severity: 'error', source, path: '$', message };
      if (values.json) reports.push({ source, readable: false, errors: 1, warnings: 0, problems: [problem] });
      else io.stdout(`${formatProblem(problem)}\n${summaryLine(source, [problem], null, 'unreadable')}\n`);
      worst = 2;
      continue;
    }
    watch.lap('read');
    const check = checkFeedJson(doc, source, { maxProblems: limit });
    watch.lap('validate');
    if (values.json) {
      reports.push({
        source,
        readable: true,
        ...check.counts,
        fatal: check.fatal ?? null,
        problems: check.problems,
        omitted: check.omitted,
      });
    } else {
      if (!values.quiet) printProblems({ shown: check.problems, ...check.counts, omitted: check.omitted }, io, 'stdout', values);
      io.stdout(`${check.summary}\n`);
      if (values.verbose) io.stderr(`${source}: ${watch.line()}\n`);
    }
    worst = Math.max(worst, check.exitCode);
  }
  if (values.json) io.stdout(json(args.length === 1 ? reports[0] : reports, values));
  return worst;
}

// ---------------------------------------------------------------------------

async function runBuild(args: string[], values: Values, io: Io, budget: ByteBudget): Promise<number> {
  if (args.length)
    throw new UsageError(`unexpected argument ${quoted(args[0])} (the CSV files are given with --centres, --groups, --contact-points)`);
  if (!values.centres && !values.groups && !values['contact-points'] && !values.offers && !values.themes) {
    throw new UsageError('give at least one of --centres, --groups, --contact-points (see templates/README.md)');
  }
  const watch = new Stopwatch();
  const csv = async (path: string | undefined): Promise<CsvInput | undefined> => {
    if (!path) return undefined;
    try {
      return { name: path, bytes: await readBytes(path, io, budget) };
    } catch (error) {
      throw named(error, path);
    }
  };
  const options: Parameters<typeof buildFeed>[0] = {};
  const [centres, groups, contactPoints, offers, themes] = await Promise.all([
    csv(values.centres),
    csv(values.groups),
    csv(values['contact-points']),
    csv(values.offers),
    csv(values.themes),
  ]);
  if (centres) options.centres = centres;
  if (groups) options.groups = groups;
  if (contactPoints) options.contactPoints = contactPoints;
  if (offers) options.offers = offers;
  if (themes) options.themes = themes;
  if (values.base) options.base = { name: values.base, doc: await readSourceJson(values.base, io, budget) };
  if (values.municipalities)
    options.municipalities = { name: values.municipalities, doc: await readSourceJson(values.municipalities, io, budget) };
  const publisher = publisherOf(values);
  if (publisher) options.publisher = publisher;
  if (values['generated-at']) options.generatedAt = values['generated-at'];
  const bar = progress(io, 'build', !values.quiet);
  options.onProgress = (done, total) => bar.update(done, total, 'rows');
  watch.lap('read files');

  const result = buildFeed(options);
  bar.end();
  for (const [name, ms] of Object.entries(result.timings)) watch.add(name === 'read' ? 'decode+parse' : name, ms);
  if (!values.quiet) {
    for (const file of result.files) {
      io.stderr(
        `${terminalText(file.name)}: ${file.rows} row(s) → ${file.entries} ${file.kind}; ${file.encoding}, separator "${file.separator === '\t' ? 'tab' : file.separator}"\n`,
      );
    }
    for (const [collection, n] of Object.entries(result.replaced))
      io.stderr(`${terminalText(values.base)}: ${n} ${collection} replaced by CSV rows with the same id\n`);
  }
  return finish('build', result.feed, result.problems, values, io, watch, (feed) => json(feed, values));
}

/** Prints the problems and the summary; writes the result unless errors stop it. */
async function finish(
  command: string,
  feed: Feed | null,
  problems: readonly KitProblem[] | Findings,
  values: Values,
  io: Io,
  watch: Stopwatch,
  render: (feed: Feed) => string,
  counts?: string,
): Promise<number> {
  const { errors, warnings } = printProblems(problems, io, 'stderr', values);
  const target = values.out === undefined ? 'standard output' : terminalText(values.out);
  let written = false;
  if (feed && (!errors || values['allow-partial'])) {
    const text = render(feed);
    watch.lap('render');
    await writeText(values.out, text, io);
    watch.lap('write');
    written = true;
  }
  const what = feed ? (counts ?? feedCounts(feed)) : 'no usable feed';
  const outcome = written
    ? `written to ${target}`
    : feed
      ? `NOT written (errors; give --allow-partial to write the usable part)`
      : 'nothing written';
  io.stderr(`${command}: ${errors} error(s), ${warnings} warning(s); ${what}; ${outcome}\n`);
  if (values.verbose) io.stderr(`${command}: ${watch.line()}\n`);
  if (!feed) return 1;
  return errors && !values['allow-partial'] ? 1 : 0;
}

function publisherOf(values: Values) {
  if (!values.publisher && !values['publisher-url'] && !values['publisher-email'] && !values['publisher-report-url']) return undefined;
  return {
    ...(values.publisher ? { name: values.publisher } : {}),
    ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}),
    ...(values['publisher-email'] ? { email: values['publisher-email'] } : {}),
    ...(values['publisher-report-url'] ? { reportUrl: values['publisher-report-url'] } : {}),
  };
}

// ---------------------------------------------------------------------------

async function runMerge(args: string[], values: Values, io: Io, budget: ByteBudget): Promise<number> {
  if (args.length < 2) throw new UsageError('give two or more feeds: frisklivs-feed merge a.json b.json --out merged.json');
  if (values.prefer !== undefined && values.prefer !== 'first' && values.prefer !== 'last')
    throw new UsageError('--prefer is first or last');
  const watch = new Stopwatch();
  const sources: MergeSource[] = [];
  for (const name of args) sources.push({ name, doc: await readSourceJson(name, io, budget) });
  watch.lap('read');
  const bar = progress(io, 'merge', !values.quiet);
  const publisher = publisherOf(values);
  const result = mergeFeeds(sources, {
    ...(values.prefer ? { prefer: values.prefer as 'first' | 'last' } : {}),
    ...(publisher ? { publisher } : {}),
    ...(values['generated-at'] ? { generatedAt: values['generated-at'] } : {}),
    onProgress: (done, total) => bar.update(done, total, 'entries'),
  });
  bar.end();
  watch.lap('merge+validate');
  if (values.verbose && result.identical) io.stderr(`merge: ${result.identical} identical duplicate(s) merged\n`);
  const conflicts = result.conflicts.length;
  const counts = result.feed
    ? `${feedCounts(result.feed)}; ${conflicts} conflict(s), ${result.identical} identical duplicate(s)`
    : undefined;
  return finish('merge', result.feed, result.problems, values, io, watch, (feed) => json(feed, values), counts);
}

// ---------------------------------------------------------------------------

function requireHsds(values: Values) {
  if (values.format === undefined) throw new UsageError('give --format hsds');
  if (values.format.toLowerCase() !== 'hsds') throw new UsageError(`unknown format ${quoted(values.format)} (only hsds)`);
}

async function runExport(args: string[], values: Values, io: Io, budget: ByteBudget): Promise<number> {
  requireHsds(values);
  if (args.length !== 1) throw new UsageError('give one feed: frisklivs-feed export --format hsds feed.json --out hsds.json');
  const source = args[0]!;
  const watch = new Stopwatch();
  const doc = await readSourceJson(source, io, budget);
  watch.lap('read');
  const check = checkFeedJson(doc, source, { maxProblems: maxProblems(values) });
  watch.lap('validate');
  const bar = progress(io, 'export', !values.quiet);
  let rows = 0;
  const findings: Findings = { shown: check.problems, ...check.counts, omitted: check.omitted };
  const status = await finish('export', check.result?.feed ?? null, findings, values, io, watch, (feed) => {
    const hsds = exportHsds(feed, { onProgress: (done, total) => bar.update(done, total, 'entries') });
    bar.end();
    watch.lap('export');
    for (const [key, value] of Object.entries(hsds)) if (Array.isArray(value) && key !== 'profile') rows += value.length;
    return json(hsds, values);
  });
  if (rows && !values.quiet) io.stderr(`export: ${rows} HSDS rows\n`);
  return status;
}

async function runImport(args: string[], values: Values, io: Io, budget: ByteBudget): Promise<number> {
  requireHsds(values);
  if (args.length !== 1) throw new UsageError('give one HSDS file: frisklivs-feed import --format hsds hsds.json --out feed.json');
  const source = args[0]!;
  const watch = new Stopwatch();
  const doc = await readSourceJson(source, io, budget);
  watch.lap('read');
  const result = importHsds(doc, source);
  watch.lap('import+validate');
  return finish('import', result.feed, result.problems, values, io, watch, (feed) => json(feed, values));
}

// ---------------------------------------------------------------------------

async function runStats(args: string[], values: Values, io: Io, budget: ByteBudget): Promise<number> {
  if (args.length !== 1) throw new UsageError('give one feed: frisklivs-feed stats feed.json');
  const source = args[0]!;
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError('--today is a date YYYY-MM-DD');
  const watch = new Stopwatch();
  const doc = await readSourceJson(source, io, budget);
  const result = validateFeed(doc, { maxProblems: Infinity }); // every problem: the kit chooses what to print
  watch.lap('read+validate');
  const findings = selectProblems(result.problems, maxProblems(values), (p) => ({ ...p, source }));
  const summary = summaryLine(source, findings, result.feed, result.fatal);
  if (!result.feed) {
    printProblems(findings, io, 'stderr', values);
    io.stderr(`${summary}\n`);
    return 1;
  }
  const stats = computeStats(result.feed, values.today ? { today: values.today } : {});
  watch.lap('stats');
  if (values.json) io.stdout(json({ source, errors: findings.errors, warnings: findings.warnings, stats }, values));
  else {
    io.stdout(`${formatStats(stats, source).join('\n')}\n`);
    io.stderr(`${summary}${findings.errors + findings.warnings ? ' (run validate for the problems)' : ''}\n`);
  }
  if (values.verbose) io.stderr(`stats: ${watch.line()}\n`);
  return 0;
}
