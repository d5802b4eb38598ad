/**
 * A CSV reader for what spreadsheet programs export: `;`, `,` or tab as the
 * separator (detected from the header row, outside quotes), quoted cells with
 * doubled quotes, line breaks inside quotes, CRLF/LF/CR line ends, Excel's
 * optional first line `sep=;`, and empty trailing cells.
 */

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

/** Splits CSV text into records. The first non-empty record is the header. */
export function parseCsv(input: string, options: { separator?: Separator } = {}): CsvTable {
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
  let quoted = false;
  let row = 1;
  let recordStart = 1;
  const n = text.length;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    rows.push({ row: recordStart, cells });
    cells = [];
    cell = '';
    row++;
    recordStart = row;
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' && text[i + 1] === '\n') {
        cell += '\n';
        i += 2;
        continue;
      }
      cell += ch === '\r' ? '\n' : ch;
      i++;
      continue;
    }
    if (ch === '"') {
      // A quote opens a quoted part only at the start of a cell; elsewhere it is kept as written.
      if (cell.trim() === '') {
        cell = '';
        quoted = true;
      } else cell += ch;
      i++;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) damage.push({ row: recordStart, message: 'a quoted cell is never closed (a missing ")' });
  if (cell !== '' || cells.length) endRecord();

  const clean = (value: string) => value.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  const records = rows.map((r) => ({ row: r.row, cells: r.cells.map(clean) }));
  const headerIndex = records.findIndex((r) => r.cells.some((c) => c !== ''));
  if (headerIndex < 0) return { separator, header: [], records: [], damage };
  const header = records[headerIndex]!.cells;
  while (header.length && header[header.length - 1] === '') header.pop();
  return { separator, header, records: records.slice(headerIndex + 1), damage };
}

/** Quotes a cell for writing when needed. */
export function csvCell(value: string, separator: Separator = ';'): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}
