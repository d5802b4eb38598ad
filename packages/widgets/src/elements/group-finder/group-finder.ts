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
  firstGroupsInOrder,
  prepareOrder,
  prepareSearch,
  sortGroupsInSlices,
  sortedGroupsIfReady,
  themeOptions,
  type GroupFilters,
  type Option,
} from '../../feed/queries/groups.js';
import { GROUP_STATUSES, WEEKDAYS, type ContactPoint, type Feed, type Group, type GroupStatus } from '../../feed/schema.js';
import { municipalityName } from '../../feed/localized.js';
import { nextMeeting } from '../../feed/meetings.js';
import { formatDate } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { featureStyles } from '../../shared/feature-styles.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { contactPointTexts, fellBack, groupTexts, renderFallbackNotice } from '../../shared/language-fallback.js';
import { languageName } from '../../shared/language-names.js';
import { ShareController, renderShareButton } from '../../shared/share.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import { recordFromParams, recordLink } from '../../shared/url-state.js';
import { groupFinderStyles } from './styles.js';
import { UrlStateController, type UrlStateMode } from '../../shared/url-state.js';
import {
  capitalize,
  countText,
  renderContactPoint,
  renderIntro,
  renderResult,
  statusLabel,
  timeOfDayLabel,
  weekdayName,
  type ResultContext,
} from './views.js';

type SelectKey = 'theme' | 'municipality' | 'contactPoint' | 'weekday' | 'time' | 'language' | 'mode';

/** The filters folded behind "Filtrer" (search, theme and municipality stay in sight). */
const FOLDED: readonly SelectKey[] = ['contactPoint', 'weekday', 'time', 'language', 'mode'];

/** The URL parameter of a shared link to one group (ids only, never search text). */
const GROUP_PARAM = 'fl-group';

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY_MS = 300;

/**
 * A filter's options as DOM nodes made in one go: the municipality and contact-point menus of a large feed hold
 * hundreds, and a Lit template per option made them several milliseconds of the first render. Text only, never HTML.
 */
function optionNodes(any: string, options: readonly Option[], value: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(new Option(any, '', false, !value));
  for (const option of options) {
    const node = new Option(option.label, option.value, false, option.value === value);
    if (option.lang) node.lang = option.lang;
    fragment.append(node);
  }
  return fragment;
}

/** A raw parameter string without `name` (other parameters byte for byte). */
function withoutParam(raw: string, name: string): string {
  return raw
    .split('&')
    .filter((part) => part && part !== name && !part.startsWith(`${name}=`))
    .join('&');
}

/** Whether `next` differs from `previous` only by a query that extends it. */
function onlyQueryGrew(previous: GroupFilters, next: GroupFilters): boolean {
  if (next.q.length <= previous.q.length || !next.q.startsWith(previous.q)) return false;
  return (Object.keys(next) as (keyof GroupFilters)[]).every((key) => key === 'q' || String(previous[key]) === String(next[key]));
}

