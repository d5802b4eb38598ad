import { LitElement, html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedError, type LoadedFeed } from '../feed/loader.js';
import type { Feed } from '../feed/schema.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { LOCALES, type Locale } from '../i18n/locales.js';
import type { MsgFn } from '../i18n/messages.js';
import { FeedController } from './feed-controller.js';
import { settleLazyModules, type LazyModule } from './lazy-module.js';
import { ReservedHeightController } from './reserved-height.js';
import { RENDERED_STATE, hostReserveCss } from './reserve-css.js';
import { renderFeedError, renderSkeleton } from './status-views.js';
import { baseStyles } from './styles.js';

/** Each language by its own name (endonyms from CLDR and the Sámi dictionaries; see NOTICE.md). */
const LANGUAGE_NAMES: Record<Locale, string> = {
  nb: 'norsk bokmål',
  nn: 'norsk nynorsk',
  se: 'davvisámegiella',
  sma: 'åarjelsaemien gïele',
  smj: 'julevsámegiella',
  en: 'English',
};

/**
 * Whether the first render can wait for a task of its own: the host then keeps the page's reservation through a
 * custom state (`:host(:not(:state(rendered)))`), which browsers from 2024 on support. Older ones render at once.
 */
const canDeferFirstRender =
  typeof ElementInternals !== 'undefined' &&
  'states' in ElementInternals.prototype &&
  typeof CSS !== 'undefined' &&
  CSS.supports(`selector(:state(${RENDERED_STATE}))`);

/**
 * What every frisklivs element shares: the feed connection, its own locale,
 * the loading/error states and the base styles. Elements implement
 * `renderContent` for the ready state.
 *
 * In dark mode (a page with `color-scheme: dark` or `light dark`) the colour defaults below switch to dark values;
 * a colour the page sets, or a Designsystemet token on the page, wins over the default.
 *
 * @attr {'nb' | 'nn' | 'se' | 'sma' | 'smj' | 'en'} lang - The element's language: nb (Bokmål, the default), nn, se (North Sámi), sma (South Sámi), smj (Lule Sámi)
 *   or en. When absent, the nearest ancestor's `lang` is used (also across shadow roots), then `<html lang>`, then nb.
 * @cssprop [--fl-color-text=#1a1f24] - Text colour (falls back to Designsystemet's --ds-color-neutral-text-default).
 * @cssprop [--fl-color-text-subtle=#4b5560] - Secondary text: hints, dates, labels.
 * @cssprop [--fl-color-background=#ffffff] - Background of fields, lists and cards.
 * @cssprop [--fl-color-surface=#f3f6f9] - Tinted backgrounds: status messages, hovered options.
 * @cssprop [--fl-color-border=#8a96a3] - Borders of fields, lists, filters and cards.
 * @cssprop [--fl-color-accent=#0b5aa2] - Buttons and active options.
 * @cssprop [--fl-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--fl-color-accent-text=#0a4e8c] - Links and accented text.
 * @cssprop [--fl-color-danger=#b3261e] - Errors and closures.
 * @cssprop [--fl-color-success=#1d6b35] - Positive states ("open for new members").
 * @cssprop [--fl-color-warning-surface=#fff4d6] - Background of notices.
 * @cssprop [--fl-color-focus=#0b5aa2] - Focus ring.
 * @cssprop [--fl-focus-ring-width=3px] - Focus ring width.
 * @cssprop [--fl-radius=6px] - Corner radius.
 * @cssprop [--fl-space=0.5rem] - Spacing unit.
 * @cssprop [--fl-font-family=inherit] - Font family (inherits the page's).
 * @cssprop [--fl-font-size=1rem] - Base font size.
 * @cssprop [--fl-skeleton-height=auto] - Space reserved while the script and the feed load. By default about the
 *   element's loaded height: the height it had on the reader's last visit, else the height measured for its kind and
 *   options on a phone or a wide screen, at most one screen. Unused space goes as soon as the content shows. Set it
 *   when your element is much taller or shorter than usual (a long list, a narrow column).
 * @fires {CustomEvent<{ locale: string }>} fl-language-change - The reader chose another language in the language menu.
 * @csspart base - The element's outer wrapper; carries the `lang` of the rendered content.
 * @csspart language-switcher - The language menu (with `show-language-switcher`).
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when the feed cannot be used, with its retry button.
 * @csspart retry-button - The retry button in the error message.
 * @csspart empty - The message shown when nothing matches.
 */
export abstract class FrisklivsElement extends LitElement {
  static override styles = [baseStyles, unsafeCSS(hostReserveCss())];

  /**
   * URL of the shared JSON feed. When absent, the page-wide
   * `<meta name="frisklivs-feed" content="…">` is used. Reflects.
   */
  @property({ reflect: true }) feed?: string;

  /**
   * Shows a language menu listing each language by its own name. Choosing one
   * sets this element's `lang` and fires `fl-language-change`. Reflects.
   */
  @property({ type: Boolean, reflect: true, attribute: 'show-language-switcher' }) showLanguageSwitcher = false;

