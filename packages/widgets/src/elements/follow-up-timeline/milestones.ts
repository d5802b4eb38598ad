/**
 * The structured follow-up as data: which milestones a programme has, in which
 * week, on which calendar date, and where "today" falls. Pure functions, no
 * DOM and no UI strings (the element words the milestones in its locale).
 *
 * Dates are civil dates ("YYYY-MM-DD"). Arithmetic happens on the calendar
 * date through `Date.UTC`, never by adding 24 h to a local timestamp, so DST
 * changes and year boundaries cannot shift a milestone by a day.
 */
import type { LocalizedText, Programme } from '../../feed/schema.js';

export type MilestoneKind =
  'start' | 'follow-up' | 'group' | 'activity' | 'conversation' | 'closing' | 'renewal' | 'renewal-or-continue' | 'continue';

/** Order of milestones that share a week: the conversation that opens a week first, the one that closes it last. */
const KIND_ORDER: MilestoneKind[] = ['start', 'renewal', 'follow-up', 'group', 'activity', 'conversation', 'closing'];

export interface Milestone {
  /** Unique in the timeline: `<kind>-<week>`, e.g. `start-1`, `group-4`, `closing-12`. */
  id: string;
  kind: MilestoneKind;
  /** Week counted from the start of the first period (1-based; period 2 of 12 weeks starts in week 13). */
  week: number;
  /** Last week of a phase that spans several weeks (the follow-up phase). */
  endWeek?: number;
  /** 1 or 2. */
  period: number;
  /** Week within its period (1-based; `weeks + 1` for the step after a period). */
  periodWeek: number;
  /** First day of the milestone's week, when the timeline has a start date. */
  date?: string;
  /** Activities the centre lists for this week (feed text). */
  activities: LocalizedText[];
}

/** The programme the timeline shows, after feed and attributes are merged. */
export interface ResolvedProgramme {
  weeks: number;
  groupWeeks: number[];
  conversationWeeks: number[];
  activities: { week: number; label: LocalizedText }[];
  renewable: boolean;
}

export interface ProgrammeOverrides {
  weeks?: number;
  groupWeeks?: number[];
  conversationWeeks?: number[];
}

export const DEFAULT_WEEKS = 12;
const MAX_WEEKS = 52;

/** "2 4, 6" → [2, 4, 6]: whole numbers from 1 to 52, sorted, without duplicates. Undefined for a missing value. */
export function parseWeekList(value: string | null | undefined): number[] | undefined {
  if (value == null) return undefined;
  const weeks = value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= MAX_WEEKS);
  return [...new Set(weeks)].sort((a, b) => a - b);
}

const validWeeks = (n: unknown): number | undefined =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_WEEKS ? n : undefined;

/** The centre's programme (if any) with the editor's attributes on top; 12 weeks, no extra weeks by default. */
export function resolveProgramme(feed: Programme | undefined, overrides: ProgrammeOverrides = {}): ResolvedProgramme {
  const weeks = validWeeks(overrides.weeks) ?? validWeeks(feed?.weeks) ?? DEFAULT_WEEKS;
  const inRange = (list: number[] | undefined, from: number, to: number) =>
    [...new Set(list ?? [])].filter((w) => w >= from && w <= to).sort((a, b) => a - b);
  return {
    weeks,
    groupWeeks: inRange(overrides.groupWeeks ?? feed?.groupSessionWeeks, 1, weeks),
    // The first and the last week already have their conversations.
    conversationWeeks: inRange(overrides.conversationWeeks ?? feed?.conversationWeeks, 2, weeks - 1),
    activities: (feed?.activities ?? []).filter((a) => a.week >= 1 && a.week <= weeks),
    renewable: feed?.renewable ?? true,
  };
}

// ---------------------------------------------------------------------------------------------
// Civil dates
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a civil date, or undefined when `value` is not a real date ("2026-02-30"). */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  const match = ISO_DATE.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : undefined;
}

/** "YYYY-MM-DD" of a UTC-midnight date. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The civil date `days` days after `iso` (which must be valid). */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso)!;
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}

