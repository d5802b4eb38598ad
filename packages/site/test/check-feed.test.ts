// The "check your feed" page: a file set on the input (as a browser does when a
// publisher picks or drops one) is read in the page and checked; the page shows
// the same lines as `frisklivs-feed validate`, the summary, and a preview of the
// elements reading that very file from a blob: URL.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'frisklivs-widgets/define-all';
import { CHECKED_EVENT, mountCheckFeed, type CheckFeedController } from '../docs-site/check-feed.js';
import { checkFeedText, type TextCheck } from 'frisklivs-feed/report';
import { centre, feedDocument, group } from 'frisklivs-widgets/testing';

async function mount(): Promise<{ root: HTMLElement; controller: CheckFeedController }> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  return { root, controller: mountCheckFeed(root) };
}

/** Sets a file on the input through DataTransfer and fires change, as a real pick does. */
async function pick(root: HTMLElement, name: string, content: BlobPart): Promise<TextCheck> {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  const done = new Promise<TextCheck>((resolve) =>
    root.addEventListener(CHECKED_EVENT, (e) => resolve((e as CustomEvent<TextCheck>).detail), { once: true }),
  );
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return done;
}

const problemLines = (root: HTMLElement) => [...root.querySelectorAll('.cf-problems li')].map((li) => li.textContent);
const summary = (root: HTMLElement) => root.querySelector('.cf-summary')!.textContent;

