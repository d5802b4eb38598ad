import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../feed/index-feed.js';
import type { Placed } from '../../feed/queries/centres.js';
import type { Municipality, ReferralRoute } from '../../feed/schema.js';
import { municipalityName } from '../../feed/localized.js';
import { formatDistanceKm, formatIsoDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { renderContactPairs } from '../../shared/contact-view.js';
import { localizedText } from '../../shared/localized-text.js';

export interface CardContext {
  t: MsgFn;
  locale: Locale;
  index: FeedIndex;
  headingLevel: number;
  compact: boolean;
  /** The municipality the reader looked up, when there is one. */
  municipality?: Municipality;
}

function referralLabel(t: MsgFn, route: ReferralRoute): string {
  switch (route) {
    case 'self':
      return t('Du kan ta kontakt selv', { id: 'centreFinder.referral.self' });
    case 'gp':
      return t('Henvisning fra fastlege', { id: 'centreFinder.referral.gp' });
    case 'nav':
      return t('Henvisning fra Nav', { id: 'centreFinder.referral.nav' });
    case 'health-personnel':
      return t('Henvisning fra annet helsepersonell', { id: 'centreFinder.referral.healthPersonnel' });
  }
}

const item = (term: string, value: unknown) =>
  html`<dt>${term}</dt>
    <dd>${value}</dd>`;

/** One centre as a result card: what it offers, who it serves and how to get in touch. */
export function renderResultCard(ctx: CardContext, { centre, km }: Placed): TemplateResult {
  const { t, locale, index } = ctx;
  const name = (number: string) => {
    const m = index.municipalities.get(number);
    return m ? municipalityName(m, locale) : number;
  };
  const host = name(centre.hostMunicipality);
  const site = centre.sites[0];
  const looked = ctx.municipality;
  const status =
    centre.status === 'temporarily-closed'
      ? html`<p class="closed">
          ${
            centre.closedUntil
              ? t(str`Midlertidig stengt til ${formatIsoDate(centre.closedUntil, locale, 'long')}`, { id: 'centreFinder.closedUntil' })
              : t('Midlertidig stengt', { id: 'centreFinder.closed' })
          }
        </p>`
      : nothing;
  const distance =
    km === undefined
      ? nothing
      : html`<p class="distance">${t(str`${formatDistanceKm(km, locale)} km unna`, { id: 'centreFinder.distance' })}</p>`;
  const contact = renderContactPairs(t, centre);
  const hostItem = item(t('Vertskommune', { id: 'centreFinder.host' }), host);
  const heading = html`<div class="name" role="heading" aria-level=${ctx.headingLevel}>${localizedText(centre.name, locale)}</div>`;

  if (ctx.compact) {
    return html`<li part="result" class="card">
      ${heading}${status}${distance}
      <dl>${hostItem}${contact}</dl>
    </li>`;
  }
  return html`<li part="result" class="card">
    ${heading}${status}${distance}
    ${
      looked && looked.number !== centre.hostMunicipality
        ? html`<p>
            ${t(str`Sentralen ligger i ${host} og tar imot folk fra ${municipalityName(looked, locale)}.`, { id: 'centreFinder.servedFrom' })}
          </p>`
        : nothing
    }
    <dl>
      ${hostItem}
      ${
        centre.municipalities.length > 1
          ? item(t('Kommuner sentralen dekker', { id: 'centreFinder.served' }), centre.municipalities.map(name).join(', '))
          : nothing
      }
      ${
        centre.offers.length
          ? item(
              t('Tilbud', { id: 'centreFinder.offers' }),
              html`<ul>
                ${centre.offers.map((id) => {
                  const offer = index.offers.get(id);
                  return offer ? html`<li>${localizedText(offer.label, locale)}</li>` : nothing;
                })}
              </ul>`,
            )
          : nothing
      }
      ${
        centre.referral.length
          ? item(
              t('Slik kommer du i gang', { id: 'centreFinder.referral' }),
              html`<ul>
                ${centre.referral.map((r) => html`<li>${referralLabel(t, r)}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${contact}
      ${
        site
          ? item(
              t('Adresse', { id: 'centreFinder.address' }),
              html`${site.name ? html`${localizedText(site.name, locale)}, ` : nothing}${site.address.street}, ${site.address.postcode}
              ${site.address.postTown}`,
            )
          : nothing
      }
    </dl>
    <p class="updated">
      ${t(str`Sist oppdatert ${formatIsoDate(centre.lastVerified, locale, 'long')}`, { id: 'centreFinder.lastVerified' })}
    </p>
  </li>`;
}
