import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Point } from '../../feed/geo.js';
import { indexFeed, type FeedIndex } from '../../feed/index-feed.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { loadPostcodes } from '../../feed/postcodes.js';
import {
  byDistance,
  centresServing,
  findMunicipality,
  isListed,
  matchesFilter,
  nearestCentres,
  type CentreFilter,
  type Placed,
} from '../../feed/queries/centres.js';
import { buildSearchIndex, suggest, type SearchIndex, type Suggestion } from '../../feed/queries/municipality-search.js';
import type { Centre, Feed, Municipality } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { compareNames, formatDate } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { localizedText } from '../../shared/localized-text.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import { AnchoredPopup } from './anchored-popup.js';
import { countyName } from '../../feed/counties.js';
import { renderFilters } from './filters.js';
import { locate, type LocateFailure } from './geolocation.js';
import { renderResultCard } from './result-card.js';
import { finderStyles } from './styles.js';

/** Detail of `fl-centre-select`. */
export interface CentreSelectDetail {
  centre: Centre;
  /** The municipality number the reader looked up, when the centre was found through one. */
  municipality?: string;
}

const hasDigit = (text: string) => /\d/.test(text);

/**
 * Finds the frisklivssentral serving a place: search by municipality (Norwegian
 * and Sámi names, diacritics-insensitive), postcode or centre name, or sort
 * centres by distance from the reader ("near me", on a click only; the position
 * is never stored or sent). Filter by offer and by language spoken. Each result
 * shows the host and served municipalities, offers, how to get referred,
 * contact links, address and when it was last verified.
 *
 * @summary Search for the frisklivssentral that serves a municipality, postcode or your position.
 * @tagname fl-centre-finder
 *
 * @fires {CustomEvent<{ centre: Centre; municipality?: string }>} fl-centre-select - The reader picked a centre: a centre
 * suggestion (no `municipality`), or a municipality or postcode served by exactly one centre (`municipality` is then
 * that municipality's number). Bubbles and is composed.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart search - The search box with its label, suggestion list and hint.
 * @csspart input - The search text field (an ARIA combobox).
 * @csspart clear-button - The button that empties the search field.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart hint - The suggestion count or "no match" line under the field.
 * @csspart near-me-button - The "near me" button.
 * @csspart near-me-message - Why the position could not be found.
 * @csspart filters - The filter disclosure (offers and language); absent when `compact`.
 * @csspart status - The live line that says how many centres are shown and why.
 * @csspart clear-filters-button - Shown when filters hide every result.
 * @csspart results - The result list.
 * @csspart result - One centre in the result list.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The error view when the feed cannot be loaded.
 * @csspart retry-button - The retry button in the error view.
 * @csspart stale-notice - Shown when a saved copy of the feed is used because the network failed.
 *
 * @cssprop [--fl-centre-finder-listbox-max-height=20rem] - Tallest the suggestion list grows (less when the viewport has less room).
 * @cssprop [--fl-centre-finder-card-min-width=18rem] - Narrowest a result card gets before the grid drops a column.
 */
export class FlCentreFinder extends FrisklivsElement {
  static override styles = [...FrisklivsElement.styles, finderStyles];

  /**
   * Municipality to show first, by number ("5612") or by any of its names
   * ("Kautokeino", "Guovdageaidnu"), e.g. a municipality's own site shows its own centre.
   * Not reflected.
   */
  @property() municipality?: string;

  /**
   * Preset offer filter: offer ids separated by spaces or commas ("fysisk-aktivitet kid"); a centre must
   * have them all. Still applies with `compact`, where the filters are not shown. Not reflected.
   */
  @property() offers?: string;

  /** Most centres to list at once; unset or 0 lists all. Not reflected. */
  @property({ type: Number }) limit?: number;

  /** List-only layout for narrow sidebars: no filters, shorter result cards. Reflects. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level (1–6, default 2) of the element's headings (each centre's name), to fit the host page's outline. Not reflected. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private suggestions: Suggestion[] = [];
  /** What the reader chose in the search box (or the `municipality` preset). */
  @state() private picked?: Suggestion;
  @state() private here?: Point;
  @state() private geo?: 'busy' | LocateFailure;
  @state() private chosenOffers: string[] = [];
  @state() private language = '';
  @state() private filtersOpen = false;
  @state() private postcodes?: 'loading' | 'failed';