/**
 * Lists self-organised self-help groups from the shared feed, with filters,
 * free-text search and the way in: each group shows its contact point's name,
 * phone, e-mail and "register interest" link in sight. Members and meeting
 * addresses are never shown (the feed validator drops such fields before they
 * reach the element). When nothing matches, the nearest contact points are
 * offered so the reader can register interest or start a new group.
 *
 * Search, theme and municipality are always in sight; the other filters
 * (contact point, weekday, time of day, language, meeting form and status)
 * fold behind one "Filtrer" button that says how many of them are chosen. The
 * number of matching groups stands above the list.
 *
 * Each group shows its next meeting as a date ("Neste møte: torsdag 11.
 * desember kl. 17:30"), counted from its weekly or fortnightly rhythm in
 * Norway's time; a group being formed shows its planned start, a full group
 * says so and whether its contact point keeps a waiting list. "Legg i
 * kalenderen" downloads the meetings as an `.ics` file (a repeating event in
 * Europe/Oslo time, the contact point in its description, nothing about
 * members). Every group shows when it was last checked and "Meld fra om
 * feil". When some feed text is missing in the reader's language and shown in
 * Bokmål, a notice says so once.
 *
 * The municipality filter matches groups that meet in that municipality (digital
 * groups have none; the mode filter finds them). Free text matches title,
 * description, area, theme and municipality names in every language of the
 * feed, ignoring case and diacritics; every word must match.
 *
 * Filtering is immediate; the result count is announced politely once typing
 * pauses. With `url-state`, the filters live in the page URL under `fl-*`
 * parameters, so a link such as `?fl-theme=sorg&fl-mun=5501` can be shared and
 * back/forward step through filter changes; each group then also gets a "Del"
 * button that shares (or copies) a link opening this finder on that group
 * alone (`fl-group=<id>`: only the id, never the search text). Use `url-state`
 * on one finder per page.
 *
 * @summary Find a self-organised self-help group, and the way in.
 * @tagname fl-group-finder
 *
 *
 * @fires {CustomEvent<{ group: Group; contactPoint?: ContactPoint }>} fl-group-select - The reader followed one of a group's ways in: its contact point's phone, e-mail or register-interest link.
 * @fires {CustomEvent<{ filters: GroupFilters; count: number }>} fl-filter-change - The reader changed a filter or the search text, or went back/forward through filter states; `count` is the number of matching groups.
 * @fires {CustomEvent<IcsExportDetail>} fl-ics-export - A group's calendar file was made ("Legg i kalenderen"). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The `<details>` explaining what a self-help group is.
 * @csspart fallback-notice - Says once that some feed text is shown in Bokmål, when the reader's language is missing.
 * @csspart filters - The search landmark holding the search field and the filters.
 * @csspart search - The free-text search `<input>`.
 * @csspart filter - Each filter `<select>`.
 * @csspart more-filters - The "Filtrer" `<details>` holding the filters beyond search, theme and municipality.
 * @csspart clear-filters - The one "clear filters" button (beside the count, or in the empty state).
 * @csspart count - The visible number of matching groups, above the list.
 * @csspart show-all - "Show all groups", when a shared link shows one group.
 * @csspart results - The list of groups.
 * @csspart result - One group (a list item, focusable by script after "show more").
 * @csspart title - A group's title (a heading at `heading-level`).
 * @csspart theme - A group's theme tag.
 * @csspart status-badge - A group's status tag (being formed / open / full); also has the class of the status.
 * @csspart next-meeting - A group's next meeting, planned start, or that it is full.
 * @csspart description - A group's description.
 * @csspart facts - A group's where / when / languages / age list.
 * @csspart join - A group's way in: its contact point's name, phone, e-mail and register-interest link.
 * @csspart calendar-button - A group's "Legg i kalenderen" button (groups with a known next meeting).
 * @csspart share - A group's "Del" control with its status (with `url-state`).
 * @csspart share-button - The "Del" button.
 * @csspart record-footer - A group's last-checked date and "Meld fra om feil".
 * @csspart report-link - The "Meld fra om feil" link.
 * @csspart show-more - The "show more" button.
 * @csspart empty - The no-match message with the nearest contact points.
 * @csspart contact-points - The list of contact points in the empty state.
 * @csspart stale-notice - Shown when an older saved copy of the feed is in use.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The feed error message.
 * @csspart retry-button - The retry button of the error message.
 *
 * @cssprop [--fl-group-finder-badge-forming=#fff4d6] - Background of the "being formed" tag.
 * @cssprop [--fl-group-finder-badge-open=#e3f2e6] - Background of the "open" tag.
 * @cssprop [--fl-group-finder-badge-full=#fbe9e7] - Background of the "full" tag.
 */
export class FlGroupFinder extends FrisklivsElement {
  static override styles = [...FrisklivsElement.styles, featureStyles, groupFinderStyles];

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

  /** The clock next meetings are counted from (default: now). Tests and hosts may fix it. */
  clock: () => Date = () => new Date();

  @state() private filters: GroupFilters = NO_FILTERS;
  /** The group a shared link (`fl-group`) opened the finder on, shown alone until the reader asks for all. */
  @state() private sharedId?: string;
  /** Whether "Filtrer" is open (kept across renders). */
  @state() private moreOpen = false;
  /** How many results are shown; 0 means one page. */
  @state() private shown = 0;
  @state() private announcement = '';

