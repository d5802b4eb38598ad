/**
 * What a reader filters the self-help groups on, and the filters' URL form: what <fl-group-finder> needs before the
 * feed has arrived (its URL state), apart from the queries over the groups (./groups.ts, which re-exports this), so
 * that those can load with the finder's content views. No DOM.
 */
import { GROUP_STATUSES, WEEKDAYS, type GroupStatus, type Weekday } from '../vocabulary.js';
import type { Group } from '../schema.js';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const GROUP_MODES = ['physical', 'digital'] as const;
export type GroupMode = Group['mode'];

/** What a reader filters on. '' (or an empty status list) means "any". */
export interface GroupFilters {
  /** Free text: every word must occur in the group's text, in any of its languages. */
  q: string;
  theme: string;
  municipality: string;
  contactPoint: string;
  weekday: Weekday | '';
  time: TimeOfDay | '';
  language: string;
  mode: GroupMode | '';
  status: GroupStatus[];
}

export const NO_FILTERS: Readonly<GroupFilters> = Object.freeze({
  q: '',
  theme: '',
  municipality: '',
  contactPoint: '',
  weekday: '',
  time: '',
  language: '',
  mode: '',
  status: [],
});

export function hasActiveFilters(filters: GroupFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof GroupFilters)[]).some((key) => serialize(filters[key]) !== '');
}

// ---------------------------------------------------------------------------------------------
// URL form: namespaced parameters, so the host page's own parameters are left alone
// ---------------------------------------------------------------------------------------------

export const FILTER_PARAMS: Readonly<Record<keyof GroupFilters, string>> = {
  q: 'fl-q',
  theme: 'fl-theme',
  municipality: 'fl-mun',
  contactPoint: 'fl-cp',
  weekday: 'fl-day',
  time: 'fl-time',
  language: 'fl-lang',
  mode: 'fl-mode',
  status: 'fl-status',
};

const serialize = (value: string | string[]): string => (Array.isArray(value) ? value.join(',') : value);

const oneOf = <T extends string>(allowed: readonly T[], value: string): T | '' => (allowed.includes(value as T) ? (value as T) : '');

/** Statuses from "forming,open" or "forming open"; unknown words are ignored. */
export function parseStatuses(value: string | null | undefined): GroupStatus[] {
  const words = (value ?? '').split(/[\s,]+/);
  return GROUP_STATUSES.filter((status) => words.includes(status));
}

function parseValue<K extends keyof GroupFilters>(key: K, value: string): GroupFilters[K] {
  const v = value.slice(0, 200);
  const parsed =
    key === 'status'
      ? parseStatuses(v)
      : key === 'weekday'
        ? oneOf(WEEKDAYS, v)
        : key === 'time'
          ? oneOf(TIMES_OF_DAY, v)
          : key === 'mode'
            ? oneOf(GROUP_MODES, v)
            : v;
  return parsed as GroupFilters[K];
}

/**
 * Filters from URL parameters. A parameter that is present wins, even empty
 * (the reader cleared a preset); an absent one keeps the preset.
 */
export function filtersFromParams(params: URLSearchParams, presets: GroupFilters): GroupFilters {
  const filters = { ...presets };
  for (const key of Object.keys(FILTER_PARAMS) as (keyof GroupFilters)[]) {
    const value = params.get(FILTER_PARAMS[key]);
    if (value !== null) (filters as Record<string, unknown>)[key] = parseValue(key, value);
  }
  return filters;
}

/**
 * A query string (without "?" or "#") holding `filters`: the parts of `raw` that
 * are not ours are kept byte for byte; ours are written only where they differ
 * from the presets (empty when the reader cleared a preset).
 */
export function mergeFilterParams(raw: string, filters: GroupFilters, presets: GroupFilters): string {
  const names = Object.values(FILTER_PARAMS);
  const kept = raw.split('&').filter((part) => part && !names.some((name) => part === name || part.startsWith(`${name}=`)));
  const ours = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof GroupFilters)[]) {
    const value = serialize(filters[key]);
    if (value !== serialize(presets[key])) ours.set(FILTER_PARAMS[key], value);
  }
  const own = ours.toString();
  return [...kept, ...(own ? [own] : [])].join('&');
}
