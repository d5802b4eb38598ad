/**
 * Feed texts missing in the reader's language fall back to Bokmål (marked
 * `lang="nb"`); an element says so once, in the reader's language. The element
 * works out in `willUpdate` which texts it will show and asks `fellBack`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../feed/index-feed.js';
import type { Centre, ContactPoint, Group, LocalizedText } from '../feed/schema.js';
import type { Locale } from '../i18n/locales.js';
import type { MsgFn } from '../i18n/messages.js';

/** Whether any of the texts is shown in Bokmål because the reader's language is missing. */
export function fellBack(texts: Iterable<LocalizedText | undefined>, locale: Locale): boolean {
  if (locale === 'nb') return false;
  for (const text of texts) if (text && !text[locale]) return true;
  return false;
}

/** The feed texts a centre's card or result shows. */
export function centreTexts(centre: Centre, index: FeedIndex): (LocalizedText | undefined)[] {
  return [
    centre.name,
    centre.description,
    centre.gettingStarted,
    centre.fee.text,
    centre.eligibility?.text,
    ...centre.sites.flatMap((site) => [site.name, site.accessibilityNote]),
    ...(centre.notices ?? []).map((notice) => notice.text),
    ...centre.offers.map((id) => index.offers.get(id)?.label),
  ];
}

/** The feed texts a group's result shows: title, description, area, theme, and its contact point's name. */
export function groupTexts(group: Group, index: FeedIndex): (LocalizedText | undefined)[] {
  return [
    group.title,
    group.description,
    group.area,
    index.themes.get(group.theme)?.label,
    index.contactPoints.get(group.contactPoint)?.name,
  ];
}

/** The feed texts shown for a contact point. */
export function contactPointTexts(point: ContactPoint): (LocalizedText | undefined)[] {
  return [point.name];
}

/** "Noe av teksten finnes bare på bokmål." in the reader's language, or nothing. */
export function renderFallbackNotice(t: MsgFn, show: boolean): TemplateResult | typeof nothing {
  return show
    ? html`<p class="fallback-notice" part="fallback-notice">
        ${t('Noe av teksten finnes ikke på ditt språk og vises på bokmål.', {
          id: 'fallback.notice',
          desc: 'Shown once when some text from the data source is only in Norwegian Bokmål',
        })}
      </p>`
    : nothing;
}
