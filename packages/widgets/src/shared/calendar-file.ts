/**
 * Calendar files made in the browser: a self-help group's meetings as a
 * repeating event, and the download every element uses (announced first with
 * the cancelable `fl-ics-export` event, so a host can handle the file itself).
 */
import type { FeedIndex } from '../feed/index-feed.js';
import { municipalityName, pickText } from '../feed/localized.js';
import type { Meeting } from '../feed/meetings.js';
import type { ContactPoint, Group } from '../feed/schema.js';
import type { Locale } from '../i18n/locales.js';
import type { MsgFn } from '../i18n/messages.js';
import { buildTimedIcs } from './ics.js';

/** What `fl-ics-export` carries: the calendar file as text, and its file name. */
export interface IcsExportDetail {
  text: string;
  filename: string;
}

/** The words of a group's calendar entry, in the reader's language (see `group-views.ts`). */
export interface GroupCalendarTexts {
  /** The event title: the group's title. */
  summary: string;
  /** How to reach the contact point, and what the entry is. Never anything about members. */
  description: string;
  /** Where, as coarse as the feed has it: the municipality (and area), or "digital". */
  location?: string;
}

/**
 * An RFC 5545 calendar of a group's meetings: one event at Norway's time
 * (DTSTART;TZID=Europe/Oslo, with the VTIMEZONE) from the next meeting, repeating
 * every week or every other week on its weekday. The UID is stable per group,
 * so adding it again updates the same entry.
 */
export function groupIcs(group: Group, first: Meeting, texts: GroupCalendarTexts, now: Date): string {
  return buildTimedIcs(
    [
      {
        uid: `group-${group.id}@frisklivs-widgets`,
        start: `${first.date}T${first.start}`,
        end: `${first.date}T${first.end}`,
        repeat: { interval: group.schedule.frequency === 'fortnightly' ? 2 : 1, weekday: group.schedule.weekday },
        summary: texts.summary,
        description: texts.description,
        ...(texts.location ? { location: texts.location } : {}),
      },
    ],
    { now, prodId: '-//frisklivs-widgets//group-calendar//NB', name: texts.summary },
  );
}

/** A file name from a title: letters and digits only ("sorggruppe-for-voksne.ics"). */
export function icsFilename(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øđ]/g, (c) => (c === 'ø' ? 'o' : 'd'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'kalender'}.ics`;
}

/**
 * Fires `fl-ics-export` (bubbling, composed, cancelable) from `host`, then,
 * unless a listener called `preventDefault()`, downloads the file. Returns
 * whether it downloaded.
 */
export function downloadCalendar(host: HTMLElement, renderRoot: ParentNode, text: string, filename: string): boolean {
  const detail: IcsExportDetail = { text, filename };
  const proceed = host.dispatchEvent(
    new CustomEvent<IcsExportDetail>('fl-ics-export', { detail, bubbles: true, composed: true, cancelable: true }),
  );
  if (!proceed) return false;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  renderRoot.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/**
 * The words of a group's calendar entry: its title, the contact point with its
 * phone, e-mail and web address (never anything about members), and the
 * coarse place (municipality and area, or "Digitalt").
 */
export function groupCalendarTexts(
  t: MsgFn,
  locale: Locale,
  group: Group,
  point: ContactPoint | undefined,
  index: FeedIndex,
): GroupCalendarTexts {
  const contact = point
    ? [
        `${t('Kontaktpunkt', { id: 'calendar.contactPoint' })}: ${pickText(point.name, locale)!.text}`,
        point.phone,
        point.email,
        point.registerInterestUrl ?? point.url,
      ].filter(Boolean)
    : [];
  const place = group.municipality ? index.municipalities.get(group.municipality) : undefined;
  const area = pickText(group.area, locale)?.text;
  const location =
    group.mode === 'digital'
      ? t('Digitalt', { id: 'calendar.digital', desc: 'Where a group meets: online' })
      : place
        ? [municipalityName(place, locale), area].filter(Boolean).join(', ')
        : undefined;
  return {
    summary: pickText(group.title, locale)!.text,
    description: [t('Selvhjelpsgruppe', { id: 'calendar.kind' }), ...contact].join('\n'),
    ...(location ? { location } : {}),
  };
}
