/**
 * `frisklivs-feed stats`: the health of a feed at a glance. Counts per kind,
 * centres per status, municipalities no centre serves, groups per status, mode
 * and theme, the oldest last-verified dates, coverage of the
 * administrative area for Sámi languages, and how many offer and theme labels
 * each locale has (a reader whose locale lacks one sees the Bokmål label).
 *
 * No Node imports.
 */
import type { Feed } from 'frisklivs-widgets/feed';
import { ECHO_LIMIT, terminalText } from './terminal.js';

/** A feed value (id, name) as printed: escaped and cut. */
const shown = (value: string) => terminalText(value, ECHO_LIMIT);

export interface Verified {
  id: string;
  lastVerified: string;
  /** Days between lastVerified and `today`. */
  ageDays: number;
}

export interface SamiAreaCoverage {
  language: 'se' | 'sma' | 'smj';
  municipalities: number;
  /** Municipalities served by a centre that is not closed. */
  withCentre: number;
  /** …by a centre that lists the area's language. */
  withCentreInLanguage: number;
  /** Groups meeting in the area's municipalities. */
  groupsInArea: number;
  /** Groups anywhere held in the area's language. */
  groupsInLanguage: number;
  withoutCentre: { number: string; name: string }[];
}

/** Offer and theme labels a locale has of all there are, and the ids of those it lacks. */
export interface LabelCoverage {
  locale: (typeof LABEL_LOCALES)[number];
  offers: { labelled: number; of: number; missing: string[] };
  themes: { labelled: number; of: number; missing: string[] };
}

/** The widgets' locales besides nb, which every label has. */
export const LABEL_LOCALES = ['nn', 'se', 'sma', 'smj', 'en'] as const;

export interface FeedStats {
  today: string;
  counts: { offers: number; themes: number; municipalities: number; contactPoints: number; centres: number; sites: number; groups: number };
  centresByStatus: Record<string, number>;
  /** Known only when the feed lists municipalities. */
  municipalitiesWithoutCentre: { number: string; name: string }[] | null;
  groupsByStatus: Record<string, number>;
  groupsByMode: Record<string, number>;
  groupsByTheme: Record<string, number>;
  oldestVerified: { centres: Verified[]; groups: Verified[]; contactPoints: Verified[] };
  /** Entries last verified more than 365 days before `today`. */
  staleOverAYear: { centres: number; groups: number; contactPoints: number };
  samiArea: SamiAreaCoverage[];
  labels: LabelCoverage[];
}

const DAY = 86_400_000;

/** Counts by key (a feed value: an id named "constructor" counts like any other), in `order` first. */
function tally<T>(items: T[], key: (item: T) => string, order: readonly string[] = []): Record<string, number> {
  const counts = new Map<string, number>(order.map((name) => [name, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries(counts);
}

/** Figures for a validated feed. `today` (YYYY-MM-DD) defaults to the current date. */
export function computeStats(feed: Feed, options: { today?: string; oldest?: number } = {}): FeedStats {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const oldestN = options.oldest ?? 5;
  const open = feed.centres.filter((c) => c.status !== 'closed');
  const served = new Set(open.flatMap((c) => c.municipalities));
  const nameOf = new Map(feed.municipalities.map((m) => [m.number, Object.values(m.names).filter(Boolean).join(' - ')]));
  const age = (date: string) => Math.round((todayMs - Date.parse(`${date}T00:00:00Z`)) / DAY);
  const oldest = (entries: { id: string; lastVerified?: string }[]): Verified[] =>
    entries
      .filter((e): e is { id: string; lastVerified: string } => !!e.lastVerified)
      .sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.id.localeCompare(b.id))
      .slice(0, oldestN)
      .map((e) => ({ id: e.id, lastVerified: e.lastVerified, ageDays: age(e.lastVerified) }));
  const stale = (entries: { lastVerified?: string }[]) => entries.filter((e) => e.lastVerified && age(e.lastVerified) > 365).length;

  const samiArea: SamiAreaCoverage[] = (['se', 'sma', 'smj'] as const).map((language) => {
    const area = feed.municipalities.filter((m) => m.samiArea === language);
    const numbers = new Set(area.map((m) => m.number));
    const inLanguage = new Set(open.filter((c) => c.languages.includes(language)).flatMap((c) => c.municipalities));
    return {
      language,
      municipalities: area.length,
      withCentre: area.filter((m) => served.has(m.number)).length,
      withCentreInLanguage: area.filter((m) => inLanguage.has(m.number)).length,
      groupsInArea: feed.groups.filter((g) => g.municipality && numbers.has(g.municipality)).length,
      groupsInLanguage: feed.groups.filter((g) => g.languages.includes(language)).length,
      withoutCentre: area.filter((m) => !served.has(m.number)).map((m) => ({ number: m.number, name: nameOf.get(m.number)! })),
    };
  });

  const coverage = (entries: { id: string; label: Partial<Record<string, string>> }[], locale: string) => {
    const missing = entries.filter((e) => !e.label[locale]?.trim()).map((e) => e.id);
    return { labelled: entries.length - missing.length, of: entries.length, missing };
  };
  const labels = LABEL_LOCALES.map((locale) => ({ locale, offers: coverage(feed.offers, locale), themes: coverage(feed.themes, locale) }));

  return {
    today,
    counts: {
      offers: feed.offers.length,
      themes: feed.themes.length,
      municipalities: feed.municipalities.length,
      contactPoints: feed.contactPoints.length,
      centres: feed.centres.length,
      sites: feed.centres.reduce((n, c) => n + c.sites.length, 0),
      groups: feed.groups.length,
    },
    centresByStatus: tally(feed.centres, (c) => c.status, ['active', 'temporarily-closed', 'closed']),
    municipalitiesWithoutCentre: feed.municipalities.length
      ? feed.municipalities.filter((m) => !served.has(m.number)).map((m) => ({ number: m.number, name: nameOf.get(m.number)! }))
      : null,
    groupsByStatus: tally(feed.groups, (g) => g.status, ['forming', 'open', 'full']),
    groupsByMode: tally(feed.groups, (g) => g.mode, ['physical', 'digital']),
    groupsByTheme: tally(
      feed.groups,
      (g) => g.theme,
      feed.themes.map((t) => t.id),
    ),
    oldestVerified: { centres: oldest(feed.centres), groups: oldest(feed.groups), contactPoints: oldest(feed.contactPoints) },
    staleOverAYear: { centres: stale(feed.centres), groups: stale(feed.groups), contactPoints: stale(feed.contactPoints) },
    samiArea,
    labels,
  };
}

const list = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, v]) => `${shown(k)} ${v}`)
    .join(', ') || '–';