/** Whole days from `from` to `to` (both valid civil dates). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((parseIsoDate(to)!.getTime() - parseIsoDate(from)!.getTime()) / 86_400_000);

// ---------------------------------------------------------------------------------------------
// Milestones
// ---------------------------------------------------------------------------------------------

/**
 * The milestones of one or two periods, in week order: start conversation, the
 * follow-up phase, group-session, activity and extra-conversation weeks, the
 * closing conversation, then renewal (period 2) or the way forward on one's own.
 * With `start`, every milestone gets the date its week begins.
 */
export function buildMilestones(programme: ResolvedProgramme, periods = 1, start?: string): Milestone[] {
  const { weeks } = programme;
  const count = programme.renewable && periods >= 2 ? 2 : 1;
  const list: Milestone[] = [];
  const add = (kind: MilestoneKind, period: number, periodWeek: number, extra: Partial<Milestone> = {}) => {
    const week = (period - 1) * weeks + periodWeek;
    const milestone: Milestone = { id: `${kind}-${week}`, kind, week, period, periodWeek, activities: [], ...extra };
    if (milestone.endWeek !== undefined) milestone.endWeek += (period - 1) * weeks;
    if (start) milestone.date = addDays(start, (week - 1) * 7);
    list.push(milestone);
    return milestone;
  };
  for (let period = 1; period <= count; period++) {
    const first = add(period === 1 ? 'start' : 'renewal', period, 1);
    if (weeks >= 3) add('follow-up', period, 2, { endWeek: weeks - 1 });
    // Weekly extras in week order (a week may have a group session and a conversation).
    // A week's activities go with that week's own milestone (group session before conversation);
    // only a week without one gets an activity milestone.
    const byWeek: (Milestone | undefined)[] = [];
    for (let w = 1; w <= weeks; w++) {
      const group = programme.groupWeeks.includes(w) ? add('group', period, w) : undefined;
      const talk = programme.conversationWeeks.includes(w) ? add('conversation', period, w) : undefined;
      byWeek[w] = group ?? talk;
    }
    // The first and the last week are defined by their health conversations.
    byWeek[1] = first;
    if (weeks >= 2) byWeek[weeks] = add('closing', period, weeks);
    for (const { week, label } of programme.activities) {
      (byWeek[week] ??= add('activity', period, week)).activities.push(label);
    }
  }
  list.sort((a, b) => a.week - b.week || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  add(programme.renewable && count === 1 ? 'renewal-or-continue' : 'continue', count, weeks + 1);
  return list;
}

export type Phase = 'before' | 'during' | 'after';

export interface Position {
  phase: Phase;
  /** Days from the start to today (negative before the start). */
  days: number;
  /** Week counted from the first start (1-based), while `during`. */
  week: number;
  period: number;
  periodWeek: number;
  /** The milestone to highlight as the current step, if any. */
  current?: Milestone;
}

/**
 * Where `today` falls: before the start, in a week of a period, or after the
 * last period. The current milestone is the one in today's week, else the
 * phase that spans it, else the last one passed; after the end it is the
 * closing step "continue on your own" (or renewal).
 */
export function positionOf(milestones: Milestone[], weeks: number, start: string, today: string): Position {
  const days = daysBetween(start, today);
  const periods = Math.max(...milestones.map((m) => m.period));
  const week = Math.floor(days / 7) + 1;
  const phase: Phase = days < 0 ? 'before' : week > weeks * periods ? 'after' : 'during';
  const period = Math.min(Math.max(Math.ceil(week / weeks), 1), periods);
  // (No shorthand properties here: the manifest analyzer would list them as module variables.)
  const position: Position = { phase: phase, days: days, week: week, period: period, periodWeek: week - (period - 1) * weeks };
  if (phase !== 'before') {
    position.current =
      milestones.find((m) => m.week === week) ??
      milestones.find((m) => m.endWeek !== undefined && m.week <= week && week <= m.endWeek) ??
      milestones.filter((m) => m.week <= week).pop();
  }
  return position;
}
