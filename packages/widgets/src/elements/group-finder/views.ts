/** Render pieces of <fl-group-finder>: each takes the element's `t` so its strings are extracted. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../feed/index-feed.js';
import { safeHref } from '../../feed/links.js';
import type { ContactPoint, Group, GroupStatus } from '../../feed/schema.js';
import { WEEKDAYS } from '../../feed/schema.js';
import type { TimeOfDay } from '../../feed/queries/groups.js';
import { municipalityName } from '../../feed/localized.js';
import { formatIsoDate, formatNumber, formatTime, formatWeekday } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { renderContactPairs } from '../../shared/contact-view.js';
import { languageName } from '../../shared/language-names.js';
import { localizedText } from '../../shared/localized-text.js';

/** What a self-organised self-help group is, for someone who has never heard of one. */
export function renderIntro(t: MsgFn): TemplateResult {
  return html`<details class="intro" part="intro">
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

export function statusLabel(t: MsgFn, status: GroupStatus): string {
  return status === 'forming'
    ? t('Under oppstart', { id: 'groupFinder.status.forming' })
    : status === 'open'
      ? t('Åpen for nye', { id: 'groupFinder.status.open' })
      : t('Full', { id: 'groupFinder.status.full' });
}

const clock = (time: string, locale: Locale) => formatTime(Number(time.slice(0, 2)), Number(time.slice(3, 5)), locale);

function statusText(t: MsgFn, locale: Locale, group: Group): string {
  if (group.status === 'open') return t('Åpen for nye deltakere', { id: 'groupFinder.badge.open' });
  if (group.status === 'full') return t('Full', { id: 'groupFinder.badge.full' });
  if (!group.plannedStart) return t('Under oppstart – søker deltakere', { id: 'groupFinder.badge.forming' });
  const start = formatIsoDate(group.plannedStart, locale, 'long');
  return t(str`Under oppstart – søker deltakere, planlagt start ${start}`, { id: 'groupFinder.badge.formingStart' });
}

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
  onJoin: (group: Group, point: ContactPoint | undefined, open: boolean) => void;
}

/** One group: what, where, when, status, languages, age, and how to join — never members or an address. */
export function renderResult(c: ResultContext, group: Group): TemplateResult {
  const { t, locale, index } = c;
  const theme = index.themes.get(group.theme);
  const point = index.contactPoints.get(group.contactPoint);
  // Language names are labels ("Nordsamisk"); in a list only the first keeps its capital,
  // as Norwegian and Sámi write them (English capitalises them all).
  const languages = group.languages
    .map((code, i) => (i && locale !== 'en' ? languageName(t, code, locale).toLocaleLowerCase(locale) : languageName(t, code, locale)))
    .join(', ');
  return html`<li class="result" part="result" tabindex="-1" data-id=${group.id}>
    <div class="title" part="title" role="heading" aria-level=${c.headingLevel}>${localizedText(group.title, locale)}</div>
    <p class="tags">
      ${theme ? html`<span class="theme" part="theme">${localizedText(theme.label, locale)}</span>` : nothing}
      <span class="badge ${group.status}" part="status-badge">${statusText(t, locale, group)}</span>
    </p>
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
    <details class="join" part="join" @toggle=${(e: Event) => c.onJoin(group, point, (e.target as HTMLDetailsElement).open)}>
      <summary>${t('Slik blir du med', { id: 'groupFinder.join.summary' })}</summary>
      ${
        point
          ? html`<p>${t('Ta kontakt med kontaktpunktet for gruppen, eller meld interesse:', { id: 'groupFinder.join.text' })}</p>
              ${renderContactPoint(t, locale, point)}`
          : nothing
      }
    </details>
  </li>`;
}
