import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { safeHref } from '../../feed/links.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { indexFeed } from '../../feed/index-feed.js';
import { centreOffers, normalizeMunicipalityNumber, pickCentre } from '../../feed/queries/card.js';
import type { Centre } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatDate, todayIn } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { contactHrefs } from '../../shared/contact-view.js';
import { localizedText } from '../../shared/localized-text.js';
import { renderEmpty, renderStaleNotice } from '../../shared/status-views.js';
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
  renderNotices,
  renderOffers,
  renderPrice,
  renderQr,
  renderReferral,
  type Block,
  type CardContext,
} from './blocks.js';
import { frisklivskortStyles } from './styles.js';

export type FrisklivskortLayout = 'card' | 'compact' | 'print';
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
 * where to continue afterwards and, with `show-qr`, a QR code of its web page,
 * in the reader's language. It works as a full card, as a small sidebar card
 * (`layout="compact"`) and as a printable one-page card (`layout="print"`, or
 * any layout when the page is printed).
 *
 * Printing: the element's `@media print` rules give a black-on-white card with
 * no buttons, link addresses written out after links, and blocks kept whole.
 * `@page` cannot be set from inside a shadow root, so the host page controls
 * page size and margins (e.g. `@page { size: A6; margin: 5mm }` for a postcard).
 * An A4 card fits one page; for the A6 postcard, hide the blocks you can do
 * without (e.g. `hide-audience hide-continue`) so that it fits one card.
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
 * @csspart header - Block: centre name, logo and, for an inter-municipal centre, host and served municipalities.
 * @csspart logo - The logo slot.
 * @csspart notices - Block: closed status and notices in force.
 * @csspart audience - Block: who the centre is for, eligibility and age limits.
 * @csspart offers - Block: core offers, then the centre's optional offers.
 * @csspart follow-up - Block: the structured follow-up in one sentence, with a link to the timeline when on the page.
 * @csspart referral - Block: referral routes and how to get started.
 * @csspart price - Block: free, or the fee.
 * @csspart contact - Block: phone, e-mail and web page.
 * @csspart address - Block: sites with address and step-free access.
 * @csspart hours - Block: contact hours.
 * @csspart continue - Block: self-help groups and offers in the centre's municipalities, with the editor's link.
 * @csspart qr - Block: QR code of the centre's web page (with `show-qr`).
 * @csspart print-button - The print button (never printed).
 * @csspart empty - The message shown when no centre matches.
 * @csspart skeleton - The placeholder while the feed loads.
 * @csspart error - The message shown when the feed cannot be loaded.
 * @csspart retry-button - The retry button in the error message.
 * @csspart stale-notice - The note shown when a saved copy of the feed is used.
 *
 * @cssprop [--fl-frisklivskort-max-width=48rem] - Largest width of the card on screen.
 * @cssprop [--fl-frisklivskort-qr-size=8rem] - Width of the QR code on screen.
 */
export class FlFrisklivskort extends FrisklivsElement {
  static override styles = [...FrisklivsElement.styles, frisklivskortStyles];

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

  /** Hides the header block (name, logo, municipalities). Not reflected. */
  @property({ type: Boolean, attribute: 'hide-header' }) hideHeader = false;
  /** Hides the notices block (closed status and notices). Not reflected. */
  @property({ type: Boolean, attribute: 'hide-notices' }) hideNotices = false;
  /** Hides the "who is it for" block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-audience' }) hideAudience = false;
  /** Hides the offers block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-offers' }) hideOffers = false;
  /** Hides the follow-up block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-follow-up' }) hideFollowUp = false;
  /** Hides the referral block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-referral' }) hideReferral = false;
  /** Hides the price block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-price' }) hidePrice = false;
  /** Hides the contact block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-contact' }) hideContact = false;
  /** Hides the address block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-address' }) hideAddress = false;
  /** Hides the contact hours block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-hours' }) hideHours = false;
  /** Hides the "continue afterwards" block. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-continue' }) hideContinue = false;
  /**
   * Shows a QR code of the centre's web page (opt-in, as it is mostly wanted
   * on paper). The encoder runs in the page and is loaded only when needed.
   * Not shown in the compact layout. Not reflected.
   */
  @property({ type: Boolean, attribute: 'show-qr' }) showQr = false;

  /** The centre shown now, once the feed is loaded (undefined when none matches). */
  get resolvedCentre(): Centre | undefined {
    return this.resolved;
  }

  private resolved?: Centre;
  private announced?: Centre;
  private timeline?: Element | null;

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
    await this.updateComplete;
    window.print();
  }

  private isHidden(block: Block): boolean {
    const map: Record<Block, boolean> = {
      header: this.hideHeader,
      notices: this.hideNotices,
      audience: this.hideAudience,
      offers: this.hideOffers,
      'follow-up': this.hideFollowUp,
      referral: this.hideReferral,
      price: this.hidePrice,
      contact: this.hideContact,
      address: this.hideAddress,
      hours: this.hideHours,
      continue: this.hideContinue,
      qr: !this.showQr,
    };
    return map[block];
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
    const centre = pickCentre(index, { centre: this.centre, municipality: this.municipality }, locale);
    this.resolved = centre;
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
    this.timeline = this.findTimeline(centre.id);
    const href = this.continueHref?.trim();
    const ctx: CardContext = {
      t,
      locale,
      feed,
      index,
      centre,
      today: /^\d{4}-\d{2}-\d{2}$/.test(this.today ?? '') ? this.today! : todayIn(),
      continueHref: href ? resolvedHref(href) : undefined,
      timeline: this.timeline,
    };
    return html`${stale}${this.layout === 'compact' ? this.renderCompact(ctx) : this.renderCard(ctx)}`;
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

  private renderCard(c: CardContext): TemplateResult {
    const show = (block: Block, render: () => unknown) => (this.isHidden(block) ? nothing : render());
    return html`<article part="card" class="card">
      ${show('header', () => renderHeader(c, this.renderLogo()))} ${show('notices', () => renderNotices(c))}
      ${show('audience', () => renderAudience(c))} ${show('offers', () => renderOffers(c))}
      ${show('follow-up', () => renderFollowUp(c, this.scrollToTimeline))} ${show('referral', () => renderReferral(c))}
      ${show('price', () => renderPrice(c))} ${show('contact', () => renderContact(c))} ${show('address', () => renderAddress(c))}
      ${show('hours', () => renderHours(c))} ${show('continue', () => renderContinue(c))} ${show('qr', () => this.renderQrBlock(c))}
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
