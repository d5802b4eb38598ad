import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { openingStatus } from '../../feed/opening-hours.js';
import { safeHref } from '../../feed/links.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { indexFeed } from '../../feed/index-feed.js';
import { activeNotices, centreOffers, currentContactHours, normalizeMunicipalityNumber, pickCentre } from '../../feed/queries/card.js';
import type { Centre, Feed, LocalizedText } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatDate, todayIn } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { contactHrefs } from '../../shared/contact-view.js';
import { prefersMapApp } from '../../shared/directions-view.js';
import { centreFeatureStyles } from '../../shared/centre-feature-styles.js';
import { featureStyles } from '../../shared/feature-styles.js';
import { fellBack, renderFallbackNotice } from '../../shared/language-fallback.js';
import { localizedText } from '../../shared/localized-text.js';
import { MapController } from '../../shared/map/map-controller.js';
import { renderOpeningStatus } from '../../shared/opening-status-view.js';
import { renderRecordFooter } from '../../shared/record-footer.js';
import { renderEmpty, renderStaleNotice } from '../../shared/status-views.js';
import {
  BLOCKS,
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
  type Block,
  type CardContext,
} from './blocks.js';
import { frisklivskortStyles } from './styles.js';

export type FrisklivskortLayout = 'card' | 'compact' | 'print';

/** The old `hide-<block>` switches, kept as aliases of the `hide` tokens (the WordPress shortcodes use them). */
const HIDE_ALIASES = [
  ['header', 'hideHeader'],
  ['notices', 'hideNotices'],
  ['audience', 'hideAudience'],
  ['offers', 'hideOffers'],
  ['follow-up', 'hideFollowUp'],
  ['referral', 'hideReferral'],
  ['price', 'hidePrice'],
  ['contact', 'hideContact'],
  ['address', 'hideAddress'],
  ['map', 'hideMap'],
  ['hours', 'hideHours'],
  ['continue', 'hideContinue'],
] as const;

/** What the card shows, worked out in `willUpdate`. */
interface CardView {
  feed: Feed;
  centre?: Centre;
  fellBack: boolean;
}
export type FrisklivskortPaper = 'a4' | 'a6';

/** An editor's link, relative to the page, when it resolves to a safe URL ("https:" alone does not). */
function resolvedHref(href: string): string | undefined {
  try {
    return safeHref(new URL(href, document.baseURI).href);
  } catch {
    return undefined;
  }
}

/**
 * The centre's information card ("frisklivskort"), live from the shared feed:
 * who the frisklivssentral is for, what it offers, the 12-week follow-up, how
 * to get referred, price, contact details, address, contact hours, notices,
 * where to continue afterwards and, with `show-qr`, a QR code of its web page
 * (on paper only), in the reader's language. On screen it also says whether the
 * centre is open now (Norway's time, public holidays included), gives "Vis vei"
 * links for each site, and a map of the municipalities it serves (drawn from the
 * library's own boundary file, loaded only when the map is shown, also printed);
 * at the end, when the centre was last checked and "Meld fra om feil". It works
 * as a full card, as a small sidebar card (`layout="compact"`) and as a printable
 * one-page card (`layout="print"`, or any layout when the page is printed, in one
 * column whatever the width of the column it sits in).
 *
 * Blocks are left out with `hide`, a list of block names separated by spaces:
 * `hide="audience price"`. The names: header, notices, audience, offers,
 * follow-up, referral, price, contact, address, map, hours, continue, qr. The
 * older `hide-<block>` attributes (`hide-audience`, `hide-map` …) still work.
 *
 * Printing: the element's `@media print` rules give a black-on-white card with
 * no buttons, link addresses written out after links, and blocks kept whole.
 * `@page` cannot be set from inside a shadow root, so the host page controls
 * page size and margins (e.g. `@page { size: A6; margin: 5mm }` for a postcard).
 * An A4 card fits one page; for the A6 postcard, hide the blocks you can do
 * without (e.g. `hide="audience continue"`) so that it fits one card.
 * The QR code is drawn in the page; no service is asked to make it.
 *
 * @tagname fl-frisklivskort
 * @summary A frisklivssentral's information card from the feed: full, compact or printable.
 *
 *
 * @slot logo - The centre's or municipality's logo, shown in the header (e.g. an `<img>` with alt text).
 *
 * @fires {CustomEvent<{ centre: Centre }>} fl-centre-resolved - When the card has found its centre (again after the centre or the feed changes).
 * @fires {CustomEvent<{ centre: Centre | undefined }>} fl-print - Before the print button opens the browser's print dialog. Cancelable: `preventDefault()` stops the dialog, e.g. to print another way.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart card - The card.
 * @csspart header - Block: centre name, logo, for an inter-municipal centre the municipalities it serves, and the opening status.
 * @csspart opening-status - The opening status ("Åpent nå – stenger kl. 15:30"); not printed.
 * @csspart logo - The logo slot.
 * @csspart notices - Block: closed status and notices in force.
 * @csspart audience - Block: who the centre is for, eligibility and age limits.
 * @csspart offers - Block: core offers, then the centre's optional offers.
 * @csspart follow-up - Block: the structured follow-up in one sentence, with a link to the timeline when on the page.
 * @csspart referral - Block: referral routes and how to get started.
 * @csspart price - Block: free, or the fee.
 * @csspart contact - Block: phone, e-mail and web page.
 * @csspart address - Block: sites with address, step-free access and "Vis vei".
 * @csspart directions - A site's "Vis vei" links (not printed).
 * @csspart map - The map of the municipalities served, with its caption and «© Kartverket».
 * @csspart hours - Block: contact hours.
 * @csspart continue - Block: self-help groups and offers in the centre's municipalities, with the editor's link.
 * @csspart qr - Block: QR code of the centre's web page (with `show-qr`; printed, and shown on screen with `layout="print"`).
 * @csspart record-footer - When the centre was last checked, and "Meld fra om feil".
 * @csspart report-link - The "Meld fra om feil" link.
 * @csspart fallback-notice - Says once that some feed text is shown in Bokmål.
 * @csspart print-button - The print button (never printed).
 * @csspart empty - The message shown when no centre matches.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry-button - The retry button in the error message.
 * @csspart stale-notice - The note shown when a saved copy of the feed is used.
 *
 * @cssprop [--fl-frisklivskort-max-width=48rem] - Largest width of the card on screen.
 * @cssprop [--fl-frisklivskort-qr-size=8rem] - Width of the QR code with `layout="print"` on screen.
 * @cssprop [--fl-map-max-width=13rem] - Widest the map gets.
 * @cssprop [--fl-map-land] - Fill of the land on the map (default: the surface colour).
 * @cssprop [--fl-map-served] - Fill of the municipalities served (default: the accent colour).
 * @cssprop [--fl-map-border] - Municipality and county borders on the map (default: the border colour).
 * @cssprop [--fl-map-pin] - The pins of sites on the map (default: the danger colour).
 */
