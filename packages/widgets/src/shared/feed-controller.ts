import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, pageFeedUrl, reloadFeed, subscribeFeed, type FeedSnapshot } from '../feed/loader.js';
import { indexFeed, type FeedIndex } from '../feed/index-feed.js';
import type { Feed } from '../feed/schema.js';

type Host = ReactiveControllerHost & HTMLElement & { feed?: string | null };

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

  constructor(
    private readonly host: Host,
    /** Whether the host needs the feed now; when not, nothing is fetched. */
    private readonly enabled: () => boolean = () => true,
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
      this.unsubscribe = subscribeFeed(url, (snapshot) => this.setSnapshot(snapshot));
    } catch (error) {
      this.setSnapshot({ state: 'error', url, error: new FeedError('invalid', url, `bad feed URL: ${String(error)}`) });
    }
  }

  private setSnapshot(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    this.host.requestUpdate();
  }
}
