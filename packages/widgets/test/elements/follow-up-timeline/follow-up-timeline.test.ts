import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/follow-up-timeline/define.js';
import type {
  FlFollowUpTimeline,
  IcsExportDetail,
  MilestoneSelectDetail,
} from '../../../src/elements/follow-up-timeline/follow-up-timeline.js';
import { clearFeedCache } from '../../../src/feed/loader.js';
import type { Centre } from '../../../src/feed/schema.js';
import { formatDate, formatWeekday } from '../../../src/i18n/format.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { centre, feedDocument, feedUrl } from '../../fixtures/feed-builder.js';
import { parseIcs, prop, unescapeText } from './ics-parse.js';

const LOCALES: Locale[] = ['nb', 'nn', 'se', 'sma', 'smj', 'en'];

async function ready(el: FlFollowUpTimeline): Promise<FlFollowUpTimeline> {
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: FlFollowUpTimeline, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: FlFollowUpTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: FlFollowUpTimeline) => $$<HTMLButtonElement>(el, '[part~="milestone-button"]');

/**
 * What a reader sees for each milestone, in reading order (the steps within the follow-up span after it): week,
 * title, date (as text; a span's first and last day) and the first day's datetime.
 */
function rows(el: FlFollowUpTimeline) {
  return $$(el, 'ol[part="list"] li.milestone').map((li) => ({
    week: clean(li.querySelector('.week')?.textContent),
    title: clean(li.querySelector('.title')?.textContent),
    date: li.querySelector('time')?.getAttribute('datetime') ?? undefined,
    dateText: clean(li.querySelector('.date')?.textContent) || undefined,
  }));
}

/** Each milestone marked passed, current or neither. */
const marks = (el: FlFollowUpTimeline) =>
  $$(el, 'li.milestone').map((li) => (li.classList.contains('current') ? 'current' : li.classList.contains('past') ? 'past' : ''));

function programmeCentre(overrides: Partial<Centre> = {}): Centre {
  return centre({
    programme: {
      weeks: 10,
      groupSessionWeeks: [3, 5],
      conversationWeeks: [6],
      activities: [{ week: 3, label: { nb: 'Bassengtrening', se: 'Vuodjanhárjehallan' } }],
      renewable: true,
    },
    ...overrides,
  });
}