const broken = () => {
  const doc = feedDocument({
    centres: [centre(), centre({ id: 'fls-x', lastVerified: 'yesterday' })],
    groups: [
      group(),
      group({ id: 'g-2', schedule: { frequency: 'weekly', weekday: 'Funday' as never, startTime: '18:00', endTime: '20:00' } }),
    ],
  });
  (doc.contactPoints as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
  return doc;
};

describe('check your feed (docs-site/check-feed.html)', () => {
  it('shows the problems with their JSON paths and the summary, exactly as the command line prints them', async () => {
    const { root, controller } = await mount();
    const text = JSON.stringify(broken());
    const check = await pick(root, 'min-feed.json', text);
    expect(problemLines(root)).to.deep.equal([
      'min-feed.json: warning: $.contactPoints[0].url [cp-oslo] only https:, http:, mailto: and tel: links are allowed (field ignored)',
      'min-feed.json: error: $.centres[1].lastVerified [fls-x] expected a date YYYY-MM-DD, got "yesterday" (entry skipped)',
      'min-feed.json: error: $.groups[1].schedule.weekday [g-2] expected one of MO, TU, WE, TH, FR, SA, SU, got "Funday" (entry skipped)',
    ]);
    expect(summary(root)).to.equal(
      'min-feed.json: 2 error(s), 1 warning(s); 1 centres, 1 groups, 1 contact points, 5 offers, 2 themes, 7 municipalities usable',
    );
    expect(root.querySelector('.cf-summary')!.getAttribute('data-outcome')).to.equal('errors');
    // The same formatter as `frisklivs-feed validate`.
    const cliCheck = checkFeedText(text, 'min-feed.json');
    expect(problemLines(root)).to.deep.equal(cliCheck.lines);
    expect(summary(root)).to.equal(cliCheck.summary);
    expect(check.exitCode).to.equal(1);
    controller.destroy();
  });

  it('previews the four elements on a blob: URL of the dropped file', async () => {
    const { root, controller } = await mount();
    await pick(root, 'feed.json', JSON.stringify(feedDocument()));
    expect(problemLines(root)).to.deep.equal([]);
    expect(root.querySelector('.cf-problems-heading')!.textContent).to.equal('Ingen problemer');
    expect(root.querySelector('.cf-summary')!.getAttribute('data-outcome')).to.equal('ok');
    const tags = ['fl-centre-finder', 'fl-group-finder', 'fl-frisklivskort', 'fl-follow-up-timeline'];
    for (const tag of tags) {
      const element = root.querySelector(tag) as HTMLElement & { feed?: string };
      expect(element, tag).to.exist;
      expect(element.getAttribute('feed')).to.equal(controller.previewUrl);
      expect(element.getAttribute('feed')!.startsWith('blob:')).to.be.true;
    }
    expect(root.querySelector('fl-frisklivskort')!.getAttribute('centre')).to.equal('fls-0301');
    // The elements really load the file from the blob: URL and render.
    const finder = root.querySelector('fl-centre-finder')!;
    await waitUntil(
      () => finder.shadowRoot && !finder.shadowRoot.querySelector('[part~="skeleton"]') && finder.shadowRoot.textContent!.trim().length > 0,
      'the centre finder renders',
      { timeout: 5000 },
    );
    expect(finder.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    controller.destroy();
  });

  it('a file that is not JSON: one problem, summary, no preview; Windows-1252 and BOM files are read', async () => {
    const { root, controller } = await mount();
    await pick(root, 'groups.csv', 'id;theme\ng-1;sorg\n');
    expect(problemLines(root)).to.have.length(1);
    expect(problemLines(root)[0]).to.match(/^groups\.csv: error: \$ not valid JSON: /);
    expect(summary(root)).to.equal('groups.csv: 1 error(s), 0 warning(s); unusable (not JSON)');
    expect((root.querySelector('.cf-preview') as HTMLElement).hidden).to.be.true;

    const doc = feedDocument({ publisher: { name: 'Frisklivssentralen i Tromsø' } });
    const latin = new Uint8Array([...JSON.stringify(doc)].map((ch) => ch.charCodeAt(0)).map((code) => (code === 0x161 ? 0x9a : code)));
    await pick(root, 'ansi.json', latin);
    expect(summary(root)).to.match(/^ansi\.json: 0 error\(s\), 0 warning\(s\)/);
    await pick(root, 'bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(doc))]));
    expect(summary(root)).to.match(/^bom\.json: 0 error\(s\), 0 warning\(s\)/);
    controller.destroy();
  });

  it('the drop zone takes a dropped file and is reachable by keyboard', async () => {
    const { root, controller } = await mount();
    const zone = root.querySelector<HTMLElement>('.cf-drop')!;
    expect(zone.getAttribute('role')).to.equal('button');
    expect(zone.tabIndex).to.equal(0);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(feedDocument())], 'dropped.json'));
    const done = new Promise((resolve) => root.addEventListener(CHECKED_EVENT, resolve, { once: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await done;
    expect(summary(root)).to.match(/^dropped\.json: 0 error\(s\)/);
    controller.destroy();
  });

  it('shows control characters in feed text as escapes, and counts the problems beyond the first 200', async () => {
    const { root, controller } = await mount();
    const doc = feedDocument({
      groups: [
        group({ id: 'x\u001b[2J\u202eevil\nmin-feed.json: 0 error(s)' }),
        // 300 broken groups: 300 errors, of which 200 are listed.
        ...Array.from({ length: 299 }, (_, i) => group({ id: `g-${i}`, theme: 'nope' })),
      ],
    });
    const check = await pick(root, 'min-feed.json', JSON.stringify(doc));
    const lines = problemLines(root);
    expect(lines).to.have.length(200);
    expect(lines[0]).to.equal(
      'min-feed.json: error: $.groups[0].id [x\\x1B[2J\\u202Eevil\\nmin-feed.json: 0 error(s)] expected an id of letters, digits and . _ : -, got "x\\x1B[2J\\u202Eevil\\nmin-feed.json: 0 error(s)" (entry skipped)',
    );
    // eslint-disable-next-line no-control-regex -- no raw control or bidi character on the page
    for (const line of lines) expect(line).not.to.match(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(root.querySelector('.cf-problems-heading')!.textContent).to.equal('Problemer (300)');
    const more = root.querySelector<HTMLElement>('.cf-more')!;
    expect(more.hidden).to.be.false;
    expect(more.textContent).to.equal('… and 100 more problem(s) not shown (100 error(s), 0 warning(s))');
    expect(summary(root)).to.match(/^min-feed\.json: 300 error\(s\), 0 warning\(s\); /);
    expect(check.counts).to.deep.equal({ errors: 300, warnings: 0 });
    expect(root.querySelector('.cf-summary')!.getAttribute('data-outcome')).to.equal('errors');
    await expect(root).to.be.accessible();
    // A clean file afterwards hides the count again.
    await pick(root, 'feed.json', JSON.stringify(feedDocument()));
    expect(more.hidden).to.be.true;
    controller.destroy();
  });
});
