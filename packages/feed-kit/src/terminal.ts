/**
 * Feed and CSV text on a terminal (and on the "check your feed" page): the one
 * function every message the kit prints passes outside text through.
 *
 * A feed id or a cell may hold anything: ESC sequences that clear the screen or
 * set the window title, a carriage return or line break that writes a fake
 * "0 error(s)" line over the real one, C1 controls (U+009B is CSI on some
 * terminals), bidi overrides that reorder what is shown, a megabyte of text.
 * `terminalText` makes each of those visible as an escape (`\x1B`, `\n`,
 * `\u202E`) and shortens long values, so a printed line is always one line of
 * plain text that says what the input holds.
 *
 * No imports: used by the command line and bundled for the browser page.
 */

/** How many characters of an echoed value are shown (the rest is counted). */
export const ECHO_LIMIT = 60;

/**
 * What never reaches the output raw: C0 controls (with tab, CR and LF), DEL, C1
 * controls, the Arabic letter mark, LRM/RLM, the line and paragraph separators,
 * bidi embeddings, overrides and isolates, and lone surrogates.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  if (Object.hasOwn(NAMED, char)) return NAMED[char]!;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first `max` UTF-16 units of `text`, not splitting a surrogate pair. */
function head(text: string, max: number): string {
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Outside text made safe to print: every control, bidi and separator character as a visible
 * escape, and, with `max`, at most `max` characters of it followed by "…". Linear in the part
 * kept, whatever the length of `text`.
 */
export function terminalText(text: unknown, max = Infinity): string {
  let value = typeof text === 'string' ? text : String(text);
  let cut = false;
  if (value.length > max) {
    value = head(value, max);
    cut = true;
  }
  UNSAFE.lastIndex = 0;
  const safe = UNSAFE.test(value) ? value.replace(UNSAFE, escapeOne) : value;
  return cut ? `${safe}…` : safe;
}

/**
 * An echoed value in a message: quoted, escaped and shortened to about 60 characters, with the
 * full length when it was cut (`"tirsdag;18.00;…" (10164001 characters)`).
 */
export function quoted(value: unknown, max = ECHO_LIMIT): string {
  const text = typeof value === 'string' ? value : String(value);
  const shown = `"${terminalText(text, max)}"`;
  return text.length > max ? `${shown} (${text.length} characters)` : shown;
}

/** The code points {@link terminalText} escapes, for JSON written where a terminal may show it. */
// JSON.stringify already escapes C0 controls and lone surrogates.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text with C1 controls, bidi characters and the line separators written as `\uXXXX`
 * escapes (JSON.stringify leaves them raw): the same JSON value, safe on a terminal.
 */
export function terminalJson(json: string): string {
  JSON_UNSAFE.lastIndex = 0;
  return JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
