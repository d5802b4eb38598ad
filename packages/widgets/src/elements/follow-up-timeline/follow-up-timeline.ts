import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedFeed } from '../../feed/loader.js';
import type { Centre } from '../../feed/schema.js';
import { pickText } from '../../feed/localized.js';
import { formatDate, formatDayMonth, todayIn } from '../../i18n/format.js';
import { str } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { FrisklivsElement } from '../../shared/frisklivs-element.js';
import { localizedText } from '../../shared/localized-text.js';
import { renderStaleNotice } from '../../shared/status-views.js';
import {
  addDays,
  buildMilestones,
  parseIsoDate,
  parseWeekList,
  positionOf,
  resolveProgramme,
  type Milestone,
  type MilestoneKind,
  type Position,
  type ResolvedProgramme,
} from './milestones.js';
import { timelineStyles } from './styles.js';
import { milestoneCopy } from './texts.js';

/** What `fl-milestone-select` tells the page about the chosen milestone. */
export interface MilestoneSelectDetail {
  milestone: { id: string; week: number; kind: MilestoneKind; date?: string; title: string };
}

import type { IcsExportDetail } from '../../shared/calendar-file.js';

export type { IcsExportDetail };

const ICS_FILENAME = 'oppfolging.ics';

const weekListConverter = {
  fromAttribute: (value: string | null) => parseWeekList(value),
  toAttribute: (value: number[] | undefined) => value?.join(' '),
};

/** Everything one render needs, computed once and kept for the event handlers. */
interface View {
  programme: ResolvedProgramme;
  milestones: Milestone[];
  periods: number;
  start?: string;
  position?: Position;
  centreName?: string;
}

/**
 * The 12-week structured follow-up at a frisklivssentral as a timeline: start
 * conversation, guidance and activities, extra conversations, the closing
 * conversation, and renewal or the way forward on one's own.
 *
 * Without a start date it explains the phases. With `start` (or a date picked
 * in the element) it shows the date of every milestone, where today falls
 * ("Uke 5 av 12") and offers the milestones as an `.ics` calendar file made in
 * the browser. With `centre`, the centre's own programme and name come from
 * the feed; without it the feed is not loaded at all.
 *
 * The follow-up phase ("Uke 2–11") is drawn as a span from week 2 to week 11,
 * holding the steps that fall within it (group sessions, extra conversations).
 * The step where today falls ("Du er her") is highlighted as a whole. Words
 * wrap or hyphenate inside their column in every language.
 *
 * Keyboard: the milestones are one tab stop; arrow keys, Home and End move
 * between them and show the chosen milestone's details. In the vertical layout
 * (phones, narrow columns) the details open in place under the chosen step, and
 * choosing it again closes them; in the horizontal layout they show below the
 * timeline.
 *
 * @summary The structured follow-up, week by week, with your own dates and a calendar file.
 * @tagname fl-follow-up-timeline
 *
 *
 * @fires {CustomEvent<MilestoneSelectDetail>} fl-milestone-select - A milestone was chosen (click or arrow keys). `detail.milestone` is `{ id, week, kind, date?, title }`; `week` counts from the first start, `date` is `YYYY-MM-DD` when the timeline has a start date, `title` is in the element's locale.
 * @fires {CustomEvent<IcsExportDetail>} fl-ics-export - The calendar file was made (download button). `detail` is `{ text, filename }`. Cancelable: call `preventDefault()` to handle the file yourself instead of the download.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The element's heading.
 * @csspart date-input - The date field for the first conversation.
 * @csspart progress - The line saying where today falls ("Uke 5 av 12", not started yet, completed).
 * @csspart list - The ordered list of milestones.
 * @csspart milestone - One milestone (list item).
 * @csspart span - Added to a milestone that spans several weeks (the follow-up phase); it holds the steps within it.
 * @csspart current - Added to the milestone where today falls.
 * @csspart milestone-button - The button that selects a milestone.
 * @csspart details - The panel with the chosen milestone's details (in place under the step in the vertical layout).
 * @csspart ics-button - The button that downloads the calendar file (only with a start date).
 * @csspart notice - A notice (invalid start date, centre not in the feed).
 * @csspart skeleton - Placeholder while the feed loads (only with `centre`).
 * @csspart error - The feed error view with its retry button (only with `centre`).
 * @csspart retry-button - The retry button in the error view.
 * @csspart stale-notice - Shown when an older saved copy of the feed is used.
 *
 * @cssprop [--fl-timeline-line-color=var(--fl-color-border)] - The line joining the milestones and the markers' outline.
 * @cssprop [--fl-timeline-marker-color=var(--fl-color-accent)] - The marker of the current milestone and of milestones already passed.
 * @cssprop [--fl-timeline-marker-size=1rem] - Diameter of a milestone marker.
 */
