// Kept over a maintained encoder: a quarter to a half of their lazy-chunk bytes for the same symbols
// (gzip 1 820 B vs uqr 4 052 B and qrcode-generator 7 804 B; same version and level M for our URLs).
/**
 * A compact QR code encoder (ISO/IEC 18004): byte mode, error correction
 * level M, versions 1–10 (up to 213 bytes, plenty for a web address). It runs
 * in the page, so no QR service ever learns which page a reader printed.
 */

/** A QR symbol: `modules[y * size + x]` is 1 for a dark module. No quiet zone. */
export interface QrCode {
  version: number;
  size: number;
  mask: number;
  modules: Uint8Array;
}

// Level M per version 1–10: error correction codewords per block, and number of blocks.
const EC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

/** Multiplication in GF(256) modulo x⁸+x⁴+x³+x²+1. */
function mul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) z = ((z << 1) ^ ((z >>> 7) * 0x11d) ^ (((y >>> i) & 1) * x)) & 255;
  return z;
}

/** Reed–Solomon error correction codewords of `data` (generator roots α⁰ … α^(degree−1)). */
export function reedSolomon(data: ArrayLike<number>, degree: number): number[] {
  const gen: number[] = Array(degree).fill(0);
  gen[degree - 1] = 1;
  for (let i = 0, root = 1; i < degree; i++, root = mul(root, 2)) {
    for (let j = 0; j < degree; j++) gen[j] = mul(gen[j]!, root) ^ (gen[j + 1] ?? 0);
  }
  const rest: number[] = Array(degree).fill(0);
  for (const byte of Array.from(data)) {
    const factor = byte ^ rest.shift()!;
    rest.push(0);
    for (let j = 0; j < degree; j++) rest[j]! ^= mul(gen[j]!, factor);
  }
  return rest;
}

/** All codewords (data and error correction) a version holds. */
const totalCodewords = (v: number): number => {
  let bits = (16 * v + 128) * v + 64;
  if (v > 1) {
    const align = Math.floor(v / 7) + 2;
    bits -= (25 * align - 10) * align - 55;
    if (v > 6) bits -= 36;
  }
  return bits >> 3;
};

const dataCodewords = (v: number): number => totalCodewords(v) - EC_PER_BLOCK[v - 1]! * BLOCKS[v - 1]!;

/** Centre coordinates of the alignment patterns along one axis. */
export function alignmentPositions(v: number): number[] {
  if (v < 2) return [];
  const count = Math.floor(v / 7) + 2;
  const step = Math.ceil((v * 4 + 4) / (count * 2 - 2)) * 2;
  const out = [6];
  for (let pos = v * 4 + 10; out.length < count; pos -= step) out.splice(1, 0, pos);
  return out;
}

/** The 15 format bits for level M and `mask`: BCH(15,5) code, XOR 0x5412. */
export function formatBits(mask: number): number {
  let rem = mask; // level M is 00
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((mask << 10) | rem) ^ 0x5412;
}

/** The 18 version bits: BCH(18,6) code. */
export function versionBits(v: number): number {
  let rem = v;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (v << 12) | rem;
}

// Mask predicates: a module is inverted where the predicate is true.
const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 == 0,
  (_, y) => y % 2 == 0,
  (x) => x % 3 == 0,
  (x, y) => (x + y) % 3 == 0,
  (x, y) => (((x / 3) | 0) + ((y / 2) | 0)) % 2 == 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) == 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 == 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 == 0,
];

/** The penalty score (rules N1–N4) used to choose the mask: lower is easier to scan. */
export function penalty(modules: Uint8Array, size: number): number {
  let score = 0;
  let dark = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let a = 0; a < size; a++) {
      let line = '';
      for (let b = 0, run = 0, prev = -1; b < size; b++) {
        const d = modules[pass ? b * size + a : a * size + b]!;
        line += d;
        if (d == prev) score += ++run == 5 ? 3 : run > 5 ? 1 : 0;
        else {
          prev = d;
          run = 1;
        }
      }
      // N3: a finder-like 1:1:3:1:1 pattern next to four light modules (the quiet zone counts as light).
      score += 40 * (`0000${line}0000`.match(/(?=00001011101|10111010000)/g)?.length ?? 0);
    }
  }
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = modules[y * size + x]!;
      dark += c;
      if (x && y && c == modules[y * size + x - 1] && c == modules[(y - 1) * size + x] && c == modules[(y - 1) * size + x - 1]) score += 3;
    }
  }
  return score + 10 * Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5);
}

