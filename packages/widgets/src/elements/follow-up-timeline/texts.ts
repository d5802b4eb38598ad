/** How each milestone is worded, in the element's locale. */
import { str, type MsgFn } from '../../i18n/messages.js';
import type { Milestone } from './milestones.js';

export interface MilestoneCopy {
  /** "Uke 4", "Uke 2–11", "Etter uke 12". */
  week: string;
  title: string;
  description: string;
  /** More text for the details panel and the calendar file. */
  more?: string;
}

function weekLabel(t: MsgFn, m: Milestone, weeks: number): string {
  const from = m.periodWeek;
  if (m.periodWeek > weeks) return t(str`Etter uke ${weeks}`, { id: 'timeline.week.after' });
  if (m.endWeek !== undefined && m.endWeek > m.week) {
    return t(str`Uke ${from}–${from + m.endWeek - m.week}`, { id: 'timeline.week.range' });
  }
  return t(str`Uke ${from}`, { id: 'timeline.week.one' });
}

export function milestoneCopy(t: MsgFn, m: Milestone, weeks: number): MilestoneCopy {
  const week = weekLabel(t, m, weeks);
  switch (m.kind) {
    case 'start':
      return {
        week,
        title: t('Oppstartsamtale', { id: 'timeline.start.title' }),
        description: t('En helsesamtale der du og veilederen din blir kjent, setter mål og lager en plan sammen.', {
          id: 'timeline.start.description',
        }),
      };
    case 'renewal':
      return {
        week,
        title: t('Ny periode: oppstartsamtale', { id: 'timeline.renewal.title' }),
        description: t('Dere ser på målene igjen og lager en ny plan for perioden.', { id: 'timeline.renewal.description' }),
      };
    case 'follow-up':
      return {
        week,
        title: t('Veiledning og aktiviteter', { id: 'timeline.followUp.title' }),
        description: t('Veiledning alene og i gruppe, og aktiviteter som passer for deg.', { id: 'timeline.followUp.description' }),
        more: t(
          'Dere kan jobbe med fysisk aktivitet, kosthold, snus- og røykeslutt, søvn, alkohol og mestring av psykiske plager. Dere kan avtale flere samtaler underveis, og du får vite om lokale tilbud du kan fortsette med.',
          { id: 'timeline.followUp.more' },
        ),
      };
    case 'group':
      return {
        week,
        title: t('Gruppesamling', { id: 'timeline.group.title' }),
        description: t('Aktivitet eller kurs sammen med andre deltakere.', { id: 'timeline.group.description' }),
      };
    case 'activity':
      return {
        week,
        title: t('Aktivitet', { id: 'timeline.activity.title' }),
        description: t('Frisklivssentralen har lagt en aktivitet til denne uken.', { id: 'timeline.activity.description' }),
      };
    case 'conversation':
      return {
        week,
        title: t('Samtale underveis', { id: 'timeline.conversation.title' }),
        description: t('Du og veilederen din ser på hvordan det går, og justerer planen om det trengs.', {
          id: 'timeline.conversation.description',
        }),
      };
    case 'closing':
      return {
        week,
        title: t('Avslutningssamtale', { id: 'timeline.closing.title' }),
        description: t('En ny helsesamtale der dere ser på målene og snakker om veien videre.', { id: 'timeline.closing.description' }),
      };
    case 'renewal-or-continue':
      return {
        week,
        title: t('Ny periode eller videre på egen hånd', { id: 'timeline.next.title' }),
        description: t(
          'Du kan få tilbud om en ny periode med oppfølging, eller fortsette på egen hånd med lokale aktivitetstilbud og selvhjelpsgrupper.',
          { id: 'timeline.next.description' },
        ),
      };
    case 'continue':
      return {
        week,
        title: t('Videre på egen hånd', { id: 'timeline.continue.title' }),
        description: t('Du fortsetter på egen hånd med lokale aktivitetstilbud og selvhjelpsgrupper.', {
          id: 'timeline.continue.description',
        }),
      };
  }
}
