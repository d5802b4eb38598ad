import { COLLECTION_NAMES, FEED_LIMITS, FeedValidator, validateFeed, type CollectionName, type ValidationResult } from './validate.js';

/** The feed text is not JSON. */
export class JsonSyntaxError extends Error {}
/** The feed is beyond what a reader's browser should be asked to handle (see `FEED_LIMITS`). */
export class FeedLimitError extends Error {}

const enum State {
  /** Before the document's first `{`. */
  Start,
  /** Inside the top-level object, where a key or `}` comes. */
  Key,
  /** Inside a key's string. */
  KeyString,
  Colon,
  /** Where a member's value begins. */
  Value,
  /** Inside a member's value (any JSON value, up to the `,` or `}` that ends it). */
  MemberToken,
  /** In a collection's array, where an element or `]` comes. */
  Element,
  /** In a collection's array, after `,`: an element must come. */
  ElementRequired,
  /** Inside one element of a collection. */
  ElementToken,
  /** After a member, where `,` or `}` comes. */
  AfterMember,
  /** After the top-level object: only white space may follow. */
  Done,
  /** The document is not an object: collect it whole and let the validator say so. */
  Whole,
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const COLLECTION = new Set<string>(COLLECTION_NAMES);

/**
 * Reads a feed document piece by piece as it arrives, splitting it into its top-level members and each
 * collection into its entries, and validates each entry as soon as it is complete. No step handles more than one
 * piece of text, or one entry, at a time: a caller that feeds pieces of a few kilobytes and yields between them
 * keeps the page responsive however large the feed (`JSON.parse` of a 10 MB text is one long task; `response.text()`
 * another). The result is exactly `validateFeed(JSON.parse(text))`, limits included.
 */
export class FeedStreamParser {
  private state = State.Start;
  private readonly validator: FeedValidator;
  /** The members other than the collections (prototype-free: a key "__proto__" is only a key). */
  private readonly head: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  /** Text of the token being read, from earlier pieces. */
  private parts: string[] = [];
  private key = '';
  private collection?: CollectionName;
  private index = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Offset in the whole text of the current piece, and of the open string's quote. */
  private offset = 0;
  private stringStart = 0;
  private characters = 0;

  constructor(options: { feedUrl?: string } = {}) {
    this.validator = new FeedValidator(options);
  }

  /** Reads the next piece of text. Throws `JsonSyntaxError` or `FeedLimitError`. */
  push(text: string): void {
    this.characters += text.length;
    if (this.characters > FEED_LIMITS.maxCharacters) throw new FeedLimitError(`more than ${FEED_LIMITS.maxCharacters} characters`);
    if (this.state === State.Whole) {
      this.parts.push(text);
      return;
    }
    let start = -1; // where the open token began in this piece (-1: it began in an earlier one, or none is open)
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.Start:
          if (isSpace(c) || c === 0xfeff) continue;
          if (c === 123 /* { */) this.state = State.Key;
          else {
            this.state = State.Whole;
            this.parts.push(text.slice(i));
            return;
          }
          continue;
        case State.Key:
          if (isSpace(c)) continue;
          if (c === 34 /* " */) {
            this.state = State.KeyString;
            this.openString(i);
            start = i;
          } else if (c === 125 /* } */) this.state = State.Done;
          else this.unexpected(c);
          continue;
        case State.KeyString:
          if (this.endsString(c, i)) {
            this.key = this.parse(this.take(text, start, i + 1)) as string;
            start = -1;
            this.state = State.Colon;
          }
          continue;
        case State.Colon:
          if (isSpace(c)) continue;
          if (c !== 58 /* : */) this.unexpected(c);
          this.state = State.Value;
          continue;
        case State.Value:
          if (isSpace(c)) continue;
          if (c === 91 /* [ */ && COLLECTION.has(this.key)) {
            this.collection = this.key as CollectionName;
            this.validator.startCollection(this.collection);
            delete this.head[this.key];
            this.index = 0;
            this.state = State.Element;
            continue;
          }
          this.state = State.MemberToken;
          this.depth = 0;
          this.inString = this.escaped = false;
          start = i;
          i--; // read this character as part of the token
          continue;
        case State.Element:
        case State.ElementRequired:
          if (isSpace(c)) continue;
          if (c === 93 /* ] */ && this.state === State.Element) {
            this.state = State.AfterMember;
            continue;
          }
          if (this.index >= FEED_LIMITS.maxEntries) {
            throw new FeedLimitError(`$.${this.collection}: more than ${FEED_LIMITS.maxEntries} entries`);
          }
          this.state = State.ElementToken;
          this.depth = 0;
          this.inString = this.escaped = false;
          start = i;
          i--;
          continue;
        case State.AfterMember:
          if (isSpace(c)) continue;
          if (c === 44 /* , */) this.state = State.Key;
          else if (c === 125) this.state = State.Done;
          else this.unexpected(c);
          continue;
        case State.Done:
          if (!isSpace(c)) this.unexpected(c);
          continue;
        case State.MemberToken:
        case State.ElementToken: {
          // The hot loop: most of the text is inside entries.
          const end = this.scanToken(text, i);
          if (end < 0) {
            i = n;
            continue;
          }
          const json = this.take(text, start, end);
          start = -1;
          i = end; // the delimiter, handled here
          const delimiter = text.charCodeAt(end);
          if (this.state === State.MemberToken) {
            if (delimiter === 93) this.unexpected(delimiter);
            this.member(json);
            this.state = delimiter === 44 ? State.Key : State.Done;
          } else {
            if (delimiter === 125) this.unexpected(delimiter);
            this.element(json);
            this.state = delimiter === 44 ? State.ElementRequired : State.AfterMember;
          }
          continue;
        }
      }
    }
    if (this.state === State.KeyString || this.state === State.MemberToken || this.state === State.ElementToken) {
      this.parts.push(start >= 0 ? text.slice(start) : text);
      if (this.inString && this.offset + n - this.stringStart > FEED_LIMITS.maxStringLength) this.tooLong();
    }
    this.offset += n;
  }

  /** The document is complete: the validator's result. */
  end(): ValidationResult {
    if (this.state === State.Whole) return validateFeed(this.parse(this.parts.join('')));
    if (this.state !== State.Done) throw new JsonSyntaxError('Unexpected end of JSON input');
    return this.validator.finish(this.head);
  }

  /**
   * Advances through a member's or an element's value from `i`; returns the index of the `,`, `}` or `]` that
   * ends it, or -1 when the piece ends first.
   */
  private scanToken(text: string, i: number): number {
    const n = text.length;
    let { depth, inString, escaped } = this;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92 /* \ */) escaped = true;
        else if (c === 34) {
          inString = false;
          if (this.offset + i - this.stringStart > FEED_LIMITS.maxStringLength) this.tooLong();
        }
      } else if (c === 34) {
        inString = true;
        this.stringStart = this.offset + i;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) break;
        depth--;
      } else if (c === 44 && depth === 0) break;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return i < n ? i : -1;
  }

  private openString(i: number): void {
    this.inString = true;
    this.escaped = false;
    this.stringStart = this.offset + i;
  }

  /** Inside a key: whether `c` closes it. */
  private endsString(c: number, i: number): boolean {
    if (this.escaped) this.escaped = false;
    else if (c === 92) this.escaped = true;
    else if (c === 34) {
      this.inString = false;
      return true;
    } else if (this.offset + i - this.stringStart > FEED_LIMITS.maxStringLength) this.tooLong();
    return false;
  }

  /** The token's text: what earlier pieces held, then this piece up to `end`. */
  private take(text: string, start: number, end: number): string {
    const tail = text.slice(Math.max(0, start), end);
    if (!this.parts.length) return tail;
    this.parts.push(tail);
    const whole = this.parts.join('');
    this.parts = [];
    return whole;
  }

  private member(json: string): void {
    const value = this.parse(json);
    if (COLLECTION.has(this.key)) {
      // A collection given as something other than an array (null or absent means empty).
      if (value === null) this.validator.startCollection(this.key as CollectionName);
      else this.validator.notAnArray(this.key as CollectionName);
      return;
    }
    this.head[this.key] = value;
  }

  private element(json: string): void {
    this.validator.entry(this.collection!, this.index++, this.parse(json));
  }

  private parse(json: string): unknown {
    try {
      return JSON.parse(json);
    } catch (error) {
      throw new JsonSyntaxError((error as Error).message);
    }
  }

  private unexpected(c: number): never {
    throw new JsonSyntaxError(`Unexpected token '${String.fromCharCode(c)}' at position ${this.offset}`);
  }

  private tooLong(): never {
    throw new FeedLimitError(`a string longer than ${FEED_LIMITS.maxStringLength} characters`);
  }
}
