/**
 * The opening-status line of a centre or contact point, in the reader's
 * language: "Åpent nå – stenger kl. 15:30", "Åpner i morgen kl. 08:00",
 * "Stengt i dag (Kristi himmelfartsdag)", "Stengt til 4. januar".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublicHoliday } from '../feed/holidays.js';
import type { NextOpening, OpeningStatus } from '../feed/opening-hours.js';
import type { LocalizedText } from '../feed/schema.js';
import { daysBetween, norwayClock } from '../feed/oslo-time.js';
import { formatDayMonth, formatIsoDate, formatTime, formatWeekday } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { str, type MsgFn } from '../i18n/messages.js';
import { localizedText } from './localized-text.js';

/** A public holiday's name ("Kristi himmelfartsdag"). */
export function holidayName(t: MsgFn, holiday: PublicHoliday): string {
  switch (holiday) {
    case 'new-year':
      return t('1. nyttårsdag', { id: 'holiday.newYear' });
    case 'maundy-thursday':
      return t('Skjærtorsdag', { id: 'holiday.maundyThursday' });
    case 'good-friday':
      return t('Langfredag', { id: 'holiday.goodFriday' });
    case 'easter-sunday':
      return t('1. påskedag', { id: 'holiday.easterSunday' });
    case 'easter-monday':
      return t('2. påskedag', { id: 'holiday.easterMonday' });
    case 'labour-day':
      return t('1. mai', { id: 'holiday.labourDay', desc: 'Public holiday (Offentlig høytidsdag)' });
    case 'constitution-day':
      return t('17. mai', { id: 'holiday.constitutionDay', desc: 'Constitution Day (Grunnlovsdag)' });
    case 'ascension-day':
      return t('Kristi himmelfartsdag', { id: 'holiday.ascensionDay' });
    case 'whit-sunday':
      return t('1. pinsedag', { id: 'holiday.whitSunday' });
    case 'whit-monday':
      return t('2. pinsedag', { id: 'holiday.whitMonday' });
    case 'christmas-day':
      return t('1. juledag', { id: 'holiday.christmasDay' });
    case 'boxing-day':
      return t('2. juledag', { id: 'holiday.boxingDay' });
  }
}

const clock = (time: string, locale: Locale) => formatTime(Number(time.slice(0, 2)), Number(time.slice(3, 5)), locale);

/** A civil date without the year when it is less than ten months ahead, else with it. */
function nearDate(date: string, locale: Locale, now: Date): string {
  const days = daysBetween(norwayClock(now).date, date);
  return days >= 0 && days < 300 ? formatDayMonth(new Date(`${date}T12:00:00Z`), locale, false) : formatIsoDate(date, locale, 'long');
}

/** "Åpner i dag kl. 12:00", "Åpner i morgen kl. 08:00", "Åpner mandag kl. 08:00", "Åpner 4. januar kl. 08:00". */
export function nextOpeningText(t: MsgFn, locale: Locale, next: NextOpening, now: Date): string {
  const time = clock(next.opens, locale);
  switch (next.when) {
    case 'today':
      return t(str`Åpner i dag kl. ${time}`, { id: 'hours.opensToday' });
    case 'tomorrow':
      return t(str`Åpner i morgen kl. ${time}`, { id: 'hours.opensTomorrow' });
    case 'weekday': {
      const weekday = formatWeekday((new Date(`${next.date}T12:00:00Z`).getUTCDay() + 6) % 7, locale, 'wide');
      return t(str`Åpner ${weekday} kl. ${time}`, { id: 'hours.opensWeekday', desc: 'Weekday name as written alone: "mandag"' });
    }
    case 'date':
      return t(str`Åpner ${nearDate(next.date, locale, now)} kl. ${time}`, { id: 'hours.opensDate', desc: 'A date: "4. januar"' });
  }
}

interface StatusParts {
  text: string;
  /** Why: a holiday's name, or a special day's note from the feed. */
  holiday?: string;
  note?: LocalizedText;
  /** When it opens again, after "closed today". */
  next?: string;
}

function statusParts(t: MsgFn, locale: Locale, status: OpeningStatus, now: Date): StatusParts {
  switch (status.state) {
    case 'open':
      return { text: t(str`Åpent nå – stenger kl. ${clock(status.closes, locale)}`, { id: 'hours.openNow' }), note: status.note };
    case 'closed':
      return { text: nextOpeningText(t, locale, status.next, now), note: status.next.note };
    case 'closed-today':
      return {
        text: t('Stengt i dag', { id: 'hours.closedToday' }),
        holiday: status.holiday && holidayName(t, status.holiday),
        note: status.note,
        next: status.next && nextOpeningText(t, locale, status.next, now),
      };
    case 'temporarily-closed':
      return {
        text: status.until
          ? t(str`Stengt til ${nearDate(status.until, locale, now)}`, {
              id: 'hours.closedUntil',
              desc: 'Temporarily closed until (and including) a date: "4. januar"',
            })
          : t('Midlertidig stengt', { id: 'hours.temporarilyClosed' }),
      };
  }
}

/** The status as plain text; a feed note in the reader's language, else in Bokmål. */
export function openingStatusText(t: MsgFn, locale: Locale, status: OpeningStatus, now: Date): string {
  const { text, holiday, note, next } = statusParts(t, locale, status, now);
  const why = holiday ?? (note && (note[locale] ?? note.nb));
  return `${text}${why ? ` (${why})` : ''}${next ? `. ${next}` : ''}`;
}

/**
 * The status line, or nothing without a status. Feed notes keep their own
 * language (marked with `lang` when they fell back to Bokmål). The class is
 * `open` or `closed` for the colour; the words carry the meaning.
 */
export function renderOpeningStatus(
  t: MsgFn,
  locale: Locale,
  status: OpeningStatus | undefined,
  now: Date,
): TemplateResult | typeof nothing {
  if (!status) return nothing;
  const { text, holiday, note, next } = statusParts(t, locale, status, now);
  const why = holiday ? ` (${holiday})` : note ? html` (${localizedText(note, locale)})` : nothing;
  return html`<p class="opening-status ${status.state === 'open' ? 'open' : 'closed'}" part="opening-status">
    ${text}${why}${next ? `. ${next}` : nothing}
  </p>`;
}

/** The label of the centre finder's "open now" filter. */
export function openNowLabel(t: MsgFn): string {
  return t('Åpent nå', { id: 'hours.openNowFilter', desc: 'Filter: show only places that are open now' });
}
