import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Point } from '../../feed/geo.js';
import { indexFeed } from '../../feed/index-feed.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { centresServing, findMunicipality } from '../../feed/queries/centres.js';
import type { SearchIndex, Suggestion } from '../../feed/queries/municipality-search.js';
import type { Centre, Feed, Municipality } from '../../feed/schema.js';
import { municipalityName, pickText } from '../../feed/localized.js';
import { formatDate } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { localizedText } from '../../shared/localized-text.js';
import type { MapController } from '../../shared/map/map-controller.js';
import { LazyModule } from '../../shared/lazy-module.js';
import type { ShareController } from '../../shared/share.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import { PARAM_PREFIX, recordFromParams, recordLink, UrlStateController, type UrlStateMode } from '../../shared/url-state.js';
import { AnchoredPopup } from './anchored-popup.js';
import type { LocateFailure } from './geolocation.js';
import type { ResultContext } from './result-card.js';
import type { ResultsView } from './results.js';
import { finderStyles } from './styles.js';

/** Detail of `fl-centre-select`. */
export interface CentreSelectDetail {
  centre: Centre;
  /** The municipality number the reader looked up, when the centre was found through one. */
  municipality?: string;
}

const hasDigit = (text: string) => /\d/.test(text);

type ResultViews = typeof import('./result-views.js');
const loadResultViews = (): Promise<ResultViews> => import('./result-views.js');
const loadSearch = () => import('./centre-search.js');
/** The postcode reader: loaded with the postcodes themselves, when someone first types a digit. */
const postcodeReader = () => import('../../feed/postcodes.js');
/** Finding the reader's position and saying why it failed: loads at the first "near me". */
const geolocation = () => import('./geolocation.js');

/** The URL parameter of a shared link to one centre. */
const CENTRE_PARAM = `${PARAM_PREFIX}centre`;

/** A raw parameter string with `fl-centre` set to `id`, or taken out; the host page's parameters are left as they are. */
function withCentreParam(raw: string, id: string | undefined): string {
  const kept = raw.split('&').filter((part) => part && !part.startsWith(`${CENTRE_PARAM}=`));
  return (id ? [...kept, `${CENTRE_PARAM}=${encodeURIComponent(id)}`] : kept).join('&');
}

