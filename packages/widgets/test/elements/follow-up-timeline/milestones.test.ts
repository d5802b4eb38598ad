import { expect } from '@open-wc/testing';
import {
  addDays,
  buildMilestones,
  daysBetween,
  parseIsoDate,
  parseWeekList,
  positionOf,
  resolveProgramme,
  type Milestone,
} from '../../../src/elements/follow-up-timeline/milestones.js';
import { todayIn } from '../../../src/i18n/format.js';

const summary = (list: Milestone[]) => list.map((m) => `${m.id}@${m.date ?? '-'}`);
const dateOf = (list: Milestone[], id: string) => list.find((m) => m.id === id)?.date;

describe('follow-up-timeline/milestones', () => {
  describe('civil dates', () => {
    it('parses only real ISO dates', () => {
      expect(parseIsoDate('2026-01-05')?.toISOString()).to.equal('2026-01-05T00:00:00.000Z');
      expect(parseIsoDate(' 2024-02-29 ')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
      for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '5.1.2026', '2026-1-5', '', 'i morgen', undefined, null]) {
        expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
      }
    });

    it('adds whole days across both DST changes in Europe/Oslo', () => {
      // Spring forward on Sunday 2026-03-29, fall back on Sunday 2026-10-25.
      expect(addDays('2026-03-23', 7)).to.equal('2026-03-30');
      expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
      expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
      expect(addDays('2026-10-19', 7)).to.equal('2026-10-26');
      expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
      expect(daysBetween('2026-03-23', '2026-03-30')).to.equal(7);
      expect(daysBetween('2026-10-19', '2026-10-26')).to.equal(7);
    });

    it('adds days across new year and leap days', () => {
      expect(addDays('2025-12-29', 7)).to.equal('2026-01-05');
      expect(addDays('2028-02-22', 7)).to.equal('2028-02-29');
      expect(daysBetween('2025-12-15', '2026-03-02')).to.equal(77);
      expect(daysBetween('2026-01-05', '2026-01-04')).to.equal(-1);
    });

    it("today is the civil date in Norway, whatever the instant's UTC date", () => {
      // 23:30 UTC on 31 December is already New Year's Day in Oslo.
      expect(todayIn('Europe/Oslo', new Date(Date.UTC(2025, 11, 31, 23, 30)))).to.equal('2026-01-01');
      expect(todayIn('Europe/Oslo', new Date(Date.UTC(2026, 5, 30, 21, 59)))).to.equal('2026-06-30');
      expect(todayIn('Europe/Oslo', new Date(Date.UTC(2026, 5, 30, 22, 0)))).to.equal('2026-07-01');
    });
  });

  describe('programme', () => {
    it('defaults to 12 weeks, no extra weeks, renewable', () => {
      expect(resolveProgramme(undefined)).to.deep.equal({
        weeks: 12,
        groupWeeks: [],
        conversationWeeks: [],
        activities: [],
        renewable: true,
      });
    });

    it("attributes override the centre's programme; out-of-range weeks are dropped", () => {
      const feed = { weeks: 10, groupSessionWeeks: [3, 5, 11], conversationWeeks: [1, 6, 10], renewable: false };
      expect(resolveProgramme(feed)).to.deep.include({ weeks: 10, groupWeeks: [3, 5], conversationWeeks: [6], renewable: false });
      const overridden = resolveProgramme(feed, { weeks: 8, groupWeeks: [4, 2], conversationWeeks: [5] });
      expect(overridden).to.deep.include({ weeks: 8, groupWeeks: [2, 4], conversationWeeks: [5] });
    });

    it('parses week lists separated by spaces or commas', () => {
      expect(parseWeekList('2 4,6 ,  8')).to.deep.equal([2, 4, 6, 8]);
      expect(parseWeekList('6, 2, 6, x, 0, 53, 3.5')).to.deep.equal([2, 6]);
      expect(parseWeekList('')).to.deep.equal([]);
      expect(parseWeekList(null)).to.equal(undefined);
    });
  });

  describe('buildMilestones', () => {
    it('the explanatory timeline has the phases in order and no dates', () => {
      const list = buildMilestones(resolveProgramme(undefined));
      expect(summary(list)).to.deep.equal(['start-1@-', 'follow-up-2@-', 'closing-12@-', 'renewal-or-continue-13@-']);
      expect(list[1]).to.include({ week: 2, endWeek: 11, kind: 'follow-up' });
    });

    it('dates every milestone across the spring DST change', () => {
      const list = buildMilestones(resolveProgramme(undefined, { groupWeeks: [2, 3] }), 1, '2026-03-23');
      expect(summary(list)).to.deep.equal([
        'start-1@2026-03-23',
        'follow-up-2@2026-03-30',
        'group-2@2026-03-30',
        'group-3@2026-04-06',
        'closing-12@2026-06-08',
        'renewal-or-continue-13@2026-06-15',
      ]);
    });

    it('dates across the autumn DST change and the new year', () => {
      const autumn = buildMilestones(resolveProgramme(undefined), 1, '2026-10-19');
      expect(dateOf(autumn, 'follow-up-2')).to.equal('2026-10-26');
      expect(dateOf(autumn, 'closing-12')).to.equal('2027-01-04');
      const winter = buildMilestones(resolveProgramme(undefined, { groupWeeks: [3, 4] }), 1, '2025-12-15');
      expect(summary(winter)).to.deep.equal([
        'start-1@2025-12-15',
        'follow-up-2@2025-12-22',
        'group-3@2025-12-29',
        'group-4@2026-01-05',
        'closing-12@2026-03-02',
        'renewal-or-continue-13@2026-03-09',
      ]);
    });

    it("a centre's programme adds group, activity and conversation weeks", () => {
      const label = { nb: 'Bassengtrening' };
      const programme = resolveProgramme({
        weeks: 10,
        groupSessionWeeks: [3, 6],
        conversationWeeks: [6],
        activities: [
          { week: 3, label },
          { week: 8, label },
          { week: 30, label },
        ],
        renewable: true,
      });
      const list = buildMilestones(programme);
      expect(list.map((m) => m.id)).to.deep.equal([
        'start-1',
        'follow-up-2',
        'group-3',
        'group-6',
        'conversation-6',
        'activity-8',
        'closing-10',
        'renewal-or-continue-11',
      ]);
      expect(list[1]!.endWeek).to.equal(9);
      expect(list[2]!.activities).to.deep.equal([label]);
      expect(list[3]!.activities).to.deep.equal([]);
    });

    it("a week's activities go with that week's own milestone", () => {
      const first = { nb: 'Første helsesamtale' };
      const pool = { nb: 'Bassengtrening' };
      const last = { nb: 'Avsluttende helsesamtale' };
      const talk = { nb: 'Besøk hos en forening' };
      const programme = resolveProgramme({
        weeks: 12,
        groupSessionWeeks: [5, 12],
        conversationWeeks: [5, 8],
        activities: [
          { week: 1, label: first },
          { week: 5, label: pool },
          { week: 8, label: talk },
          { week: 12, label: last },
        ],
        renewable: true,
      });
      const list = buildMilestones(programme);
      expect(list.map((m) => `${m.id}:${m.activities.map((a) => a.nb).join('+')}`)).to.deep.equal([
        'start-1:Første helsesamtale',
        'follow-up-2:',
        'group-5:Bassengtrening',
        'conversation-5:',
        'conversation-8:Besøk hos en forening',
        'group-12:',
        'closing-12:Avsluttende helsesamtale',
        'renewal-or-continue-13:',
      ]);
    });

    it('a second period follows renewal, with weeks counted from the first start', () => {
      const list = buildMilestones(resolveProgramme(undefined, { conversationWeeks: [6] }), 2, '2026-01-05');
      expect(summary(list)).to.deep.equal([
        'start-1@2026-01-05',
        'follow-up-2@2026-01-12',
        'conversation-6@2026-02-09',
        'closing-12@2026-03-23',
        'renewal-13@2026-03-30',
        'follow-up-14@2026-04-06',
        'conversation-18@2026-05-04',
        'closing-24@2026-06-15',
        'continue-25@2026-06-22',
      ]);
      const renewal = list[4]!;
      expect(renewal).to.include({ period: 2, periodWeek: 1 });
      expect(list[5]).to.include({ endWeek: 23, periodWeek: 2 });
      expect(list[8]).to.include({ period: 2, periodWeek: 13 });
    });

    it('no second period when the programme is not renewable', () => {
      const list = buildMilestones({ ...resolveProgramme(undefined), renewable: false }, 2);
      expect(list.map((m) => m.id)).to.deep.equal(['start-1', 'follow-up-2', 'closing-12', 'continue-13']);
    });
  });

  describe('positionOf', () => {
    const list = buildMilestones(resolveProgramme(undefined, { groupWeeks: [5] }), 1, '2026-01-05');
    const at = (today: string) => positionOf(list, 12, '2026-01-05', today);

    it('before the start there is no current milestone', () => {
      expect(at('2026-01-04')).to.deep.include({ phase: 'before', days: -1 });
      expect(at('2026-01-04').current).to.equal(undefined);
    });

    it('counts weeks from the start day and picks the milestone of the week', () => {
      expect(at('2026-01-05')).to.include({ phase: 'during', week: 1 });
      expect(at('2026-01-05').current?.id).to.equal('start-1');
      expect(at('2026-01-11').current?.id).to.equal('start-1');
      expect(at('2026-01-12')).to.include({ week: 2 });
      expect(at('2026-01-12').current?.id).to.equal('follow-up-2');
      expect(at('2026-02-04')).to.include({ week: 5, periodWeek: 5 });
      expect(at('2026-02-04').current?.id).to.equal('group-5');
      expect(at('2026-02-10').current?.id).to.equal('follow-up-2');
      expect(at('2026-03-29')).to.include({ phase: 'during', week: 12 });
      expect(at('2026-03-29').current?.id).to.equal('closing-12');
    });

    it('after the last week the way forward is current', () => {
      expect(at('2026-03-30')).to.include({ phase: 'after' });
      expect(at('2026-03-30').current?.id).to.equal('renewal-or-continue-13');
      expect(at('2027-01-01').current?.id).to.equal('renewal-or-continue-13');
    });

    it('knows the period in a two-period timeline', () => {
      const two = buildMilestones(resolveProgramme(undefined), 2, '2026-01-05');
      const pos = positionOf(two, 12, '2026-01-05', '2026-04-08');
      expect(pos).to.include({ phase: 'during', week: 14, period: 2, periodWeek: 2 });
      expect(pos.current?.id).to.equal('follow-up-14');
      expect(positionOf(two, 12, '2026-01-05', '2026-03-30').current?.id).to.equal('renewal-13');
      expect(positionOf(two, 12, '2026-01-05', '2026-06-22').phase).to.equal('after');
    });
  });
});
