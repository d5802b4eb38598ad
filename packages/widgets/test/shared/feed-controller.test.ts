/**
 * FeedController's preparation of a large feed (a step per task before the feed is handed over): a step may hand over
 * further steps, or a promise of them (the group finder's first step waits for its content chunk when it is still on
 * its way). The host must not see the feed before every step has run, and each step runs in a task of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { clearFeedCache } from '../../src/feed/loader.js';
import type { Feed } from '../../src/feed/schema.js';
import { FeedController, type MoreSteps } from '../../src/shared/feed-controller.js';
import { contactPoint, feedDocument, feedUrl, group } from '../fixtures/feed-builder.js';

const log: string[] = [];
let release: () => void = () => {};

class PrepareHost extends LitElement {
  static override properties = { feed: { type: String } };
  declare feed: string;
  readonly data = new FeedController(
    this,
    () => true,
    (feed: Feed) => [
      () => {
        log.push(`wait (${feed.groups.length} groups)`);
        // Steps that arrive later, as the content chunk's do.
        return new Promise<MoreSteps>((resolve) => {
          release = () => resolve({ moreSteps: [() => log.push('first handed over'), () => log.push('second handed over')] });
        });
      },
      () => log.push('last'),
    ],
  );
  override render(): unknown {
    if (this.data.feed) log.push('rendered with the feed');
    return null;
  }
}
customElements.define('fl-test-prepare-host', PrepareHost);

/** 1 000 groups: a large feed, prepared a step per task. */
const large = feedDocument({
  contactPoints: [contactPoint({ id: 'cp-1' })],
  groups: Array.from({ length: 1000 }, (_, i) => group({ id: `g-${i}`, contactPoint: 'cp-1' })),
});

describe('FeedController preparation steps', () => {
  beforeEach(() => {
    clearFeedCache();
    log.length = 0;
  });

  it('runs steps handed over through a promise, a task each, before the host gets the feed', async () => {
    const el = document.createElement('fl-test-prepare-host') as PrepareHost;
    el.feed = feedUrl(large);
    document.body.append(el);
    await waitUntil(() => log.includes('wait (1000 groups)'), 'the first step did not run', { timeout: 8000 });
    // Held back by the promise: no further step, and the host has not rendered with the feed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).to.deep.equal(['wait (1000 groups)']);
    expect(el.data.feed).to.equal(undefined);

    // Each handed-over step in a task of its own: after the promise settles, one step per macrotask.
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.slice(0, 2)).to.deep.equal(['wait (1000 groups)', 'first handed over']);
    await waitUntil(() => log.includes('rendered with the feed'), 'the host did not get the feed', { timeout: 4000 });
    expect(log).to.deep.equal(['wait (1000 groups)', 'first handed over', 'second handed over', 'last', 'rendered with the feed']);
    expect(el.data.feed?.groups).to.have.length(1000);
    el.remove();
  });
});