describe('<fl-follow-up-timeline>', () => {
  afterEach(() => clearFeedCache());

  describe('explanatory timeline (no start date)', () => {
    it('renders the phases as an ordered list without a feed', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline></fl-follow-up-timeline>`));
      expect(clean($(el, '[part="heading"]')?.textContent)).to.equal('Oppfølgingen på frisklivssentralen');
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
      expect(clean($(el, '.intro')?.textContent)).to.equal('Oppfølgingen varer i 12 uker om gangen.');
      const list = $(el, '[part="list"]')!;
      expect(list.tagName).to.equal('OL');
      expect(rows(el)).to.deep.equal([
        { week: 'Uke 1', title: 'Oppstartsamtale', date: undefined, dateText: undefined },
        { week: 'Uke 2–11', title: 'Veiledning og aktiviteter', date: undefined, dateText: undefined },
        { week: 'Uke 12', title: 'Avslutningssamtale', date: undefined, dateText: undefined },
        { week: 'Etter uke 12', title: 'Ny periode eller videre på egen hånd', date: undefined, dateText: undefined },
      ]);
      expect(clean($$(el, 'li .description')[3]!.textContent)).to.contain('selvhjelpsgrupper');
      expect($(el, '[part="progress"]')).to.equal(null);
      expect($(el, '[part="ics-button"]')).to.equal(null);
      expect($(el, '[part="skeleton"], [part="error"]')).to.equal(null);
      expect($<HTMLInputElement>(el, '[part="date-input"]')!.type).to.equal('date');
    });

    it('is read as an ordered list by screen readers', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline></fl-follow-up-timeline>`));
      const list = $(el, 'ol')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Steg i oppfølgingen');
      expect($$(el, 'ol > li')).to.have.length(4);
      expect($$(el, 'ol > li').every((li) => li.querySelector('button'))).to.equal(true);
    });

    it('passes an axe audit', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline></fl-follow-up-timeline>`));
      await expect(el).to.be.accessible();
    });
  });

  describe('dates', () => {
    it('computes dates across the spring DST change', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline start="2026-03-23" today="2026-03-20" group-weeks="2 3"></fl-follow-up-timeline>`,
        ),
      );
      expect(rows(el).map((r) => [r.week, r.date, r.dateText])).to.deep.equal([
        ['Uke 1', '2026-03-23', 'mandag 23. mars 2026'],
        // The follow-up phase is a span: its first and last day (issue 19, point 8).
        ['Uke 2–11', '2026-03-30', '30. mars – 7. juni'],
        ['Uke 2', '2026-03-30', 'mandag 30. mars 2026'],
        ['Uke 3', '2026-04-06', 'mandag 6. april 2026'],
        ['Uke 12', '2026-06-08', 'mandag 8. juni 2026'],
        ['Etter uke 12', '2026-06-15', 'mandag 15. juni 2026'],
      ]);
    });

    it('computes dates across the autumn DST change and the new year', async () => {
      const autumn = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-10-19"></fl-follow-up-timeline>`),
      );
      expect(rows(autumn).map((r) => r.date)).to.deep.equal(['2026-10-19', '2026-10-26', '2027-01-04', '2027-01-11']);
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2025-12-15" group-weeks="3,4"></fl-follow-up-timeline>`),
      );
      expect(rows(el).map((r) => [r.date, r.dateText])).to.deep.equal([
        ['2025-12-15', 'mandag 15. desember 2025'],
        ['2025-12-22', '22. desember – 1. mars'],
        ['2025-12-29', 'mandag 29. desember 2025'],
        ['2026-01-05', 'mandag 5. januar 2026'],
        ['2026-03-02', 'mandag 2. mars 2026'],
        ['2026-03-09', 'mandag 9. mars 2026'],
      ]);
    });

    it('shows "Uke 5 av 12" for a fixed today and marks the current milestone', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline start="2026-01-05" today="2026-02-04" group-weeks="5"></fl-follow-up-timeline>`,
        ),
      );
      const progress = $(el, '[part="progress"]')!;
      expect(clean(progress.textContent)).to.equal('Uke 5 av 12');
      expect(progress.getAttribute('role')).to.equal('status');
      const current = $$(el, '[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('aria-current')).to.equal('step');
      expect(clean(current[0]!.querySelector('.title')?.textContent)).to.equal('Gruppesamling');
      expect(clean(current[0]!.querySelector('.now')?.textContent)).to.equal('Du er her');
      expect(current[0]!.closest('li')!.getAttribute('part')).to.equal('milestone current');
      // The current milestone is the one selected at first, and its details are shown.
      expect(current[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(clean($(el, '[part="details"] .details-heading')?.textContent)).to.equal('Gruppesamling');
      expect(clean($(el, '[part="details"] .details-when')?.textContent)).to.equal('Uke 5 · mandag 2. februar 2026');
    });

    it('in a week with no milestone of its own, the follow-up phase is current', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05" today="2026-03-01"></fl-follow-up-timeline>`),
      );
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 8 av 12');
      expect(clean($(el, '[aria-current="step"] .title')?.textContent)).to.equal('Veiledning og aktiviteter');
      // Milestones already passed are marked visually; the ones ahead are not.
      expect(marks(el)).to.deep.equal(['past', 'current', '', '']);
    });

    it('group weeks already passed are marked passed while the follow-up phase is current', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-28" group-weeks="2 3 6"></fl-follow-up-timeline>`,
        ),
      );
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 4 av 12');
      expect(rows(el).map((r) => r.week)).to.deep.equal(['Uke 1', 'Uke 2–11', 'Uke 2', 'Uke 3', 'Uke 6', 'Uke 12', 'Etter uke 12']);
      expect(marks(el)).to.deep.equal(['past', 'current', 'past', 'past', '', '', '']);
    });

    it('before the start: not started yet, nothing current', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-04"></fl-follow-up-timeline>`),
      );
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Ikke startet ennå. Første samtale er mandag 5. januar 2026.');
      expect($$(el, '[aria-current]')).to.have.length(0);
      expect(buttons(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('the last day of week 12, and after the end: completed', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05" today="2026-03-29"></fl-follow-up-timeline>`),
      );
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 12 av 12');
      expect(clean($(el, '[aria-current="step"] .title')?.textContent)).to.equal('Avslutningssamtale');
      el.today = '2026-03-30';
      await el.updateComplete;
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Oppfølgingen er fullført.');
      expect(clean($(el, '[aria-current="step"] .title')?.textContent)).to.equal('Ny periode eller videre på egen hånd');
    });

    it('defaults today to the current date (no fixed clock)', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2000-01-03"></fl-follow-up-timeline>`));
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Oppfølgingen er fullført.');
      el.start = '2999-01-07';
      await el.updateComplete;
      expect(clean($(el, '[part="progress"]')?.textContent)).to.match(/^Ikke startet ennå/);
    });

    it('an invalid start shows a notice and the explanatory timeline', async () => {
      for (const bad of ['2026-02-30', 'neste mandag']) {
        const el = await ready(
          await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start=${bad} today="2026-03-01"></fl-follow-up-timeline>`),
        );
        const notice = $(el, '[part="notice"]')!;
        expect(clean(notice.textContent)).to.equal(`«${bad}» er ikke en gyldig dato. Velg datoen for første samtale.`);
        expect(rows(el).every((r) => r.date === undefined)).to.equal(true);
        expect(rows(el)).to.have.length(4);
        expect($(el, '[part="progress"]')).to.equal(null);
        expect($(el, '[part="ics-button"]')).to.equal(null);
        expect($<HTMLInputElement>(el, '[part="date-input"]')!.value).to.equal('');
      }
    });

    it('a date picked in the element gives the dates', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline today="2026-01-20"></fl-follow-up-timeline>`));
      const input = $<HTMLInputElement>(el, '[part="date-input"]')!;
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Dato for første samtale');
      input.value = '2026-01-05';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.start).to.equal('2026-01-05');
      expect(rows(el)[0]!.dateText).to.equal('mandag 5. januar 2026');
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 3 av 12');
      expect($(el, '[part="ics-button"]')).not.to.equal(null);
      input.value = '';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(rows(el)[0]!.date).to.equal(undefined);
      expect($(el, '[part="ics-button"]')).to.equal(null);
    });
  });

  describe('programme', () => {
    it('from attributes: weeks, group weeks, conversation weeks', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline
            weeks="8"
            group-weeks="2, 4"
            conversation-weeks="5"
            start="2026-01-05"
            today="2026-01-27"
          ></fl-follow-up-timeline>`,
        ),
      );
      expect(el.groupWeeks).to.deep.equal([2, 4]);
      expect(clean($(el, '.intro')?.textContent)).to.equal('Oppfølgingen varer i 8 uker om gangen.');
      expect(rows(el).map((r) => `${r.week} ${r.title} ${r.date}`)).to.deep.equal([
        'Uke 1 Oppstartsamtale 2026-01-05',
        'Uke 2–7 Veiledning og aktiviteter 2026-01-12',
        'Uke 2 Gruppesamling 2026-01-12',
        'Uke 4 Gruppesamling 2026-01-26',
        'Uke 5 Samtale underveis 2026-02-02',
        'Uke 8 Avslutningssamtale 2026-02-23',
        'Etter uke 8 Ny periode eller videre på egen hånd 2026-03-02',
      ]);
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 4 av 8');
    });

    it("from a feed centre's programme, with its name", async () => {
      const url = feedUrl(feedDocument({ centres: [programmeCentre()] }));
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline centre="fls-0301" feed=${url} start="2026-01-05"></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered');
      await el.updateComplete;
      expect(clean($(el, '[part="heading"]')?.textContent)).to.equal('Oppfølgingen hos Frisklivssentralen i Oslo');
      expect(clean($(el, '.intro')?.textContent)).to.equal('Oppfølgingen varer i 10 uker om gangen.');
      expect(rows(el).map((r) => `${r.week} ${r.title}`)).to.deep.equal([
        'Uke 1 Oppstartsamtale',
        'Uke 2–9 Veiledning og aktiviteter',
        'Uke 3 Gruppesamling',
        'Uke 5 Gruppesamling',
        'Uke 6 Samtale underveis',
        'Uke 10 Avslutningssamtale',
        'Etter uke 10 Ny periode eller videre på egen hånd',
      ]);
      buttons(el)[2]!.click();
      await el.updateComplete;
      expect($$(el, '[part="details"] .activities li').map((li) => clean(li.textContent))).to.deep.equal(['Bassengtrening']);
      // Attributes win over the feed.
      el.weeks = 6;
      el.groupWeeks = [2];
      await el.updateComplete;
      expect(rows(el).map((r) => `${r.week} ${r.title}`)).to.deep.equal([
        'Uke 1 Oppstartsamtale',
        'Uke 2–5 Veiledning og aktiviteter',
        'Uke 2 Gruppesamling',
        'Uke 3 Aktivitet',
        'Uke 6 Avslutningssamtale',
        'Etter uke 6 Ny periode eller videre på egen hånd',
      ]);
      // Week 3 is no longer a group week, but the centre's activity in it is still shown.
      buttons(el)[3]!.click();
      await el.updateComplete;
      expect($$(el, '[part="details"] .activities li').map((li) => clean(li.textContent))).to.deep.equal(['Bassengtrening']);
    });

    it('with the sample feed (/demo/feed.json): every centre programme week appears', async () => {
      const feed = (await (await fetch('/demo/feed.json')).json()) as { centres: Centre[] };
      const withProgramme = feed.centres.find((c) => c.programme?.groupSessionWeeks?.length && c.programme.conversationWeeks?.length);
      expect(withProgramme, 'a centre with a programme in the sample feed').to.exist;
      const programme = withProgramme!.programme!;
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline
          lang="nb"
          centre=${withProgramme!.id}
          feed="/demo/feed.json"
          start="2026-01-05"
        ></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered', { timeout: 5000 });
      await el.updateComplete;
      const weeks = programme.weeks ?? 12;
      const groupWeeks = rows(el)
        .filter((r) => r.title === 'Gruppesamling')
        .map((r) => Number(r.week.replace(/\D/g, '')));
      expect(groupWeeks).to.deep.equal(programme.groupSessionWeeks!.filter((w) => w <= weeks).sort((a, b) => a - b));
      const talks = rows(el)
        .filter((r) => r.title === 'Samtale underveis')
        .map((r) => Number(r.week.replace(/\D/g, '')));
      expect(talks).to.deep.equal(programme.conversationWeeks!.filter((w) => w > 1 && w < weeks).sort((a, b) => a - b));
      expect(rows(el).at(-2)!.week).to.equal(`Uke ${weeks}`);
      const name = withProgramme!.name.nb;
      expect(clean($(el, '[part="heading"]')?.textContent)).to.contain(name);
    });

    it('a centre not in the feed shows a notice and the usual timeline', async () => {
      const url = feedUrl(feedDocument());
      const el = await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline centre="fls-9999" feed=${url}></fl-follow-up-timeline>`);
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered');
      expect(clean($(el, '[part="notice"]')?.textContent)).to.equal('Fant ikke frisklivssentralen i datakilden. Viser et vanlig forløp.');
      expect(rows(el)).to.have.length(4);
    });

    it('a second period after renewal', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline periods="2" start="2026-01-05" today="2026-04-08"></fl-follow-up-timeline>`,
        ),
      );
      expect(rows(el).map((r) => `${r.week} ${r.title} ${r.date}`)).to.deep.equal([
        'Uke 1 Oppstartsamtale 2026-01-05',
        'Uke 2–11 Veiledning og aktiviteter 2026-01-12',
        'Uke 12 Avslutningssamtale 2026-03-23',
        'Uke 1 Ny periode: oppstartsamtale 2026-03-30',
        'Uke 2–11 Veiledning og aktiviteter 2026-04-06',
        'Uke 12 Avslutningssamtale 2026-06-15',
        'Etter uke 12 Videre på egen hånd 2026-06-22',
      ]);
      expect($$(el, 'li .period').map((p) => clean(p.textContent))).to.deep.equal([
        'Periode 1',
        'Periode 1',
        'Periode 1',
        'Periode 2',
        'Periode 2',
        'Periode 2',
        'Periode 2',
      ]);
      // Shown on the first milestone of each period, read out (visually hidden) on the others.
      expect($$(el, 'li .period:not(.visually-hidden)').map((p) => clean(p.textContent))).to.deep.equal(['Periode 1', 'Periode 2']);
      expect(clean($(el, '[part="progress"]')?.textContent)).to.equal('Uke 2 av 12 i periode 2');
      expect(clean($(el, '[aria-current="step"]')?.textContent)).to.contain('Periode 2 Uke 2–11 Veiledning og aktiviteter');
    });

    it('no second period when the centre says the programme is not renewable', async () => {
      const url = feedUrl(feedDocument({ centres: [centre({ programme: { weeks: 12, renewable: false } })] }));
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline centre="fls-0301" feed=${url} periods="2"></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered');
      expect(rows(el).map((r) => r.title)).to.deep.equal([
        'Oppstartsamtale',
        'Veiledning og aktiviteter',
        'Avslutningssamtale',
        'Videre på egen hånd',
      ]);
    });
  });

  describe('keyboard and selection', () => {
    it('arrow keys, Home and End move focus and selection with one tab stop', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-04" group-weeks="4"></fl-follow-up-timeline>`,
        ),
      );
      const all = buttons(el);
      expect(all.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      all[0]!.focus();
      const focused = () => el.shadowRoot!.activeElement as HTMLButtonElement;
      const title = () => clean(focused().querySelector('.title')?.textContent);
      const expanded = () => buttons(el).filter((b) => b.getAttribute('aria-expanded') === 'true');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(title()).to.equal('Veiledning og aktiviteter');
      expect(expanded()).to.deep.equal([focused()]);
      expect(clean($(el, '[part="details"] .details-heading')?.textContent)).to.equal('Veiledning og aktiviteter');

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(title()).to.equal('Gruppesamling');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(title()).to.equal('Ny periode eller videre på egen hånd');
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(title()).to.equal('Ny periode eller videre på egen hånd');

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(title()).to.equal('Avslutningssamtale');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(title()).to.equal('Gruppesamling');

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(title()).to.equal('Oppstartsamtale');
      expect(expanded()).to.deep.equal([focused()]);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);

      // Tab leaves the list for the next control (the download button).
      await sendKeys({ press: 'Tab' });
      expect(focused().getAttribute('part')).to.equal('ics-button');
    });

    it('aria-current stays on today while the selection moves', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-06"></fl-follow-up-timeline>`),
      );
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(buttons(el)[3]!.getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(el)[0]!.getAttribute('aria-current')).to.equal('step');
      expect(buttons(el)[3]!.hasAttribute('aria-current')).to.equal(false);
    });

    it('dispatches fl-milestone-select with the milestone', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline start="2026-01-05" group-weeks="4" today="2026-01-04"></fl-follow-up-timeline>`,
        ),
      );
      setTimeout(() => buttons(el)[2]!.click());
      const event = (await oneEvent(el, 'fl-milestone-select')) as CustomEvent<MilestoneSelectDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        milestone: { id: 'group-4', week: 4, kind: 'group', date: '2026-01-26', title: 'Gruppesamling' },
      });

      buttons(el)[2]!.focus();
      setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
      const next = (await oneEvent(el, 'fl-milestone-select')) as CustomEvent<MilestoneSelectDetail>;
      expect(next.detail.milestone).to.deep.equal({
        id: 'closing-12',
        week: 12,
        kind: 'closing',
        date: '2026-03-23',
        title: 'Avslutningssamtale',
      });

      el.start = undefined;
      await el.updateComplete;
      setTimeout(() => buttons(el)[0]!.click());
      const undated = (await oneEvent(el, 'fl-milestone-select')) as CustomEvent<MilestoneSelectDetail>;
      expect(undated.detail.milestone).to.deep.equal({ id: 'start-1', week: 1, kind: 'start', title: 'Oppstartsamtale' });
    });
  });

  describe('.ics export', () => {
    let clicked: HTMLAnchorElement[];
    let revoked: string[];
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalRevoke = URL.revokeObjectURL;

    beforeEach(() => {
      clicked = [];
      revoked = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        originalRevoke.call(URL, url);
      };
    });
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.revokeObjectURL = originalRevoke;
    });

    it('downloads a calendar with one all-day event per milestone, parsed back field by field', async () => {
      const url = feedUrl(feedDocument({ centres: [programmeCentre()] }));
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline centre="fls-0301" feed=${url} start="2026-03-23"></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="ics-button"]'), 'download button');
      el.clock = () => new Date(Date.UTC(2026, 2, 1, 12, 0, 0));
      setTimeout(() => $(el, '[part="ics-button"]')!.click());
      const event = (await oneEvent(el, 'fl-ics-export')) as CustomEvent<IcsExportDetail>;
      expect(event.detail.filename).to.equal('oppfolging.ics');

      const cal = parseIcs(event.detail.text);
      expect(prop(cal.props, 'VERSION').value).to.equal('2.0');
      expect(prop(cal.props, 'METHOD').value).to.equal('PUBLISH');
      expect(prop(cal.props, 'CALSCALE').value).to.equal('GREGORIAN');
      expect(prop(cal.props, 'PRODID').value).to.match(/frisklivs-widgets/);
      expect(unescapeText(prop(cal.props, 'X-WR-CALNAME').value)).to.equal('Oppfølgingen hos Frisklivssentralen i Oslo');
      expect(cal.events.map((e) => [prop(e, 'DTSTART').params.VALUE, prop(e, 'DTSTART').value, prop(e, 'DTEND').value])).to.deep.equal([
        ['DATE', '20260323', '20260324'],
        ['DATE', '20260330', '20260331'],
        ['DATE', '20260406', '20260407'],
        ['DATE', '20260420', '20260421'],
        ['DATE', '20260427', '20260428'],
        ['DATE', '20260525', '20260526'],
        ['DATE', '20260601', '20260602'],
      ]);
      expect(cal.events.map((e) => prop(e, 'UID').value)).to.deep.equal([
        '2026-03-23-start-1@frisklivs-widgets',
        '2026-03-23-follow-up-2@frisklivs-widgets',
        '2026-03-23-group-3@frisklivs-widgets',
        '2026-03-23-group-5@frisklivs-widgets',
        '2026-03-23-conversation-6@frisklivs-widgets',
        '2026-03-23-closing-10@frisklivs-widgets',
        '2026-03-23-renewal-or-continue-11@frisklivs-widgets',
      ]);
      expect(cal.events.every((e) => prop(e, 'DTSTAMP').value === '20260301T120000Z')).to.equal(true);
      expect(unescapeText(prop(cal.events[0]!, 'SUMMARY').value)).to.equal('Oppstartsamtale – Frisklivssentralen i Oslo');
      const groupDescription = unescapeText(prop(cal.events[2]!, 'DESCRIPTION').value);
      expect(groupDescription).to.equal(
        'Uke 3: Aktivitet eller kurs sammen med andre deltakere.\nBassengtrening\nFrisklivssentralen i Oslo',
      );
      // Commas in the text are escaped on the wire.
      expect(prop(cal.events[1]!, 'DESCRIPTION').value).to.contain('fysisk aktivitet\\, kosthold\\,');

      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('oppfolging.ics');
      expect(clicked[0]!.href).to.match(/^blob:/);
      const blobText = await (await fetch(clicked[0]!.href)).text();
      expect(blobText).to.equal(event.detail.text);
      expect(el.shadowRoot!.querySelector('a[download]'), 'the helper link is removed').to.equal(null);
      await waitUntil(() => revoked.length === 1, 'object URL revoked', { timeout: 3000 });
      expect(revoked).to.deep.equal([clicked[0]!.href]);
    });

    it('Sámi text from the feed survives folding, every line within 75 octets', async () => {
      const sami = programmeCentre({
        name: { nb: 'Frisklivssentralen i Kautokeino', se: 'Guovdageainnu dearvvašvuođa- ja dálkkodanguovddáš, Čáhcesuolu' },
        programme: {
          weeks: 12,
          groupSessionWeeks: [4],
          activities: [{ week: 4, label: { nb: 'Turgruppe', se: 'Vázzinjoavku: lihkadeapmi, borramušat; ŋ š ŧ ž đ č á — vázzit ovttas' } }],
          renewable: true,
        },
      });
      const url = feedUrl(feedDocument({ centres: [sami] }));
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline lang="se" centre="fls-0301" feed=${url} start="2026-03-23"></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="ics-button"]'), 'download button');
      await el.updateComplete;
      setTimeout(() => $(el, '[part="ics-button"]')!.click());
      const event = (await oneEvent(el, 'fl-ics-export')) as CustomEvent<IcsExportDetail>;
      const cal = parseIcs(event.detail.text); // checks CRLF, ≤ 75 octets and whole characters per line
      const group = cal.events.find((e) => prop(e, 'UID').value.includes('group-4'))!;
      const summary = unescapeText(prop(group, 'SUMMARY').value);
      expect(summary.endsWith(' – Guovdageainnu dearvvašvuođa- ja dálkkodanguovddáš, Čáhcesuolu')).to.equal(true);
      expect(unescapeText(prop(group, 'DESCRIPTION').value)).to.contain(
        '\nVázzinjoavku: lihkadeapmi, borramušat; ŋ š ŧ ž đ č á — vázzit ovttas\n',
      );
      expect(prop(group, 'DTSTART').value).to.equal('20260413');
      expect(event.detail.text.split('\r\n').some((line) => line.startsWith(' '))).to.equal(true);
    });

    it('a listener may cancel the download and use the text itself', async () => {
      const el = await ready(await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05"></fl-follow-up-timeline>`));
      el.addEventListener('fl-ics-export', (e) => e.preventDefault());
      $(el, '[part="ics-button"]')!.click();
      await aTimeout(0);
      expect(clicked).to.have.length(0);
    });
  });

  describe('locales', () => {
    for (const locale of LOCALES) {
      it(`renders in ${locale} with weekday and date from the locale's tables`, async () => {
        const el = await ready(
          await fixture<FlFollowUpTimeline>(
            html`<fl-follow-up-timeline lang=${locale} start="2026-01-05" today="2026-02-04"></fl-follow-up-timeline>`,
          ),
        );
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(locale);
        const first = rows(el)[0]!;
        expect(first.dateText).to.equal(formatDate(new Date(Date.UTC(2026, 0, 5)), locale, 'weekday-long', 'UTC'));
        const monday = formatWeekday(0, locale, 'wide');
        expect(first.dateText!.toLowerCase()).to.contain(monday.toLowerCase());
        if (locale !== 'en') expect(first.dateText).not.to.contain('Monday');
        expect(rows(el)).to.have.length(4);
        expect($(el, '[part="progress"]')!.textContent).to.contain('5');
      });
    }

    it('se uses North Sámi weekday and month names', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline lang="se" start="2026-03-23"></fl-follow-up-timeline>`),
      );
      expect(rows(el).map((r) => r.dateText)).to.deep.equal([
        'vuossárga njukčamánu 23. b. 2026',
        'njukčamánu 30. b. – geassemánu 7. b.',
        'vuossárga geassemánu 8. b. 2026',
        'vuossárga geassemánu 15. b. 2026',
      ]);
    });

    it('uses the Sámi name of the centre from the feed in se', async () => {
      const url = feedUrl(
        feedDocument({
          centres: [programmeCentre({ name: { nb: 'Frisklivssentralen i Kautokeino', se: 'Guovdageainnu dearvvašvuođaguovddáš' } })],
        }),
      );
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline lang="se" centre="fls-0301" feed=${url}></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered');
      expect(clean($(el, '[part="heading"]')?.textContent)).to.contain('Guovdageainnu dearvvašvuođaguovddáš');
      buttons(el)[2]!.click();
      await el.updateComplete;
      const activity = $(el, '[part="details"] .activities li')!;
      expect(clean(activity.textContent)).to.equal('Vuodjanhárjehallan');
    });
  });

  describe('layout and options', () => {
    it('vertical in a narrow container, horizontal in a wide one, or as forced', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 300px">
          <fl-follow-up-timeline></fl-follow-up-timeline>
        </div>`,
      );
      const el = wrap.querySelector('fl-follow-up-timeline')!;
      await el.updateComplete;
      const display = () => getComputedStyle($(el, '[part="list"]')!).display;
      expect(el.getAttribute('orientation')).to.equal('auto');
      expect(display()).to.equal('block');
      wrap.style.width = '900px';
      await aTimeout(50);
      expect(display()).to.equal('grid');
      el.orientation = 'vertical';
      await el.updateComplete;
      expect(display()).to.equal('block');
      wrap.style.width = '300px';
      el.orientation = 'horizontal';
      await el.updateComplete;
      expect(display()).to.equal('grid');
    });

    it('has no animations or transitions', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline start="2026-01-05" today="2026-01-06"></fl-follow-up-timeline>`),
      );
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.tagName).to.equal('none');
        expect(
          style.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
          node.tagName,
        ).to.equal(true);
      }
    });

    it('heading-level sets the heading levels', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(html`<fl-follow-up-timeline heading-level="3" orientation="horizontal"></fl-follow-up-timeline>`),
      );
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '.details-heading')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('accessibility', () => {
    it('passes axe in nb with dates and a current step', async () => {
      const url = feedUrl(feedDocument({ centres: [programmeCentre()] }));
      const el = await fixture<FlFollowUpTimeline>(
        html`<fl-follow-up-timeline centre="fls-0301" feed=${url} start="2026-01-05" today="2026-01-20"></fl-follow-up-timeline>`,
      );
      await waitUntil(() => $(el, '[part="list"]'), 'timeline rendered');
      await expect(el).to.be.accessible();
    });

    it('passes axe in se, also with an invalid date notice', async () => {
      const el = await ready(
        await fixture<FlFollowUpTimeline>(
          html`<fl-follow-up-timeline lang="se" start="2026-01-05" today="2026-02-04" periods="2"></fl-follow-up-timeline>`,
        ),
      );
      await expect(el).to.be.accessible();
      el.start = '2026-02-31';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
