import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/group-finder/define.js';
import type { FlGroupFinder } from '../../../src/elements/group-finder/group-finder.js';
import type { Theme } from '../../../src/feed/schema.js';
import { contactPoint, feedDocument, feedUrl, group, themes } from '../../fixtures/feed-builder.js';

export const allThemes: Theme[] = [
  ...themes,
  { id: 'depresjon', label: { nb: 'Depresjon', en: 'Depression' } },
  { id: 'parorende', label: { nb: 'Pårørende', en: 'Relatives and carers', se: 'Oapmahaččat' } },
];

export const contactPoints = [
  contactPoint(),
  contactPoint({
    id: 'cp-finnmark',
    kind: 'learning-coping-centre',
    name: { nb: 'Lærings- og mestringssenteret i Finnmark', se: 'Oahppan- ja meistirguovddáš Finnmárkkus' },
    municipalities: [],
    counties: ['56'],
    phone: '+47 555 56 000',
    email: 'lms@finnmark.example.org',
    registerInterestUrl: 'https://lms.example.org/selvhjelp',
  }),
  contactPoint({
    id: 'cp-alta',
    kind: 'municipal-contact',
    name: { nb: 'Selvhjelp Alta kommune' },
    municipalities: ['5601'],
    phone: '+47 555 78 000',
    email: 'selvhjelp@alta.example.org',
    registerInterestUrl: 'https://alta.example.org/selvhjelp',
  }),
  contactPoint({
    id: 'cp-norge',
    kind: 'selvhjelp-norge',
    name: { nb: 'Selvhjelp Norge' },
    municipalities: [],
    national: true,
    phone: '+47 555 00 000',
    email: 'post@selvhjelp.example.org',
    registerInterestUrl: 'https://selvhjelp.example.org/meld-interesse',
  }),
];

/** Six groups that differ in every filterable way. */
export const groups = [
  group({
    id: 'g-angst-oslo',
    theme: 'angst',
    title: { nb: 'Angstgruppe', en: 'Anxiety group' },
    description: { nb: 'For deg som kjenner på uro og angst i hverdagen.' },
    municipality: '0301',
    area: { nb: 'Grünerløkka' },
    schedule: { frequency: 'weekly', weekday: 'TU', startTime: '18:00', endTime: '20:00' },
    status: 'open',
  }),
  group({
    id: 'g-sorg-karasjok',
    theme: 'sorg',
    title: { nb: 'Sorggruppe i Karasjok', se: 'Morašjoavku Kárášjogas' },
    description: { nb: 'Vi møtes for å dele erfaringer etter å ha mistet noen.' },
    municipality: '5610',
    schedule: { frequency: 'fortnightly', weekday: 'WE', startTime: '10:00', endTime: '12:00' },
    status: 'forming',
    plannedStart: '2027-01-12',
    languages: ['se', 'nb'],
    contactPoint: 'cp-finnmark',
  }),
  group({
    id: 'g-se-parorende',
    theme: 'parorende',
    title: { nb: 'Samtalegruppe for pårørende', se: 'Ságastallanjoavku: dáhkat ovttas' },
    description: { nb: 'For deg som står nær noen som er syk.' },
    municipality: '5612',
    schedule: { frequency: 'weekly', weekday: 'MO', startTime: '12:30', endTime: '14:30' },
    status: 'open',
    languages: ['se'],
    contactPoint: 'cp-finnmark',
  }),
  group({
    id: 'g-digital-angst',
    theme: 'angst',
    title: { nb: 'Digital angstgruppe', en: 'Online anxiety group' },
    description: { nb: 'Vi møtes på video.' },
    mode: 'digital',
    municipality: undefined,
    schedule: { frequency: 'weekly', weekday: 'SA', startTime: '19:00', endTime: '21:00' },
    status: 'full',
    languages: ['nb', 'en'],
    contactPoint: 'cp-norge',
  }),
  group({
    id: 'g-sorg-oslo',
    theme: 'sorg',
    title: { nb: 'Sorggruppe for unge voksne' },
    description: { nb: 'Sorg etter tap av foreldre eller søsken.' },
    municipality: '0301',
    schedule: { frequency: 'weekly', weekday: 'TH', startTime: '13:00', endTime: '15:00' },
    status: 'open',
    minAge: 16,
  }),
  group({
    id: 'g-depresjon-alta',
    theme: 'depresjon',
    title: { nb: 'Tyngde og tristhet' },
    description: { nb: 'For deg som kjenner deg nedstemt over tid.' },
    municipality: '5601',
    area: { nb: 'Sentrum' },
    schedule: { frequency: 'weekly', weekday: 'MO', startTime: '17:30', endTime: '19:30' },
    status: 'forming',
    contactPoint: 'cp-alta',
  }),
];

export function testFeed(parts: Record<string, unknown> = {}): Record<string, unknown> {
  return feedDocument({ themes: allThemes, contactPoints, groups, ...parts });
}

/** A feed URL for the test feed with `parts` replaced and the publisher given extra fields (a report address). */
export function feedDocumentFor(parts: Record<string, unknown> = {}, publisher: Record<string, unknown> = {}): string {
  const doc = testFeed(parts);
  doc.publisher = { ...(doc.publisher as object), ...publisher };
  return feedUrl(doc);
}

export const titleIds: Record<string, string> = Object.fromEntries(groups.map((g) => [g.title.nb, g.id]));

/** Waits until the feed is loaded (or failed) and the element has rendered. */
export async function ready(el: FlGroupFinder): Promise<FlGroupFinder> {
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('[part~="skeleton"]'), 'feed never loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export async function finder(template: TemplateResult): Promise<FlGroupFinder> {
  return ready(await fixture<FlGroupFinder>(template));
}

export const shadow = (el: FlGroupFinder) => el.shadowRoot!;

/** The ids of the shown groups, in order. */
export const shownIds = (el: FlGroupFinder): string[] =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="result"]')].map((li) => li.dataset.id!);

export const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Chooses an option of a filter select the way a change by the reader does. */
export async function choose(el: FlGroupFinder, id: string, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>(`select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function tick(el: FlGroupFinder, status: string, checked: boolean): Promise<void> {
  const box = shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${status}"]`)!;
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function search(el: FlGroupFinder, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input#q')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export { feedUrl, html };