  protected readonly i18n = new LocaleController(this);
  protected readonly data = new FeedController(
    this,
    () => this.usesFeed(),
    (feed) => this.prepareFeed(feed),
  );
  private readonly reservation = new ReservedHeightController(
    this,
    () => {
      if (!this.i18n.ready) return 'skeleton';
      if (!this.usesFeed()) return 'content';
      const { state } = this.data.snapshot;
      if (state === 'ready' && this.contentViews && !this.contentViews.module) return this.contentViews.failed ? 'message' : 'skeleton';
      return state === 'loading' ? 'skeleton' : state === 'ready' ? 'content' : 'message';
    },
    () => this.data.feedUrl,
  );

  /** The host's custom states (`rendered`), where the first render waits for a task of its own. */
  private readonly internals = canDeferFirstRender ? this.attachInternals() : undefined;

  /**
   * The first render comes a task after the element connects: defining an element, connecting it (styles, the feed
   * request, the reservation) and rendering it were one task of 50-80 ms on a phone (CPU 4x slower); as two, neither
   * is long. Until then the host keeps the page's reservation (`hostReserveCss`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.internals) return super.scheduleUpdate();
    return new Promise((done) => setTimeout(done)).then(() => super.scheduleUpdate());
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The wrapper's own reservation (ReservedHeightController) takes over in this very render.
    this.internals?.states.add(RENDERED_STATE);
  }

  /** Looks up a UI string in this element's locale. */
  protected get t(): MsgFn {
    return this.i18n.msg;
  }

  /** The locale this element renders in (from `lang`, inherited `lang`, or Bokmål). */
  get locale(): Locale {
    return this.i18n.locale;
  }

  /** A `heading-level` attribute as a usable level: a whole number from 1 to 6, else 2. */
  protected static headingLevel(value: number): number {
    return Math.min(6, Math.max(1, Math.round(value) || 2));
  }

  /** Whether this element needs the feed at all right now (the timeline does not without a centre). */
  protected usesFeed(): boolean {
    return true;
  }

  /** Steps of the first render's work with a new feed, run a task each before it renders (see FeedController). */
  protected prepareFeed(_feed: Feed): (() => unknown)[] {
    return [];
  }

  /**
   * The views the element shows its feed with, when they are a chunk of their own (`new LazyModule(this, () =>
   * import('./content.js'))`): asked for when the element connects, beside the feed request, so that they download
   * while the feed does and stay out of what the page needs before the element can show its loading state. Until
   * they are there the skeleton shows; if they cannot be loaded, the network error with its retry button.
   */
  protected readonly contentViews?: LazyModule<unknown>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.usesFeed()) this.contentViews?.want();
  }

  /** How many placeholder bars the skeleton shows while loading. */
  protected skeletonBars = 5;

  protected abstract renderContent(loaded: LoadedFeed | undefined): unknown;

  protected override render(): TemplateResult {
    return html`<div part="base" class=${this.reservation.reserving ? 'base reserving' : 'base'} lang=${this.i18n.locale}>
      ${this.showLanguageSwitcher && this.i18n.ready ? this.renderLanguageSwitcher() : nothing}${this.renderState()}${this.reservation.renderEndMarker()}
    </div>`;
  }

  private renderLanguageSwitcher(): TemplateResult {
    return html`<div class="language-switcher" part="language-switcher">
      <label for="fl-language">${this.t('Språk', { id: 'languageSwitcher.label' })}</label>
      <select id="fl-language" @change=${this.onLanguageChosen}>
        ${LOCALES.map(
          (locale) =>
            html`<option value=${locale} lang=${locale} ?selected=${locale === this.i18n.locale}>${LANGUAGE_NAMES[locale]}</option>`,
        )}
      </select>
    </div>`;
  }

  private onLanguageChosen(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    this.setAttribute('lang', locale);
    this.dispatchEvent(new CustomEvent('fl-language-change', { detail: { locale }, bubbles: true, composed: true }));
  }

  private renderState(): unknown {
    if (!this.i18n.ready) return renderSkeleton(this.t, this.skeletonBars);
    if (!this.usesFeed()) return this.renderContent(undefined);
    const snapshot = this.data.snapshot;
    switch (snapshot.state) {
      case 'loading':
        return renderSkeleton(this.t, this.skeletonBars);
      case 'error':
        return renderFeedError(this.t, snapshot.error, () => this.data.retry());
      case 'ready': {
        const views = this.contentViews;
        if (views && !views.module) {
          if (views.failed)
            return renderFeedError(this.t, new FeedError('network', this.data.feedUrl, "the element's views could not be loaded"), () =>
              views.want(),
            );
          views.want();
          return renderSkeleton(this.t, this.skeletonBars);
        }
        return this.renderContent(snapshot.loaded);
      }
    }
  }

  /**
   * A render the element has put off to a task of its own (the rest of a long first screen), while one waits; the
   * promise settles when that render has been asked for. None by default.
   */
  protected laterRender(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Also waits for the element's locale strings, the parts it asked for (`LazyModule`) and a render put off to a
   * later task (`laterRender`), so a test or a host sees the final text.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.i18n.loaded;
    const settleLater = async () => {
      const later = this.laterRender();
      if (later) await later;
      return !!later;
    };
    let done = await super.getUpdateComplete();
    while ((await settleLazyModules(this)) || (await settleLater())) done = await super.getUpdateComplete();
    return done && first;
  }
}