/** The figures as text lines; every feed value in them escaped and cut (see terminal.ts). */
export function formatStats(stats: FeedStats, source: string): string[] {
  const c = stats.counts;
  const lines = [
    `${terminalText(source)} (as of ${stats.today})`,
    `  entries: ${c.centres} centres (${c.sites} sites), ${c.groups} groups, ${c.contactPoints} contact points, ${c.offers} offers, ${c.themes} themes, ${c.municipalities} municipalities`,
    `  centres by status: ${list(stats.centresByStatus)}`,
  ];
  if (stats.municipalitiesWithoutCentre) {
    const missing = stats.municipalitiesWithoutCentre;
    const sample = missing
      .slice(0, 8)
      .map((m) => `${shown(m.number)} ${shown(m.name)}`)
      .join(', ');
    lines.push(
      `  municipalities without a centre: ${missing.length} of ${c.municipalities}${missing.length ? ` (${sample}${missing.length > 8 ? ', …' : ''})` : ''}`,
    );
  } else {
    lines.push('  municipalities without a centre: unknown (the feed lists no municipalities)');
  }
  lines.push(`  groups by status: ${list(stats.groupsByStatus)}`);
  lines.push(`  groups by mode: ${list(stats.groupsByMode)}`);
  lines.push(`  groups by theme: ${list(stats.groupsByTheme)}`);
  const oldest = (name: string, entries: Verified[]) =>
    `  oldest last verified (${name}): ${entries.map((e) => `${shown(e.id)} ${e.lastVerified} (${e.ageDays} days)`).join(', ') || '–'}`;
  lines.push(oldest('centres', stats.oldestVerified.centres));
  lines.push(oldest('groups', stats.oldestVerified.groups));
  lines.push(oldest('contact points', stats.oldestVerified.contactPoints));
  const s = stats.staleOverAYear;
  lines.push(`  not verified for over a year: ${s.centres} centres, ${s.groups} groups, ${s.contactPoints} contact points`);
  for (const area of stats.samiArea) {
    if (!area.municipalities) continue;
    lines.push(
      `  Sámi area (${area.language}): ${area.municipalities} municipalities, ${area.withCentre} with a centre, ${area.withCentreInLanguage} with a centre in ${area.language}; ${area.groupsInArea} groups in the area, ${area.groupsInLanguage} groups in ${area.language}` +
        (area.withoutCentre.length ? `; no centre: ${area.withoutCentre.map((m) => shown(m.name)).join(', ')}` : ''),
    );
  }
  if (!stats.samiArea.some((a) => a.municipalities)) lines.push('  Sámi area: no municipality of the area is listed');
  const part = (name: string, c: LabelCoverage['offers']) =>
    `${name} ${c.labelled}/${c.of}${c.missing.length ? ` (no ${c.missing.join(', ')})` : ''}`;
  lines.push(
    `  labels per locale (else Bokmål is shown): ${stats.labels.map((l) => `${l.locale}: ${part('offers', l.offers)}, ${part('themes', l.themes)}`).join('; ')}`,
  );
  return lines;
}
