// The space each element reserves while loading (src/shared/reservations.ts, written by `npm run reservations`)
// must stay close to what it shows once loaded, on a phone and on a desktop: too little and the text after it
// moves, too much and it moves the other way. When an element's layout changes, this fails: run
// `npm run build && npm run reservations` and commit the new table.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { RESERVATIONS } from '../../src/shared/reservations.js';
import '../../src/define-all.js';

const OPTIONS: Record<string, Record<string, string>> = {
  'fl-centre-finder': {},
  'fl-centre-finder[municipality]': { municipality: '5612' },
  'fl-group-finder': {},
  'fl-frisklivskort': { centre: 'fls-5612' },
  'fl-frisklivskort[layout="compact"]': { centre: 'fls-5612', layout: 'compact' },
  'fl-follow-up-timeline': {},
  'fl-follow-up-timeline[start]': { start: '2026-11-02', today: '2026-12-01' },
};

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

describe('reservations: close to the loaded height, and no blank space once loaded', () => {
  // The page's type, as in scripts/measure-reservations.mjs (the elements inherit the page's font).
  before(() => (document.body.style.font = '16px/1.5 system-ui, sans-serif'));
  after(() => (document.body.style.font = ''));
  afterEach(async () => {
    clearFeedCache();
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [screen, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['wide', { width: 1280, height: 900 }],
  ] as const) {
    for (const row of RESERVATIONS) {
      const name = `${row.tag}${row.selector}`;
      it(`${name} on a ${screen} (${viewport.width} px)`, async () => {
        await setViewport(viewport);
        localStorage.clear();
        const attributes = OPTIONS[name];
        expect(attributes, `test options for ${name}`).to.exist;
        // The feed is held back until the skeleton has been measured.
        const realFetch = window.fetch;
        let open!: () => void;
        const gate = new Promise<void>((resolve) => (open = resolve));
        window.fetch = (input, init) => gate.then(() => realFetch(input, init));
        let el: HTMLElement & { updateComplete: Promise<boolean> };
        try {
          const markup = Object.entries({ feed: '/demo/feed.json', ...attributes })
            .map(([key, value]) => `${key}="${value}"`)
            .join(' ');
          el = await fixture(staticHtml`<${unsafeStatic(row.tag)} ${unsafeStatic(markup)}></${unsafeStatic(row.tag)}>`);
          const estimate = Math.min(row[screen], innerHeight);
          if (el.shadowRoot!.querySelector('[part~="skeleton"]')) {
            expect(el.getBoundingClientRect().height, 'reserved while loading').to.be.closeTo(estimate, 1);
          }
          open();
          await waitUntil(
            () => el.shadowRoot!.querySelector('[part~="base"]') && !el.shadowRoot!.querySelector('[part~="skeleton"]'),
            'loaded',
            { timeout: 8000 },
          );
          await el.updateComplete;
          await frames(3);
          const base = el.shadowRoot!.querySelector('[part~="base"]')!;
          expect(base.classList.contains('reserving'), 'no space held after load').to.equal(false);
          const height = el.getBoundingClientRect().height;
          // Either both fill the screen (nothing visible moves), or they are close.
          const visible = Math.min(height, innerHeight);
          expect(Math.abs(visible - estimate), `reserved ${estimate} px, loaded ${height} px`).to.be.at.most(Math.max(48, 0.1 * visible));
        } finally {
          open();
          window.fetch = realFetch;
        }
      });
    }
  }
});
