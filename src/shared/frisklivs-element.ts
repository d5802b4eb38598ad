import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadedFeed } from '../feed/loader.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { Locale } from '../i18n/locales.js';
import type { MsgFn } from '../i18n/messages.js';
import { FeedController } from './feed-controller.js';
import { renderFeedError, renderSkeleton } from './status-views.js';
import { baseStyles } from './styles.js';

/**
 * What every frisklivs element shares: the feed connection, its own locale,
 * the loading/error states and the base styles. Elements implement
 * `renderContent` for the ready state.
 */
export abstract class FrisklivsElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * URL of the shared JSON feed. When absent, the page-wide
   * `<meta name="frisklivs-feed" content="…">` is used.
   */
  @property({ reflect: true }) feed?: string;

  protected readonly i18n = new LocaleController(this);
  protected readonly data = new FeedController(this, () => this.usesFeed());

  /** Looks up a UI string in this element's locale. */
  protected get t(): MsgFn {
    return this.i18n.msg;
  }

  /** The locale this element renders in (from `lang`, inherited `lang`, or Bokmål). */
  get locale(): Locale {
    return this.i18n.locale;
  }

  /** Whether this element needs the feed at all right now (the timeline does not without a centre). */
  protected usesFeed(): boolean {
    return true;
  }

  /** How many placeholder bars the skeleton shows while loading. */
  protected skeletonBars = 5;

  protected abstract renderContent(loaded: LoadedFeed | undefined): unknown;

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.i18n.locale}>${this.renderState()}</div>`;
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
      case 'ready':
        return this.renderContent(snapshot.loaded);
    }
  }

  /** Also waits for the element's locale strings, so a test or a host sees the final text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.i18n.loaded;
    return (await super.getUpdateComplete()) && first;
  }
}
