/** Render pieces of <fl-group-finder>: each takes the element's `t` so its strings are extracted. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../feed/index-feed.js';
import { safeHref } from '../../feed/links.js';
import type { ContactPoint, Group, GroupStatus } from '../../feed/schema.js';
import { WEEKDAYS } from '../../feed/schema.js';
import type { TimeOfDay } from '../../feed/queries/groups.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { meetingInfo } from '../../feed/meetings.js';
import { formatNumber, formatTime, formatWeekday } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { renderContactPairs } from '../../shared/contact-view.js';
import { languageName } from '../../shared/language-names.js';
import { localizedText } from '../../shared/localized-text.js';
import { renderAddToCalendar, renderMeetingInfo } from '../../shared/meeting-views.js';
import { renderRecordFooter } from '../../shared/record-footer.js';

/** What a self-organised self-help group is, for someone who has never heard of one. */
export function renderIntro(t: MsgFn): TemplateResult {
  return html`<details class="intro disclosure" part="intro">
    <summary>${t('Hva er en selvhjelpsgruppe?', { id: 'groupFinder.intro.summary' })}</summary>
    <p>
      ${t(
        'En selvorganisert selvhjelpsgruppe består av 4–8 voksne som deler et problem eller en livssituasjon. Dere møtes fast, som regel hver eller annenhver uke i omtrent to timer. Gruppen har ingen leder: alle deltar som likeverdige, og det som blir sagt i gruppen, blir i gruppen.',
        { id: 'groupFinder.intro.what' },
      )}
    </p>
    <p>
      ${t(
        'Det er gratis, og det er ikke behandling. Du blir med ved å ta kontakt med et kontaktpunkt eller melde interesse. En ny gruppe starter når nok mennesker har meldt seg.',
        { id: 'groupFinder.intro.how' },
      )}
    </p>
  </details>`;
}

/** "1 gruppe" / "2 grupper" (dual in Sámi) / "5 grupper". */
export function countText(t: MsgFn, locale: Locale, n: number): string {
  if (n === 0) return t('Ingen grupper passer søket.', { id: 'groupFinder.count.none' });
  const count = formatNumber(n, locale);
  return selectPlural(locale, n, {
    one: t(str`${count} gruppe`, { id: 'groupFinder.count.one' }),
    two: t(str`${count} grupper`, { id: 'groupFinder.count.two', desc: 'Dual form (used by Sámi locales)' }),
    other: t(str`${count} grupper`, { id: 'groupFinder.count.other' }),
  });
}

export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function weekdayName(locale: Locale, day: string): string {
  return formatWeekday(WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]), locale, 'wide');
}

export function timeOfDayLabel(t: MsgFn, time: TimeOfDay): string {
  return time === 'morning'
    ? t('Formiddag (før kl. 12)', { id: 'groupFinder.time.morning' })
    : time === 'afternoon'
      ? t('Ettermiddag (kl. 12–17)', { id: 'groupFinder.time.afternoon' })
      : t('Kveld (fra kl. 17)', { id: 'groupFinder.time.evening' });
}

/** A status in the words of both the badge and the status filter, so the two always match. */
export function statusLabel(t: MsgFn, status: GroupStatus): string {
  return status === 'forming'
    ? t('Under oppstart', { id: 'groupFinder.status.forming' })
    : status === 'open'
      ? t('Åpen for nye deltakere', { id: 'groupFinder.badge.open' })
      : t('Full', { id: 'groupFinder.status.full' });
}

const clock = (time: string, locale: Locale) => formatTime(Number(time.slice(0, 2)), Number(time.slice(3, 5)), locale);

function whenText(t: MsgFn, locale: Locale, group: Group): string {
  const { frequency, weekday, startTime, endTime } = group.schedule;
  const day = weekdayName(locale, weekday);
  const from = clock(startTime, locale);
  const to = clock(endTime, locale);
  return frequency === 'weekly'
    ? t(str`Hver ${day} kl. ${from}–${to}`, { id: 'groupFinder.when.weekly' })
    : t(str`Annenhver ${day} kl. ${from}–${to}`, { id: 'groupFinder.when.fortnightly' });
}

function whereText(t: MsgFn, locale: Locale, group: Group, index: FeedIndex): unknown {
  const place = group.municipality ? index.municipalities.get(group.municipality) : undefined;
  const name = group.mode === 'digital' || !place ? t('Digitalt', { id: 'groupFinder.where.digital' }) : municipalityName(place, locale);
  return group.area ? html`${name}, ${localizedText(group.area, locale)}` : name;
}

