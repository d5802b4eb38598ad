import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { NO_FILTERS, filtersFromParams, mergeFilterParams, parseStatuses, type GroupFilters } from '../../feed/queries/group-filters.js';
import type { ContactPoint, Feed, Group } from '../../feed/schema.js';
import { GROUP_STATUSES } from '../../feed/vocabulary.js';
import type { MoreSteps } from '../../shared/feed-controller.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { LazyModule } from '../../shared/lazy-module.js';
import { UrlStateController, recordFromParams, type UrlStateMode } from '../../shared/url-state.js';
import type { GroupContent, GroupFinderView } from './group-content.js';

/**
 * The views the finder shows its feed with (filters, results, no-match, share, record footer, notices), their CSS
 * and the derivation behind them: a chunk asked for when the finder connects, beside the feed request.
 */
const loadContent = () => import('./group-content.js');

/** The URL parameter of a shared link to one group (ids only, never search text). */
const GROUP_PARAM = 'fl-group';

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY_MS = 300;

/** A raw parameter string without `name` (other parameters byte for byte). */
function withoutParam(raw: string, name: string): string {
  return raw
    .split('&')
    .filter((part) => part && part !== name && !part.startsWith(`${name}=`))
    .join('&');
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
  // The content's CSS (results, filters, notices) arrives with the content views; the skeleton's is the base's.
  static override styles = [...FrisklivsElement.styles];

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
  protected override readonly contentViews = new LazyModule(this, loadContent);
  /** The content's derived data, idle work and "Del" controller: made when the content views arrive. */
  private content?: GroupContent;
  /** The clock of this render (derived in willUpdate). */
  private now = new Date();
  private announceTimer?: ReturnType<typeof setTimeout>;

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
    this.content?.stop();
  }

  protected override updated(): void {
    this.content?.updated(this.data.feed, this.locale);
  }

  protected override laterRender(): Promise<unknown> | undefined {
    return this.content?.rest;
  }

  /** The content of this finder, made once its views are there. */
  private contentOf(views: typeof import('./group-content.js')): GroupContent {
    return (this.content ??= new views.GroupContent(this));
  }

  /**
   * The first render's data for a new feed, a step per task (see FeedController): the content views' steps (the
   * order keys, the first page, each filter menu), after waiting for those views if they are still on their way
   * (they are asked for when the finder connects, beside the feed, and are far smaller: they are nearly always there).
   */
  protected override prepareFeed(feed: Feed): (() => unknown)[] {
    // Before the first update the filters are not read from the URL yet: the render works it out itself.
    if (!this.hasUpdated) return [];
    const steps = (views: typeof import('./group-content.js')): MoreSteps => ({
      moreSteps: this.contentOf(views).prepareFeed(feed, () => this.view),
    });
    const views = this.contentViews.module;
    return [() => (views ? steps(views) : loadContent().then(steps))];
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
    const views = this.contentViews.module;
    const feed = this.data.feed;
    // Until the content views are there, the skeleton shows and nothing is derived.
    if (views && feed) this.contentOf(views).willUpdate(feed, this.view);
  }

  private presets(): GroupFilters {
    return { ...NO_FILTERS, theme: this.theme ?? '', municipality: this.municipality ?? '', status: parseStatuses(this.status) };
  }

  private get pageLength(): number {
    return Math.max(1, Math.floor(this.pageSize) || 10);
  }

  /** What the content views read: this render's state and the handlers of a reader's acts. */
  private get view(): GroupFinderView {
    return {
      t: this.t,
      locale: this.locale,
      filters: this.filters,
      contactPoint: this.contactPoint,
      sharedId: this.sharedId,
      shown: this.shown,
      pageLength: this.pageLength,
      moreOpen: this.moreOpen,
      hideIntro: this.hideIntro,
      headingLevel: FrisklivsElement.headingLevel(this.headingLevel),
      announcement: this.announcement,
      urlMode: this.urlState === 'query' || this.urlState === 'hash' ? this.urlState : undefined,
      groupParam: GROUP_PARAM,
      clock: () => this.clock(),
      setFilters: this.setFilters,
      onSearch: this.onSearch,
      onStatus: this.onStatus,
      onClear: this.onClear,
      onShowMore: this.onShowMore,
      onShowAll: this.onShowAll,
      onMoreToggle: this.onMoreToggle,
      onJoin: this.onJoin,
    };
  }

  // --- changes --------------------------------------------------------------------------------

  /** A reader's change: typing replaces the URL entry, a discrete change pushes one. */
  private readonly setFilters = (patch: Partial<GroupFilters>, typing = false): void => {
    this.filters = { ...this.filters, ...patch };
    this.shown = 0;
    // Any change of the search leaves the shared group for the list.
    this.sharedId = undefined;
    this.url.write((raw) => withoutParam(mergeFilterParams(raw, this.filters, this.presets()), GROUP_PARAM), !typing);
    this.changed();
  };

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
    const views = this.contentViews.module;
    // The count needs the content views: with the feed there and the views still on their way, it waits for them.
    if (feed && !views) {
      void loadContent().then(
        () => this.changed(),
        () => {},
      );
      return;
    }
    const count = feed && views ? this.contentOf(views).results(feed, this.view).length : 0;
    this.dispatchEvent(
      new CustomEvent('fl-filter-change', { detail: { filters: this.filterState, count }, bubbles: true, composed: true }),
    );
    // Filtering is immediate; only the spoken count waits until typing pauses.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(async () => {
      const { countText } = views ?? (await loadContent());
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

  private readonly onJoin = (group: Group, contactPoint: ContactPoint | undefined) => {
    const detail = contactPoint ? { group, contactPoint } : { group };
    this.dispatchEvent(new CustomEvent('fl-group-select', { detail, bubbles: true, composed: true }));
  };

  // --- rendering ------------------------------------------------------------------------------

  /** Called once the content views are there (FrisklivsElement shows the skeleton until then). */
  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    const views = this.contentViews.module;
    if (!loaded || !views) return nothing;
    return this.contentOf(views).render(loaded, this.view, this.now);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-group-finder': FlGroupFinder;
  }
}
