import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, pageFeedUrl, reloadFeed, subscribeFeed, type FeedSnapshot } from '../feed/loader.js';
import { indexFeed, type FeedIndex } from '../feed/index-feed.js';
import type { Feed } from '../feed/schema.js';
import { compareNames, formatDate, todayIn } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';

/**
 * The `Intl` work each element's first render would start. The first date or number formatter a page builds costs
 * 40-65 ms on a throttled phone (the engine lists its locales once for both; later formatters cost 1-7 ms), the first
 * collator 25-30 ms (its own list); built while the feed downloads, one per task, that cost is out of the first
 * render's task. Only what the element uses: a formatter nobody needs would be a long task of its own. (Update when
 * an element starts to show dates, times, numbers or sorted names; bench/lighthouse.mjs `render` shows the longest
 * task.)
 */
type IntlKind = 'date' | 'collator';
const FIRST_RENDER_INTL: Record<string, readonly IntlKind[]> = {
  'fl-frisklivskort': ['date', 'collator'],
  'fl-follow-up-timeline': ['date'],
  'fl-centre-finder': ['collator'],
  // The count above the list (a number formatter), each result's next meeting (Norway's clock, a date).
  'fl-group-finder': ['collator', 'date'],
};
const WARM: Record<IntlKind, ((locale: Locale) => unknown)[]> = {
  // Norway's date (the formatters' shared set of locales, and the time zone's rules), then a date in the locale.
  date: [() => todayIn(), (locale) => formatDate(new Date(), locale, 'long')],
  collator: [(locale) => compareNames('a', 'b', locale)],
};
const warmed = new Set<string>();
let warming: (() => unknown)[] = [];

function warmIntl(tag: string, locale: Locale): void {
  for (const kind of FIRST_RENDER_INTL[tag] ?? []) {
    const key = `${kind}|${locale}`;
    if (warmed.has(key)) continue;
    warmed.add(key);
    if (!warming.length) setTimeout(warmNext, 0);
    warming.push(...WARM[kind].map((step) => () => step(locale)));
  }
}
function warmNext(): void {
  const step = warming.shift();
  try {
    step?.();
  } catch {
    // No locale data in this browser: the element formats without it later.
  }
  if (warming.length) setTimeout(warmNext, 0);
  else warming = [];
}

/** Groups from which a feed's first render is prepared a step per task (below, it all takes a few ms on a phone). */
const LARGE_FEED = 1000;
const isLarge = (feed: Feed): boolean => feed.groups.length >= LARGE_FEED;

/** Elements waiting for their turn to show a feed that has arrived, one per task. */
const turns: (() => void)[] = [];
let turnTaken = false;

/** Runs `apply` now if no other element has shown the feed in this task, else in a task of its own after the others. */
function inTurn(apply: () => void): void {
  if (turnTaken) {
    turns.push(apply);
    return;
  }
  turnTaken = true;
  setTimeout(nextTurn, 0);
  apply();
}
function nextTurn(): void {
  const apply = turns.shift();
  if (!apply) {
    turnTaken = false;
    return;
  }
  setTimeout(nextTurn, 0);
  apply();
}

type Host = ReactiveControllerHost & HTMLElement & { feed?: string | null; locale?: Locale };

/** What a preparation step may return (or resolve to): further steps, run next, a task each. */
export interface MoreSteps {
  moreSteps: (() => unknown)[];
}

/**
 * Connects an element to the shared feed: the URL comes from its `feed`
 * attribute, else from `<meta name="frisklivs-feed">`. Every element on one URL
 * shares one request; the element re-renders on each state change.
 */
export class FeedController implements ReactiveController {
  snapshot: FeedSnapshot = { state: 'loading', url: '' };
  /** The URL subscribed to: '' when none is set, undefined when the feed is not wanted. */
  private url?: string;
  private unsubscribe?: () => void;
  /** Counts snapshots and disconnections: a preparation that is no longer the latest stops. */
  private generation = 0;
  /** True while subscribing: a feed already loaded is shown in the same task, as the element connects. */
  private connecting = false;

