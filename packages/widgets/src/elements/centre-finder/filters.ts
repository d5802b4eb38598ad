import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { languagesSpoken } from '../../feed/queries/centres.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { languageName } from '../../shared/language-names.js';
import { openNowLabel } from '../../shared/opening-status-view.js';
import { localizedText } from '../../shared/localized-text.js';

export interface FilterContext {
  t: MsgFn;
  locale: Locale;
  feed: Feed;
  offers: readonly string[];
  language: string;
  /** The "open now" choice; undefined when no centre in the feed has opening hours (no checkbox then). */
  openNow: boolean | undefined;
  open: boolean;
  onToggle(open: boolean): void;
  onOffer(id: string, checked: boolean): void;
  onLanguage(code: string): void;
  onOpenNow(checked: boolean): void;
}

/** "Open now", offer checkboxes (core and optional offers in their own groups) and the language choice. */
export function renderFilters(ctx: FilterContext): TemplateResult {
  const { t, locale, feed } = ctx;
  const count = ctx.offers.length + (ctx.language ? 1 : 0) + (ctx.openNow ? 1 : 0);
  const group = (legend: string, kind: 'core' | 'optional') => {
    const offers = feed.offers.filter((o) => o.kind === kind);
    return offers.length
      ? html`<fieldset>
          <legend>${legend}</legend>
          ${offers.map(
            (offer) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${ctx.offers.includes(offer.id)}
                  @change=${(e: Event) => ctx.onOffer(offer.id, (e.target as HTMLInputElement).checked)}
                /><span>${localizedText(offer.label, locale)}</span></label
              >`,
          )}
        </fieldset>`
      : nothing;
  };
  return html`<details
    part="filters"
    class="filters"
    ?open=${ctx.open}
    @toggle=${(e: Event) => ctx.onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>
      ${count ? t(str`Filtrer (${count} valgt)`, { id: 'centreFinder.filters.active' }) : t('Filtrer', { id: 'centreFinder.filters' })}
    </summary>
    <div class="filter-body">
      ${
        ctx.openNow === undefined
          ? nothing
          : html`<label class="check open-now"
              ><input
                type="checkbox"
                .checked=${ctx.openNow}
                @change=${(e: Event) => ctx.onOpenNow((e.target as HTMLInputElement).checked)}
              /><span>${openNowLabel(t)}</span></label
            >`
      }
      ${group(t('Grunntilbud', { id: 'centreFinder.filters.core' }), 'core')}
      ${group(t('Andre tilbud', { id: 'centreFinder.filters.optional' }), 'optional')}
      <label class="language"
        >${t('Språk de snakker', { id: 'centreFinder.filters.language' })}
        <select @change=${(e: Event) => ctx.onLanguage((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!ctx.language}>${t('Alle språk', { id: 'centreFinder.filters.anyLanguage' })}</option>
          ${languagesSpoken(feed.centres).map(
            (code) => html`<option value=${code} ?selected=${code === ctx.language}>${languageName(t, code, locale)}</option>`,
          )}
        </select></label
      >
    </div>
  </details>`;
}
