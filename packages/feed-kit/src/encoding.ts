// Kept (no good replacement): Node's TextDecoder reads Windows-1252's 0x80–0x9F as C1 controls, iconv-lite is a large dependency for 32 table entries, and none reads mixed UTF-8/Windows-1252 line by line.
/**
 * Text encodings of files that spreadsheet programs write: UTF-8 with or
 * without a byte-order mark, UTF-16 with a mark ("Unicode text"), and
 * Windows-1252 (Excel's "CSV" on a Norwegian Windows). Bytes that are not valid
 * UTF-8 are read as Windows-1252, line by line: in a file pieced together from
 * both, each line is read in its own encoding (reported as mixed).
 *
 * Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (as
 * Latin-1 does), so those 32 bytes are mapped here by the Windows-1252 table.
 */

export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed utf-8 and windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// Windows-1252 bytes 0x80–0x9F (0 = undefined in the code page: kept as the C1 control).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes a file's bytes, telling which encoding was used. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 with BOM' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 as a whole. Lines that are valid UTF-8 with non-ASCII letters stay UTF-8 (a file
    // pieced together from two sources); every other line is Windows-1252.
    const parts: string[] = [];
    let mixed = false;
    let start = 0;
    while (start <= bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      const line = bytes.subarray(start, end);
      let text: string | undefined;
      if (line.some((b) => b >= 0x80)) {
        try {
          text = utf8.decode(line);
          mixed = true;
        } catch {
          text = undefined;
        }
      }
      parts.push(text ?? decodeWindows1252(line));
      start = end + 1;
    }
    return { text: parts.join('\n'), encoding: mixed ? 'mixed utf-8 and windows-1252' : 'windows-1252' };
  }
}
