/**
 * A self-help group's meetings for the reader: "Neste møte: torsdag 11.
 * desember kl. 17:30", the planned start of a group being formed, or that it
 * is full (and whether its contact point keeps a waiting list), plus the
 * "Legg i kalenderen" button that downloads the meetings as an .ics file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, MeetingInfo } from '../feed/meetings.js';
import { formatDayMonth, formatIsoDate, formatTime } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { str, type MsgFn } from '../i18n/messages.js';

const clock = (time: string, locale: Locale) => formatTime(Number(time.slice(0, 2)), Number(time.slice(3, 5)), locale);

/** "Neste møte: torsdag 11. desember kl. 17:30". */
export function nextMeetingText(t: MsgFn, locale: Locale, meeting: Meeting): string {
  const date = formatDayMonth(new Date(`${meeting.date}T12:00:00Z`), locale, true);
  return t(str`Neste møte: ${date} kl. ${clock(meeting.start, locale)}`, {
    id: 'meeting.next',
    desc: 'The date is written with its weekday: "torsdag 11. desember"',
  });
}

/** The meeting line of a group, or nothing when there is nothing to add to the group's own status. */
export function renderMeetingInfo(t: MsgFn, locale: Locale, info: MeetingInfo | undefined): TemplateResult | typeof nothing {
  if (!info) return nothing;
  switch (info.state) {
    case 'next':
      return html`<p class="meeting" part="next-meeting">${nextMeetingText(t, locale, info.meeting)}</p>`;
    case 'forming':
      return info.plannedStart
        ? html`<p class="meeting" part="next-meeting">
            ${t(str`Planlagt oppstart: ${formatIsoDate(info.plannedStart, locale, 'long')}`, { id: 'meeting.plannedStart' })}
          </p>`
        : nothing;
    case 'full':
      return html`<p class="meeting full" part="next-meeting">
        ${t('Gruppen er full.', { id: 'meeting.full' })}
        ${info.waitingList ? t('Du kan be kontaktpunktet om å sette deg på venteliste.', { id: 'meeting.waitingList' }) : nothing}
      </p>`;
  }
}

/** The "Legg i kalenderen" button. */
export function renderAddToCalendar(t: MsgFn, onClick: (event: Event) => void): TemplateResult {
  return html`<button type="button" class="secondary calendar" part="calendar-button" @click=${onClick}>
    ${t('Legg i kalenderen', { id: 'calendar.add' })}
  </button>`;
}