  constructor(
    private readonly host: Host,
    /** Whether the host needs the feed now; when not, nothing is fetched. */
    private readonly enabled: () => boolean = () => true,
    /**
     * Work the host's first render with a new feed would do, as steps the controller runs one per task before it
     * hands the feed over (each should stay well under 12 ms on a fast machine, 50 ms on a throttled phone). A step
     * that returns `MoreSteps`, or a promise of them, has them run next (the controller waits for the promise).
     */
    private readonly prepare: (feed: Feed) => (() => unknown)[] = () => [],
  ) {
    host.addController(this);
  }

  get feed(): Feed | undefined {
    return this.snapshot.state === 'ready' ? this.snapshot.loaded.feed : undefined;
  }

  get index(): FeedIndex | undefined {
    const feed = this.feed;
    return feed ? indexFeed(feed) : undefined;
  }

  /** The feed URL in use; '' when none is set. */
  get feedUrl(): string {
    return this.url ?? '';
  }

  hostConnected(): void {
    this.connect(this.wantedUrl());
  }

  hostUpdate(): void {
    // A removed element may still render once (e.g. closing a list on disconnect): it must
    // not subscribe again, or the loader would keep it alive.
    if (!this.host.isConnected) return;
    // The `feed` attribute, or whether a feed is needed at all, may change at any time.
    const wanted = this.wantedUrl();
    if (wanted !== this.url) this.connect(wanted);
  }

  hostDisconnected(): void {
    this.disconnect();
  }

  /** The retry button: fetch the feed again for every element using it. */
  retry(): void {
    if (this.url) void reloadFeed(this.url).catch(() => {});
  }

  private wantedUrl(): string | undefined {
    return this.enabled() ? this.host.feed || pageFeedUrl() || '' : undefined;
  }

  private disconnect(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.url = undefined;
  }

  private connect(url: string | undefined): void {
    this.disconnect();
    this.url = url;
    if (url === undefined) return;
    if (!url) {
      this.setSnapshot({
        state: 'error',
        url,
        error: new FeedError('no-feed', url, 'no feed URL: set the feed attribute or <meta name="frisklivs-feed" content="…">'),
      });
      return;
    }
    try {
      this.connecting = true;
      this.unsubscribe = subscribeFeed(url, (snapshot) => this.setSnapshot(snapshot));
      this.connecting = false;
      if (this.snapshot.state === 'loading') warmIntl(this.host.localName, this.host.locale ?? 'nb');
    } catch (error) {
      this.setSnapshot({ state: 'error', url, error: new FeedError('invalid', url, `bad feed URL: ${String(error)}`) });
    }
  }

  private setSnapshot(snapshot: FeedSnapshot): void {
    const generation = ++this.generation;
    const feed = snapshot.state === 'ready' ? snapshot.loaded.feed : undefined;
    // A new large feed: its index and the host's derived data are made a task at a time (a 10 MB feed would make
    // them one long task with the first render); the skeleton, or the last content, stays until then. A feed of
    // ordinary size is shown at once, as before (in the same task when it is already loaded).
    const steps = feed && feed !== this.feed && isLarge(feed) ? [() => indexFeed(feed), ...this.prepare(feed)] : [];
    // The feed arriving for elements waiting on it: each shows it in a task of its own (four elements rendering
    // together were one 74 ms task unthrottled).
    const arriving = !this.connecting && this.snapshot.state === 'loading' && !!feed;
    const apply = () => {
      if (generation !== this.generation) return;
      this.snapshot = snapshot;
      this.host.requestUpdate();
    };
    const next = () => {
      if (generation !== this.generation) return;
      const step = steps.shift();
      if (!step) {
        if (arriving) inTurn(apply);
        else apply();
        return;
      }
      let result: unknown;
      try {
        result = step();
      } catch {
        // The render meets the same problem and shows it.
      }
      // A step may hand over further steps, or a promise of them (e.g. steps that come with a chunk still on its way).
      const then = (more: unknown) => {
        if (more && typeof more === 'object' && 'moreSteps' in more) steps.unshift(...(more as MoreSteps).moreSteps);
        setTimeout(next, 0);
      };
      if (result instanceof Promise) result.then(then, () => then(undefined));
      else then(result);
    };
    if (steps.length) setTimeout(next, 0);
    else next();
  }
}