  private readonly url = new UrlStateController(
    this,
    () => (this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined),
    (raw) => this.restore(raw),
  );
  private readonly sharing = new ShareController(this);
  /** Derived in willUpdate: the clock of this render, and whether any shown text fell back to Bokmål. */
  private now = new Date();
  private fellBack = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private prepared?: Feed;
  private stopPreparing?: () => void;
  /** The feed and locale whose display order is being worked out in idle slices. */
  private ordering?: { feed: Feed; locale: string; stop: () => void };
  /** `ordered`: the groups are in display order (else in the feed's order until the idle sort is done). */
  private universeMemo?: { feed: Feed; locale: string; contactPoint?: string; groups: readonly Group[]; ordered: boolean };
  private shownMemo?: { results: readonly Group[]; count: number; groups: Group[] };
  private resultMemo?: { universe: readonly Group[]; filters: GroupFilters; groups: Group[] };
  /** The filter menus depend only on the feed, locale and contact point (not on the order of the groups). */
  private optionsMemo?: {
    feed: Feed;
    locale: string;
    contactPoint?: string;
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
    this.ordering?.stop();
    this.ordering = undefined;
  }

  protected override updated(): void {
    const feed = this.data.feed;
    // The first screen was picked without sorting every group; the whole order is worked out now, a slice per task.
    if (feed && (this.ordering?.feed !== feed || this.ordering.locale !== this.locale) && !sortedGroupsIfReady(feed, this.locale)) {
      this.ordering?.stop();
      this.ordering = { feed, locale: this.locale, stop: sortGroupsInSlices(feed, this.locale) };
    }
    // Fold the search texts while the reader looks at the list, not on the first keystroke.
    if (feed && feed !== this.prepared) {
      this.stopPreparing?.();
      this.prepared = feed;
      this.stopPreparing = prepareSearch(feed);
    }
  }

