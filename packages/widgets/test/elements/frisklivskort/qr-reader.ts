/**
 * A small QR reader for tests, written from ISO/IEC 18004 independently of the
 * encoder (its own tables, its own GF(256) arithmetic): it checks the fixed
 * patterns and the BCH-coded format and version information, then unmasks,
 * de-interleaves, verifies every Reed–Solomon block and reads the byte-mode text.
 */

export type Matrix = (x: number, y: number) => boolean;

// Level M: error correction codewords per block and [block count, data codewords] groups (spec table 9).
const LEVEL_M: Record<number, [number, [number, number][]]> = {
  1: [10, [[1, 16]]],
  2: [16, [[1, 28]]],
  3: [26, [[1, 44]]],
  4: [18, [[2, 32]]],
  5: [24, [[2, 43]]],
  6: [16, [[4, 27]]],
  7: [18, [[4, 31]]],
  8: [
    22,
    [
      [2, 38],
      [2, 39],
    ],
  ],
  9: [
    22,
    [
      [3, 36],
      [2, 37],
    ],
  ],
  10: [
    26,
    [
      [4, 43],
      [1, 44],
    ],
  ],
};

// Alignment pattern centres (spec annex E).
const ALIGN: Record<number, number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
};

/** Byte-mode capacity at level M (spec table 7). */
export const CAPACITY_M = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];

/** The smallest version holding `bytes` bytes in byte mode at level M. */
export const expectedVersion = (bytes: number) => CAPACITY_M.findIndex((c) => c >= bytes) + 1;

/** Whether a BCH code word has a zero remainder modulo `generator` (degree `degree`). */
export function bchValid(word: number, totalBits: number, generator: number, degree: number): boolean {
  let rem = word;
  for (let bit = totalBits - 1; bit >= degree; bit--) if ((rem >> bit) & 1) rem ^= generator << (bit - degree);
  return rem === 0;
}

export interface FormatInfo {
  /** Error correction level bits: 0b00 is M. */
  level: number;
  mask: number;
  /** Both copies agree. */
  copiesAgree: boolean;
  bchOk: boolean;
}

/** Reads both copies of the format information (spec 7.9). */
export function readFormat(m: Matrix, size: number): FormatInfo {
  const bit = (x: number, y: number) => (m(x, y) ? 1 : 0);
  let a = 0;
  // Copy 1, most significant bit first: row 8 columns 0–5, 7, 8; then column 8 rows 7, 5–0.
  for (const x of [0, 1, 2, 3, 4, 5, 7, 8]) a = (a << 1) | bit(x, 8);
  for (const y of [7, 5, 4, 3, 2, 1, 0]) a = (a << 1) | bit(8, y);
  // Copy 2: column 8 from the bottom up (bits 14–8), then row 8 across the right (bits 7–0).
  let b = 0;
  for (let y = size - 1; y >= size - 7; y--) b = (b << 1) | bit(8, y);
  for (let x = size - 8; x < size; x++) b = (b << 1) | bit(x, 8);
  const word = a ^ 0b101010000010010;
  return { level: word >> 13, mask: (word >> 10) & 7, copiesAgree: a === b, bchOk: bchValid(word, 15, 0b10100110111, 10) };
}

/** Reads both copies of the version information (spec 7.10), or undefined below version 7. */
export function readVersion(m: Matrix, size: number): { version: number; copiesAgree: boolean; bchOk: boolean } | undefined {
  if (size < 45) return undefined;
  let a = 0;
  let b = 0;
  for (let i = 17; i >= 0; i--) {
    const col = Math.floor(i / 3);
    const row = size - 11 + (i % 3);
    a = (a << 1) | (m(col, row) ? 1 : 0); // lower-left block
    b = (b << 1) | (m(row, col) ? 1 : 0); // upper-right block
  }
  return { version: a >> 12, copiesAgree: a === b, bchOk: bchValid(a, 18, 0b1111100100101, 12) };
}

