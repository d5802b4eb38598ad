import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIndex } from '../../feed/index-feed.js';
import type { Placed } from '../../feed/queries/centres.js';
import { openingStatus } from '../../feed/opening-hours.js';
import type { Centre, Municipality, Offer } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatDistanceKm } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { renderContactPairs } from '../../shared/contact-view.js';
import { referralHeading, referralText } from '../../shared/referral-view.js';
import { prefersMapApp, renderDirections } from '../../shared/directions-view.js';
import { localizedText } from '../../shared/localized-text.js';
import type { MapController } from '../../shared/map/map-controller.js';
import { renderServiceMap, serviceMapText } from '../../shared/map/map-view.js';
import { renderOpeningStatus } from '../../shared/opening-status-view.js';
import { renderRecordFooter } from '../../shared/record-footer.js';
import { renderShareButton, type ShareController } from '../../shared/share.js';
import { servedMunicipalities } from './served.js';

/** What every result needs: the reader's language, the feed, the clock, and what the element shows. */
export interface ResultContext {
  t: MsgFn;
  locale: Locale;
  index: FeedIndex;
  headingLevel: number;
  /** The sidebar layout: no offers line in the summary. */
  compact: boolean;
  /** The clock the opening status is read on. */
  now: Date;
  /** The municipality the reader looked up, when there is one. */
  municipality?: Municipality | undefined;
  /** The map of an opened result, unless `hide-map`. */
  map?: MapController | undefined;
  /** "Del" on an opened result, with the link to it (only with URL state). */
  share?: { controller: ShareController; link: (id: string) => string } | undefined;
  /** Offer the map app (`geo:`) in "Vis vei". */
  /** The publisher's "Meld fra om feil" address. */
  publisherReportUrl?: string | undefined;
  /** Whether a centre's details are open. */
  isOpen(id: string): boolean;
  onToggle(id: string, open: boolean): void;
}

const item = (term: string, value: unknown) =>
  html`<dt>${term}</dt>
    <dd>${value}</dd>`;

/**
 * One centre in the result list: a short summary (name, opening status,
 * distance, the municipalities it serves, phone, one line of offers) and a
 * disclosure with the rest (how to get started, e-mail and web page, address
 * with "Vis vei", the map, "Del", last checked and "Meld fra om feil"). The
 * disclosure is named by its words and the centre's name ("Les mer
 * Frisklivssentralen i Oslo"); `position` makes the ids unique in the list.
 */
export function renderResultCard(ctx: ResultContext, { centre, km }: Placed, position: number): TemplateResult {
  const { t, locale, index } = ctx;
  const name = pickText(centre.name, locale)!.text;
  const served = servedMunicipalities(centre, index, locale);
  const host = index.municipalities.get(centre.hostMunicipality);
  const looked = ctx.municipality;
  const open = ctx.isOpen(centre.id);
  const offers = centre.offers.map((id) => index.offers.get(id)).filter((o): o is Offer => !!o);
  const heading = `n${position}`;
  const summary = `s${position}`;
  return html`<li part="result" class="card">
    <div class="name" role="heading" aria-level=${ctx.headingLevel} id=${heading}>${localizedText(centre.name, locale)}</div>
    ${renderOpeningStatus(t, locale, openingStatus(centre, ctx.now), ctx.now)}
    ${
      km === undefined
        ? nothing
        : html`<p class="distance">${t(str`${formatDistanceKm(km, locale)} km unna`, { id: 'centreFinder.distance' })}</p>`
    }
    ${served.length ? html`<p class="serves">${serviceMapText(t, locale, { municipalities: served })}</p>` : nothing}
    <dl class="facts">
      ${renderContactPairs(t, centre, { email: false, web: false })}
      ${
        offers.length && !ctx.compact
          ? html`<dt>${t('Tilbud', { id: 'centreFinder.offers' })}</dt>
              <dd class="offer-line">${offers.map((offer, i) => html`${i ? ' · ' : ''}${localizedText(offer.label, locale)}`)}</dd>`
          : nothing
      }
    </dl>
    <details
      part="details"
      class="more"
      ?open=${open}
      @toggle=${(e: Event) => ctx.onToggle(centre.id, (e.target as HTMLDetailsElement).open)}
    >
      <summary part="details-summary" id=${summary} aria-labelledby="${summary} ${heading}">
        ${t('Les mer', { id: 'centreFinder.details', desc: "Opens a result's details; read with the centre's name after it" })}
      </summary>
      ${open ? renderDetails(ctx, centre, name, served, host, looked, offers) : nothing}
    </details>
  </li>`;
}

function renderDetails(
  ctx: ResultContext,
  centre: Centre,
  name: string,
  served: Municipality[],
  host: Municipality | undefined,
  looked: Municipality | undefined,
  offers: readonly Offer[],
): TemplateResult {
  const { t, locale } = ctx;
  return html`<div class="more-body">
    ${
      looked && host && looked.number !== host.number
        ? html`<p>
            ${t(str`Sentralen ligger i ${municipalityName(host, locale)} og tar imot folk fra ${municipalityName(looked, locale)}.`, {
              id: 'centreFinder.servedFrom',
            })}
          </p>`
        : nothing
    }
    <dl>
      ${
        offers.length > 1
          ? item(
              t('Tilbud', { id: 'centreFinder.offers' }),
              html`<ul>
                ${offers.map((offer) => html`<li>${localizedText(offer.label, locale)}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${
        centre.referral.length
          ? item(
              referralHeading(t),
              html`<ul>
                ${centre.referral.map((r) => html`<li>${referralText(t, r)}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${renderContactPairs(t, centre, { phone: false })}
      ${
        centre.sites.length
          ? item(
              t('Adresse', { id: 'centreFinder.address' }),
              centre.sites.map(
                (site) =>
                  html`<div class="site">
                    <p>
                      ${site.name ? html`${localizedText(site.name, locale)}, ` : nothing}${site.address.street}, ${site.address.postcode}
                      ${site.address.postTown}
                    </p>
                    ${renderDirections(t, site, site.name ? pickText(site.name, locale)!.text : name, { mapApp: prefersMapApp() })}
                  </div>`,
              ),
            )
          : nothing
      }
    </dl>
    ${ctx.map ? renderServiceMap(t, locale, ctx.map, { municipalities: served, sites: centre.sites }) : nothing}
    ${ctx.share ? renderShareButton(t, ctx.share.controller, { key: centre.id, url: ctx.share.link(centre.id), title: name }) : nothing}
    ${renderRecordFooter(
      t,
      locale,
      { id: centre.id, name, reportUrl: centre.reportUrl, lastVerified: centre.lastVerified },
      ctx.publisherReportUrl,
    )}
  </div>`;
}
