// Issue 24: the card's content views are a chunk of their own (card-content), asked for beside the feed. A host that
// calls `print()` before that chunk has arrived (here the feed is already there, as from the last good copy) still
// gets the whole card on paper: print() waits for the views, the update that renders with them, the map and the QR
// code before it opens the dialog. Its own file, so that no other test has loaded the chunk on this page before.
import { expect } from '@open-wc/testing';
import type { FlFrisklivskort } from '../../../src/elements/frisklivskort/frisklivskort.js';
import { clearFeedCache, loadFeed } from '../../../src/feed/loader.js';
import { $, $$, cardFeed, clean } from './helpers.js';

const chunkArrived = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/card-content'));

describe('<fl-frisklivskort> print() before its content views arrived', () => {
  const realPrint = window.print;
  afterEach(() => {
    window.print = realPrint;
    clearFeedCache();
  });

  it('waits for the views, the map and the QR code, then opens the print dialog once', async () => {
    const feed = cardFeed();
    await loadFeed(feed);
    expect(chunkArrived(), 'the content views are not on the page yet').to.equal(false);

    const opened: { card: string; qr: boolean; map: boolean; skeleton: boolean }[] = [];
    window.print = () =>
      void opened.push({
        card: clean($(el, '[part="card"] h2')?.textContent),
        qr: !!$(el, '[part="qr"] svg[role="img"]'),
        map: !!$(el, 'figure.service-map svg .served'),
        skeleton: !!$(el, '[part="skeleton"]'),
      });
    // Far below the viewport: only printing, not scrolling near it, loads the map's boundaries.
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const el = document.createElement('fl-frisklivskort') as FlFrisklivskort;
    el.feed = feed;
    el.centre = 'fls-vest-finnmark';
    el.showQr = true;
    document.body.append(spacer, el);
    try {
      const printed = el.print(); // as a host's own "Print" button might, at once
      expect($(el, '[part="card"]'), 'nothing rendered from the feed yet').to.equal(null);
      await printed;
      expect(opened).to.deep.equal([{ card: 'Frisklivssentralen i Vest-Finnmark', qr: true, map: true, skeleton: false }]);
      expect(chunkArrived()).to.equal(true);
      expect(el.resolvedCentre?.id).to.equal('fls-vest-finnmark');
      // The content CSS came with the views: the QR code, for paper, is hidden on screen in the card layout.
      expect(getComputedStyle($(el, '[part="qr"]')!).display).to.equal('none');
      expect($$(el, '[part="card"] [part]').length).to.be.greaterThan(10);
    } finally {
      el.remove();
      spacer.remove();
    }
  });
});
