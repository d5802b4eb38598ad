import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { indexFeed } from '../../feed/index-feed.js';
import {
  NO_FILTERS,
  TIMES_OF_DAY,
  contactPointOptions,
  filterGroups,
  filtersFromParams,
  hasActiveFilters,
  languageCodes,
  mergeFilterParams,
  municipalityOptions,
  nearestContactPoints,
  parseStatuses,
  prepareSearch,
  sortedGroups,
  themeOptions,
  type GroupFilters,
  type Option,
} from '../../feed/queries/groups.js';
import { GROUP_STATUSES, WEEKDAYS, type ContactPoint, type Feed, type Group, type GroupStatus } from '../../feed/schema.js';
import { municipalityName } from '../../feed/localized.js';
import { formatDate } from '../../i18n/format.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { languageName } from '../../shared/language-names.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import { baseStyles } from '../../shared/styles.js';
import { groupFinderStyles } from './styles.js';
import { UrlStateController, type UrlStateMode } from './url-state.js';
import { capitalize, countText, renderContactPoint, renderIntro, renderResult, statusLabel, timeOfDayLabel, weekdayName } from './views.js';

type SelectKey = 'theme' | 'municipality' | 'contactPoint' | 'weekday' | 'time' | 'language' | 'mode';

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY_MS = 300;

/** Whether `next` differs from `previous` only by a query that extends it. */
function onlyQueryGrew(previous: GroupFilters, next: GroupFilters): boolean {
  if (next.q.length <= previous.q.length || !next.q.startsWith(previous.q)) return false;
  return (Object.keys(next) as (keyof GroupFilters)[]).every((key) => key === 'q' || String(previous[key]) === String(next[key]));
}

/**
 * Lists self-organised self-help groups from the shared feed, with filters,
 * free-text search and the way in: each group's contact point with phone,
 * e-mail and a "register interest" link. Members and meeting addresses are
 * never shown (the feed validator drops such fields before they reach the
 * element). When nothing matches, the nearest contact points are offered so
 * the reader can register interest or start a new group.
 *
 * The municipality filter matches groups that meet in that municipality (digital
 * groups have none; the mode filter finds them). Free text matches title,
 * description, area, theme and municipality names in every language of the
 * feed, ignoring case and diacritics; every word must match.
 *
 * Filtering is immediate; the result count is announced politely once typing
 * pauses. With `url-state`, the filters live in the page URL under `fl-*`
 * parameters, so a link such as `?fl-theme=sorg&fl-mun=5501` can be shared and
 * back/forward step through filter changes. Use `url-state` on one finder per page.
 *
 * @summary Find a self-organised self-help group, and the way in.
 * @tagname fl-group-finder
 *
 *
 * @fires {CustomEvent<{ group: Group; contactPoint?: ContactPoint }>} fl-group-select - The reader opened a group's "how to join" section.
 * @fires {CustomEvent<{ filters: GroupFilters; count: number }>} fl-filter-change - The reader changed a filter or the search text, or went back/forward through filter states; `count` is the number of matching groups.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The `<details>` explaining what a self-help group is.
 * @csspart filters - The search landmark holding the search field and the filters.
 * @csspart search - The free-text search `<input>`.
 * @csspart filter - Each filter `<select>`.
 * @csspart clear-filters - The "clear filters" buttons (in the filters and in the empty state).
 * @csspart count - The visible number of matching groups.
 * @csspart results - The list of groups.
 * @csspart result - One group (a list item, focusable by script after "show more").
 * @csspart title - A group's title (a heading at `heading-level`).
 * @csspart theme - A group's theme label.
 * @csspart status-badge - A group's status (being formed / open / full); also has the class of the status.
 * @csspart description - A group's description.
 * @csspart facts - A group's where / when / languages / age list.
 * @csspart join - A group's "how to join" `<details>` with its contact point.
 * @csspart show-more - The "show more" button.
 * @csspart empty - The no-match message with the nearest contact points.
 * @csspart contact-points - The list of contact points in the empty state.
 * @csspart stale-notice - Shown when an older saved copy of the feed is in use.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The feed error message.
 * @csspart retry-button - The retry button of the error message.
 *
 * @cssprop [--fl-group-finder-badge-forming=#fff4d6] - Background of the "being formed" badge.
 * @cssprop [--fl-group-finder-badge-open=#e3f2e6] - Background of the "open" badge.
 * @cssprop [--fl-group-finder-badge-full=#eceff2] - Background of the "full" badge.
 */
