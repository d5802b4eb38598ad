// What <fl-group-finder> shows with the feed: the filter panel, the count, the results (each group with its next
// meeting, way in, "Legg i kalenderen", "Del" and record footer), the no-match view with the nearest contact points,
// the fallback and stale notices, and their CSS; with the derivation behind them (which groups, in what order, the
// filter menus, the first screen of a large feed). A chunk of its own (group-content-*.js), asked for when the finder
// connects, beside the feed request (FrisklivsElement.contentViews), so it downloads while the feed does. The finder
// keeps its properties, state, URL state, public API and events, and gives these views what they read as a
// `GroupFinderView`.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LoadedFeed } from '../../feed/loader.js';
import { indexFeed } from '../../feed/index-feed.js';
import {
  TIMES_OF_DAY,
  contactPointOptions,
  filterGroups,
  firstGroupsInOrder,
  hasActiveFilters,
  languageCodes,
  municipalityOptions,
  nearestContactPoints,
  prepareOrder,
  prepareSearch,
  sortGroupsInSlices,
  sortedGroupsIfReady,
  themeOptions,
  type GroupFilters,
  type Option,
} from '../../feed/queries/groups.js';
import type { ContactPoint, Feed, Group } from '../../feed/schema.js';
import { GROUP_STATUSES, WEEKDAYS, type GroupStatus } from '../../feed/vocabulary.js';
import { municipalityName } from '../../feed/localized.js';
import { nextMeeting } from '../../feed/meetings.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { featureStyles } from '../../shared/feature-styles.js';
import { contactPointTexts, fellBack, groupTexts, renderFallbackNotice } from '../../shared/language-fallback.js';
import { languageName } from '../../shared/language-names.js';
import { ShareController, renderShareButton } from '../../shared/share.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import { recordLink, type UrlStateMode } from '../../shared/url-state.js';
import { groupFinderStyles } from './styles.js';
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

/** The content's CSS, adopted into the finder's shadow root when this chunk arrives (src/shared/lazy-module.ts). */
export const styles = [featureStyles, groupFinderStyles];
export { countText };

type SelectKey = 'theme' | 'municipality' | 'contactPoint' | 'weekday' | 'time' | 'language' | 'mode';

/** The filters folded behind "Filtrer" (search, theme and municipality stay in sight). */
const FOLDED: readonly SelectKey[] = ['contactPoint', 'weekday', 'time', 'language', 'mode'];

/**
 * Results each render adds while a feed's first page appears: the first render of the content shows three (a phone's
 * first screen holds the filters and the first one or two, a wide screen's two or three), and each following task
 * three more until the page is there, so that no render is a long task on a phone (the whole first page in one task
 * took 55-85 ms at 4x CPU slowdown, the first three and then the other seven 50-66 ms each).
 */
const REVEAL_STEP = 3;