export class FlFrisklivskort extends FrisklivsElement {
  static override styles = [...FrisklivsElement.styles, featureStyles, centreFeatureStyles, frisklivskortStyles];

  /** Id of the centre to show (as in the feed). Takes precedence over `municipality`. Not reflected. */
  @property() centre?: string;

  /**
   * Municipality number (e.g. `5612`): shows the centre serving it, an
   * inter-municipal one included. Where several serve it, the one hosted
   * there, else the first by name. Not reflected.
   */
  @property() municipality?: string;

  /** `card` (default): the full card. `compact`: name, core offers, phone and link, for a sidebar. `print`: the printable card on screen too. Reflects. */
  @property({ reflect: true }) layout: FrisklivskortLayout = 'card';

  /** Paper for the print layout and for printing: `a4` (default, one page) or `a6` (postcard). Reflects. */
  @property({ reflect: true }) paper: FrisklivskortPaper = 'a4';

  /**
   * The date (YYYY-MM-DD) that notices and contact hours are checked against,
   * for previews of a coming change. Default: today on the reader's clock. Not reflected.
   */
  @property() today?: string;

  /** Where the "continue afterwards" block links to, e.g. the page with the group finder. Relative URLs are resolved against the page; only https:, http:, mailto: and tel: links are made. Not reflected. */
  @property({ attribute: 'continue-href' }) continueHref?: string;

  /**
   * Blocks to leave out, separated by spaces: `header`, `notices`, `audience`, `offers`, `follow-up`, `referral`,
   * `price`, `contact`, `address`, `map`, `hours`, `continue`, `qr` (e.g. `hide="audience price"`). Unknown names are
   * ignored. Not reflected.
   */
  @property() hide?: string;

  /** Hides the header block (name, logo, municipalities). Same as `hide="header"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;
  /** Hides the notices block (closed status and notices). Same as `hide="notices"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-notices' }) hideNotices = false;
  /** Hides the "who is it for" block. Same as `hide="audience"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-audience' }) hideAudience = false;
  /** Hides the offers block. Same as `hide="offers"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-offers' }) hideOffers = false;
  /** Hides the follow-up block. Same as `hide="follow-up"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-follow-up' }) hideFollowUp = false;
  /** Hides the referral block. Same as `hide="referral"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-referral' }) hideReferral = false;
  /** Hides the price block. Same as `hide="price"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-price' }) hidePrice = false;
  /** Hides the contact block. Same as `hide="contact"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-contact' }) hideContact = false;
  /** Hides the address block. Same as `hide="address"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-address' }) hideAddress = false;
  /** Hides the map; its boundaries are then never loaded. Same as `hide="map"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-map' }) hideMap = false;
  /** Hides the contact hours block. Same as `hide="hours"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-hours' }) hideHours = false;
  /** Hides the "continue afterwards" block. Same as `hide="continue"`. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-continue' }) hideContinue = false;
  /**
   * Shows a QR code of the centre's web page (opt-in, as it is mostly wanted
   * on paper). The encoder runs in the page and is loaded only when needed.
   * Not shown in the compact layout. Not reflected.
   */
  @property({ type: Boolean, attribute: 'show-qr' }) showQr = false;