export class FlFollowUpTimeline extends FrisklivsElement {
  static override styles = [...FrisklivsElement.styles, timelineStyles];

  /** Date of the first conversation, `YYYY-MM-DD`. An invalid date shows a notice and the undated timeline. Set by the date field too. Not reflected. */
  @property() start?: string;

  /** Weeks in one period. Default: the centre's programme, else 12. Not reflected. */
  @property({ type: Number }) weeks?: number;

  /** Id of a centre in the feed: its programme and name are used. The feed is loaded only when this is set. Reflected. */
  @property({ reflect: true }) centre?: string;

  /** `auto` (vertical in containers narrower than 40rem, horizontal from there), `vertical` or `horizontal`. Reflected. */
  @property({ reflect: true }) orientation: 'auto' | 'vertical' | 'horizontal' = 'auto';

  /** Today's date, `YYYY-MM-DD`, for a fixed clock; default the current date in Norway (Europe/Oslo). Not reflected. */
  @property() today?: string;

  /** Weeks with a group session, space- or comma-separated ("2 4 6 8"); overrides the centre's programme. Not reflected. */
  @property({ attribute: 'group-weeks', converter: weekListConverter }) groupWeeks?: number[];

  /** Weeks with an extra conversation between the first and the last ("6"); overrides the centre's programme. Not reflected. */
  @property({ attribute: 'conversation-weeks', converter: weekListConverter }) conversationWeeks?: number[];

  /** 1 (default) or 2: show a second period after renewal. Ignored when the centre's programme is not renewable. Not reflected. */
  @property({ type: Number }) periods = 1;

  /** Level of the element's heading, 1–6 (default 2); the details heading is one level below. Not reflected. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The clock for the exported file's DTSTAMP (default: now). Tests and hosts may fix it. */
  clock: () => Date = () => new Date();