/** What the views read from the finder (its state of this render) and the finder's handlers of a reader's acts. */
export interface GroupFinderView {
  t: MsgFn;
  locale: Locale;
  filters: GroupFilters;
  /** The `contact-point` limit. */
  contactPoint?: string;
  /** The group a shared link opened the finder on. */
  sharedId?: string;
  /** How many results are shown; 0 means one page. */
  shown: number;
  pageLength: number;
  moreOpen: boolean;
  hideIntro: boolean;
  headingLevel: number;
  announcement: string;
  /** The URL state mode, when a "Del" link can open the finder on a group. */
  urlMode?: UrlStateMode;
  /** The URL parameter of a shared link to one group. */
  groupParam: string;
  /** The finder's clock (next meetings are counted from it). */
  clock: () => Date;
  setFilters: (patch: Partial<GroupFilters>, typing?: boolean) => void;
  onSearch: (event: Event) => void;
  onStatus: (event: Event) => void;
  onClear: () => unknown;
  onShowMore: () => unknown;
  onShowAll: () => unknown;
  onMoreToggle: (event: Event) => void;
  onJoin: (group: Group, contactPoint: ContactPoint | undefined) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

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

/** Whether `next` differs from `previous` only by a query that extends it. */
function onlyQueryGrew(previous: GroupFilters, next: GroupFilters): boolean {
  if (next.q.length <= previous.q.length || !next.q.startsWith(previous.q)) return false;
  return (Object.keys(next) as (keyof GroupFilters)[]).every((key) => key === 'q' || String(previous[key]) === String(next[key]));
}

interface FilterMenus {
  feed: Feed;
  locale: string;
  contactPoint?: string;
  themes: Option[];
  municipalities: Option[];
  contactPoints: Option[];
  languages: string[];
}

/**
 * One finder's content: its derived data (memoised across renders), the idle work on a feed (the whole order in
 * slices, the search texts folded), its "Del" controller, and the views. Made when this chunk arrives.
 */
export class GroupContent {
  private readonly sharing: ShareController;
  /** Whether any shown text fell back to Bokmål (derived in `willUpdate`). */
  private fellBack = false;
  private prepared?: Feed;
  private stopPreparing?: () => void;
  /** The feed and locale whose display order is being worked out in idle slices. */
  private ordering?: { feed: Feed; locale: string; stop: () => void };
  /** `ordered`: the groups are in display order (else in the feed's order until the idle sort is done). */
  private universeMemo?: { feed: Feed; locale: string; contactPoint?: string; groups: readonly Group[]; ordered: boolean };
  private shownMemo?: { results: readonly Group[]; count: number; groups: Group[] };
  private resultMemo?: { universe: readonly Group[]; filters: GroupFilters; groups: Group[] };
  /** The filter menus depend only on the feed, locale and contact point (not on the order of the groups). */
  private optionsMemo?: FilterMenus;
  /** The feed whose content has been shown; its first page appears a few results per task. */
  private shownFeed?: Feed;
  /** How many of the page's results this render shows (Infinity once all have appeared; derived in `willUpdate`). */
  private revealed = Infinity;
  /** Set while the next results of the first page wait for their task; resolves once they are asked for. */
  rest?: Promise<void>;

  constructor(private readonly host: Host) {
    this.sharing = new ShareController(host);
  }

  /** Stops the idle work (the finder left the page). */
  stop(): void {
    this.stopPreparing?.();
    this.prepared = undefined;
    this.ordering?.stop();
    this.ordering = undefined;
  }

