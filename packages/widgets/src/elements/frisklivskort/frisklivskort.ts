import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Centre } from '../../feed/schema.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { LazyModule } from '../../shared/lazy-module.js';
import type { MapController } from '../../shared/map/map-controller.js';
import { BLOCKS, type Block } from './block-names.js';
import type { CardView } from './card-content.js';
import { frisklivskortStyles } from './styles.js';

/**
 * What the card shows from the feed (its blocks, layouts, a centre's views and their CSS): a chunk of its own, asked
 * for when the card connects, beside the feed request (FrisklivsElement.contentViews).
 */
const loadContent = () => import('./card-content.js');

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

export type FrisklivskortPaper = 'a4' | 'a6';

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
  static override styles = [...FrisklivsElement.styles, frisklivskortStyles];

  protected override readonly contentViews = new LazyModule(this, loadContent);

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
  /** The blocks left out: `hide`'s tokens, the `hide-*` aliases, and the QR code unless `show-qr`. */
  private hiddenBlocks: ReadonlySet<Block> = new Set(['qr']);
  private view?: CardView;
  /** Created when the content views arrive (they bring the map's controller). */
  private map?: MapController;

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
    // Called before the content views arrived: wait for them and the update that renders with them (and wants the map).
    if (!this.contentViews.module && !this.contentViews.failed) this.contentViews.want();
    await this.updateComplete;
    await this.map?.forPrint();
    await this.updateComplete;
    window.print();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const tokens = new Set((this.hide ?? '').toLowerCase().split(/[\s,]+/));
    const hidden = new Set<Block>(BLOCKS.filter((block) => tokens.has(block)));
    for (const [block, alias] of HIDE_ALIASES) if (this[alias]) hidden.add(block);
    if (!this.showQr) hidden.add('qr');
    this.hiddenBlocks = hidden;

    // Until the content views have arrived (they are asked for with the feed), nothing is derived from the feed.
    const views = this.contentViews.module;
    const feed = this.data.feed;
    if (!feed || !views) {
      this.view = undefined;
      this.resolved = undefined;
      return;
    }
    this.map ??= new views.MapController(this);
    this.view = views.cardView(this, feed, hidden);
    const centre = this.view.centre;
    this.resolved = centre;
    if (centre && this.layout !== 'compact' && !hidden.has('map')) this.map.want();
  }

  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    // Called only once the content views are there (FrisklivsElement.contentViews).
    return this.contentViews.module!.renderCardContent(this, { t: this.t, hidden: this.hiddenBlocks, map: this.map! }, loaded!, this.view);
  }

  /** Also waits for the QR encoder when the card shows a code. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const views = this.contentViews.module;
    if (!this.showQr || !views || views.qrLoaded() || this.layout === 'compact') return done;
    await views.loadQr().catch(() => {});
    return super.getUpdateComplete();
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
