// Kept (no good replacement): Ajv compiles validators with new Function, which our strict CSP blocks, and is many times larger; no small validator also returns a clean copy and writes the JSON Schema.
/**
 * A small schema kit: each check validates untrusted JSON, reports problems with
 * their JSON path, returns a clean copy holding only the fields it knows (so
 * unknown fields, such as member lists a feed should never carry, cannot reach
 * the elements), and describes itself as JSON Schema so that
 * `schema/feed.schema.json` is generated from the very same definitions.
 *
 * A full JSON-Schema engine is too large for the browser bundle; this is
 * the one validator the browser and the command line share.
 */

export interface Problem {
  /** JSON path, e.g. `$.groups[3].schedule.weekday`. */
  path: string;
  message: string;
  /** `error`: the entry (or document) is unusable. `warning`: something was dropped or is suspicious. */
  severity: 'error' | 'warning';
  /** The id of the top-level entry the problem belongs to, when it has one. */
  entryId?: string;
}

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/**
 * Plain data describing a check, read only by scripts/build-schema.ts to write
 * the JSON Schema; keeping the JSON Schema writer out of here keeps it out of
 * the browser bundle.
 */
export type Spec =
  | { kind: 'string'; minLength: number; maxLength: number; pattern?: RegExp; format?: string }
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly (string | number)[] }
  | { kind: 'array'; item: Check<unknown>; minItems: number; maxItems: number; unique: boolean }
  | { kind: 'object'; shape: Record<string, Check<unknown>> }
  | { kind: 'ref'; name: string };

export interface Check<T> {
  parse(value: unknown, path: string, problems: Problem[]): T | Invalid;
  readonly spec: Spec;
  /** Set by `optional()` and friends: the field may be absent (or null). */
  readonly isOptional?: boolean;
  /** Set by `withDefault()`. */
  readonly defaultValue?: unknown;
}

export type Infer<C> = C extends Check<infer T> ? T : never;
/** A check whose field may be absent from the input. */
export type OptionalCheck<T> = Check<T> & { readonly isOptional: true };

const fail = (problems: Problem[], path: string, message: string): Invalid => {
  problems.push({ path, message, severity: 'error' });
  return INVALID;
};

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Human wording of the pattern for messages, e.g. "YYYY-MM-DD". */
  patternName?: string;
  /** Extra semantic test (e.g. a real calendar date) after the pattern. */
  refine?: (value: string) => string | undefined;
  format?: string;
}

export function string(options: StringOptions = {}): Check<string> {
  const { minLength = 1, maxLength = 10_000, pattern, patternName, refine, format } = options;
  return {
    parse(value, path, problems) {
      if (typeof value !== 'string') return fail(problems, path, `expected a string, got ${describe(value)}`);
      const text = value.trim();
      if (text.length < minLength) return fail(problems, path, 'must not be empty');
      if (text.length > maxLength) return fail(problems, path, `longer than ${maxLength} characters`);
      if (pattern && !pattern.test(text))
        return fail(problems, path, `expected ${patternName ?? pattern.source}, got "${text.slice(0, 40)}"`);
      const refined = refine?.(text);
      if (refined) return fail(problems, path, refined);
      return text;
    },
    spec: { kind: 'string', minLength, maxLength, pattern, format },
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Check<number> {
  const { min, max, integer } = options;
  return {
    parse(value, path, problems) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return fail(problems, path, `expected a finite number, got ${typeof value === 'number' ? String(value) : describe(value)}`);
      }
      if (integer && !Number.isInteger(value)) return fail(problems, path, 'expected a whole number');
      if (min !== undefined && value < min) return fail(problems, path, `must be at least ${min}`);
      if (max !== undefined && value > max) return fail(problems, path, `must be at most ${max}`);
      return value;
    },
    spec: { kind: 'number', min, max, integer },
  };
}

export function boolean(): Check<boolean> {
  return {
    parse: (value, path, problems) =>
      typeof value === 'boolean' ? value : fail(problems, path, `expected true or false, got ${describe(value)}`),
    spec: { kind: 'boolean' },
  };
}

export function oneOf<const V extends string | number>(values: readonly V[]): Check<V> {
  const allowed = new Set<unknown>(values);
  return {
    parse: (value, path, problems) =>
      allowed.has(value)
        ? (value as V)
        : fail(problems, path, `expected one of ${values.join(', ')}, got ${JSON.stringify(value)?.slice(0, 40)}`),
    spec: { kind: 'enum', values },
  };
}

export interface ArrayOptions {
  minItems?: number;
  maxItems?: number;
  /** Drop invalid items (reported as warnings) instead of failing the whole array. */
  dropInvalid?: boolean;
  /** Drop repeated primitive values. */
  unique?: boolean;
}

