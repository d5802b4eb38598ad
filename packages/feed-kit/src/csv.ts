/**
 * A CSV reader for what spreadsheet programs export: `;`, `,` or tab as the
 * separator (detected from the header row, outside quotes), quoted cells with
 * doubled quotes, line breaks inside quotes, CRLF/LF/CR line ends, Excel's
 * optional first line `sep=;`, and empty trailing cells.
 */

import { InputLimitError, MAX_CSV_ROWS } from './limits.js';

export type Separator = ';' | ',' | '\t';

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  records: CsvRecord[];
  /** Rows whose quotes never close, and similar damage, with the row they start on. */
  damage: { row: number; message: string }[];
}

const CANDIDATES: Separator[] = [';', ',', '\t'];

/** The separator used in the first row (outside quotes); `;` wins a tie, as Norwegian Excel writes it. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Separator)) counts.set(ch as Separator, counts.get(ch as Separator)! + 1);
  }
  let best: Separator = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate)!;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** A quoted cell that holds more line breaks than this is reported: most likely a stray quote swallowed the rows after it. */
export const MAX_LINES_IN_CELL = 100;

/**
 * Splits CSV text into records. The first non-empty record is the header.
 *
 * Linear in the length of the text: every character is read once, and at most once more after a
 * quote that never closes. Such a quote is reported once (where it opened) and then read as a
 * plain character, so the rows after it are read as rows, not as one huge cell. `scanned` counts
 * the characters read, rereading included (at most twice the length of the text).
 */
export function parseCsv(input: string, options: { separator?: Separator; maxRows?: number } = {}): CsvTable & { scanned: number } {
  const maxRecords = (options.maxRows ?? MAX_CSV_ROWS) + 1; // and the header
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let forced = options.separator;
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  if (sepLine) {
    forced ??= (sepLine[1] === '\t' ? '\t' : sepLine[1]) as Separator;
    text = text.slice(sepLine[0].length);
  }
  const separator = forced ?? detectSeparator(text);
  const rows: CsvRecord[] = [];
  const damage: CsvTable['damage'] = [];
  let cells: string[] = [];
  let cell = '';
  /** Whether the cell so far holds only whitespace (a quote there opens a quoted part). */
  let blank = true;
  let quoted = false;
  let row = 1;
  let recordStart = 1;
  let scanned = 0;
  /**
   * Where the open quoted part started, to read its quote as a plain character if it never closes.
   * Inside quotes no cell or record ends, so the position and the cell's text before the quote are all
   * there is to restore.
   */
  let opened: { at: number; before: string } | undefined;
  let reread = false;
  let linesInCell = 0;
  const n = text.length;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (rows.length >= maxRecords)
      throw new InputLimitError(`more than ${maxRecords - 1} rows, the most the feed kit reads from one CSV file (split the file)`);
    rows.push({ row: recordStart, cells });
    cells = [];
    cell = '';
    blank = true;
    row++;
    recordStart = row;
  };
  for (;;) {
    if (i >= n) {
      if (!quoted) break;
      // A quote that never closes: reported once, then read again from there as a plain character.
      damage.push({ row: recordStart, message: 'a quoted cell is never closed (a missing "): the quote is read as a plain character' });
      quoted = false;
      if (reread) break; // cannot happen twice (every quote after it was doubled); bounded anyway
      reread = true;
      cell = `${opened!.before}"`;
      blank = false;
      i = opened!.at + 1;
      continue;
    }
    scanned++;
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        if (linesInCell > MAX_LINES_IN_CELL)
          damage.push({
            row: recordStart,
            message: `a quoted cell holds ${linesInCell} line breaks: a stray " that swallowed the rows after it? (check the quotes in this row)`,
          });
        i++;
        continue;
      }
      if (ch === '\r' && text[i + 1] === '\n') {
        cell += '\n';
        linesInCell++;
        i += 2;
        continue;
      }
      if (ch === '\r' || ch === '\n') linesInCell++;
      cell += ch === '\r' ? '\n' : ch;
      i++;
      continue;
    }
    if (ch === '"') {
      // A quote opens a quoted part only at the start of a cell; elsewhere it is kept as written.
      if (blank) {
        opened = { at: i, before: cell };
        cell = '';
        quoted = true;
        linesInCell = 0;
      } else cell += ch;
      i++;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
      blank = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      if (blank && !isBlank(ch)) blank = false;
      i++;
    }
  }
  if (cell !== '' || cells.length) endRecord();

  const records = rows.map((r) => ({ row: r.row, cells: r.cells.map((value) => value.trim()) }));
  const headerIndex = records.findIndex((r) => r.cells.some((c) => c !== ''));
  if (headerIndex < 0) return { separator, header: [], records: [], damage, scanned };
  const header = records[headerIndex]!.cells;
  while (header.length && header[header.length - 1] === '') header.pop();
  return { separator, header, records: records.slice(headerIndex + 1), damage, scanned };
}

/** Whitespace as `String.prototype.trim` removes it (which is what \s matches, NBSP included). */
const isBlank = (ch: string) => ch.trim() === '';

/** Quotes a cell for writing when needed. */
export function csvCell(value: string, separator: Separator = ';'): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}