export class FlGroupFinder extends FrisklivsElement {
  static override styles = [baseStyles, groupFinderStyles];

  /** Only groups of this contact point (its id) are shown; the contact-point filter is then hidden. Reflects. */
  @property({ attribute: 'contact-point', reflect: true }) contactPoint?: string;

  /** Preset municipality filter (4-digit municipality number, e.g. "5501"); the reader can change it. Reflects. */
  @property({ reflect: true }) municipality?: string;

  /** Preset theme filter (a theme id from the feed, e.g. "sorg"); the reader can change it. Reflects. */
  @property({ reflect: true }) theme?: string;

  /** Preset status filter: one or more of `forming`, `open`, `full`, separated by spaces or commas. Reflects. */
  @property({ reflect: true }) status?: string;

  /** How many groups are shown at first and added by each "show more". Default 10. Does not reflect. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Hides the short explanation of what a self-help group is. Reflects. */
  @property({ attribute: 'hide-intro', type: Boolean, reflect: true }) hideIntro = false;

  /**
   * Keeps the filters in the page URL: `query` (`?fl-theme=sorg`) or `hash`
   * (`#fl-theme=sorg`). Off by default. The host page's own parameters are left
   * untouched. Reflects.
   */
  @property({ attribute: 'url-state', reflect: true }) urlState?: UrlStateMode;

  /** Heading level (1–6) of each group's title, to fit the page's outline. Default 2. Does not reflect. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private filters: GroupFilters = NO_FILTERS;
  /** How many results are shown; 0 means one page. */
  @state() private shown = 0;
  @state() private announcement = '';

  private readonly url = new UrlStateController(
    this,
    () => (this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined),
    (raw) => this.restore(raw),
  );
  private announceTimer?: ReturnType<typeof setTimeout>;
  private prepared?: Feed;
  private stopPreparing?: () => void;
  private universeMemo?: { feed: Feed; locale: string; contactPoint?: string; groups: readonly Group[] };
  private resultMemo?: { universe: readonly Group[]; filters: GroupFilters; groups: Group[] };
  /** The filter menus depend only on the universe (itself memoized per feed, locale and contact point). */
  private optionsMemo?: {
    universe: readonly Group[];
    themes: Option[];
    municipalities: Option[];
    contactPoints: Option[];
    languages: string[];
  };

  protected override skeletonBars = 6;

  /** The current filters (a copy), as also sent with `fl-filter-change`. */
  get filterState(): GroupFilters {
    return { ...this.filters, status: [...this.filters.status] };
  }