  /** The clock the opening status is read on (default: now). Tests and hosts may fix it. */
  clock: () => Date = () => new Date();

  /** The centre shown now, once the feed is loaded (undefined when none matches). */
  get resolvedCentre(): Centre | undefined {
    return this.resolved;
  }

  private resolved?: Centre;
  private announced?: Centre;
  private timeline?: Element | null;
  /** The blocks left out: `hide`'s tokens, the `hide-*` aliases, and the QR code unless `show-qr`. */
  private hiddenBlocks: ReadonlySet<Block> = new Set(['qr']);
  private view?: CardView;
  private readonly map = new MapController(this);

  /**
   * Opens the browser's print dialog after a cancelable `fl-print` event
   * (once the card is fully rendered). What prints is the whole page; the
   * card's print styles make it tidy.
   */
  async print(): Promise<void> {
    const go = this.dispatchEvent(
      new CustomEvent('fl-print', { bubbles: true, composed: true, cancelable: true, detail: { centre: this.resolved } }),
    );
    if (!go) return;
    await this.map.forPrint();
    await this.updateComplete;
    window.print();
  }

  private isHidden(block: Block): boolean {
    return this.hiddenBlocks.has(block);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const tokens = new Set((this.hide ?? '').toLowerCase().split(/[\s,]+/));
    const hidden = new Set<Block>(BLOCKS.filter((block) => tokens.has(block)));
    for (const [block, alias] of HIDE_ALIASES) if (this[alias]) hidden.add(block);
    if (!this.showQr) hidden.add('qr');
    this.hiddenBlocks = hidden;

    const feed = this.data.feed;
    if (!feed) {
      this.view = undefined;
      this.resolved = undefined;
      return;
    }
    const locale = this.locale;
    const index = indexFeed(feed);
    const centre = pickCentre(index, { centre: this.centre, municipality: this.municipality }, locale);
    this.resolved = centre;
    this.timeline = centre ? this.findTimeline(centre.id) : undefined;
    this.view = { feed, centre, fellBack: !!centre && fellBack(this.shownTexts(feed, centre), locale) };
    if (centre && this.layout !== 'compact' && !hidden.has('map')) this.map.want();
  }

  /** The feed texts the card shows, to tell whether any fell back to Bokmål. */
  private shownTexts(feed: Feed, centre: Centre): (LocalizedText | undefined)[] {
    const today = this.todayDate();
    const { core, optional } = centreOffers(feed, centre);
    const texts: (LocalizedText | undefined)[] = [centre.name, ...core.map((o) => o.label)];
    if (this.layout === 'compact') return texts;
    const shown = (block: Block) => !this.hiddenBlocks.has(block);
    if (shown('offers')) texts.push(...optional.map((o) => o.label));
    if (shown('notices')) texts.push(...activeNotices(centre, today).map((n) => n.text));
    if (shown('audience')) texts.push(centre.eligibility?.text);
    if (shown('referral') && showsGettingStarted(centre, this.locale)) texts.push(centre.gettingStarted);
    if (shown('price') && !centre.fee.free) texts.push(centre.fee.text);
    if (shown('address')) texts.push(...centre.sites.flatMap((site) => [site.name, site.accessibilityNote]));
    if (shown('hours')) texts.push(...currentContactHours(centre, today).map((h) => h.note));
    return texts;
  }

