// What `<fl-frisklivskort>` shows from the feed, a chunk of its own (card-content-*.js): its blocks (blocks.ts), the
// full, compact and print layouts with the QR block, the record footer, the Bokmål-fallback notice, a centre's views
// (opening status, "Vis vei", the map view and its controller), the feature styles and the card's content CSS
// (adopted into the card's shadow root when the chunk arrives, src/shared/lazy-module.ts). The card asks for it when
// it connects, beside the feed request (FrisklivsElement.contentViews), so it downloads while the feed does; what must
// exist before the feed (the properties, `hide`, `print()`, the events) stays in frisklivskort.ts.
import { html, nothing, type TemplateResult } from 'lit';
import { openingStatus } from '../../feed/opening-hours.js';
import { safeHref } from '../../feed/links.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { indexFeed } from '../../feed/index-feed.js';
import { activeNotices, centreOffers, currentContactHours, normalizeMunicipalityNumber, pickCentre } from '../../feed/queries/card.js';
import type { Centre, Feed, LocalizedText } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatDate, todayIn } from '../../i18n/format.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { contactHrefs } from '../../shared/contact-view.js';
import { prefersMapApp } from '../../shared/directions-view.js';
import { centreFeatureStyles } from '../../shared/centre-feature-styles.js';
import { featureStyles } from '../../shared/feature-styles.js';
import { fellBack, renderFallbackNotice } from '../../shared/language-fallback.js';
import { localizedText } from '../../shared/localized-text.js';
import type { MapController } from '../../shared/map/map-controller.js';
import { renderOpeningStatus } from '../../shared/opening-status-view.js';
import { renderRecordFooter } from '../../shared/record-footer.js';
import { renderEmpty, renderStaleNotice } from '../../shared/status-views.js';
import type { Block } from './block-names.js';
import {
  loadQr,
  qrLoaded,
  renderAddress,
  renderAudience,
  renderContact,
  renderContinue,
  renderFollowUp,
  renderHeader,
  renderHours,
  renderMap,
  renderNotices,
  renderOffers,
  renderPrice,
  renderQr,
  renderReferral,
  showsGettingStarted,
  type CardContext,
} from './blocks.js';
import { cardContentStyles } from './content-styles.js';
import type { FlFrisklivskort } from './frisklivskort.js';

export const styles = [featureStyles, centreFeatureStyles, cardContentStyles];
export { MapController } from '../../shared/map/map-controller.js';
export { loadQr, qrLoaded };

/** What the card's class hands its content views besides its public properties. */
export interface CardState {
  t: MsgFn;
  /** The blocks left out: `hide`'s tokens, the `hide-*` aliases, and the QR code unless `show-qr`. */
  hidden: ReadonlySet<Block>;
  /** The map's controller (created by the class from this module's `MapController`). */
  map: MapController;
}

/** What the card shows, worked out in `willUpdate`. */
export interface CardView {
  feed: Feed;
  centre?: Centre | undefined;
  fellBack: boolean;
  /** The follow-up timeline on the page, preferring one showing this centre. */
  timeline?: Element | null | undefined;
}

const todayDate = (card: FlFrisklivskort): string => (/^\d{4}-\d{2}-\d{2}$/.test(card.today ?? '') ? card.today! : todayIn());

/** The centre the card shows: by `centre`, else the one serving `municipality` (see the class's JSDoc). */
export function cardView(card: FlFrisklivskort, feed: Feed, hidden: ReadonlySet<Block>): CardView {
  const locale = card.locale;
  const centre = pickCentre(indexFeed(feed), { centre: card.centre, municipality: card.municipality }, locale);
  return {
    feed,
    centre,
    fellBack: !!centre && fellBack(shownTexts(card, feed, centre, hidden), locale),
    timeline: centre ? findTimeline(card, centre.id) : undefined,
  };
}

/** The feed texts the card shows, to tell whether any fell back to Bokmål. */
function shownTexts(card: FlFrisklivskort, feed: Feed, centre: Centre, hidden: ReadonlySet<Block>): (LocalizedText | undefined)[] {
  const today = todayDate(card);
  const { core, optional } = centreOffers(feed, centre);
  const texts: (LocalizedText | undefined)[] = [centre.name, ...core.map((o) => o.label)];
  if (card.layout === 'compact') return texts;
  const shown = (block: Block) => !hidden.has(block);
  if (shown('offers')) texts.push(...optional.map((o) => o.label));
  if (shown('notices')) texts.push(...activeNotices(centre, today).map((n) => n.text));
  if (shown('audience')) texts.push(centre.eligibility?.text);
  if (shown('referral') && showsGettingStarted(centre, card.locale)) texts.push(centre.gettingStarted);
  if (shown('price') && !centre.fee.free) texts.push(centre.fee.text);
  if (shown('address')) texts.push(...centre.sites.flatMap((site) => [site.name, site.accessibilityNote]));
  if (shown('hours')) texts.push(...currentContactHours(centre, today).map((h) => h.note));
  return texts;
}

/** The follow-up timeline on the page, preferring one showing this centre. */
function findTimeline(card: FlFrisklivskort, id: string): Element | null {
  const root = card.getRootNode() as Document | ShadowRoot;
  return root.querySelector(`fl-follow-up-timeline[centre="${CSS.escape(id)}"]`) ?? root.querySelector('fl-follow-up-timeline');
}

/** An editor's link, relative to the page, when it resolves to a safe URL ("https:" alone does not). */
function resolvedHref(href: string): string | undefined {
  try {
    return safeHref(new URL(href, document.baseURI).href);
  } catch {
    return undefined;
  }
}

