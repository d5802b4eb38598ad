// An element whose content views are a chunk of their own (FrisklivsElement.contentViews): the chunk is asked for
// when the element connects, beside the feed request; the reader sees the loading state until both are there, the
// network message with "Prøv igjen" when the chunk cannot be fetched, and the content after a retry.
import { expect, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { LoadedFeed } from '../../src/feed/loader.js';
import { FrisklivsElement } from '../../src/shared/frisklivs-element.js';
import { LazyModule } from '../../src/shared/lazy-module.js';
import { feedDocument, feedUrl } from '../fixtures/feed-builder.js';

interface Views {
  renderCount(loaded: LoadedFeed): unknown;
}
const views: Views = { renderCount: (loaded) => litHtml`<p class="count">${loaded.feed.centres.length} sentraler</p>` };

let calls = 0;
let settle: { resolve: (views: Views) => void; reject: (error: Error) => void } | undefined;
/** A chunk the test delivers by hand, like one on a slow network. */
const loadViews = (): Promise<Views> => {
  calls += 1;
  return new Promise<Views>((resolve, reject) => (settle = { resolve, reject }));
};

class ContentProbe extends FrisklivsElement {
  protected override readonly contentViews = new LazyModule<Views>(this, loadViews);
  protected renderContent(loaded: LoadedFeed | undefined): unknown {
    return this.contentViews.module!.renderCount(loaded!);
  }
}
customElements.define('fl-test-content-probe', ContentProbe);

const shown = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('content views in a chunk of their own', () => {
  it('are asked for at once, beside the feed; the skeleton shows until they arrive; a failed chunk can be retried', async () => {
    const feed = feedUrl(feedDocument({}));
    // Not `fixture()`: it waits for `updateComplete`, which waits for the views (a host or a test sees final text).
    const el = document.createElement('fl-test-content-probe') as ContentProbe;
    el.setAttribute('feed', feed);
    document.body.append(el);
    after(() => el.remove());
    expect(calls, 'asked for when the element connects').to.equal(1);
    await waitUntil(() => (el as unknown as { data: { snapshot: { state: string } } }).data.snapshot.state === 'ready', 'the feed is read');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.shadowRoot!.querySelector('[part=skeleton]'), 'still loading: the feed is there, its views are not').to.exist;
    expect(el.shadowRoot!.querySelector('[part=skeleton]')!.getAttribute('aria-busy')).to.equal('true');

    settle!.reject(new Error('network'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'the network message shows');
    expect(shown(el)).to.contain('Vi fikk ikke kontakt med tjenesten');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    expect(calls, 'the retry asks again').to.equal(2);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=skeleton]'), 'loading again');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    settle!.resolve(views);
    await waitUntil(() => el.shadowRoot!.querySelector('.count'), 'the content shows');
    expect(shown(el)).to.match(/^\d+ sentraler$/);
  });
});