  /** Clears every filter and the search text (the `contact-point` limit stays). */
  clearFilters(): void {
    this.setFilters({ ...NO_FILTERS, status: [] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.stopPreparing?.();
    this.prepared = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    // List items are reused by position: a "how to join" opened for one group must not stay open for another.
    if (changed.has('filters'))
      for (const join of this.renderRoot.querySelectorAll('details.join')) (join as HTMLDetailsElement).open = false;
    // Fold the search texts while the reader looks at the list, not on the first keystroke.
    const feed = this.data.feed;
    if (feed && feed !== this.prepared) {
      this.stopPreparing?.();
      this.prepared = feed;
      this.stopPreparing = prepareSearch(feed);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      // A shared link wins over the editor's presets.
      this.filters = filtersFromParams(new URLSearchParams(this.url.read() ?? ''), this.presets());
    } else {
      const presets = this.presets();
      for (const key of ['theme', 'municipality', 'status'] as const) {
        if (changed.has(key)) this.filters = { ...this.filters, [key]: presets[key] };
      }
    }
  }

  private presets(): GroupFilters {
    return { ...NO_FILTERS, theme: this.theme ?? '', municipality: this.municipality ?? '', status: parseStatuses(this.status) };
  }

  private get pageLength(): number {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  // --- data -----------------------------------------------------------------------------------

  /** The groups this element may show, in display order. */
  private universe(feed: Feed): readonly Group[] {
    const memo = this.universeMemo;
    if (memo?.feed === feed && memo.locale === this.locale && memo.contactPoint === this.contactPoint) return memo.groups;
    const all = sortedGroups(feed, this.locale);
    const groups = this.contactPoint ? all.filter((group) => group.contactPoint === this.contactPoint) : all;
    this.universeMemo = { feed, locale: this.locale, contactPoint: this.contactPoint, groups };
    return groups;
  }

  private results(feed: Feed): Group[] {
    const universe = this.universe(feed);
    const memo = this.resultMemo;
    if (memo?.universe === universe && memo.filters === this.filters) return memo.groups;
    const filters = this.contactPoint ? { ...this.filters, contactPoint: '' } : this.filters;
    // Typing on: a longer query can only match a subset of what the shorter one matched,
    // so each keystroke searches the last results, not all the groups.
    const narrowing = memo?.universe === universe && onlyQueryGrew(memo.filters, this.filters);
    const groups = filterGroups(feed, narrowing ? memo.groups : universe, filters);
    this.resultMemo = { universe, filters: this.filters, groups };
    return groups;
  }

  // --- changes --------------------------------------------------------------------------------

  /** A reader's change: typing replaces the URL entry, a discrete change pushes one. */
  private setFilters(patch: Partial<GroupFilters>, typing = false): void {
    this.filters = { ...this.filters, ...patch };
    this.shown = 0;
    this.url.write((raw) => mergeFilterParams(raw, this.filters, this.presets()), !typing);
    this.changed();
  }

  /** Back/forward (or a hand-edited hash): the URL is the truth. */
  private restore(raw: string): void {
    const next = filtersFromParams(new URLSearchParams(raw), this.presets());
    if (JSON.stringify(next) === JSON.stringify(this.filters)) return;
    this.filters = next;
    this.shown = 0;
    this.changed();
  }

  private changed(): void {
    const feed = this.data.feed;
    const count = feed ? this.results(feed).length : 0;
    this.dispatchEvent(
      new CustomEvent('fl-filter-change', { detail: { filters: this.filterState, count }, bubbles: true, composed: true }),
    );
    // Filtering is immediate; only the spoken count waits until typing pauses.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const text = countText(this.t, this.locale, count);
      // The same count twice must still be spoken: a no-break space makes the text differ.
      this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    }, ANNOUNCE_DELAY_MS);
  }

  private readonly onSearch = (event: Event) => this.setFilters({ q: (event.target as HTMLInputElement).value }, true);

  private readonly onStatus = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const chosen = new Set<string>(this.filters.status);
    if (box.checked) chosen.add(box.value);
    else chosen.delete(box.value);
    this.setFilters({ status: GROUP_STATUSES.filter((status) => chosen.has(status)) });
  };

