/**
 * Pure queries over the self-help groups of a feed: filtering, free-text
 * search, ordering, filter options and the nearest contact points; the
 * filters and their URL form are in ./group-filters.ts (re-exported here),
 * which the finder needs before the feed, when these load with its content
 * views. No DOM; used by <fl-group-finder>.
 */
import { collatorCompare, compareNames, foldForSearchVariants } from '../../i18n/format.js';
import { municipalityName, municipalityNames, pickText } from '../localized.js';
import type { Locale } from '../../i18n/locales.js';
import { indexFeed } from '../index-feed.js';
import type { ContactPoint, Feed, Group, LocalizedText } from '../schema.js';
import { type GroupStatus } from '../vocabulary.js';
import type { GroupFilters, TimeOfDay } from './group-filters.js';

export * from './group-filters.js';

/** Morning before 12:00, afternoon 12:00–16:59, evening from 17:00 (by start time). */
export function timeOfDay(startTime: string): TimeOfDay {
  return startTime < '12:00' ? 'morning' : startTime < '17:00' ? 'afternoon' : 'evening';
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

const allTexts = (value: LocalizedText | undefined): string[] =>
  value ? Object.values(value).filter((text): text is string => typeof text === 'string') : [];

/**
 * A group's searchable text, folded: title, description, area and theme label in
 * every language, plus its municipality's names, folded in one pass. Query words
 * hold no spaces or newlines, so a word never matches across two texts.
 */
export function groupSearchText(group: Group, feed: Feed): string {
  const index = indexFeed(feed);
  const parts = [
    ...allTexts(group.title),
    ...allTexts(group.description),
    ...allTexts(group.area),
    ...allTexts(index.themes.get(group.theme)?.label),
  ];
  const municipality = group.municipality ? index.municipalities.get(group.municipality) : undefined;
  if (municipality) parts.push(...municipalityNames(municipality));
  return foldForSearchVariants([...new Set(parts)].join('\n')).join('\n');
}

// Folded once per feed, so a keystroke is one `includes` per group and word.
const searchTexts = new WeakMap<Feed, Map<Group, string>>();

function searchTextOf(feed: Feed, group: Group): string {
  let texts = searchTexts.get(feed);
  if (!texts) searchTexts.set(feed, (texts = new Map()));
  let text = texts.get(group);
  if (text === undefined) texts.set(group, (text = groupSearchText(group, feed)));
  return text;
}

/**
 * Folds the search texts of every group ahead of time, a slice per task, so the
 * first keystroke on a large feed does not wait for it. Returns a cancel function.
 */
export function prepareSearch(feed: Feed, budgetMs = 4): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Slices by time, not by count: 200 groups took 60–116 ms on a throttled phone. The clock is read every 4 groups
  // and the budget leaves room for a garbage collection, so a slice stays under ~8 ms (30 ms on a throttled phone).
  const step = () => {
    const end = performance.now() + budgetMs;
    while (next < feed.groups.length) {
      searchTextOf(feed, feed.groups[next++]!);
      if ((next & 3) === 0 && performance.now() > end) break;
    }
    timer = next < feed.groups.length ? setTimeout(step) : undefined;
  };
  timer = setTimeout(step);
  return () => clearTimeout(timer);
}

/**
 * The folded words of a query, each with its alternatives (a word with å also
 * tries "aa", so "ålesund" finds "Aalesund"; a record with å carries both forms).
 */
export function searchWords(query: string): string[][] {
  const [plain = '', withAa] = foldForSearchVariants(query);
  const aa = withAa?.split(' ');
  return plain
    .split(' ')
    .filter(Boolean)
    .map((word, i) => (aa && aa[i] && aa[i] !== word ? [word, aa[i]!] : [word]));
}

const matchesWords = (text: string, words: string[][]): boolean =>
  words.every((alternatives) => alternatives.some((word) => text.includes(word)));

// ---------------------------------------------------------------------------------------------
// Filtering and order
// ---------------------------------------------------------------------------------------------

/** The groups (in their given order) that pass every filter. */
export function filterGroups(feed: Feed, groups: readonly Group[], filters: GroupFilters): Group[] {
  const { theme, municipality, contactPoint, weekday, time, language, mode } = filters;
  const words = searchWords(filters.q);
  const statuses = filters.status.length ? new Set(filters.status) : undefined;
  return groups.filter(
    (group) =>
      (!theme || group.theme === theme) &&
      (!municipality || group.municipality === municipality) &&
      (!contactPoint || group.contactPoint === contactPoint) &&
      (!weekday || group.schedule.weekday === weekday) &&
      (!time || timeOfDay(group.schedule.startTime) === time) &&
      (!language || group.languages.includes(language)) &&
      (!mode || group.mode === mode) &&
      (!statuses || statuses.has(group.status)) &&
      (!words.length || matchesWords(searchTextOf(feed, group), words)),
  );
}