  private search?: { feed: Feed; index: SearchIndex; withPostcodes?: boolean };
  private presetFor?: [Feed, string | undefined];
  private textLocale?: string;
  private readonly popup = new AnchoredPopup(this);

  protected override skeletonBars = 6;

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[role=combobox]');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('offers')) {
      this.chosenOffers = (this.offers ?? '').split(/[\s,]+/).filter(Boolean);
      this.filtersOpen ||= this.chosenOffers.length > 0;
    }
    // Apply the `municipality` preset when it or the feed changes.
    const feed = this.data.feed;
    if (feed && (this.presetFor?.[0] !== feed || this.presetFor[1] !== this.municipality)) {
      this.presetFor = [feed, this.municipality];
      const found = findMunicipality(feed, indexFeed(feed), this.municipality);
      this.picked = found && { kind: 'municipality', municipality: found };
      this.query = found ? this.suggestionText(this.picked!) : '';
    } else if (this.picked && this.textLocale !== this.locale) {
      // The language changed (e.g. the language menu): name the choice in the new language.
      this.query = this.suggestionText(this.picked);
    }
    this.textLocale = this.locale;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const popup = this.renderRoot.querySelector<HTMLElement>('[role=listbox]');
    const anchor = this.renderRoot.querySelector<HTMLElement>('.field');
    if (this.open && popup && anchor) {
      this.popup.show(anchor, popup);
      if (changed.has('active')) popup.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
    } else {
      this.popup.hide(popup);
    }
  }

  // ---- search ------------------------------------------------------------

  private index(feed: Feed): SearchIndex {
    if (this.search?.feed !== feed) this.search = { feed, index: buildSearchIndex(feed) };
    return this.search.index;
  }

  /** ", Nordland" when another municipality has the same name (Herøy, Våler), else "". */
  private countySuffix(m: Municipality): string {
    const county = this.data.feed && this.index(this.data.feed).sharedNames.has(m.names.no) && countyName(m.county);
    return county ? `, ${county}` : '';
  }

  /** A municipality's name for this reader, with its county when the name alone is ambiguous. */
  private placeName(m: Municipality): string {
    return municipalityName(m, this.locale) + this.countySuffix(m);
  }

  /** Recomputes the suggestions for the current text; opens the list when asked and there are any. */
  private refresh(openList: boolean): void {
    const feed = this.data.feed;
    if (!feed) return;
    const index = this.index(feed);
    if (hasDigit(this.query) && !this.search!.withPostcodes) this.loadPostcodes(feed);
    this.suggestions = suggest(index, this.query);
    this.active = -1;
    this.open = openList && this.suggestions.length > 0;
  }

  /** Postcodes are a separate, larger resource, fetched only once someone types a digit. */
  private loadPostcodes(feed: Feed): void {
    const snapshot = this.data.snapshot;
    const pending = snapshot.state === 'ready' && this.postcodes !== 'loading' ? loadPostcodes(snapshot.loaded.url, feed) : undefined;
    if (!pending) return;
    this.postcodes = 'loading';
    pending.then(
      (rows) => {
        this.postcodes = undefined;
        if (this.data.feed !== feed) return;
        this.search = { feed, index: buildSearchIndex(feed, rows), withPostcodes: true };
        if (hasDigit(this.query)) this.refresh(this.shadowRoot?.activeElement === this.input);
      },
      () => (this.postcodes = 'failed'),
    );
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (!this.query.trim()) this.picked = undefined;
    this.refresh(true);
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    const move = (to: number) => {
      event.preventDefault();
      this.active = to;
    };
    switch (event.key) {
      case 'ArrowDown':
        if (!this.open) {
          event.preventDefault();
          this.refresh(true);
          if (this.open) this.active = 0;
        } else move((this.active + 1) % count);
        break;
      case 'ArrowUp':
        if (this.open) move(this.active <= 0 ? count - 1 : this.active - 1);
        break;
      case 'Home':
        if (this.open) move(0);
        break;
      case 'End':
        if (this.open) move(count - 1);
        break;
      case 'Enter':
        if (this.open) {
          event.preventDefault();
          this.choose(this.suggestions[Math.max(0, this.active)]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
        } else if (this.query) this.clear();
        break;
      case 'Tab':
        this.open = false;
    }
  }

  /** The text a suggestion leaves in the field once chosen. */
  private suggestionText(s: Suggestion): string {
    if (s.kind === 'centre') return pickText(s.centre.name, this.locale)!.text;
    const name = this.placeName(s.municipality);
    return s.kind === 'postcode' ? `${s.postcode} ${name}` : name;
  }

  private choose(s: Suggestion): void {
    this.open = false;
    this.suggestions = [];
    this.query = this.suggestionText(s);
    this.picked = s;
    if (s.kind === 'centre') this.select(s.centre);
    else {
      const serving = centresServing(indexFeed(this.data.feed!), s.municipality.number);
      if (serving.length === 1) this.select(serving[0]!, s.municipality.number);
    }
    this.input?.focus();
  }

  private select(centre: Centre, municipality?: string): void {
    const detail: CentreSelectDetail = municipality ? { centre, municipality } : { centre };
    this.dispatchEvent(new CustomEvent<CentreSelectDetail>('fl-centre-select', { detail, bubbles: true, composed: true }));
  }

  private clear(): void {
    this.query = '';
    this.picked = undefined;
    this.suggestions = [];
    this.open = false;
    this.input?.focus();
  }

  // ---- near me -------------------------------------------------------------

  private async nearMe(): Promise<void> {
    if (this.geo === 'busy') return;
    this.geo = 'busy';
    try {
      this.here = await locate();
      this.geo = undefined;
      // Distance order applies to all centres, not to an earlier search.
      this.picked = undefined;
      this.query = '';
      this.open = false;
    } catch (failure) {
      this.geo = failure as LocateFailure;
    }
  }

  private geoMessage(failure: LocateFailure): string {
    const t = this.t;
    switch (failure) {
      case 'denied':
        return t(
          'Nettleseren har ikke lov til å bruke posisjonen din. Du kan gi tillatelse i innstillingene, eller søke etter kommune eller postnummer i stedet.',
          {
            id: 'centreFinder.geo.denied',
          },
        );
      case 'unavailable':
        return t('Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller søk etter kommune eller postnummer.', {
          id: 'centreFinder.geo.unavailable',
        });
      case 'timeout':
        return t('Det tok for lang tid å finne posisjonen din. Prøv igjen, eller søk etter kommune eller postnummer.', {
          id: 'centreFinder.geo.timeout',
        });
      case 'unsupported':
        return t('Nettleseren din kan ikke finne posisjonen din. Søk etter kommune eller postnummer i stedet.', {
          id: 'centreFinder.geo.unsupported',
        });
    }
  }

  // ---- rendering -----------------------------------------------------------

  protected override renderContent(loaded: LoadedFeed | undefined): unknown {
    const { feed, staleSince } = loaded!;
    const t = this.t;
    const locale = this.locale;
    const busy = this.geo === 'busy';
    return html`
      ${staleSince ? renderStaleNotice(t, staleSince, (d) => formatDate(d, locale, 'long')) : nothing}
      <div class="controls">
        ${this.renderSearch()}
        <div class="near">
          <button type="button" part="near-me-button" class="secondary" aria-disabled=${busy ? 'true' : 'false'} @click=${this.nearMe}>
            ${busy ? t('Finner posisjonen din …', { id: 'centreFinder.nearMe.busy' }) : t('Sentraler nær meg', { id: 'centreFinder.nearMe' })}
          </button>
          ${
            this.geo && this.geo !== 'busy'
              ? html`<p part="near-me-message" class="geo-error" role="alert">${this.geoMessage(this.geo)}</p>`
              : html`<p class="note">
                  ${t('Posisjonen din blir ikke lagret eller sendt noe sted.', { id: 'centreFinder.nearMe.privacy' })}
                </p>`
          }
        </div>
      </div>
      ${
        this.compact
          ? nothing
          : renderFilters({
              t,
              locale,
              feed,
              offers: this.chosenOffers,
              language: this.language,
              open: this.filtersOpen,
              onToggle: (open) => (this.filtersOpen = open),
              onOffer: (id, checked) =>
                (this.chosenOffers = checked ? [...this.chosenOffers, id] : this.chosenOffers.filter((o) => o !== id)),
              onLanguage: (code) => (this.language = code),
            })
      }
      ${this.renderResults(feed, indexFeed(feed))}
    `;
  }

  private renderSearch(): TemplateResult {
    const t = this.t;
    const open = this.open;
    const q = this.query.trim();
    const count = this.suggestions.length;
    // One polite line under the field: the suggestion count while the list is open, or why nothing matched.
    let hint = '';
    let visible = false;
    if (open) {
      hint = selectPlural(this.locale, count, {
        one: t(str`${count} forslag`, { id: 'centreFinder.suggestions.one' }),
        two: t(str`${count} forslag`, { id: 'centreFinder.suggestions.two', desc: 'Dual form (used by Sámi locales)' }),
        other: t(str`${count} forslag`, { id: 'centreFinder.suggestions.other' }),
      });
    } else if (q && !this.picked && !count) {
      visible = true;
      hint =
        hasDigit(q) && this.postcodes === 'loading'
          ? t('Henter postnumre …', { id: 'centreFinder.postcodesLoading' })
          : hasDigit(q) && this.postcodes === 'failed'
            ? t('Postnumrene kunne ikke hentes nå. Søk etter kommunenavn i stedet.', { id: 'centreFinder.postcodesFailed' })
            : t(str`Ingen kommune, postnummer eller frisklivssentral passer med «${q}».`, { id: 'centreFinder.noSuggestions' });
    }
    return html`<div part="search" class="search">
      <label for="q" class="label">${t('Kommune, postnummer eller frisklivssentral', { id: 'centreFinder.search.label' })}</label>
      <div class="field">
        <input
          id="q"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="lb"
          aria-expanded=${open ? 'true' : 'false'}
          aria-activedescendant=${open && this.active >= 0 ? `o${this.active}` : nothing}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @focus=${() => this.popup.prepare()}
          @blur=${() => (this.open = false)}
        />
        ${
          this.query
            ? html`<button
                type="button"
                part="clear-button"
                class="clear secondary"
                aria-label=${t('Tøm søket', { id: 'centreFinder.search.clear' })}
                @click=${this.clear}
              >
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
      </div>
      <ul
        id="lb"
        part="listbox"
        role="listbox"
        popover="manual"
        aria-label=${t('Forslag', { id: 'centreFinder.suggestions' })}
        ?hidden=${!open}
        @mousedown=${(e: Event) => e.preventDefault()}
      >
        ${open ? this.suggestions.map((s, i) => this.renderOption(s, i)) : nothing}
      </ul>
      <p part="hint" class=${visible ? 'hint' : 'visually-hidden'} role="status">${hint}</p>
    </div>`;
  }

  private renderOption(s: Suggestion, i: number): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    let label: unknown;
    let kind: string;
    if (s.kind === 'centre') {
      label = localizedText(s.centre.name, locale);
      kind = t('frisklivssentral', { id: 'centreFinder.kind.centre' });
    } else if (s.kind === 'postcode') {
      label = this.suggestionText(s);
      kind = t('postnummer', { id: 'centreFinder.kind.postcode' });
    } else {
      // Every official name, the reader's own first: "Kautokeino – Guovdageaidnu".
      const own = municipalityName(s.municipality, locale);
      label = [own, ...Object.values(s.municipality.names).filter((n) => n && n !== own)].join(' – ') + this.countySuffix(s.municipality);
      kind = t('kommune', { id: 'centreFinder.kind.municipality' });
    }
    return html`<li
      id="o${i}"
      part="option"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @click=${() => this.choose(s)}
    >
      ${label} <span class="kind">(${kind})</span>
    </li>`;
  }

  private renderResults(feed: Feed, index: FeedIndex): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    const filter: CentreFilter = { offers: this.chosenOffers, language: this.language };
    const here = this.here;
    const place = (centres: Centre[]): Placed[] =>
      here
        ? byDistance(centres, here, index)
        : centres
            .sort((a, b) => compareNames(pickText(a.name, locale)!.text, pickText(b.name, locale)!.text, locale))
            .map((centre) => ({ centre }));
    const counted = (n: number) =>
      selectPlural(locale, n, {
        one: t(str`${n} frisklivssentral`, { id: 'centreFinder.count.one' }),
        two: t(str`${n} frisklivssentraler`, { id: 'centreFinder.count.two', desc: 'Dual form (used by Sámi locales)' }),
        other: t(str`${n} frisklivssentraler`, { id: 'centreFinder.count.other' }),
      });
    const noMatch = t('Ingen frisklivssentraler passer med filtrene du har valgt.', { id: 'centreFinder.noMatch' });
    const picked = this.picked;
    let municipality: Municipality | undefined;
    let list: Placed[];
    let status: string;
    if (picked?.kind === 'centre') {
      list = place([picked.centre]);
      status = counted(1);
    } else if (picked) {
      municipality = picked.municipality;
      const name = this.placeName(municipality);
      const serving = centresServing(index, municipality.number);
      const via =
        picked.kind === 'postcode' ? t(str`Postnummer ${picked.postcode} hører til ${name}.`, { id: 'centreFinder.postcodeIn' }) + ' ' : '';
      if (!serving.length) {
        list = nearestCentres(feed, index, municipality, filter);
        status = `${via}${t(str`Ingen frisklivssentral dekker ${name}.`, { id: 'centreFinder.noCentre' })} ${
          list.length ? t('Disse ligger nærmest:', { id: 'centreFinder.nearest' }) : noMatch
        }`;
      } else {
        list = place(serving.filter((c) => matchesFilter(c, filter)));
        const n = list.length;
        status =
          via +
          (n
            ? selectPlural(locale, n, {
                one: t(str`${n} frisklivssentral dekker ${name}.`, { id: 'centreFinder.serving.one' }),
                two: t(str`${n} frisklivssentraler dekker ${name}.`, {
                  id: 'centreFinder.serving.two',
                  desc: 'Dual form (used by Sámi locales)',
                }),
                other: t(str`${n} frisklivssentraler dekker ${name}.`, { id: 'centreFinder.serving.other' }),
              })
            : noMatch);
      }
    } else {
      list = place(feed.centres.filter((c) => isListed(c) && matchesFilter(c, filter)));
      status = list.length ? counted(list.length) : noMatch;
    }
    const total = list.length;
    const limit = this.limit && this.limit > 0 ? this.limit : Infinity;
    if (total > limit) {
      list = list.slice(0, limit);
      status = selectPlural(locale, total, {
        one: t(str`Viser ${limit} av ${total} frisklivssentral`, { id: 'centreFinder.showing.one' }),
        two: t(str`Viser ${limit} av ${total} frisklivssentraler`, {
          id: 'centreFinder.showing.two',
          desc: 'Dual form (used by Sámi locales)',
        }),
        other: t(str`Viser ${limit} av ${total} frisklivssentraler`, { id: 'centreFinder.showing.other' }),
      });
    }
    if (here && total) status += ` ${t('Sortert etter avstand fra deg.', { id: 'centreFinder.byDistance' })}`;
    const filtered = this.chosenOffers.length > 0 || !!this.language;
    const level = FrisklivsElement.headingLevel(this.headingLevel);
    const ctx = { t, locale, index, headingLevel: level, compact: this.compact, municipality };
    return html`<p part="status" class="summary" role="status">${status}</p>
      ${
        !total && filtered
          ? html`<button type="button" part="clear-filters-button" class="secondary" @click=${this.clearFilters}>
              ${t('Fjern filtrene', { id: 'centreFinder.clearFilters' })}
            </button>`
          : nothing
      }
      ${
        total
          ? html`<ul part="results" class="results">
              ${list.map((placed) => renderResultCard(ctx, placed))}
            </ul>`
          : nothing
      }`;
  }

  private clearFilters(): void {
    this.chosenOffers = [];
    this.language = '';
    // The button disappears with the empty result; keep focus in the element.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('summary')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-centre-finder': FlCentreFinder;
  }
}