/** Finder patterns with their light separators, timing patterns and the dark module are as the spec draws them. */
export function fixedPatternsOk(m: Matrix, size: number): string[] {
  const problems: string[] = [];
  for (const [ox, oy] of [
    [0, 0],
    [size - 7, 0],
    [0, size - 7],
  ] as const) {
    for (let dy = -1; dy <= 7; dy++) {
      for (let dx = -1; dx <= 7; dx++) {
        const x = ox + dx;
        const y = oy + dy;
        if (x < 0 || y < 0 || x >= size || y >= size) continue;
        const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
        const want = ring === 0 || ring === 1 || ring === 3; // 3×3 core, light ring, dark ring, light separator
        if (m(x, y) !== want) problems.push(`finder at ${ox},${oy}: module ${x},${y}`);
      }
    }
  }
  for (let i = 8; i < size - 8; i++) {
    if (m(i, 6) !== (i % 2 === 0)) problems.push(`horizontal timing at ${i}`);
    if (m(6, i) !== (i % 2 === 0)) problems.push(`vertical timing at ${i}`);
  }
  if (!m(8, size - 8)) problems.push('dark module');
  return problems;
}

// GF(256) with 0x11d, by tables.
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 255 : x << 1) {
  EXP[i] = x;
  LOG[x] = i;
}
const gmul = (a: number, b: number) => (a && b ? EXP[(LOG[a]! + LOG[b]!) % 255]! : 0);

/** All syndromes S0…S(ec−1) of a received block are zero. */
export function syndromesZero(block: number[], ec: number): boolean {
  for (let i = 0; i < ec; i++) {
    let s = 0;
    for (const c of block) s = gmul(s, EXP[i]!) ^ c;
    if (s) return false;
  }
  return true;
}

function isFunctionModule(x: number, y: number, size: number, version: number): boolean {
  if ((x < 9 && y < 9) || (x >= size - 8 && y < 9) || (x < 9 && y >= size - 8)) return true;
  if (x === 6 || y === 6) return true;
  if (version >= 7 && ((x >= size - 11 && x < size - 8 && y < 6) || (y >= size - 11 && y < size - 8 && x < 6))) return true;
  const centres = ALIGN[version]!;
  for (const ax of centres) {
    for (const ay of centres) {
      const onFinder = (ax === 6 && ay === 6) || (ax === 6 && ay === size - 7) || (ax === size - 7 && ay === 6);
      if (!onFinder && Math.abs(x - ax) <= 2 && Math.abs(y - ay) <= 2) return true;
    }
  }
  return false;
}

const MASK_CONDITIONS: ((i: number, j: number) => boolean)[] = [
  // i = row, j = column, as the spec writes them
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

export interface Decoded {
  text: string;
  version: number;
  mask: number;
  blocksOk: boolean;
}

/** Fully decodes a level-M byte-mode symbol; throws on anything unexpected. */
export function decode(m: Matrix, size: number): Decoded {
  const version = (size - 17) / 4;
  const [ec, groups] = LEVEL_M[version]!;
  const format = readFormat(m, size);
  if (!format.bchOk || format.level !== 0) throw new Error('bad format information');
  const cond = MASK_CONDITIONS[format.mask]!;
  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let k = 0; k < size; k++) {
      const y = upward ? size - 1 - k : k;
      for (const x of [right, right - 1]) {
        if (isFunctionModule(x, y, size, version)) continue;
        bits.push((m(x, y) ? 1 : 0) ^ (cond(y, x) ? 1 : 0));
      }
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((acc, b) => (acc << 1) | b, 0));
  // De-interleave.
  const lengths = groups.flatMap(([count, len]) => Array<number>(count).fill(len));
  const blocks = lengths.map(() => [] as number[]);
  let at = 0;
  for (let i = 0; i < Math.max(...lengths); i++) lengths.forEach((len, b) => i < len && blocks[b]!.push(codewords[at++]!));
  for (let i = 0; i < ec; i++) blocks.forEach((block) => block.push(codewords[at++]!));
  const blocksOk = blocks.every((block) => syndromesZero(block, ec));
  const data = blocks.flatMap((block, b) => block.slice(0, lengths[b]));
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  let pos = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | stream[pos++]!;
    return v;
  };
  if (read(4) !== 0b0100) throw new Error('not byte mode');
  const length = read(version < 10 ? 8 : 16);
  const bytes = Uint8Array.from({ length }, () => read(8));
  return { text: new TextDecoder().decode(bytes), version, mask: format.mask, blocksOk };
}