const STATUS_ORDER: Record<GroupStatus, number> = { open: 0, forming: 1, full: 2 };

/**
 * The order results are shown in: open groups first, then groups being formed
 * (soonest planned start first), then full ones; by title within each.
 */
export function compareGroups(a: Group, b: Group, locale: Locale): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.status === 'forming' ? (a.plannedStart ?? '9999').localeCompare(b.plannedStart ?? '9999') : 0) ||
    compareNames(pickText(a.title, locale)!.text, pickText(b.title, locale)!.text, locale)
  );
}

/** A group's place in the display order, worked out once per feed and locale. */
interface OrderKey {
  group: Group;
  rank: number;
  /** The planned start of a group being formed ('9999' when unknown), else ''. */
  start: string;
  title: string;
  /** Its place in the feed: equal groups keep the feed's order, as a stable sort would. */
  index: number;
}

interface Ordering {
  keys: Map<Group, OrderKey>;
  compare: (a: OrderKey, b: OrderKey) => number;
  /** Every group in display order, once known. */
  sorted?: Group[];
  /** The sort under way in idle slices: the keys of the first `next` groups, in order. */
  sorting?: { next: number; keys: OrderKey[] };
}

const orderings = new WeakMap<Feed, Map<Locale, Ordering>>();

/** The order keys of every group of the feed for `locale` (3-4 ms for 10 000 groups on a fast machine). */
function ordering(feed: Feed, locale: Locale): Ordering {
  let byLocale = orderings.get(feed);
  if (!byLocale) orderings.set(feed, (byLocale = new Map()));
  let found = byLocale.get(locale);
  if (!found) {
    // The order of compareGroups, with each group's keys worked out once instead of in every comparison.
    const collate = collatorCompare(locale);
    const keys = new Map<Group, OrderKey>();
    feed.groups.forEach((group, index) =>
      keys.set(group, {
        group,
        rank: STATUS_ORDER[group.status],
        start: group.status === 'forming' ? (group.plannedStart ?? '9999') : '',
        title: pickText(group.title, locale)!.text,
        index,
      }),
    );
    const compare = (a: OrderKey, b: OrderKey): number =>
      a.rank - b.rank || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || collate(a.title, b.title) || a.index - b.index;
    byLocale.set(locale, (found = { keys, compare }));
  }
  return found;
}

/**
 * Puts `key` into `list` (kept in order by `compare`) after any equal to it; with `cap`, the list keeps only the
 * first `cap`. One binary search and one move: the first page is picked this way, and the idle sort is made of it.
 */
function insertInOrder<T>(list: T[], key: T, compare: (a: T, b: T) => number, cap = Infinity): void {
  if (list.length >= cap && compare(key, list[list.length - 1]!) >= 0) return;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle]!, key) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, key);
  if (list.length > cap) list.pop();
}

/** Every group of the feed in display order for `locale` (cached; do not mutate). Finishes an idle sort at once. */
export function sortedGroups(feed: Feed, locale: Locale): readonly Group[] {
  const order = ordering(feed, locale);
  order.sorted ??= [...order.keys.values()].sort(order.compare).map((key) => key.group);
  return order.sorted;
}

/** Works out the order keys of the feed's groups for `locale` (what `firstGroupsInOrder` needs), if not yet done. */
export function prepareOrder(feed: Feed, locale: Locale): void {
  ordering(feed, locale);
}

/** The groups in display order if that order is already known (see `sortGroupsInSlices`), else undefined. */
export function sortedGroupsIfReady(feed: Feed, locale: Locale): readonly Group[] | undefined {
  return orderings.get(feed)?.get(locale)?.sorted;
}

/**
 * Sorts the groups into display order a slice per task (each under `budgetMs`), so no step of it blocks the page;
 * `sortedGroups` then has it at hand. Returns a cancel function (the work done so far is kept).
 */