  /**
   * The first render's data for a new feed, a step per task (see FeedController): the order keys, the first page,
   * and each filter menu. On 10 000 groups these were one 80-190 ms task together with the render.
   */
  protected override prepareFeed(feed: Feed): (() => unknown)[] {
    // Before the first update the filters are not read from the URL yet: the render works it out itself.
    if (!this.hasUpdated) return [];
    return [
      () => prepareOrder(feed, this.locale),
      () => this.shownGroups(feed),
      // The first page's texts, once, for the date, number, plural and language-name formatters they build: the
      // first of each costs a few milliseconds (x4 on a phone) that would otherwise land in the render's task.
      () => {
        const context = this.resultContext(feed, this.clock());
        for (const group of this.shownGroups(feed)) renderResult(context, group);
        countText(this.t, this.locale, this.results(feed).length);
      },
      // The filter menus (6 ms unthrottled on 10 000 groups), and the names of their languages and weekdays.
      () => {
        for (const code of this.filterOptions(feed).languages) languageName(this.t, code, this.locale);
        for (const day of WEEKDAYS) weekdayName(this.locale, day);
      },
    ];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      // A shared link wins over the editor's presets.
      const raw = this.url.read() ?? '';
      this.filters = filtersFromParams(new URLSearchParams(raw), this.presets());
      this.sharedId = recordFromParams(raw, GROUP_PARAM);
    } else {
      const presets = this.presets();
      for (const key of ['theme', 'municipality', 'status'] as const) {
        if (changed.has(key)) this.filters = { ...this.filters, [key]: presets[key] };
      }
    }
    this.now = this.clock();
    const feed = this.data.feed;
    if (feed) {
      const index = indexFeed(feed);
      const shown = this.shownGroups(feed);
      const texts = shown.length
        ? shown.flatMap((group) => groupTexts(group, index))
        : this.noMatchPoints(feed).flatMap((point) => contactPointTexts(point));
      this.fellBack = fellBack(texts, this.locale);
    }
  }

  private presets(): GroupFilters {
    return { ...NO_FILTERS, theme: this.theme ?? '', municipality: this.municipality ?? '', status: parseStatuses(this.status) };
  }

  private get pageLength(): number {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  // --- data -----------------------------------------------------------------------------------

  /**
   * The groups this element may show: in display order once it is known, else in the feed's order (the first
   * screen then picks its groups with `firstGroupsInOrder`, and the idle sort started in `updated` fills it in).
   */
  private universe(feed: Feed): readonly Group[] {
    const memo = this.universeMemo;
    const ready = sortedGroupsIfReady(feed, this.locale);
    if (memo?.feed === feed && memo.locale === this.locale && memo.contactPoint === this.contactPoint && (memo.ordered || !ready)) {
      return memo.groups;
    }
    const all = ready ?? feed.groups;
    const groups = this.contactPoint ? all.filter((group) => group.contactPoint === this.contactPoint) : all;
    this.universeMemo = { feed, locale: this.locale, contactPoint: this.contactPoint, groups, ordered: !!ready };
    return groups;
  }

  /** The group a shared link asks for, when this finder has it. */
  private sharedGroup(feed: Feed): Group | undefined {
    return this.sharedId ? this.universe(feed).find((group) => group.id === this.sharedId) : undefined;
  }

  /** The matching groups, or only the shared one. */
  private results(feed: Feed): Group[] {
    const shared = this.sharedGroup(feed);
    return shared ? [shared] : this.filtered(feed);
  }

  /** The groups on screen now (the first pages of the results). */
  private shownGroups(feed: Feed): Group[] {
    const count = this.shown || this.pageLength;
    const results = this.results(feed);
    if (this.universeMemo?.ordered || results.length <= 1) return results.slice(0, count);
    const memo = this.shownMemo;
    if (memo?.results === results && memo.count === count) return memo.groups;
    const groups = firstGroupsInOrder(feed, results, count, this.locale);
    this.shownMemo = { results, count, groups };
    return groups;
  }

  private filtered(feed: Feed): Group[] {
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
    // Any change of the search leaves the shared group for the list.
    this.sharedId = undefined;
    this.url.write((raw) => withoutParam(mergeFilterParams(raw, this.filters, this.presets()), GROUP_PARAM), !typing);
    this.changed();
  }

  /** Back/forward (or a hand-edited hash): the URL is the truth. */
  private restore(raw: string): void {
    const next = filtersFromParams(new URLSearchParams(raw), this.presets());
    const shared = recordFromParams(raw, GROUP_PARAM);
    if (JSON.stringify(next) === JSON.stringify(this.filters) && shared === this.sharedId) return;
    this.filters = next;
    this.sharedId = shared;
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

  /** "Vis alle grupper": from the shared group back to the list (a history entry, so Back returns to the group). */
  private readonly onShowAll = async () => {
    this.sharedId = undefined;
    this.shown = 0;
    this.url.write((raw) => withoutParam(raw, GROUP_PARAM), true);
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

  private readonly onMoreToggle = (event: Event) => {
    this.moreOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly onCalendar = async (group: Group, point: ContactPoint | undefined) => {
    const feed = this.data.feed;
    const now = this.clock();
    const first = feed && nextMeeting(group, now);
    if (!first) return;
    // The calendar writer and its words load when a reader asks for a file, not with the page.
    const { downloadCalendar, groupCalendarTexts, groupIcs, icsFilename } = await import('../../shared/calendar-file.js');
    const texts = groupCalendarTexts(this.t, this.locale, group, point, indexFeed(feed));
    downloadCalendar(this, this.renderRoot, groupIcs(group, first, texts, now), icsFilename(texts.summary));
  };

  private readonly share = (group: Group, title: string): unknown => {
    const mode = this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined;
    // Without URL state a link could not open this finder on the group: no "Del".
    if (!mode) return nothing;
    return renderShareButton(this.t, this.sharing, { key: group.id, url: recordLink(mode, GROUP_PARAM, group.id), title });
  };

  private readonly onJoin = (group: Group, contactPoint: ContactPoint | undefined) => {
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
    const visible = this.shownGroups(feed);
    const shared = !!this.sharedGroup(feed);
    const context = this.resultContext(feed, this.now);
    return html`
      ${loaded.staleSince ? renderStaleNotice(t, loaded.staleSince, (date) => formatDate(date, locale, 'long')) : nothing}
      ${this.hideIntro ? nothing : renderIntro(t)} ${renderFallbackNotice(t, this.fellBack)} ${this.renderFilters(feed)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        results.length
          ? html`<div class="count-row">
                <p class="count" part="count" aria-hidden="true">${countText(t, locale, results.length)}</p>
                ${
                  shared
                    ? html`<button type="button" class="secondary show-all" part="show-all" @click=${this.onShowAll}>
                        ${t('Vis alle grupper', { id: 'groupFinder.showAll' })}
                      </button>`
                    : hasActiveFilters(this.filters)
                      ? this.renderClear()
                      : nothing
                }
              </div>
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

  private resultContext(feed: Feed, now: Date): ResultContext {
    return {
      t: this.t,
      locale: this.locale,
      index: indexFeed(feed),
      headingLevel: FrisklivsElement.headingLevel(this.headingLevel),
      now,
      publisherReportUrl: feed.publisher.reportUrl,
      onJoin: this.onJoin,
      onCalendar: this.onCalendar,
      share: this.share,
    };
  }

  private filterOptions(feed: Feed): NonNullable<FlGroupFinder['optionsMemo']> {
    const locale = this.locale;
    const memo = this.optionsMemo;
    if (memo?.feed === feed && memo.locale === locale && memo.contactPoint === this.contactPoint) return memo;
    const universe = this.universe(feed);
    this.optionsMemo = {
      feed,
      locale,
      contactPoint: this.contactPoint,
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
    // Choices behind "Filtrer", counted in its summary (the main filters are in sight).
    const folded = FOLDED.filter((key) => f[key] && !(key === 'contactPoint' && this.contactPoint)).length + f.status.length;
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
      <div class="grid main-filters">
        ${this.select('theme', t('Tema', { id: 'groupFinder.filter.theme' }), t('Alle temaer', { id: 'groupFinder.filter.themeAny' }), options.themes)}
        ${this.select('municipality', t('Kommune', { id: 'groupFinder.filter.municipality' }), t('Alle kommuner', { id: 'groupFinder.filter.municipalityAny' }), municipalities)}
      </div>
      <details class="more disclosure" part="more-filters" ?open=${this.moreOpen} @toggle=${this.onMoreToggle}>
        <summary>
          ${folded ? t(str`Filtrer (${folded} valgt)`, { id: 'centreFinder.filters.active' }) : t('Filtrer', { id: 'centreFinder.filters' })}
        </summary>
        <div class="more-body">
          <div class="grid">
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
        </div>
      </details>
    </div>`;
  }

  private select(key: SelectKey, label: string, any: string, options: Option[]): TemplateResult {
    const value = this.filters[key];
    // `.selected` on the options, not `.value` on the select: the options must exist first.
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <select id=${key} part="filter" @change=${(event: Event) => this.setFilters({ [key]: (event.target as HTMLSelectElement).value })}>
        ${guard(
          // Hundreds of options: re-made only when they or the choice change, not on every keystroke.
          [options, value, any],
          () => optionNodes(any, options, value),
        )}
      </select>
    </div>`;
  }

  private renderClear(): TemplateResult {
    return html`<button type="button" class="secondary clear" part="clear-filters" @click=${this.onClear}>
      ${this.t('Fjern filtrene', { id: 'groupFinder.clear' })}
    </button>`;
  }

  /** Where to register interest when nothing matches: the chosen contact point, else the nearest ones. */
  private noMatchPoints(feed: Feed): ContactPoint[] {
    const chosen = this.contactPoint || this.filters.contactPoint;
    const chosenPoint = chosen ? indexFeed(feed).contactPoints.get(chosen) : undefined;
    return chosenPoint ? [chosenPoint] : nearestContactPoints(feed, this.filters.municipality || undefined);
  }

  /** Nothing matched: say so, offer to clear, and show where to register interest or start a group. */
  private renderNoMatch(feed: Feed): TemplateResult {
    const t = this.t;
    const locale = this.locale;
    const points = this.noMatchPoints(feed);
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