  private todayDate(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today ?? '') ? this.today! : todayIn();
  }

  /** The follow-up timeline on the page, preferring one showing this centre. */
  private findTimeline(id: string): Element | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector(`fl-follow-up-timeline[centre="${CSS.escape(id)}"]`) ?? root.querySelector('fl-follow-up-timeline');
  }

  private readonly scrollToTimeline = () => this.timeline?.scrollIntoView({ block: 'start' });

  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    const { t, locale } = this;
    const feed = loaded!.feed;
    const index = indexFeed(feed);
    const view = this.view;
    const centre = view?.feed === feed ? view.centre : undefined;
    const stale = loaded!.staleSince ? renderStaleNotice(t, loaded!.staleSince, (d) => formatDate(d, locale, 'long')) : nothing;
    if (!centre) {
      let message: string;
      if (this.centre?.trim()) {
        message = t('Vi finner ikke denne frisklivssentralen. Kontakt kommunen din for å høre hva som finnes der du bor.', {
          id: 'frisklivskort.empty.unknownCentre',
        });
      } else if (this.municipality?.trim()) {
        const number = normalizeMunicipalityNumber(this.municipality);
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
    const href = this.continueHref?.trim();
    const ctx: CardContext = {
      t,
      locale,
      feed,
      index,
      centre,
      today: this.todayDate(),
      continueHref: href ? resolvedHref(href) : undefined,
      timeline: this.timeline,
      now: this.clock(),
      mapApp: prefersMapApp(),
      noticesShown: !this.isHidden('notices'),
    };
    return html`${stale}${this.layout === 'compact' ? this.renderCompact(ctx) : this.renderCard(ctx, !!view?.fellBack)}`;
  }

  private renderQrBlock(c: CardContext): unknown {
    if (!qrLoaded())
      loadQr().then(
        () => this.requestUpdate(),
        () => {},
      ); // no encoder, no code
    return renderQr(c);
  }

  /** Also waits for the QR encoder when the card shows a code. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.showQr || qrLoaded() || this.layout === 'compact') return done;
    await loadQr().catch(() => {});
    return super.getUpdateComplete();
  }

  private renderLogo(): TemplateResult {
    const has = !!this.querySelector(':scope > [slot="logo"]');
    return html`<slot name="logo" part="logo" class=${has ? 'logo' : 'logo empty'} @slotchange=${() => this.requestUpdate()}></slot>`;
  }

  private renderCard(c: CardContext, fellBackToBokmal: boolean): TemplateResult {
    const show = (block: Block, render: () => unknown) => (this.isHidden(block) ? nothing : render());
    const name = pickText(c.centre.name, c.locale)!.text;
    return html`<article part="card" class="card">
      ${show('header', () => renderHeader(c, this.renderLogo()))} ${renderFallbackNotice(c.t, fellBackToBokmal)}
      ${show('notices', () => renderNotices(c))} ${show('audience', () => renderAudience(c))} ${show('offers', () => renderOffers(c))}
      ${show('follow-up', () => renderFollowUp(c, this.scrollToTimeline))} ${show('referral', () => renderReferral(c))}
      ${show('price', () => renderPrice(c))} ${show('contact', () => renderContact(c))} ${show('address', () => renderAddress(c))}
      ${show('map', () => renderMap(c, this.map))} ${show('hours', () => renderHours(c))} ${show('continue', () => renderContinue(c))}
      ${show('qr', () => this.renderQrBlock(c))}
      <div class="wide footer">
        ${renderRecordFooter(
          c.t,
          c.locale,
          { id: c.centre.id, name, reportUrl: c.centre.reportUrl, lastVerified: c.centre.lastVerified },
          c.feed.publisher.reportUrl,
        )}
      </div>
      <div class="actions wide">
        <button type="button" part="print-button" class="print-button secondary" @click=${() => this.print()}>
          ${c.t('Skriv ut kortet', { id: 'frisklivskort.print' })}
        </button>
      </div>
    </article>`;
  }

  /** The sidebar card: name, core offers, phone and a link to the centre's page (and its status when not open). */
  private renderCompact(c: CardContext): TemplateResult {
    const { t, locale, centre } = c;
    const { tel, web } = contactHrefs(centre);
    const closed = centre.status !== 'active' && !this.hideNotices ? renderNotices({ ...c, centre: { ...centre, notices: [] } }) : nothing;
    return html`<article part="card" class="card compact">
      ${
        this.hideHeader
          ? nothing
          : html`<header part="header" class="block header">
              ${this.renderLogo()}
              <h2 class="name">${localizedText(centre.name, locale)}</h2>
              ${renderOpeningStatus(t, locale, openingStatus(centre, c.now), c.now)}
            </header>`
      }
      ${closed}
      ${
        this.hideOffers
          ? nothing
          : html`<div part="offers" class="block offers">
              <ul class="inline">
                ${centreOffers(c.feed, centre).core.map((o) => html`<li>${localizedText(o.label, locale)}</li>`)}
              </ul>
            </div>`
      }
      ${
        this.hideContact || (!tel && !web)
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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.resolved) this.announced = undefined;
    else if (this.resolved !== this.announced) {
      this.announced = this.resolved;
      this.dispatchEvent(new CustomEvent('fl-centre-resolved', { bubbles: true, composed: true, detail: { centre: this.resolved } }));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-frisklivskort': FlFrisklivskort;
  }
}
