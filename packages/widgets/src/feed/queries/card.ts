/**
 * Feed queries behind `<fl-frisklivskort>`: which centre a card shows, what
 * its reader can continue with afterwards, and which notices are in force.
 * Pure functions over the validated feed.
 */
import type { FeedIndex } from '../index-feed.js';
import type { Centre, Feed, Notice, Offer, OpeningHours } from '../schema.js';
import { pickText } from '../localized.js';
import { compareNames } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

/** "301" and "0301" both mean Oslo; anything that is not 1–4 digits is returned as given. */
export function normalizeMunicipalityNumber(value: string): string {
  const trimmed = value.trim();
  return /^\d{1,4}$/.test(trimmed) ? trimmed.padStart(4, '0') : trimmed;
}

/**
 * The centre a card shows: by `centre` id when given, else the centre serving
 * `municipality` (an inter-municipal centre serves each of its municipalities).
 * Where several serve it, the one hosted there wins, else the first by name.
 */
export function pickCentre(
  index: FeedIndex,
  by: { centre?: string | undefined; municipality?: string | undefined },
  locale: Locale,
): Centre | undefined {
  const id = by.centre?.trim();
  if (id) return index.centres.get(id);
  if (!by.municipality) return undefined;
  const number = normalizeMunicipalityNumber(by.municipality);
  const serving = index.centresByMunicipality.get(number) ?? [];
  return (
    serving.find((c) => c.hostMunicipality === number) ??
    [...serving].sort((a, b) => compareNames(pickText(a.name, locale)!.text, pickText(b.name, locale)!.text, locale))[0]
  );
}

/**
 * The centre's offers to list: core offers first, then its optional ones, each
 * in feed order. A centre that lists no core offer is shown the national core
 * offer (every frisklivssentral has it); unknown ids are skipped.
 */
export function centreOffers(feed: Feed, centre: Centre): { core: Offer[]; optional: Offer[] } {
  const own = feed.offers.filter((o) => centre.offers.includes(o.id));
  const core = own.filter((o) => o.kind === 'core');
  return {
    core: core.length ? core : feed.offers.filter((o) => o.kind === 'core'),
    optional: own.filter((o) => o.kind === 'optional'),
  };
}

/** What a reader can continue with in the centre's municipalities once the follow-up ends. */
export interface ContinueCounts {
  /** Self-help groups meeting in the municipalities the centre serves. */
  groups: number;
  /** Distinct offers of all centres serving those municipalities. */
  offers: number;
}

export function continueCounts(feed: Feed, index: FeedIndex, centre: Centre): ContinueCounts {
  const served = new Set(centre.municipalities);
  const offers = new Set<string>();
  for (const number of served) {
    for (const c of index.centresByMunicipality.get(number) ?? []) for (const id of c.offers) if (index.offers.has(id)) offers.add(id);
  }
  return {
    groups: feed.groups.filter((g) => g.municipality !== undefined && served.has(g.municipality)).length,
    offers: offers.size,
  };
}

/** Whether something with optional `validFrom`/`validTo` (both inclusive) is in force on `today`. */
export function isInForce(item: { validFrom?: string; validTo?: string }, today: string): boolean {
  return (!item.validFrom || item.validFrom <= today) && (!item.validTo || item.validTo >= today);
}

/** The centre's notices in force on `today` (YYYY-MM-DD), in feed order. */
export function activeNotices(centre: Centre, today: string): Notice[] {
  return (centre.notices ?? []).filter((n) => isInForce(n, today));
}

/** The contact hours in force on `today`. */
export function currentContactHours(centre: Centre, today: string): OpeningHours[] {
  return (centre.contactHours ?? []).filter((h) => isInForce(h, today));
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Weekday codes as runs of Monday-first indexes: MO TU WE TH FR → [[0, 4]],
 * MO WE → [[0, 0], [2, 2]]. Two adjacent days stay two runs (read "Monday, Tuesday").
 */
export function weekdayRuns(codes: readonly string[]): [number, number][] {
  const days = [...new Set(codes.map((c) => WEEKDAY_CODES.indexOf(c)).filter((i) => i >= 0))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs.flatMap(([from, to]) =>
    to - from === 1
      ? ([
          [from, from],
          [to, to],
        ] as [number, number][])
      : [[from, to]],
  );
}