  private readonly onClear = async () => {
    this.clearFilters();
    await this.updateComplete;
    // The button that was pressed is gone; the search field is the natural next stop.
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

  private readonly onShowMore = async () => {
    const first = this.shown || this.pageLength;
    this.shown = first + this.pageLength;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.result')[first]?.focus();
  };

  private readonly onJoin = (group: Group, contactPoint: ContactPoint | undefined, open: boolean) => {
    if (!open) return;
    const detail = contactPoint ? { group, contactPoint } : { group };
    this.dispatchEvent(new CustomEvent('fl-group-select', { detail, bubbles: true, composed: true }));
  };

  // --- rendering ------------------------------------------------------------------------------

  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    if (!loaded) return nothing;
    const { feed } = loaded;
    const t = this.t;
    const locale = this.locale;
    const results = this.results(feed);
    const visible = results.slice(0, this.shown || this.pageLength);
    const context = {
      t,
      locale,
      index: indexFeed(feed),
      headingLevel: FrisklivsElement.headingLevel(this.headingLevel),
      onJoin: this.onJoin,
    };
    return html`
      ${loaded.staleSince ? renderStaleNotice(t, loaded.staleSince, (date) => formatDate(date, locale, 'long')) : nothing}
      ${this.hideIntro ? nothing : renderIntro(t)} ${this.renderFilters(feed)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        results.length
          ? html`<p class="count" part="count" aria-hidden="true">${countText(t, locale, results.length)}</p>
              <ul class="results" part="results">
                ${visible.map((group) => renderResult(context, group))}
              </ul>
              ${
                results.length > visible.length
                  ? html`<button type="button" class="secondary show-more" part="show-more" @click=${this.onShowMore}>
                      ${t('Vis flere grupper', { id: 'groupFinder.showMore' })}
                    </button>`
                  : nothing
              }`
          : this.renderNoMatch(feed)
      }
    `;
  }

  private filterOptions(feed: Feed): NonNullable<FlGroupFinder['optionsMemo']> {
    const universe = this.universe(feed);
    if (this.optionsMemo?.universe === universe) return this.optionsMemo;
    const locale = this.locale;
    this.optionsMemo = {
      universe,
      themes: themeOptions(feed, locale),
      municipalities: municipalityOptions(feed, universe, locale),
      contactPoints: contactPointOptions(feed, universe, locale),
      languages: languageCodes(universe),
    };
    return this.optionsMemo;
  }

