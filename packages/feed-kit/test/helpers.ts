/** Shared helpers of the feed-kit Node tests. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { main } from '../src/cli.js';
import type { Io } from '../src/io.js';

/** The feed kit's package folder (templates/, bin/, dist/). */
export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
/** Open Referral's HSDS 3.0 schemas, copied with their licence (hsds-3.0/README.md). */
export const HSDS_DIR = join(ROOT, 'test', 'hsds-3.0');
/** The sample feed's package folder: feed.json, and data/municipalities.json (Kartverket, SSB). */
export const SAMPLE_DIR = dirname(createRequire(import.meta.url).resolve('frisklivs-sample-feed/feed.json'));

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'feed-kit-'));
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Windows-1252 bytes of a text (Latin-1 letters as themselves; – and € by the code page). */
export function cp1252(text: string): Buffer {
  const special: Record<string, number> = {
    š: 0x9a,
    Š: 0x8a,
    ž: 0x9e,
    Ž: 0x8e,
    '–': 0x96,
    '—': 0x97,
    '€': 0x80,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
  };
  return Buffer.from(
    [...text].map((ch) => {
      if (special[ch] !== undefined) return special[ch]!;
      const code = ch.codePointAt(0)!;
      if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in this process with captured output. */
export async function cli(args: string[], cwd = ROOT, stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stderrIsTTY: false,
    cwd,
    readStdin: async () => new TextEncoder().encode(stdin),
  };
  const code = await main(args, io);
  return { code, out, err };
}

/** The reference data's municipalities (as the sample feed's generator reads them). */
export function sharedMunicipalities(): unknown {
  return readJsonFile(join(SAMPLE_DIR, 'data', 'municipalities.json'));
}
