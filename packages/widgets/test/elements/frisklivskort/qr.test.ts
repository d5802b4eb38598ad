import { expect } from '@open-wc/testing';
import {
  alignmentPositions,
  encodeQr,
  formatBits,
  penalty,
  qrPath,
  reedSolomon,
  versionBits,
  type QrCode,
} from '../../../src/elements/frisklivskort/qr.js';
import { REFERENCE } from './qr-reference.js';
import { bchValid, decode, expectedVersion, fixedPatternsOk, readFormat, readVersion, type Matrix } from './qr-reader.js';

const matrixOf =
  (qr: QrCode): Matrix =>
  (x, y) =>
    qr.modules[y * qr.size + x] === 1;
const rowsOf = (qr: QrCode) =>
  Array.from({ length: qr.size }, (_, y) => Array.from(qr.modules.slice(y * qr.size, (y + 1) * qr.size)).join(''));

describe('QR encoder', () => {
  describe('format and version information (worked by hand from the spec)', () => {
    it('level M, mask 0: data 00000, BCH remainder 0, XOR 101010000010010', () => {
      // 00000 × x^10 mod G(x) is 0, so the word is just the XOR mask.
      expect(formatBits(0)).to.equal(0b101010000010010);
    });

    it('level M, mask 5: data 00101 → 001010011011100 before masking', () => {
      // 00101 0000000000 mod 10100110111: x^12 + x^10 → remainder 0011011100 (by long division).
      expect(formatBits(5) ^ 0b101010000010010).to.equal(0b001010011011100);
      expect(formatBits(5)).to.equal(0b100000011001110);
    });

    it('every format word is a BCH(15,5) code word carrying level M and its mask', () => {
      for (let mask = 0; mask < 8; mask++) {
        const word = formatBits(mask) ^ 0b101010000010010;
        expect(bchValid(word, 15, 0b10100110111, 10), `mask ${mask}`).to.equal(true);
        expect(word >> 10).to.equal(mask);
      }
    });

    it('version 7 information is 000111 110010 010100 (spec annex D)', () => {
      expect(versionBits(7)).to.equal(0b000111110010010100);
      expect(versionBits(8)).to.equal(0b001000010110111100);
      expect(versionBits(10)).to.equal(0b001010010011010011);
    });

    it('alignment pattern centres match spec annex E', () => {
      expect(alignmentPositions(1)).to.deep.equal([]);
      expect(alignmentPositions(2)).to.deep.equal([6, 18]);
      expect(alignmentPositions(6)).to.deep.equal([6, 34]);
      expect(alignmentPositions(7)).to.deep.equal([6, 22, 38]);
      expect(alignmentPositions(10)).to.deep.equal([6, 28, 50]);
    });
  });

  it('Reed–Solomon: the spec example 1-M "01234567" gets its published error correction codewords', () => {
    // ISO/IEC 18004 annex I: data 10 20 0C 56 61 80 EC 11 EC 11 EC 11 EC 11 EC 11 (version 1-M).
    const data = [0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11];
    expect(reedSolomon(data, 10)).to.deep.equal([0xa5, 0x24, 0xd4, 0xc1, 0xed, 0x36, 0xc7, 0x87, 0x2c, 0x55]);
  });

  describe('known-correct symbols from an independent encoder', () => {
    for (const { text, rows } of REFERENCE) {
      it(`matches libqrencode module for module: ${text.slice(0, 40)}`, () => {
        const size = rows.length;
        const reference: Matrix = (x, y) => rows[y]![x] === '1';
        const { mask } = readFormat(reference, size);
        const qr = encodeQr(text, mask);
        expect(qr.size).to.equal(size);
        expect(rowsOf(qr)).to.deep.equal(rows);
      });
    }
  });

  describe('decodability', () => {
    const inputs = [
      'https://oslo.example.org/',
      'https://www.hamaroy.kommune.no/tjenester/helse/frisklivssentralen-i-hamaroy/',
      `https://example.org/${'a'.repeat(100)}`,
      `https://example.org/Guovdageaidnu-Kárášjohka-${'æøå'.repeat(20)}`,
      `https://e.no/${'b'.repeat(200)}`,
    ];
    for (const text of inputs) {
      it(`reads back ${text.length} characters: patterns, format, version, RS blocks and text`, () => {
        const qr = encodeQr(text);
        const m = matrixOf(qr);
        const bytes = new TextEncoder().encode(text).length;
        expect(qr.version).to.equal(expectedVersion(bytes));
        expect(qr.size).to.equal(17 + 4 * qr.version);
        expect(fixedPatternsOk(m, qr.size)).to.deep.equal([]);
        const format = readFormat(m, qr.size);
        expect(format).to.deep.equal({ level: 0, mask: qr.mask, copiesAgree: true, bchOk: true });
        const version = readVersion(m, qr.size);
        if (qr.version >= 7) expect(version).to.deep.equal({ version: qr.version, copiesAgree: true, bchOk: true });
        else expect(version).to.equal(undefined);
        const decoded = decode(m, qr.size);
        expect(decoded.blocksOk).to.equal(true);
        expect(decoded.text).to.equal(text);
      });
    }
  });

  it('chooses the mask with the lowest penalty', () => {
    const text = 'https://www.kommune.no/frisklivssentralen';
    const chosen = encodeQr(text);
    const scores = Array.from({ length: 8 }, (_, mask) => {
      const qr = encodeQr(text, mask);
      return penalty(qr.modules, qr.size);
    });
    expect(scores[chosen.mask]).to.equal(Math.min(...scores));
  });

  it('penalty counts runs, 2×2 blocks, finder-like patterns and dark balance', () => {
    // 5×5 all light: N1 5 rows + 5 columns × 3 = 30; N2 16 blocks × 3 = 48; N4 50 % off → 100;
    // N3: each line "0000 00000 0000" holds no 1011101.
    expect(penalty(new Uint8Array(25), 5)).to.equal(30 + 48 + 100);
  });

  it('refuses text longer than a version 10 symbol holds', () => {
    expect(() => encodeQr('x'.repeat(214))).to.throw(RangeError);
    expect(encodeQr('x'.repeat(213)).version).to.equal(10);
  });

  it('draws one rectangle per horizontal run, offset by the quiet zone', () => {
    const qr = encodeQr('HELLO');
    const path = qrPath(qr);
    // The top row starts with the 7-module finder pattern: a run of 7 at (4, 4).
    expect(path.startsWith('M4 4h7v1h-7z')).to.equal(true);
    const area = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).to.equal(qr.modules.reduce((a, b) => a + b, 0));
  });
});