  private renderFilters(feed: Feed): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    const f = this.filters;
    const options = this.filterOptions(feed);
    let municipalities = options.municipalities;
    const place = indexFeed(feed).municipalities.get(f.municipality);
    if (place && !municipalities.some((option) => option.value === place.number)) {
      // A preset or shared municipality without groups stays visible, so the empty state makes sense.
      municipalities = [{ value: place.number, label: municipalityName(place, locale) }, ...municipalities];
    }
    const languages = options.languages;
    return html`<div
      class="filters"
      part="filters"
      role="search"
      aria-label=${t('Finn en selvhjelpsgruppe', { id: 'groupFinder.filters.label' })}
    >
      <div class="field search">
        <label for="q">${t('Søk i gruppene', { id: 'groupFinder.search.label' })}</label>
        <input id="q" part="search" type="search" autocomplete="off" spellcheck="false" .value=${f.q} @input=${this.onSearch} />
      </div>
      <fieldset class="facets">
        <legend>${t('Avgrens søket', { id: 'groupFinder.filters.legend' })}</legend>
        <div class="grid">
          ${this.select('theme', t('Tema', { id: 'groupFinder.filter.theme' }), t('Alle temaer', { id: 'groupFinder.filter.themeAny' }), options.themes)}
          ${this.select('municipality', t('Kommune', { id: 'groupFinder.filter.municipality' }), t('Alle kommuner', { id: 'groupFinder.filter.municipalityAny' }), municipalities)}
          ${
            this.contactPoint
              ? nothing
              : this.select(
                  'contactPoint',
                  t('Kontaktpunkt', { id: 'groupFinder.filter.contactPoint' }),
                  t('Alle kontaktpunkter', { id: 'groupFinder.filter.contactPointAny' }),
                  options.contactPoints,
                )
          }
          ${this.select(
            'weekday',
            t('Ukedag', { id: 'groupFinder.filter.weekday' }),
            t('Alle dager', { id: 'groupFinder.filter.weekdayAny' }),
            WEEKDAYS.map((day) => ({ value: day, label: capitalize(weekdayName(locale, day)) })),
          )}
          ${this.select(
            'time',
            t('Tid på dagen', { id: 'groupFinder.filter.time' }),
            t('Når som helst', { id: 'groupFinder.filter.timeAny' }),
            TIMES_OF_DAY.map((time) => ({ value: time, label: timeOfDayLabel(t, time) })),
          )}
          ${
            languages.length > 1 || f.language
              ? this.select(
                  'language',
                  t('Språk i gruppen', { id: 'groupFinder.filter.language' }),
                  t('Alle språk', { id: 'groupFinder.filter.languageAny' }),
                  languages.map((code) => ({ value: code, label: languageName(t, code, locale) })),
                )
              : nothing
          }
          ${this.select(
            'mode',
            t('Møteform', { id: 'groupFinder.filter.mode' }),
            t('Fysisk og digitalt', { id: 'groupFinder.filter.modeAny' }),
            [
              { value: 'physical', label: t('Fysisk oppmøte', { id: 'groupFinder.filter.modePhysical' }) },
              { value: 'digital', label: t('Digitalt', { id: 'groupFinder.filter.modeDigital' }) },
            ],
          )}
        </div>
        <fieldset class="statuses">
          <legend>${t('Status', { id: 'groupFinder.filter.status' })}</legend>
          ${GROUP_STATUSES.map(
            (status: GroupStatus) =>
              html`<label class="check"
                ><input type="checkbox" value=${status} .checked=${f.status.includes(status)} @change=${this.onStatus} />
                ${statusLabel(t, status)}</label
              >`,
          )}
        </fieldset>
      </fieldset>
      ${hasActiveFilters(f) ? this.renderClear() : nothing}
    </div>`;
  }

  private select(key: SelectKey, label: string, any: string, options: Option[]): TemplateResult {
    const value = this.filters[key];
    // `.selected` on the options, not `.value` on the select: the options must exist first.
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <select id=${key} part="filter" @change=${(event: Event) => this.setFilters({ [key]: (event.target as HTMLSelectElement).value })}>
        ${guard(
          // Hundreds of options: re-rendered only when they or the choice change, not on every keystroke.
          [options, value, any],
          () =>
            html`<option value="" .selected=${!value}>${any}</option>
              ${options.map(
                (option) =>
                  html`<option value=${option.value} lang=${option.lang ?? nothing} .selected=${option.value === value}>
                    ${option.label}
                  </option>`,
              )}`,
        )}
      </select>
    </div>`;
  }

  private renderClear(): TemplateResult {
    return html`<button type="button" class="secondary clear" part="clear-filters" @click=${this.onClear}>
      ${this.t('Fjern filtrene', { id: 'groupFinder.clear' })}
    </button>`;
  }

  /** Nothing matched: say so, offer to clear, and show where to register interest or start a group. */
  private renderNoMatch(feed: Feed): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    const chosen = this.contactPoint || this.filters.contactPoint;
    const chosenPoint = chosen ? indexFeed(feed).contactPoints.get(chosen) : undefined;
    const points = chosenPoint ? [chosenPoint] : nearestContactPoints(feed, this.filters.municipality || undefined);
    return html`<div class="status empty" part="empty">
      <p class="empty-title">${countText(t, locale, 0)}</p>
      ${hasActiveFilters(this.filters) ? this.renderClear() : nothing}
      ${
        points.length
          ? html`<p>
                ${t('Du kan melde interesse for en ny gruppe, eller starte en selv. Ta kontakt med:', { id: 'groupFinder.empty.contact' })}
              </p>
              <ul class="contact-points" part="contact-points">
                ${points.map((point) => html`<li>${renderContactPoint(t, locale, point)}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-group-finder': FlGroupFinder;
  }
}
