/**
 * When a self-help group meets next, from its recurrence (weekly, or
 * fortnightly counted from the first meeting) in Norway's time. Pure functions
 * of the group and a clock.
 */
import { addDays, daysBetween, minutesOf, norwayClock, weekdayOf } from './oslo-time.js';
import type { ContactPoint, Group } from './schema.js';
import { WEEKDAYS } from './vocabulary.js';

export interface Meeting {
  /** Civil date, "YYYY-MM-DD". */
  date: string;
  /** "HH:MM", Norway's time. */
  start: string;
  end: string;
}

/** What to say about a group's meetings. */
export type MeetingInfo =
  /** The next meeting someone can go to. */
  | { state: 'next'; meeting: Meeting }
  /** Still being formed: the planned start, when the feed gives one. */
  | { state: 'forming'; plannedStart?: string }
  /** Full; `waitingList` when its contact point takes names for a waiting list. */
  | { state: 'full'; waitingList: boolean };

/** The first meeting's date, moved forward to the group's weekday (a feed may give a first date on another day). */
function firstDate(group: Group): string | undefined {
  const { firstMeeting, weekday } = group.schedule;
  return firstMeeting && addDays(firstMeeting, (WEEKDAYS.indexOf(weekday) - weekdayOf(firstMeeting) + 7) % 7);
}

/**
 * The next `count` meetings that start after `now`, in order. A meeting that has
 * begun is not "next". Empty when the dates cannot be known: a fortnightly
 * group without a first meeting date.
 */
export function upcomingMeetings(group: Group, now: Date, count = 1): Meeting[] {
  const { frequency, weekday, startTime: start, endTime: end } = group.schedule;
  const first = firstDate(group);
  const step = frequency === 'fortnightly' ? 14 : 7;
  if (step === 14 && !first) return [];
  const { date: today, minutes } = norwayClock(now);
  let date: string;
  if (first && first >= today) {
    date = first;
  } else {
    // The group's weekday on or after today, in the series' rhythm.
    date = addDays(today, (WEEKDAYS.indexOf(weekday) - weekdayOf(today) + 7) % 7);
    if (first && step === 14 && (daysBetween(first, date) / 7) % 2) date = addDays(date, 7);
  }
  if (date === today && minutes >= minutesOf(start)) date = addDays(date, step);
  return Array.from({ length: Math.max(0, count) }, (_, i) => ({ date: addDays(date, i * step), start, end }));
}

/** The next meeting, or undefined when it cannot be known (see `upcomingMeetings`). */
export function nextMeeting(group: Group, now: Date): Meeting | undefined {
  return upcomingMeetings(group, now, 1)[0];
}

/**
 * What a reader needs to know about a group's meetings: the next one (open
 * groups), the planned start (groups being formed), or that it is full and
 * whether its contact point keeps a waiting list. Undefined when an open
 * group's next date cannot be known.
 */
export function meetingInfo(group: Group, contactPoint: ContactPoint | undefined, now: Date): MeetingInfo | undefined {
  if (group.status === 'forming') return group.plannedStart ? { state: 'forming', plannedStart: group.plannedStart } : { state: 'forming' };
  if (group.status === 'full') return { state: 'full', waitingList: contactPoint?.waitingList === true };
  const meeting = nextMeeting(group, now);
  return meeting ? { state: 'next', meeting } : undefined;
}