  @state() private selectedId?: string;
  /** The reader closed the chosen step's details (vertical layout only). */
  @state() private collapsed = false;
  /** Whether the layout is vertical: details open in place. Read from the CSS (the container query is the truth). */
  @state() private inPlace = true;
  private view?: View;
  private focusPending = false;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(() => this.readLayout());
    this.observeProbe();
  }

  /**
   * Watches a zero-height probe as wide as the element: its size changes with the container's width only, never
   * with what a render adds, so reading the layout cannot loop.
   */
  private observeProbe(): void {
    const probe = this.renderRoot.querySelector?.('.layout-probe');
    if (probe && probe !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver?.observe(probe);
      this.observed = probe;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  /**
   * Whether the layout is vertical, by the rule of the styles' container query: forced, or narrower than 40rem (the
   * root font size, as container queries count). Read before each render, and again when the width changes.
   */
  private readLayout(): void {
    const vertical =
      this.orientation === 'vertical' ||
      (this.orientation !== 'horizontal' && this.clientWidth < 40 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    if (vertical !== this.inPlace) this.inPlace = vertical;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.readLayout();
  }

  protected override usesFeed(): boolean {
    return !!this.centre;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.observeProbe();
    // A span's column count goes in through the CSSOM: a style attribute (Lit's styleMap writes one on the first
    // render) is blocked by a host page's `style-src 'self'`.
    for (const step of this.renderRoot.querySelectorAll<HTMLElement>('li.milestone')) {
      if (step.dataset.cols) step.style.setProperty('--_cols', step.dataset.cols);
      else step.style.removeProperty('--_cols');
    }
    if (this.focusPending) {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')?.focus();
    }
  }

  private computeView(centre: Centre | undefined): View {
    const programme = resolveProgramme(centre?.programme, {
      weeks: this.weeks,
      groupWeeks: this.groupWeeks,
      conversationWeeks: this.conversationWeeks,
    });
    const start = parseIsoDate(this.start) ? this.start!.trim() : undefined;
    const milestones = buildMilestones(programme, this.periods, start);
    const periods = milestones[milestones.length - 1]!.period;
    const today = parseIsoDate(this.today) ? this.today!.trim() : todayIn();
    return {
      programme,
      milestones,
      periods,
      start,
      position: start ? positionOf(milestones, programme.weeks, start, today) : undefined,
      centreName: pickText(centre?.name, this.locale)?.text,
    };
  }

  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    const t = this.t;
    const centre = this.centre ? loaded?.feed.centres.find((c) => c.id === this.centre) : undefined;
    const view = (this.view = this.computeView(centre));
    const { programme, milestones, position, start } = view;
    const n = programme.weeks;
    const level = FrisklivsElement.headingLevel(this.headingLevel);
    const selected = milestones.find((m) => m.id === this.selectedId) ?? position?.current ?? milestones[0]!;
    const invalidStart = !!this.start?.trim() && !start;
    const date = (iso: string) => formatDate(parseIsoDate(iso)!, this.locale, 'weekday-long', 'UTC');

    return html`
      ${loaded?.staleSince ? renderStaleNotice(t, loaded.staleSince, (d) => formatDate(d, this.locale, 'long')) : nothing}
      <div class="layout-probe" aria-hidden="true"></div>
      <div part="heading" class="heading" role="heading" aria-level=${level}>${this.heading(view)}</div>
      <p class="intro">
        ${selectPlural(this.locale, n, {
          one: t(str`Oppfølgingen varer i ${n} uke om gangen.`, { id: 'timeline.duration.one' }),
          two: t(str`Oppfølgingen varer i ${n} uker om gangen.`, { id: 'timeline.duration.two', desc: 'Dual form (used by Sámi locales)' }),
          other: t(str`Oppfølgingen varer i ${n} uker om gangen.`, { id: 'timeline.duration.other' }),
        })}
      </p>
      ${
        this.centre && !centre
          ? html`<p part="notice" class="notice">
              ${t('Fant ikke frisklivssentralen i datakilden. Viser et vanlig forløp.', { id: 'timeline.centreMissing' })}
            </p>`
          : nothing
      }
      <div class="date-row">
        <label for="start">${t('Dato for første samtale', { id: 'timeline.date.label' })}</label>
        <input id="start" type="date" part="date-input" aria-describedby="start-hint" .value=${start ?? ''} @change=${this.onDateChange} />
        <p id="start-hint" class="hint">
          ${t('Da ser du datoen for hvert steg og kan legge dem inn i kalenderen din.', { id: 'timeline.date.hint' })}
        </p>
      </div>
      ${
        invalidStart
          ? html`<p part="notice" class="notice invalid">
              ${t(str`«${this.start!}» er ikke en gyldig dato. Velg datoen for første samtale.`, { id: 'timeline.date.invalid' })}
            </p>`
          : nothing
      }
      ${position ? this.renderProgress(view, position, date) : nothing}
      <ol
        part="list"
        class="list"
        role="list"
        aria-label=${t('Steg i oppfølgingen', { id: 'timeline.list.label' })}
        @keydown=${this.onKeyDown}
      >
        ${this.outer(milestones).map((m) => this.renderMilestone(view, m, selected, level, date))}
      </ol>
      ${this.inPlace ? nothing : this.renderDetails(view, selected, level, date)}
      ${
        start
          ? html`<button type="button" part="ics-button" class="secondary ics" @click=${this.exportIcs}>
              ${t('Legg datoene i kalenderen (.ics)', { id: 'timeline.ics.button' })}
            </button>`
          : nothing
      }
    `;
  }

  private heading(view: View): string {
    return view.centreName
      ? this.t(str`Oppfølgingen hos ${view.centreName}`, { id: 'timeline.heading.centre' })
      : this.t('Oppfølgingen på frisklivssentralen', { id: 'timeline.heading' });
  }

  private renderProgress(view: View, position: Position, date: (iso: string) => string): unknown {
    const t = this.t;
    const n = view.programme.weeks;
    let text: string;
    if (position.phase === 'before') {
      text = t(str`Ikke startet ennå. Første samtale er ${date(view.start!)}.`, { id: 'timeline.progress.before' });
    } else if (position.phase === 'after') {
      text = t('Oppfølgingen er fullført.', { id: 'timeline.progress.after' });
    } else if (view.periods > 1) {
      text = t(str`Uke ${position.periodWeek} av ${n} i periode ${position.period}`, { id: 'timeline.progress.weekOfPeriod' });
    } else {
      text = t(str`Uke ${position.periodWeek} av ${n}`, { id: 'timeline.progress.weekOf' });
    }
    return html`<p part="progress" class="progress" role="status">${text}</p>`;
  }

  /** The steps within a span (the follow-up phase): the other milestones of its period in its weeks. */
  private within(span: Milestone, milestones: Milestone[]): Milestone[] {
    return span.endWeek === undefined
      ? []
      : milestones.filter((m) => m !== span && m.period === span.period && m.week >= span.week && m.week <= span.endWeek!);
  }

  /** The milestones of the outer list: those not held by a span. */
  private outer(milestones: Milestone[]): Milestone[] {
    const held = new Set(milestones.flatMap((m) => this.within(m, milestones)));
    return milestones.filter((m) => !held.has(m));
  }

  private renderMilestone(view: View, m: Milestone, selected: Milestone, level: number, date: (iso: string) => string): unknown {
    const t = this.t;
    const copy = milestoneCopy(t, m, view.programme.weeks);
    const current = view.position?.current === m;
    const isSelected = m === selected;
    const expanded = isSelected && !(this.inPlace && this.collapsed);
    // Passed: the whole milestone (a phase: its last week) lies before today's week.
    const past = !!view.position && !current && (m.endWeek ?? m.week) < view.position.week;
    // The period is shown on the first milestone of each period and read out on every one.
    const firstOfPeriod = view.milestones.find((x) => x.period === m.period) === m;
    const inner = this.within(m, view.milestones);
    const span = m.endWeek !== undefined && m.endWeek > m.week;
    const parts = ['milestone', span ? 'span' : '', current ? 'current' : ''].filter(Boolean).join(' ');
    const classes = ['milestone', span ? 'span' : '', current ? 'current' : past ? 'past' : '', expanded ? 'expanded' : ''].join(' ');
    return html`<li part=${parts} class=${classes} data-cols=${inner.length > 1 ? inner.length : nothing}>
      <div class="step">
        <button
          type="button"
          part="milestone-button"
          id=${`step-${m.id}`}
          data-id=${m.id}
          tabindex=${isSelected ? 0 : -1}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="details"
          aria-current=${current ? 'step' : nothing}
          @click=${() => this.select(m)}
        >
          ${
            view.periods > 1
              ? html`<span class="period ${firstOfPeriod ? '' : 'visually-hidden'}"
                  >${t(str`Periode ${m.period}`, { id: 'timeline.period' })}</span
                >`
              : nothing
          }
          <span class="week">${copy.week}</span>
          <span class="title">${copy.title}</span>
          ${m.date ? this.renderWhen(m, date) : nothing}
          ${current ? html`<span class="now">${t('Du er her', { id: 'timeline.now' })}</span>` : nothing}
        </button>
        <p class="description">${copy.description}</p>
        ${this.renderActivities(m)} ${expanded && this.inPlace ? this.renderDetails(view, m, level, date) : nothing}
      </div>
      ${
        inner.length
          ? html`<ol class="within" role="list">
              ${inner.map((x) => this.renderMilestone(view, x, selected, level, date))}
            </ol>`
          : nothing
      }
    </li>`;
  }

  /** A step's date, or a span's first and last day ("12. januar – 22. mars"). */
  private renderWhen(m: Milestone, date: (iso: string) => string): unknown {
    if (m.endWeek === undefined || m.endWeek <= m.week) return html`<time class="date" datetime=${m.date!}>${date(m.date!)}</time>`;
    const last = addDays(m.date!, (m.endWeek - m.week + 1) * 7 - 1);
    const day = (iso: string) => formatDayMonth(parseIsoDate(iso)!, this.locale, false, 'UTC');
    return html`<span class="date"><time datetime=${m.date!}>${day(m.date!)}</time> – <time datetime=${last}>${day(last)}</time></span>`;
  }

  private renderDetails(view: View, m: Milestone, level: number, date: (iso: string) => string): unknown {
    const copy = milestoneCopy(this.t, m, view.programme.weeks);
    const when = html`${view.periods > 1 ? html`${this.t(str`Periode ${m.period}`, { id: 'timeline.period' })} · ` : nothing}${copy.week}${
      m.date ? html` · ${this.renderWhen(m, date)}` : nothing
    }`;
    // In place, under the step that says the week, title and description: only what it does not say.
    if (this.inPlace) {
      return html`<section part="details" class="details in-place" id="details" aria-labelledby=${`step-${m.id}`}>
        <p class="details-when">${when}</p>
        ${copy.more ? html`<p>${copy.more}</p>` : nothing}
      </section>`;
    }
    return html`<section part="details" class="details" id="details" aria-labelledby="details-heading">
      <div class="details-heading" id="details-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>${copy.title}</div>
      <p class="details-when">${when}</p>
      <p>${copy.description}</p>
      ${copy.more ? html`<p>${copy.more}</p>` : nothing} ${this.renderActivities(m)}
    </section>`;
  }

  private renderActivities(m: Milestone): unknown {
    return m.activities.length
      ? html`<ul class="activities">
          ${m.activities.map((label) => html`<li>${localizedText(label, this.locale)}</li>`)}
        </ul>`
      : nothing;
  }

  private select(m: Milestone, focus = false, toggle = !focus): void {
    // In place, choosing the open step again closes its details (a disclosure); the keyboard always opens.
    const same = this.view?.milestones.find((x) => x.id === this.selectedId) === m || (!this.selectedId && this.isDefault(m));
    this.collapsed = toggle && this.inPlace && same ? !this.collapsed : false;
    this.selectedId = m.id;
    this.focusPending = focus;
    const title = milestoneCopy(this.t, m, this.view!.programme.weeks).title;
    const milestone: MilestoneSelectDetail['milestone'] = { id: m.id, week: m.week, kind: m.kind, title: title };
    if (m.date) milestone.date = m.date;
    this.dispatchEvent(
      new CustomEvent<MilestoneSelectDetail>('fl-milestone-select', { detail: { milestone }, bubbles: true, composed: true }),
    );
  }

  /** The step chosen when the reader has chosen none: today's, else the first. */
  private isDefault(m: Milestone): boolean {
    const view = this.view;
    return !!view && (view.position?.current ?? view.milestones[0]) === m;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const milestones = this.view?.milestones ?? [];
    const id = (event.target as HTMLElement).closest('button')?.dataset.id;
    const index = milestones.findIndex((m) => m.id === id);
    if (index < 0) return;
    const last = milestones.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    const to = next[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.select(milestones[to]!, true);
  }

  private onDateChange(event: Event): void {
    this.start = (event.target as HTMLInputElement).value || undefined;
  }

  /** Builds the calendar file, announces it, and downloads it unless a listener cancelled. */
  private async exportIcs(): Promise<void> {
    const view = this.view;
    if (!view?.start) return;
    const t = this.t;
    const events = view.milestones.map((m) => {
      const copy = milestoneCopy(t, m, view.programme.weeks);
      const activities = m.activities.map((label) => pickText(label, this.locale)!.text);
      const when = view.periods > 1 ? `${t(str`Periode ${m.period}`, { id: 'timeline.period' })}, ${copy.week}` : copy.week;
      return {
        uid: `${view.start}-${m.id}@frisklivs-widgets`,
        date: m.date!,
        summary: view.centreName ? `${copy.title} – ${view.centreName}` : copy.title,
        description: [`${when}: ${copy.description}`, copy.more, ...activities, view.centreName].filter(Boolean).join('\n'),
      };
    });
    const now = this.clock();
    const name = this.heading(view);
    // The calendar writer loads when a reader asks for the file, not with the page.
    const [{ buildIcs }, { downloadCalendar }] = await Promise.all([import('./ics.js'), import('../../shared/calendar-file.js')]);
    downloadCalendar(this, this.renderRoot, buildIcs(events, { now, name }), ICS_FILENAME);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fl-follow-up-timeline': FlFollowUpTimeline;
  }
}