/**
 * Encodes `text` (as UTF-8 bytes) at level M in the smallest version that holds
 * it; the mask with the lowest penalty is chosen unless `forceMask` is given.
 * Throws a RangeError when the text needs more than version 10.
 */
export function encodeQr(text: string, forceMask?: number): QrCode {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  while (4 + (version < 10 ? 8 : 16) + bytes.length * 8 > dataCodewords(version) * 8) {
    if (++version > 10) throw new RangeError('text too long for a version 10 QR code');
  }
  const v = version;
  const capacity = dataCodewords(v);

  // Bit stream: mode 0100 (byte), count, data, terminator; then pad bytes.
  const data: number[] = [];
  let acc = 0;
  let accBits = 0;
  const put = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) {
      acc = (acc << 1) | ((value >>> i) & 1);
      if (++accBits == 8) {
        data.push(acc);
        acc = accBits = 0;
      }
    }
  };
  put(4, 4);
  put(bytes.length, v < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity * 8 - (data.length * 8 + accBits)));
  put(0, (8 - accBits) % 8);
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);

  // Split into blocks, add error correction, interleave.
  const ec = EC_PER_BLOCK[v - 1]!;
  const count = BLOCKS[v - 1]!;
  const total = totalCodewords(v);
  const short = Math.floor(total / count) - ec;
  const blocks: number[][] = [];
  for (let i = 0, at = 0; i < count; i++) {
    const len = short + (i >= count - (total % count) ? 1 : 0);
    blocks.push(data.slice(at, (at += len)));
  }
  const eccs = blocks.map((block) => reedSolomon(block, ec));
  const codewords: number[] = [];
  for (let i = 0; i <= short; i++) for (const block of blocks) if (i < block.length) codewords.push(block[i]!);
  for (let i = 0; i < ec; i++) for (const e of eccs) codewords.push(e[i]!);

  // Function patterns.
  const size = v * 4 + 17;
  const modules = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (x: number, y: number, dark: unknown) => {
    modules[y * size + x] = dark ? 1 : 0;
    reserved[y * size + x] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 == 0);
    set(i, 6, i % 2 == 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && y >= 0 && x < size && y < size) set(x, y, d != 2 && d != 4);
      }
    }
  }
  const align = alignmentPositions(v);
  const last = align.length - 1;
  align.forEach((ax, i) =>
    align.forEach((ay, j) => {
      // Skip the three corners taken by finder patterns.
      if ((i || j) && (i || j != last) && (i != last || j)) {
        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
      }
    }),
  );
  const drawFormat = (mask: number) => {
    const bits = formatBits(mask);
    const bit = (i: number) => (bits >>> i) & 1;
    for (let i = 0; i < 6; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, 1); // the dark module
  };
  drawFormat(0);
  if (v > 6) {
    const bits = versionBits(v);
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = (i / 3) | 0;
      set(a, b, (bits >>> i) & 1);
      set(b, a, (bits >>> i) & 1);
    }
  }

  // Data in two-module columns, zig-zagging up and down from the bottom right.
  let i = 0;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right == 6) right = 5;
    for (let n = 0; n < size; n++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = (right + 1) & 2 ? n : size - 1 - n;
        if (!reserved[y * size + x] && i < codewords.length * 8) {
          modules[y * size + x] = (codewords[i >>> 3]! >>> (7 - (i & 7))) & 1;
          i++;
        }
      }
    }
  }

  const applyMask = (mask: number) => {
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) if (!reserved[y * size + x] && MASKS[mask]!(x, y)) modules[y * size + x]! ^= 1;
    }
    drawFormat(mask);
  };
  let mask = forceMask ?? 0;
  if (forceMask === undefined) {
    let best = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(m);
      const score = penalty(modules, size);
      if (score < best) {
        best = score;
        mask = m;
      }
      applyMask(m); // XOR again to undo
    }
  }
  applyMask(mask);
  return { version: v, size, mask, modules };
}

/**
 * An SVG path drawing the dark modules, one rectangle per horizontal run,
 * offset by a 4-module quiet zone (so the viewBox is `size + 8` wide).
 */
export function qrPath(qr: QrCode): string {
  let d = '';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size;) {
      if (!qr.modules[y * qr.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < qr.size && qr.modules[y * qr.size + x]) x++;
      d += `M${start + 4} ${y + 4}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}
