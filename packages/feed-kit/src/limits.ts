/**
 * How much the feed kit reads, so that a huge or hostile input is refused with a clear message
 * (exit code 2) instead of running the machine out of memory. Documented in README.md
 * ("Limits"). Measured: 100 000 rows of the groups template (31 MB) build in about 30 s with
 * 1.2 GB of memory; a 28 MB feed of 30 000 groups validates in 3 s with 0.2 GB.
 *
 * No Node imports: build.ts (bundled for the browser too) checks the row limit.
 */

/** All inputs of one command together (files, URLs, standard input), in bytes. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** Rows of one CSV file (the header not counted). */
export const MAX_CSV_ROWS = 100_000;
/** Entries of any one list in a JSON input: a feed's centres, groups …, or an HSDS table. */
export const MAX_LIST_ENTRIES = 200_000;

/**
 * An input beyond a limit: refused (exit code 2), with a message that says which limit and how
 * to get under it. The message does not name the input; whoever reads it adds the name.
 */
export class InputLimitError extends Error {}

/** "32 MB": a byte count for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Counts what one command reads, over all its inputs. */
export class ByteBudget {
  private used = 0;
  constructor(readonly limit: number = MAX_INPUT_BYTES) {}

  /** Takes `bytes` from the budget, or throws when the inputs together would exceed it. */
  take(bytes: number): void {
    if (this.used + bytes > this.limit) {
      throw new InputLimitError(
        this.used
          ? `with the inputs before it, more than ${megabytes(this.limit)}, the most the feed kit reads in one command`
          : `larger than ${megabytes(this.limit)}, the most the feed kit reads in one command`,
      );
    }
    this.used += bytes;
  }

  /** What is left. */
  get left(): number {
    return this.limit - this.used;
  }
}

/** Refuses a JSON document with a list longer than `MAX_LIST_ENTRIES` (before it is validated or converted). */
export function checkListSizes(doc: unknown, limit = MAX_LIST_ENTRIES): void {
  if (typeof doc !== 'object' || doc === null) return;
  const lists: [string, unknown][] = Array.isArray(doc) ? [['$', doc]] : Object.entries(doc);
  for (const [name, value] of lists) {
    if (Array.isArray(value) && value.length > limit) {
      throw new InputLimitError(
        `"${name.slice(0, 60)}" holds ${value.length} entries; the feed kit reads at most ${limit} in any one list (split the file, or check how it was made)`,
      );
    }
  }
}