/** How to reach a contact point: name, phone, e-mail and the register-interest link. Every link is checked. */
export function renderContactPoint(t: MsgFn, locale: Locale, point: ContactPoint): TemplateResult {
  const register = safeHref(point.registerInterestUrl);
  const site = register ? undefined : safeHref(point.url);
  return html`<p class="cp-name">${localizedText(point.name, locale)}</p>
    <dl class="contact">${renderContactPairs(t, point, { web: false })}</dl>
    ${
      register
        ? html`<p><a class="register" href=${register}>${t('Meld interesse', { id: 'groupFinder.contact.register' })}</a></p>`
        : site
          ? html`<p><a href=${site}>${t('Nettsted', { id: 'groupFinder.contact.website' })}</a></p>`
          : nothing
    }`;
}

export interface ResultContext {
  t: MsgFn;
  locale: Locale;
  index: FeedIndex;
  headingLevel: number;
  /** The clock of this render (next meetings are counted from it). */
  now: Date;
  /** The publisher's report address, for groups without their own. */
  publisherReportUrl?: string;
  /** The reader followed one of a group's ways in (phone, e-mail, register interest). */
  onJoin: (group: Group, point: ContactPoint | undefined) => void;
  /** "Legg i kalenderen" for a group with a known next meeting. */
  onCalendar: (group: Group, point: ContactPoint | undefined) => unknown;
  /** The "Del" control of a group, or nothing (no URL state to open a link with). */
  share: (group: Group, title: string) => unknown;
}

/** The tag colour of each status: open is good news, forming a note, full a stop (as clear as the others). */
const STATUS_TONE: Record<GroupStatus, string> = { open: 'success', forming: 'warning', full: 'danger' };

/**
 * One group: what, status, the next meeting, where, when, languages, age, and the way in (its contact point's name,
 * phone, e-mail and register-interest link, in sight), then "Legg i kalenderen", "Del" and the record's foot. Never
 * members or an address.
 */
export function renderResult(c: ResultContext, group: Group): TemplateResult {
  const { t, locale, index } = c;
  const theme = index.themes.get(group.theme);
  const point = index.contactPoints.get(group.contactPoint);
  const title = pickText(group.title, locale)?.text ?? group.id;
  // Language names are labels ("Nordsamisk"); in a list only the first keeps its capital,
  // as Norwegian and Sámi write them (English capitalises them all).
  const languages = group.languages
    .map((code, i) => (i && locale !== 'en' ? languageName(t, code, locale).toLocaleLowerCase(locale) : languageName(t, code, locale)))
    .join(', ');
  const meeting = meetingInfo(group, point, c.now);
  const onLink = (event: Event) => {
    if ((event.target as Element).closest('a')) c.onJoin(group, point);
  };
  return html`<li class="result card" part="result" tabindex="-1" data-id=${group.id}>
    <div class="title" part="title" role="heading" aria-level=${c.headingLevel}>${localizedText(group.title, locale)}</div>
    <p class="tags">
      ${theme ? html`<span class="tag neutral" part="theme">${localizedText(theme.label, locale)}</span>` : nothing}
      <span class="tag ${STATUS_TONE[group.status]} ${group.status}" part="status-badge">${statusLabel(t, group.status)}</span>
    </p>
    ${renderMeetingInfo(t, locale, meeting)}
    ${group.description ? html`<p class="description" part="description">${localizedText(group.description, locale)}</p>` : nothing}
    <dl class="facts" part="facts">
      <div>
        <dt>${t('Sted', { id: 'groupFinder.fact.where' })}</dt>
        <dd>${whereText(t, locale, group, index)}</dd>
      </div>
      <div>
        <dt>${t('Tid', { id: 'groupFinder.fact.when' })}</dt>
        <dd>${whenText(t, locale, group)}</dd>
      </div>
      <div>
        <dt>${t('Språk', { id: 'groupFinder.fact.languages' })}</dt>
        <dd>${languages}</dd>
      </div>
      ${
        group.minAge !== 18
          ? html`<div>
              <dt>${t('Alder', { id: 'groupFinder.fact.age' })}</dt>
              <dd>${t(str`Fra ${group.minAge} år`, { id: 'groupFinder.fact.minAge' })}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      point
        ? html`<div class="join" part="join" @click=${onLink}>
            <p class="join-label">${t('Slik blir du med', { id: 'groupFinder.join.summary' })}</p>
            ${renderContactPoint(t, locale, point)}
          </div>`
        : nothing
    }
    <div class="actions">
      ${meeting?.state === 'next' ? renderAddToCalendar(t, () => c.onCalendar(group, point)) : nothing}${c.share(group, title)}
    </div>
    ${renderRecordFooter(
      t,
      locale,
      { id: group.id, name: title, reportUrl: group.reportUrl, lastVerified: group.lastVerified },
      c.publisherReportUrl,
    )}
  </li>`;
}