export function array<T>(item: Check<T>, options: ArrayOptions = {}): Check<T[]> {
  const { minItems = 0, maxItems = 100_000, dropInvalid = false, unique = false } = options;
  return {
    parse(value, path, problems) {
      if (!Array.isArray(value)) return fail(problems, path, `expected an array, got ${describe(value)}`);
      if (value.length > maxItems) return fail(problems, path, `more than ${maxItems} items`);
      const out: T[] = [];
      const seen = unique ? new Set<unknown>() : undefined;
      for (let i = 0; i < value.length; i++) {
        const itemPath = `${path}[${i}]`;
        const itemProblems: Problem[] = [];
        const parsed = item.parse(value[i], itemPath, itemProblems);
        if (parsed === INVALID) {
          if (!dropInvalid) {
            problems.push(...itemProblems);
            return INVALID;
          }
          problems.push(...itemProblems.map((p) => ({ ...p, severity: 'warning' as const, message: `${p.message} (item dropped)` })));
          continue;
        }
        problems.push(...itemProblems);
        if (seen) {
          if (seen.has(parsed)) {
            problems.push({ path: itemPath, message: `repeated value ${JSON.stringify(parsed)} (dropped)`, severity: 'warning' });
            continue;
          }
          seen.add(parsed);
        }
        out.push(parsed);
      }
      if (out.length < minItems) return fail(problems, path, `needs at least ${minItems} item${minItems === 1 ? '' : 's'}`);
      return out;
    },
    spec: { kind: 'array', item: item as Check<unknown>, minItems, maxItems, unique },
  };
}

export function optional<T>(check: Check<T>): OptionalCheck<T | undefined> {
  return {
    isOptional: true as const,
    parse: (value, path, problems) => (value === undefined || value === null ? undefined : check.parse(value, path, problems)),
    spec: check.spec,
  };
}

/** A value that, when missing or invalid, becomes a default (with a warning when invalid). */
export function withDefault<T>(check: Check<T>, fallback: NoInfer<T>): OptionalCheck<T> {
  return {
    isOptional: true as const,
    parse(value, path, problems) {
      if (value === undefined || value === null) return fallback;
      const inner: Problem[] = [];
      const parsed = check.parse(value, path, inner);
      if (parsed === INVALID) {
        problems.push(
          ...inner.map((p) => ({ ...p, severity: 'warning' as const, message: `${p.message} (default ${JSON.stringify(fallback)} used)` })),
        );
        return fallback;
      }
      return parsed;
    },
    spec: check.spec,
    defaultValue: fallback,
  };
}

/**
 * An optional field that is dropped with a warning when invalid instead of
 * failing its entry: right for extras such as a web link or a notice.
 */
export function lenient<T>(check: Check<T>): OptionalCheck<T | undefined> {
  return {
    isOptional: true as const,
    parse(value, path, problems) {
      if (value === undefined || value === null) return undefined;
      const inner: Problem[] = [];
      const parsed = check.parse(value, path, inner);
      if (parsed === INVALID) {
        problems.push(...inner.map((p) => ({ ...p, severity: 'warning' as const, message: `${p.message} (field ignored)` })));
        return undefined;
      }
      problems.push(...inner);
      return parsed;
    },
    spec: check.spec,
  };
}

type Shape = Record<string, Check<unknown>>;
// A key is optional in the output when its check can yield undefined
// (optional, lenient); a `withDefault` field is always present after parsing.
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

export function object<S extends Shape>(
  shape: S,
  options: { refine?: (value: ObjectOf<S>, path: string, problems: Problem[]) => void } = {},
): Check<ObjectOf<S>> {
  const keys = Object.keys(shape);
  return {
    parse(value, path, problems) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return fail(problems, path, `expected an object, got ${describe(value)}`);
      }
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of keys) {
        const check = shape[key]!;
        const fieldValue = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
        if (fieldValue === undefined && !check.isOptional) {
          problems.push({ path: `${path}.${key}`, message: 'is required', severity: 'error' });
          ok = false;
          continue;
        }
        const parsed = check.parse(fieldValue, `${path}.${key}`, problems);
        if (parsed === INVALID) ok = false;
        else if (parsed !== undefined) out[key] = parsed;
      }
      if (!ok) return INVALID;
      const result = out as ObjectOf<S>;
      if (options.refine) {
        const before = problems.length;
        options.refine(result, path, problems);
        if (problems.slice(before).some((p) => p.severity === 'error')) return INVALID;
      }
      return result;
    },
    spec: { kind: 'object', shape },
  };
}

const definitions = new Map<string, Check<unknown>>();

/** A named, reusable definition: one `$defs` entry in the JSON Schema, referenced where used. */
export function named<T>(name: string, check: Check<T>): Check<T> {
  definitions.set(name, check as Check<unknown>);
  return { ...check, spec: { kind: 'ref', name } };
}

/** Every named definition, for the JSON Schema generator. */
export function namedDefinitions(): ReadonlyMap<string, Check<unknown>> {
  return definitions;
}
