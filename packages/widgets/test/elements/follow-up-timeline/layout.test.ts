/**
 * Issue 19, points 7 and 8: no word spills out of its column in any locale on a
 * phone, the step where today falls is highlighted as a whole, weeks 2–11 are
 * drawn as a span between week 1 and week 12, and on a phone the chosen step's
 * details open where the reader tapped.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/follow-up-timeline/define.js';
import type { FlFollowUpTimeline } from '../../../src/elements/follow-up-timeline/follow-up-timeline.js';
import type { Locale } from '../../../src/i18n/locales.js';

const LOCALES: Locale[] = ['nb', 'nn', 'en', 'se', 'sma', 'smj'];
const $ = (el: FlFollowUpTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: FlFollowUpTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function mount(template: ReturnType<typeof html>): Promise<FlFollowUpTimeline> {
  const el = await fixture<FlFollowUpTimeline>(template);
  await el.updateComplete;
  // Let the layout settle (the element reads its width before it renders; a resize is read before paint).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** Lines of text in a step that stick out of its milestone's column, as "text: how far". */
function spills(li: HTMLElement): string[] {
  const box = li.getBoundingClientRect();
  const step = li.querySelector(':scope > .step')!;
  const found: string[] = [];
  const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
        found.push(`${clean(node.textContent)}: ${Math.round(Math.max(box.left - rect.left, rect.right - box.right))} px`);
      }
    }
  }
  return found;
}

async function click(target: HTMLElement) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + 12)] });
}

describe('<fl-follow-up-timeline> layout (issue 19, points 7 and 8)', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LOCALES) {
    for (const orientation of ['horizontal', 'auto'] as const) {
      it(`${lang}, ${orientation}, 390 px: every step's text stays inside its column`, async () => {
        const el = await mount(
          html`<fl-follow-up-timeline
            lang=${lang}
            orientation=${orientation}
            start="2026-01-05"
            today="2026-02-04"
            group-weeks="2 4 6 8"
            conversation-weeks="6"
            periods="2"
          ></fl-follow-up-timeline>`,
        );
        const milestones = $$(el, 'li.milestone');
        expect(milestones.length).to.be.greaterThan(8);
        for (const li of milestones) expect(spills(li), clean(li.querySelector('.title')?.textContent)).to.deep.equal([]);
      });
    }
  }

  it('highlights the whole "Du er her" step, its description included', async () => {
    const el = await mount(html`<fl-follow-up-timeline start="2026-01-05" today="2026-02-04" group-weeks="5"></fl-follow-up-timeline>`);
    const current = $(el, 'li.current')!;
    const step = current.querySelector<HTMLElement>(':scope > .step')!;
    expect(clean(step.querySelector('.now')?.textContent)).to.equal('Du er her');
    const description = step.querySelector<HTMLElement>('.description')!;
    const box = step.getBoundingClientRect();
    const text = description.getBoundingClientRect();
    expect(text.top >= box.top && text.bottom <= box.bottom, 'the description inside the highlighted box').to.equal(true);
    const style = getComputedStyle(step);
    expect(style.borderTopWidth).to.equal('2px');
    expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(style.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('draws weeks 2–11 as a span between week 1 and week 12, holding the steps within it', async () => {
    await setViewport({ width: 1280, height: 844 });
    try {
      const el = await mount(
        html`<fl-follow-up-timeline start="2026-01-05" group-weeks="4 8" conversation-weeks="6"></fl-follow-up-timeline>`,
      );
      const outer = $$(el, 'ol[part="list"] > li');
      expect(outer.map((li) => clean(li.querySelector('.week')?.textContent))).to.deep.equal([
        'Uke 1',
        'Uke 2–11',
        'Uke 12',
        'Etter uke 12',
      ]);
      const [start, span, closing] = outer as [HTMLElement, HTMLElement, HTMLElement];
      expect(span.getAttribute('part')).to.equal('milestone span');
      expect(clean(span.querySelector('.date')?.textContent), 'first and last day, not week 2 alone').to.equal('12. januar – 22. mars');
      const inner = [...span.querySelectorAll<HTMLElement>('.within > li')];
      expect(inner.map((li) => clean(li.querySelector('.week')?.textContent))).to.deep.equal(['Uke 4', 'Uke 6', 'Uke 8']);
      // Horizontally: after week 1, before week 12, and as wide as the steps it holds.
      const s = span.getBoundingClientRect();
      expect(s.left).to.be.at.least(start.getBoundingClientRect().right - 1);
      expect(s.right).to.be.at.most(closing.getBoundingClientRect().left + 1);
      for (const li of inner) {
        const r = li.getBoundingClientRect();
        expect(r.left >= s.left - 1 && r.right <= s.right + 1 && r.top > s.top, 'inside the span, below its line').to.equal(true);
      }
    } finally {
      await setViewport({ width: 390, height: 844 });
    }
  });

  it('on a phone the chosen step opens its details where it was tapped, and closes again (click and keyboard)', async () => {
    const el = await mount(
      html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-06" group-weeks="4" conversation-weeks="6"></fl-follow-up-timeline>`,
    );
    const button = (week: string) =>
      $$(el, '[part~="milestone-button"]').find((b) => clean(b.querySelector('.week')?.textContent) === week)!;
    const follow = button('Uke 2–11');
    await click(follow);
    await el.updateComplete;
    expect(follow.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, '[part="details"]')!;
    expect(follow.closest('li')!.contains(details), 'in the step, not below the timeline').to.equal(true);
    const gap = details.getBoundingClientRect().top - follow.getBoundingClientRect().bottom;
    expect(gap, 'right under the step').to.be.below(200);
    expect(clean(details.textContent)).to.include('fysisk aktivitet').and.include('12. januar – 22. mars');
    expect(details.getAttribute('aria-labelledby')).to.equal(follow.id);
    // Tapped again: closed.
    await click(follow);
    await el.updateComplete;
    expect(follow.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="details"]')).to.equal(null);

    // The keyboard moves on and opens the next step in place.
    follow.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const week4 = button('Uke 4');
    expect(el.shadowRoot!.activeElement).to.equal(week4);
    expect(week4.getAttribute('aria-expanded')).to.equal('true');
    expect(week4.closest('li')!.querySelector(':scope > .step > [part="details"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