export function sortGroupsInSlices(feed: Feed, locale: Locale, budgetMs = 4, onDone?: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const order = ordering(feed, locale);
    const sorting = (order.sorting ??= { next: 0, keys: [] });
    const groups = feed.groups;
    const end = performance.now() + budgetMs;
    while (!order.sorted && sorting.next < groups.length) {
      insertInOrder(sorting.keys, order.keys.get(groups[sorting.next++]!)!, order.compare);
      if ((sorting.next & 31) === 0 && performance.now() > end) break;
    }
    if (!order.sorted && sorting.next < groups.length) {
      timer = setTimeout(step);
      return;
    }
    order.sorted ??= sorting.keys.map((key) => key.group);
    order.sorting = undefined;
    timer = undefined;
    onDone?.();
  };
  timer = setTimeout(step);
  return () => clearTimeout(timer);
}

/**
 * The first `count` of `groups` in display order (the order of `sortedGroups`), without sorting them all: one pass
 * keeping the best `count` so far. For the first screen while the full order is still being worked out.
 */
export function firstGroupsInOrder(feed: Feed, groups: readonly Group[], count: number, locale: Locale): Group[] {
  const { keys, compare } = ordering(feed, locale);
  const best: OrderKey[] = [];
  for (const group of groups) {
    const key = keys.get(group);
    if (key && count > 0) insertInOrder(best, key, compare, count);
  }
  return best.map((key) => key.group);
}

// ---------------------------------------------------------------------------------------------
// Filter options
// ---------------------------------------------------------------------------------------------

export interface Option {
  value: string;
  label: string;
  /** The label's language when it differs from the reader's (a feed text that fell back to Bokmål). */
  lang?: Locale;
}

/** An option labelled by a feed text, marking the language it really is in. */
function textOption(value: string, text: LocalizedText, locale: Locale): Option {
  const picked = pickText(text, locale)!;
  return picked.lang === locale ? { value, label: picked.text } : { value, label: picked.text, lang: picked.lang };
}

const byLabel = (locale: Locale) => (a: Option, b: Option) => compareNames(a.label, b.label, locale);

/** Municipalities that have at least one of `groups`, by name in the reader's locale. */
export function municipalityOptions(feed: Feed, groups: readonly Group[], locale: Locale): Option[] {
  const numbers = new Set<string>();
  for (const group of groups) if (group.municipality) numbers.add(group.municipality);
  const index = indexFeed(feed);
  const options: Option[] = [];
  for (const value of numbers) {
    const place = index.municipalities.get(value);
    if (place) options.push({ value, label: municipalityName(place, locale) });
  }
  return options.sort(byLabel(locale));
}

/** Contact points that have at least one of `groups`, by name. */
export function contactPointOptions(feed: Feed, groups: readonly Group[], locale: Locale): Option[] {
  const ids = new Set(groups.map((group) => group.contactPoint));
  return feed.contactPoints
    .filter((point) => ids.has(point.id))
    .map((point) => textOption(point.id, point.name, locale))
    .sort(byLabel(locale));
}

/** Themes of the feed, by label (themes without groups stay: an empty result leads to a contact point). */
export function themeOptions(feed: Feed, locale: Locale): Option[] {
  return feed.themes.map((theme) => textOption(theme.id, theme.label, locale)).sort(byLabel(locale));
}

const LANGUAGE_ORDER = ['nb', 'no', 'nn', 'se', 'sma', 'smj', 'en'];

/** Language codes used by `groups`: Norwegian and Sámi first, then the rest alphabetically. */
export function languageCodes(groups: readonly Group[]): string[] {
  const codes = new Set<string>();
  for (const group of groups) for (const code of group.languages) codes.add(code);
  const rank = (code: string) => (LANGUAGE_ORDER.includes(code) ? LANGUAGE_ORDER.indexOf(code) : LANGUAGE_ORDER.length);
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

// ---------------------------------------------------------------------------------------------
// The way in when nothing matches
// ---------------------------------------------------------------------------------------------

/**
 * Contact points for someone who found no group: those covering the
 * municipality, else its county, else the national ones (such as Selvhjelp Norge).
 */
export function nearestContactPoints(feed: Feed, municipality?: string): ContactPoint[] {
  const place = municipality ? indexFeed(feed).municipalities.get(municipality) : undefined;
  const points = feed.contactPoints;
  if (place) {
    const local = points.filter((point) => point.municipalities.includes(place.number));
    if (local.length) return local;
    const county = points.filter((point) => point.counties.includes(place.county));
    if (county.length) return county;
  }
  return points.filter((point) => point.national);
}