  /** After a render: the whole order, a slice per task, and the search texts folded while the reader looks. */
  updated(feed: Feed | undefined, locale: Locale): void {
    // The first screen was picked without sorting every group; the whole order is worked out now, a slice per task.
    if (feed && (this.ordering?.feed !== feed || this.ordering.locale !== locale) && !sortedGroupsIfReady(feed, locale)) {
      this.ordering?.stop();
      this.ordering = { feed, locale, stop: sortGroupsInSlices(feed, locale) };
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
  prepareFeed(feed: Feed, view: () => GroupFinderView): (() => unknown)[] {
    return [
      () => prepareOrder(feed, view().locale),
      () => this.shownGroups(feed, view()),
      // The first page's texts, once, for the date, number, plural and language-name formatters they build: the
      // first of each costs a few milliseconds (x4 on a phone) that would otherwise land in the render's task.
      () => {
        const v = view();
        const context = this.resultContext(feed, v, v.clock());
        for (const group of this.shownGroups(feed, v)) renderResult(context, group);
        countText(v.t, v.locale, this.results(feed, v).length);
      },
      // The filter menus (6 ms unthrottled on 10 000 groups), and the names of their languages and weekdays.
      () => {
        const v = view();
        for (const code of this.filterOptions(feed, v).languages) languageName(v.t, code, v.locale);
        for (const day of WEEKDAYS) weekdayName(v.locale, day);
      },
    ];
  }

  /** Before a render with the feed: how many of the page's results appear yet, and whether any text shown fell back to Bokmål. */
  willUpdate(feed: Feed, view: GroupFinderView): void {
    if (this.shownFeed !== feed) {
      this.shownFeed = feed;
      this.revealed = REVEAL_STEP;
    }
    const index = indexFeed(feed);
    const shown = this.shownGroups(feed, view);
    if (this.revealed >= shown.length) this.revealed = Infinity;
    else
      this.rest ??= new Promise((done) =>
        setTimeout(() => {
          this.revealed += REVEAL_STEP;
          this.rest = undefined;
          this.host.requestUpdate();
          done();
        }),
      );
    const texts = shown.length
      ? shown.flatMap((group) => groupTexts(group, index))
      : this.noMatchPoints(feed, view).flatMap((point) => contactPointTexts(point));
    this.fellBack = fellBack(texts, view.locale);
  }

  // --- data -----------------------------------------------------------------------------------

  /**
   * The groups this element may show: in display order once it is known, else in the feed's order (the first
   * screen then picks its groups with `firstGroupsInOrder`, and the idle sort started in `updated` fills it in).
   */
  private universe(feed: Feed, view: GroupFinderView): readonly Group[] {
    const { locale, contactPoint } = view;
    const memo = this.universeMemo;
    const ready = sortedGroupsIfReady(feed, locale);
    if (memo?.feed === feed && memo.locale === locale && memo.contactPoint === contactPoint && (memo.ordered || !ready)) {
      return memo.groups;
    }
    const all = ready ?? feed.groups;
    const groups = contactPoint ? all.filter((group) => group.contactPoint === contactPoint) : all;
    this.universeMemo = { feed, locale, contactPoint, groups, ordered: !!ready };
    return groups;
  }

  /** The group a shared link asks for, when this finder has it. */
  private sharedGroup(feed: Feed, view: GroupFinderView): Group | undefined {
    return view.sharedId ? this.universe(feed, view).find((group) => group.id === view.sharedId) : undefined;
  }

  /** The matching groups, or only the shared one. */
  results(feed: Feed, view: GroupFinderView): Group[] {
    const shared = this.sharedGroup(feed, view);
    return shared ? [shared] : this.filtered(feed, view);
  }

  /** The groups on screen now (the first pages of the results). */
  private shownGroups(feed: Feed, view: GroupFinderView): Group[] {
    const count = view.shown || view.pageLength;
    const results = this.results(feed, view);
    if (this.universeMemo?.ordered || results.length <= 1) return results.slice(0, count);
    const memo = this.shownMemo;
    if (memo?.results === results && memo.count === count) return memo.groups;
    const groups = firstGroupsInOrder(feed, results, count, view.locale);
    this.shownMemo = { results, count, groups };
    return groups;
  }

  private filtered(feed: Feed, view: GroupFinderView): Group[] {
    const universe = this.universe(feed, view);
    const memo = this.resultMemo;
    if (memo?.universe === universe && memo.filters === view.filters) return memo.groups;
    const filters = view.contactPoint ? { ...view.filters, contactPoint: '' } : view.filters;
    // Typing on: a longer query can only match a subset of what the shorter one matched,
    // so each keystroke searches the last results, not all the groups.
    const narrowing = memo?.universe === universe && onlyQueryGrew(memo.filters, view.filters);
    const groups = filterGroups(feed, narrowing ? memo.groups : universe, filters);
    this.resultMemo = { universe, filters: view.filters, groups };
    return groups;
  }

  private filterOptions(feed: Feed, view: GroupFinderView): FilterMenus {
    const { locale, contactPoint } = view;
    const memo = this.optionsMemo;
    if (memo?.feed === feed && memo.locale === locale && memo.contactPoint === contactPoint) return memo;
    const universe = this.universe(feed, view);
    this.optionsMemo = {
      feed,
      locale,
      contactPoint,
      themes: themeOptions(feed, locale),
      municipalities: municipalityOptions(feed, universe, locale),
      contactPoints: contactPointOptions(feed, universe, locale),
      languages: languageCodes(universe),
    };
    return this.optionsMemo;
  }

  /** Where to register interest when nothing matches: the chosen contact point, else the nearest ones. */
  private noMatchPoints(feed: Feed, view: GroupFinderView): ContactPoint[] {
    const chosen = view.contactPoint || view.filters.contactPoint;
    const chosenPoint = chosen ? indexFeed(feed).contactPoints.get(chosen) : undefined;
    return chosenPoint ? [chosenPoint] : nearestContactPoints(feed, view.filters.municipality || undefined);
  }

  // --- acts -----------------------------------------------------------------------------------

  private readonly onCalendar = async (feed: Feed, view: GroupFinderView, group: Group, point: ContactPoint | undefined) => {
    const now = view.clock();
    const first = nextMeeting(group, now);
    if (!first) return;
    // The calendar writer and its words load when a reader asks for a file, not with the page.
    const { downloadCalendar, groupCalendarTexts, groupIcs, icsFilename } = await import('../../shared/calendar-file.js');
    const texts = groupCalendarTexts(view.t, view.locale, group, point, indexFeed(feed));
    downloadCalendar(this.host, this.host.renderRoot, groupIcs(group, first, texts, now), icsFilename(texts.summary));
  };

  // --- rendering ------------------------------------------------------------------------------

  private resultContext(feed: Feed, view: GroupFinderView, now: Date): ResultContext {
    const mode = view.urlMode;
    return {
      t: view.t,
      locale: view.locale,
      index: indexFeed(feed),
      headingLevel: view.headingLevel,
      now,
      publisherReportUrl: feed.publisher.reportUrl,
      onJoin: view.onJoin,
      onCalendar: (group, point) => this.onCalendar(feed, view, group, point),
      // Without URL state a link could not open this finder on the group: no "Del".
      share: (group, title) =>
        mode
          ? renderShareButton(view.t, this.sharing, { key: group.id, url: recordLink(mode, view.groupParam, group.id), title })
          : nothing,
    };
  }

  render(loaded: LoadedFeed, view: GroupFinderView, now: Date): TemplateResult {
    const { feed } = loaded;
    const { t, locale } = view;
    const results = this.results(feed, view);
    const page = this.shownGroups(feed, view);
    const visible = page.slice(0, this.revealed);
    const shared = !!this.sharedGroup(feed, view);
    const context = this.resultContext(feed, view, now);
    return html`
      ${loaded.staleSince ? renderStaleNotice(t, loaded.staleSince, (date) => formatDate(date, locale, 'long')) : nothing}
      ${view.hideIntro ? nothing : renderIntro(t)} ${renderFallbackNotice(t, this.fellBack)} ${this.renderFilters(feed, view)}
      <div class="visually-hidden" role="status">${view.announcement}</div>
      ${
        results.length
          ? html`<div class="count-row">
                <p class="count" part="count" aria-hidden="true">${countText(t, locale, results.length)}</p>
                ${
                  shared
                    ? html`<button type="button" class="secondary show-all" part="show-all" @click=${view.onShowAll}>
                        ${t('Vis alle grupper', { id: 'groupFinder.showAll' })}
                      </button>`
                    : hasActiveFilters(view.filters)
                      ? renderClear(view)
                      : nothing
                }
              </div>
              <ul class="results" part="results">
                ${visible.map((group) => renderResult(context, group))}
              </ul>
              ${
                results.length > visible.length
                  ? html`<button type="button" class="secondary show-more" part="show-more" @click=${view.onShowMore}>
                      ${t('Vis flere grupper', { id: 'groupFinder.showMore' })}
                    </button>`
                  : nothing
              }`
          : this.renderNoMatch(feed, view)
      }
    `;
  }

  private renderFilters(feed: Feed, view: GroupFinderView): TemplateResult {
    const { t, locale } = view;
    const f = view.filters;
    const options = this.filterOptions(feed, view);
    let municipalities = options.municipalities;
    const place = indexFeed(feed).municipalities.get(f.municipality);
    if (place && !municipalities.some((option) => option.value === place.number)) {
      // A preset or shared municipality without groups stays visible, so the empty state makes sense.
      municipalities = [{ value: place.number, label: municipalityName(place, locale) }, ...municipalities];
    }
    const languages = options.languages;
    // Choices behind "Filtrer", counted in its summary (the main filters are in sight).
    const folded = FOLDED.filter((key) => f[key] && !(key === 'contactPoint' && view.contactPoint)).length + f.status.length;
    const select = (key: SelectKey, label: string, any: string, options: Option[]) => renderSelect(view, key, label, any, options);
    return html`<div
      class="filters"
      part="filters"
      role="search"
      aria-label=${t('Finn en selvhjelpsgruppe', { id: 'groupFinder.filters.label' })}
    >
      <div class="field search">
        <label for="q">${t('Søk i gruppene', { id: 'groupFinder.search.label' })}</label>
        <input id="q" part="search" type="search" autocomplete="off" spellcheck="false" .value=${f.q} @input=${view.onSearch} />
      </div>
      <div class="grid main-filters">
        ${select('theme', t('Tema', { id: 'groupFinder.filter.theme' }), t('Alle temaer', { id: 'groupFinder.filter.themeAny' }), options.themes)}
        ${select('municipality', t('Kommune', { id: 'groupFinder.filter.municipality' }), t('Alle kommuner', { id: 'groupFinder.filter.municipalityAny' }), municipalities)}
      </div>
      <details class="more disclosure" part="more-filters" ?open=${view.moreOpen} @toggle=${view.onMoreToggle}>
        <summary>
          ${folded ? t(str`Filtrer (${folded} valgt)`, { id: 'centreFinder.filters.active' }) : t('Filtrer', { id: 'centreFinder.filters' })}
        </summary>
        <div class="more-body">
          <div class="grid">
            ${
              view.contactPoint
                ? nothing
                : select(
                    'contactPoint',
                    t('Kontaktpunkt', { id: 'groupFinder.filter.contactPoint' }),
                    t('Alle kontaktpunkter', { id: 'groupFinder.filter.contactPointAny' }),
                    options.contactPoints,
                  )
            }
            ${select(
              'weekday',
              t('Ukedag', { id: 'groupFinder.filter.weekday' }),
              t('Alle dager', { id: 'groupFinder.filter.weekdayAny' }),
              WEEKDAYS.map((day) => ({ value: day, label: capitalize(weekdayName(locale, day)) })),
            )}
            ${select(
              'time',
              t('Tid på dagen', { id: 'groupFinder.filter.time' }),
              t('Når som helst', { id: 'groupFinder.filter.timeAny' }),
              TIMES_OF_DAY.map((time) => ({ value: time, label: timeOfDayLabel(t, time) })),
            )}
            ${
              languages.length > 1 || f.language
                ? select(
                    'language',
                    t('Språk i gruppen', { id: 'groupFinder.filter.language' }),
                    t('Alle språk', { id: 'groupFinder.filter.languageAny' }),
                    languages.map((code) => ({ value: code, label: languageName(t, code, locale) })),
                  )
                : nothing
            }
            ${select(
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
                  ><input type="checkbox" value=${status} .checked=${f.status.includes(status)} @change=${view.onStatus} />
                  ${statusLabel(t, status)}</label
                >`,
            )}
          </fieldset>
        </div>
      </details>
    </div>`;
  }

  /** Nothing matched: say so, offer to clear, and show where to register interest or start a group. */
  private renderNoMatch(feed: Feed, view: GroupFinderView): TemplateResult {
    const { t, locale } = view;
    const points = this.noMatchPoints(feed, view);
    return html`<div class="status empty" part="empty">
      <p class="empty-title">${countText(t, locale, 0)}</p>
      ${hasActiveFilters(view.filters) ? renderClear(view) : nothing}
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

function renderSelect(view: GroupFinderView, key: SelectKey, label: string, any: string, options: Option[]): TemplateResult {
  const value = view.filters[key];
  // `.selected` on the options, not `.value` on the select: the options must exist first.
  return html`<div class="field">
    <label for=${key}>${label}</label>
    <select id=${key} part="filter" @change=${(event: Event) => view.setFilters({ [key]: (event.target as HTMLSelectElement).value })}>
      ${guard(
        // Hundreds of options: re-made only when they or the choice change, not on every keystroke.
        [options, value, any],
        () => optionNodes(any, options, value),
      )}
    </select>
  </div>`;
}

function renderClear(view: GroupFinderView): TemplateResult {
  return html`<button type="button" class="secondary clear" part="clear-filters" @click=${view.onClear}>
    ${view.t('Fjern filtrene', { id: 'groupFinder.clear' })}
  </button>`;
}