/** The card's ready state: the card (full, compact or print), or the empty state when no centre matches. */
export function renderCardContent(card: FlFrisklivskort, state: CardState, loaded: LoadedFeed, view: CardView | undefined): unknown {
  const { t } = state;
  const locale = card.locale;
  const feed = loaded.feed;
  const index = indexFeed(feed);
  const centre = view?.feed === feed ? view.centre : undefined;
  const stale = loaded.staleSince ? renderStaleNotice(t, loaded.staleSince, (d) => formatDate(d, locale, 'long')) : nothing;
  if (!centre) {
    let message: string;
    if (card.centre?.trim()) {
      message = t('Vi finner ikke denne frisklivssentralen. Kontakt kommunen din for å høre hva som finnes der du bor.', {
        id: 'frisklivskort.empty.unknownCentre',
      });
    } else if (card.municipality?.trim()) {
      const number = normalizeMunicipalityNumber(card.municipality);
      const m = index.municipalities.get(number);
      message = t(
        str`Vi finner ingen frisklivssentral for ${m ? municipalityName(m, locale) : number}. Kontakt kommunen din for å høre hva som finnes der du bor.`,
        {
          id: 'frisklivskort.empty.noCentreForMunicipality',
        },
      );
    } else {
      message = t('Ingen frisklivssentral er valgt.', { id: 'frisklivskort.empty.noneSelected' });
    }
    return html`${stale}${renderEmpty(message)}`;
  }
  const href = card.continueHref?.trim();
  const ctx: CardContext = {
    t,
    locale,
    feed,
    index,
    centre,
    today: todayDate(card),
    continueHref: href ? resolvedHref(href) : undefined,
    timeline: view!.timeline,
    now: card.clock(),
    mapApp: prefersMapApp(),
    noticesShown: !state.hidden.has('notices'),
  };
  return html`${stale}${card.layout === 'compact' ? renderCompact(card, ctx) : renderCard(card, state, ctx, view!)}`;
}

function renderQrBlock(card: FlFrisklivskort, c: CardContext): unknown {
  if (!qrLoaded())
    loadQr().then(
      () => card.requestUpdate(),
      () => {},
    ); // no encoder, no code
  return renderQr(c);
}

function renderLogo(card: FlFrisklivskort): TemplateResult {
  const has = !!card.querySelector(':scope > [slot="logo"]');
  return html`<slot name="logo" part="logo" class=${has ? 'logo' : 'logo empty'} @slotchange=${() => card.requestUpdate()}></slot>`;
}

function renderCard(card: FlFrisklivskort, state: CardState, c: CardContext, view: CardView): TemplateResult {
  const show = (block: Block, render: () => unknown) => (state.hidden.has(block) ? nothing : render());
  const name = pickText(c.centre.name, c.locale)!.text;
  const scrollToTimeline = () => view.timeline?.scrollIntoView({ block: 'start' });
  return html`<article part="card" class="card">
    ${show('header', () => renderHeader(c, renderLogo(card)))} ${renderFallbackNotice(c.t, view.fellBack)}
    ${show('notices', () => renderNotices(c))} ${show('audience', () => renderAudience(c))} ${show('offers', () => renderOffers(c))}
    ${show('follow-up', () => renderFollowUp(c, scrollToTimeline))} ${show('referral', () => renderReferral(c))}
    ${show('price', () => renderPrice(c))} ${show('contact', () => renderContact(c))} ${show('address', () => renderAddress(c))}
    ${show('map', () => renderMap(c, state.map))} ${show('hours', () => renderHours(c))} ${show('continue', () => renderContinue(c))}
    ${show('qr', () => renderQrBlock(card, c))}
    <div class="wide footer">
      ${renderRecordFooter(
        c.t,
        c.locale,
        { id: c.centre.id, name, reportUrl: c.centre.reportUrl, lastVerified: c.centre.lastVerified },
        c.feed.publisher.reportUrl,
      )}
    </div>
    <div class="actions wide">
      <button type="button" part="print-button" class="print-button secondary" @click=${() => card.print()}>
        ${c.t('Skriv ut kortet', { id: 'frisklivskort.print' })}
      </button>
    </div>
  </article>`;
}

/** The sidebar card: name, core offers, phone and a link to the centre's page (and its status when not open). */
function renderCompact(card: FlFrisklivskort, c: CardContext): TemplateResult {
  const { t, locale, centre } = c;
  const { tel, web } = contactHrefs(centre);
  const closed = centre.status !== 'active' && !card.hideNotices ? renderNotices({ ...c, centre: { ...centre, notices: [] } }) : nothing;
  return html`<article part="card" class="card compact">
    ${
      card.hideHeader
        ? nothing
        : html`<header part="header" class="block header">
            ${renderLogo(card)}
            <h2 class="name">${localizedText(centre.name, locale)}</h2>
            ${renderOpeningStatus(t, locale, openingStatus(centre, c.now), c.now)}
          </header>`
    }
    ${closed}
    ${
      card.hideOffers
        ? nothing
        : html`<div part="offers" class="block offers">
            <ul class="inline">
              ${centreOffers(c.feed, centre).core.map((o) => html`<li>${localizedText(o.label, locale)}</li>`)}
            </ul>
          </div>`
    }
    ${
      card.hideContact || (!tel && !web)
        ? nothing
        : html`<div part="contact" class="block contact">
            ${tel ? html`<p>${t('Telefon', { id: 'contact.phone' })}: <a href=${tel}>${centre.phone}</a></p>` : nothing}
            ${
              web
                ? html`<p>
                    <a href=${web}>${t(str`Mer om ${pickText(centre.name, locale)!.text}`, { id: 'frisklivskort.compact.more' })}</a>
                  </p>`
                : nothing
            }
          </div>`
    }
  </article>`;
}
