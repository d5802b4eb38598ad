/** Reading and writing for the command line: files, URLs, standard input and output, progress and timing. */
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeBytes } from './encoding.js';
import { ByteBudget, InputLimitError, checkListSizes } from './limits.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  /** Where relative paths start. */
  cwd: string;
  /** Standard input; may stop reading (and return what it has) once more than `max` bytes came. */
  readStdin(max?: number): Promise<Uint8Array>;
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

export class SourceError extends Error {}

/**
 * The bytes of a file, a URL or `-` (standard input), counted against the command's `budget`:
 * a file is measured before it is read, a download and standard input stop as soon as they pass
 * what is left, so an input that is too large is refused without being held in memory.
 */
export async function readBytes(source: string, io: Io, budget: ByteBudget = new ByteBudget()): Promise<Uint8Array> {
  if (source === '-') {
    const bytes = await io.readStdin(budget.left + 1);
    budget.take(bytes.length);
    return bytes;
  }
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { accept: 'application/json, text/csv, */*' } });
    } catch (error) {
      throw new SourceError(`cannot fetch: ${(error as Error).message}`);
    }
    if (!response.ok) throw new SourceError(`HTTP ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length'));
    if (declared > budget.left) {
      await response.body?.cancel();
      budget.take(declared);
    }
    const bytes = await readCapped(response, budget.left + 1);
    budget.take(bytes.length);
    return bytes;
  }
  const path = resolvePath(source, io);
  try {
    const info = await stat(path);
    if (info.isFile()) budget.take(info.size);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputLimitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message);
  }
}

/** A response body, read until it ends or passes `max` bytes (then what came so far). */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > max) {
      await reader.cancel();
      break;
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A JSON document from a file, URL or standard input (UTF-8 with or without BOM, UTF-16,
 * Windows-1252), within the command's byte budget and with no list longer than the kit reads.
 */
export async function readJson(source: string, io: Io, budget?: ByteBudget): Promise<unknown> {
  const { text } = decodeBytes(await readBytes(source, io, budget));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`not valid JSON: ${(error as Error).message}`);
  }
  checkListSizes(doc);
  return doc;
}

export function resolvePath(path: string, io: Io): string {
  return path.startsWith('/') ? path : `${io.cwd.replace(/\/$/, '')}/${path}`;
}

/** Writes text to a file (creating its folder) or, for `-` or no path, to standard output. */
export async function writeText(path: string | undefined, text: string, io: Io): Promise<void> {
  if (path === undefined || path === '-') {
    io.stdout(text);
    return;
  }
  const target = resolvePath(path, io);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

/** Progress on stderr, only on a terminal: "build: 4000/10000 rows". */
export function progress(io: Io, label: string, enabled: boolean) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number, unit = '') {
      if (!enabled || !io.stderrIsTTY) return;
      const t = Date.now();
      if (t - last < 100 && done < total) return;
      last = t;
      shown = true;
      const percent = total ? Math.floor((done / total) * 100) : 100;
      io.stderr(`\r${label}: ${done}/${total}${unit ? ` ${unit}` : ''} (${percent} %)\u001b[K`);
    },
    end() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}

/** Named laps for `--verbose`. */
export class Stopwatch {
  private readonly start = performance.now();
  private mark = this.start;
  readonly laps: [string, number][] = [];

  lap(name: string): void {
    const t = performance.now();
    this.laps.push([name, t - this.mark]);
    this.mark = t;
  }

  /** Adds laps measured elsewhere that cover the time since the last lap. */
  add(name: string, ms: number): void {
    this.laps.push([name, ms]);
    this.mark = performance.now();
  }

  line(): string {
    const total = performance.now() - this.start;
    return `timing: ${this.laps.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')}, total ${Math.round(total)} ms`;
  }
}