/**
 * Finds the frisklivssentral serving a place: search by municipality (Norwegian
 * and Sámi names, diacritics-insensitive), postcode or centre name, or list the
 * nearest centres ("near me", on a click only; the position is never stored or
 * sent). Before a question it shows only the question: the search field, "near
 * me" and one line of help. Results come a few at a time ("Vis flere") as short
 * summaries: name, opening status (in Norway's time, with public holidays), the
 * municipalities served, phone and offers. Each opens ("Les mer") for how to get
 * started, e-mail and web page, address with "Vis vei" links, a map of the
 * municipalities served, "Del" (with `url-state`), when it was last checked and
 * "Meld fra om feil". Filter by offer, language spoken and "open now". After
 * "near me" a map shows the centres listed.
 *
 * The map is drawn from the library's own boundary file, loaded only when a map
 * is shown; nothing is requested from any other host until the reader follows a link.
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
 * @csspart filters - The filter disclosure (offers, language and "open now"); absent when `compact` and before a question.
 * @csspart status - The live line that says how many centres are shown and why.
 * @csspart clear-filters-button - Shown when filters hide every result.
 * @csspart results - The result list.
 * @csspart result - One centre in the result list: its summary and its details disclosure.
 * @csspart opening-status - A centre's opening status ("Åpent nå – stenger kl. 15:30").
 * @csspart details - The disclosure with a centre's details.
 * @csspart details-summary - The "Les mer" control that opens a centre's details.
 * @csspart directions - A site's "Vis vei" links.
 * @csspart map - The map of the municipalities a centre serves, or the overview after "near me", with its caption.
 * @csspart share - A centre's "Del" control and its status (with `url-state`).
 * @csspart share-button - The "Del" button.
 * @csspart record-footer - When a centre was last checked, and "Meld fra om feil".
 * @csspart report-link - The "Meld fra om feil" link.
 * @csspart fallback-notice - Says once that some feed text is shown in Bokmål.
 * @csspart show-more-button - "Vis flere": lists more centres.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The error view when the feed cannot be loaded.
 * @csspart retry-button - The retry button in the error view.
 * @csspart stale-notice - Shown when a saved copy of the feed is used because the network failed.
 *
 * @cssprop [--fl-centre-finder-listbox-max-height=20rem] - Tallest the suggestion list grows (less when the viewport has less room).
 * @cssprop [--fl-centre-finder-card-min-width=18rem] - Narrowest a result card gets before the grid drops a column.
 * @cssprop [--fl-map-max-width=20rem] - Widest a map gets.
 * @cssprop [--fl-map-land] - Fill of the land on a map (default: the surface colour).
 * @cssprop [--fl-map-served] - Fill of the municipalities served (default: the accent colour).
 * @cssprop [--fl-map-border] - Municipality and county borders on a map (default: the border colour).
 * @cssprop [--fl-map-pin] - The pins of sites on a map (default: the danger colour).
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

  /** How many centres are listed at first and added by each "Vis flere"; unset or 0: 5. Not reflected. */
  @property({ type: Number }) limit?: number;

  /** List-only layout for narrow sidebars: no filters, shorter result cards. Reflects. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level (1–6, default 2) of the element's headings (each centre's name), to fit the host page's outline. Not reflected. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Keeps the centre chosen in the search in the page URL, by its id only: `query`
   * (`?fl-centre=fls-5612`) or `hash` (`#fl-centre=fls-5612`); a link with it opens
   * the finder on that centre, details open. Also turns on "Del" on each opened result,
   * which shares such a link. Off by default; the host page's own parameters are left
   * untouched. Reflects.
   */
  @property({ attribute: 'url-state', reflect: true }) urlState?: UrlStateMode;

  /** Leaves out the maps (an opened result's and the overview after "near me"); their boundaries are then never loaded. Not reflected. */
  @property({ type: Boolean, attribute: 'hide-map' }) hideMap = false;

  /** The clock opening status and the "open now" filter are read on (default: now). Tests and hosts may fix it. */
  clock: () => Date = () => new Date();

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private suggestions: Suggestion[] = [];
  /** What the reader chose in the search box (or the `municipality` preset). */
  @state() private picked?: Suggestion;
  @state() private here?: Point;
  @state() private geo?: 'busy' | LocateFailure;
  /** The geolocation module, once the reader asked for centres near them. */
  private located?: typeof import('./geolocation.js');
  @state() private chosenOffers: string[] = [];
  @state() private language = '';
  @state() private filtersOpen = false;
  @state() private postcodes?: 'loading' | 'failed';
  @state() private openNow = false;
  /** How many results are shown; 0 means one page. */
  @state() private shown = 0;
  /** The centres whose details are open. */
  @state() private opened: ReadonlySet<string> = new Set();

  private readonly url = new UrlStateController(
    this,
    () => (this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined),
    (raw) => this.restore(raw),
  );
  /** The result cards, filters and overview map, with their styles and controllers: loaded at the first question (or when the search gets focus). */
  private readonly views = new LazyModule(this, loadResultViews);
  /** The search and its suggestions: asked for beside the feed, shown with it (the skeleton stays until both are here). */
  protected override readonly contentViews = new LazyModule(this, loadSearch);
  /** The map and "Del" controllers, made when the result views arrive. */
  private map?: MapController;
  private sharing?: ShareController;
  /** The feed the URL's centre was looked for in. */
  private urlFor?: Feed;
  private view?: ResultsView;
  private fellBack = false;

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

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('offers')) {
      this.chosenOffers = (this.offers ?? '').split(/[\s,]+/).filter(Boolean);
      this.filtersOpen ||= this.chosenOffers.length > 0;
    }
    // Apply the `municipality` preset when it or the feed changes (once the search is there: until then the
    // skeleton shows, and the preset names its place with the search's county names).
    const feed = this.contentViews.module && this.data.feed;
    if (feed && (this.presetFor?.[0] !== feed || this.presetFor[1] !== this.municipality)) {
      this.presetFor = [feed, this.municipality];
      const found = findMunicipality(feed, indexFeed(feed), this.municipality);
      this.picked = found && { kind: 'municipality', municipality: found };
      this.query = found ? this.suggestionText(this.picked!) : '';
    } else if (this.picked && this.textLocale !== this.locale) {
      // The language changed (e.g. the language menu): name the choice in the new language.
      this.query = this.suggestionText(this.picked);
    }
    // A shared link (`fl-centre`) wins over the preset, once per feed.
    if (feed && this.urlFor !== feed) {
      this.urlFor = feed;
      const raw = this.url.read();
      if (raw) this.restore(raw);
    }
    this.textLocale = this.locale;
    const asked = !!feed && !!(this.picked || this.here);
    // A preset question (`municipality`) asks for the result views with the feed, so both arrive together.
    if (asked || this.municipality) this.views.want();
    // Until the result views have arrived (they are asked for with the question), the element stays as it was.
    const views = this.views.module;
    if (views) {
      this.map ??= new views.MapController(this);
      this.sharing ??= new views.ShareController(this);
    }
    this.view =
      asked && views
        ? views.resultsView({
            t: this.t,
            locale: this.locale,
            feed: feed!,
            now: this.clock(),
            here: this.here,
            picked: this.picked,
            offers: this.chosenOffers,
            language: this.language,
            openNow: this.openNow,
            shown: this.shown,
            pageLength: this.pageLength,
            hideMap: this.hideMap,
            placeName: (m) => this.placeName(m),
          })
        : undefined;
    const index = feed && indexFeed(feed);
    this.fellBack =
      !!(index && this.view && views) &&
      views.fellBack(
        this.view.list.flatMap((placed) => views.centreTexts(placed.centre, index)),
        this.locale,
      );
    if (!this.hideMap && this.view && (this.view.overview || this.view.list.some((p) => this.opened.has(p.centre.id)))) this.map?.want();
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

  /** The search's code: there whenever the content is, as FrisklivsElement shows the skeleton until it has arrived. */
  private get searching(): typeof import('./centre-search.js') {
    return this.contentViews.module!;
  }

  private index(feed: Feed): SearchIndex {
    if (this.search?.feed !== feed) this.search = { feed, index: this.searching.buildSearchIndex(feed) };
    return this.search.index;
  }

  /** ", Nordland" when another municipality has the same name (Herøy, Våler), else "". */
  private countySuffix(m: Municipality): string {
    const county = this.data.feed && this.index(this.data.feed).sharedNames.has(m.names.no) && this.searching.countyName(m.county);
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
    this.suggestions = this.searching.suggest(index, this.query);
    this.active = -1;
    this.open = openList && this.suggestions.length > 0;
  }

  /** Postcodes are a separate, larger resource, fetched only once someone types a digit. */
  private loadPostcodes(feed: Feed): void {
    const snapshot = this.data.snapshot;
    if (snapshot.state !== 'ready' || this.postcodes === 'loading' || !feed.resources?.postcodes) return;
    const before = this.postcodes;
    this.postcodes = 'loading';
    postcodeReader()
      .then((reader) => reader.loadPostcodes(snapshot.loaded.url, feed))
      .then(
        (rows) => {
          // Nothing to load now (a failed request waits before the next try): the hint stays as it was.
          if (!rows) return void (this.postcodes = before);
          this.postcodes = undefined;
          if (this.data.feed !== feed) return;
          this.search = { feed, index: this.searching.buildSearchIndex(feed, rows), withPostcodes: true };
          if (hasDigit(this.query)) this.refresh(this.shadowRoot?.activeElement === this.input);
        },
        () => (this.postcodes = 'failed'),
      );
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (!this.query.trim() && this.picked) {
      this.picked = undefined;
      this.newQuestion(undefined);
    }
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
    this.newQuestion(s.kind === 'centre' ? s.centre.id : undefined);
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
    this.newQuestion(undefined);
    this.input?.focus();
  }

  /** A new question: one page of results, all closed except the centre asked for; the URL names that centre (or none). */
  private newQuestion(centre: string | undefined): void {
    this.shown = 0;
    this.opened = new Set(centre ? [centre] : []);
    this.url.write((raw) => withCentreParam(raw, centre), true);
  }

  /** A shared link or back/forward: the URL's centre, if it names one in the feed. */
  private restore(raw: string): void {
    const feed = this.data.feed;
    if (!feed) return;
    const id = recordFromParams(raw, CENTRE_PARAM);
    const centre = id ? indexFeed(feed).centres.get(id) : undefined;
    if (centre) {
      if (this.picked?.kind === 'centre' && this.picked.centre === centre) return;
      this.picked = { kind: 'centre', centre };
      this.query = this.suggestionText(this.picked);
      this.shown = 0;
      this.opened = new Set([centre.id]);
    } else if (this.picked?.kind === 'centre') {
      this.picked = undefined;
      this.query = '';
      this.opened = new Set();
    }
  }

  // ---- near me -------------------------------------------------------------

  private async nearMe(): Promise<void> {
    if (this.geo === 'busy') return;
    this.geo = 'busy';
    this.views.want(); // the result views load while the position is found
    try {
      this.located ??= await geolocation();
      this.here = await this.located.locate();
      this.geo = undefined;
      // Distance order applies to all centres, not to an earlier search.
      this.picked = undefined;
      this.query = '';
      this.open = false;
      this.newQuestion(undefined);
    } catch (failure) {
      // The module itself could not load (offline): nothing to say but to try again.
      this.geo = this.located ? (failure as LocateFailure) : undefined;
    }
  }

  // ---- rendering -----------------------------------------------------------

  protected override renderContent(loaded: LoadedFeed | undefined): unknown {
    const { feed, staleSince } = loaded!;
    const t = this.t;
    const locale = this.locale;
    const busy = this.geo === 'busy';
    const views = this.views.module;
    const view = views && this.view;
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
              ? html`<p part="near-me-message" class="geo-error" role="alert">${this.located?.geoMessage(this.t, this.geo)}</p>`
              : html`<p class="note">
                  ${t('Posisjonen din blir ikke lagret eller sendt noe sted.', { id: 'centreFinder.nearMe.privacy' })}
                </p>`
          }
        </div>
      </div>
      ${
        this.compact || !view || !views
          ? nothing
          : views.renderFilters({
              t,
              locale,
              feed,
              offers: this.chosenOffers,
              language: this.language,
              openNow: feed.centres.some(views.hasOpeningHours) ? this.openNow : undefined,
              open: this.filtersOpen,
              onToggle: (open) => (this.filtersOpen = open),
              onOffer: (id, checked) => {
                this.chosenOffers = checked ? [...this.chosenOffers, id] : this.chosenOffers.filter((o) => o !== id);
                this.shown = 0;
              },
              onLanguage: (code) => {
                this.language = code;
                this.shown = 0;
              },
              onOpenNow: (checked) => {
                this.openNow = checked;
                this.shown = 0;
              },
            })
      }
      <p part="status" class=${view ? 'summary' : 'summary empty'} role="status">${view?.status ?? ''}</p>
      ${views && view ? this.renderResults(views, feed, view) : nothing}
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
          @focus=${() => {
            this.popup.prepare();
            this.views.want();
          }}
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

  private get pageLength(): number {
    return this.limit && this.limit > 0 ? Math.floor(this.limit) : 5;
  }

  private renderResults(views: ResultViews, feed: Feed, view: ResultsView): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    const index = indexFeed(feed);
    const filtered = this.chosenOffers.length > 0 || !!this.language || this.openNow;
    const mode = this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined;
    const ctx: ResultContext = {
      t,
      locale,
      index,
      headingLevel: FrisklivsElement.headingLevel(this.headingLevel),
      compact: this.compact,
      now: view.now,
      municipality: view.municipality,
      map: this.hideMap ? undefined : this.map,
      share: mode && this.sharing ? { controller: this.sharing, link: (id) => recordLink(mode, CENTRE_PARAM, id) } : undefined,
      publisherReportUrl: feed.publisher.reportUrl,
      isOpen: (id) => this.opened.has(id),
      onToggle: (id, open) => this.toggle(id, open),
    };
    const { list, total } = view;
    return html`${views.renderFallbackNotice(t, this.fellBack)}
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
            ${list.map((placed, i) => views.renderResultCard(ctx, placed, i))}
          </ul>`
        : nothing
    }
    ${
      total > list.length
        ? html`<button type="button" part="show-more-button" class="secondary show-more" @click=${this.showMore}>
            ${t('Vis flere', { id: 'centreFinder.showMore', desc: 'Button: list more centres' })}
          </button>`
        : nothing
    }
    ${view.overview && this.map ? html`<div class="overview">${views.renderServiceMap(t, locale, this.map, view.overview)}</div>` : nothing}`;
  }

  private toggle(id: string, open: boolean): void {
    if (this.opened.has(id) === open) return;
    const next = new Set(this.opened);
    if (open) next.add(id);
    else next.delete(id);
    this.opened = next;
  }

  /** The next page; focus goes to the first centre added, so a keyboard or screen reader user reads on from there. */
  private async showMore(): Promise<void> {
    const first = this.view?.list.length ?? 0;
    this.shown = first + this.pageLength;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#s${first}`)?.focus();
  }

  private clearFilters(): void {
    this.chosenOffers = [];
    this.language = '';
    this.openNow = false;
    // The button disappears with the empty result; keep focus in the element.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('summary')?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-centre-finder': FlCentreFinder;
  }
}
