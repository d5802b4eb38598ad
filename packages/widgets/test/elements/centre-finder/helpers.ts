/**
 * The one harness of the centre finder's browser tests: a small feed with the cases the tests need, mount and wait
 * for content, act as a reader (type, pick, near me, open a result) and find by role and name.
 */
import { fixture, html } from '@open-wc/testing';
import { centre, feedDocument, feedUrl } from '../../fixtures/feed-builder.js';
import '../../../src/elements/centre-finder/define.js';
import type { FlCentreFinder } from '../../../src/elements/centre-finder/centre-finder.js';

/**
 * Oslo (own centre), Alta hosting an inter-municipal centre that also serves
 * Kautokeino, Karasjok (Sámi-speaking, no site coordinates), Ålesund
 * (temporarily closed). Hamarøy and Snåsa have no centre.
 */
export const centres = [
  centre(),
  centre({
    id: 'fls-alta',
    name: { nb: 'Frisklivssentralen i Vest-Finnmark', se: 'Oarje-Finnmárkku dearvvašvuođaguovddáš' },
    hostMunicipality: '5601',
    municipalities: ['5601', '5612'],
    sites: [{ address: { street: 'Markveien 2', postcode: '9510', postTown: 'ALTA' }, lat: 69.97, lon: 23.27 }],
    phone: '+47 555 02 000',
    email: 'frisklivs@alta.example.org',
    url: 'https://alta.example.org/frisklivs',
    offers: ['fysisk-aktivitet', 'kid'],
    referral: ['self', 'gp'],
    languages: ['nb', 'se'],
    lastVerified: '2026-09-15',
  }),
  centre({
    id: 'fls-karasjok',
    name: { nb: 'Frisklivssentralen i Karasjok', se: 'Kárášjoga dearvvašeallinguovddáš' },
    hostMunicipality: '5610',
    municipalities: ['5610'],
    sites: [{ address: { street: 'Finnmarksveien 1', postcode: '9730', postTown: 'KARASJOK' } }],
    phone: '+47 555 03 000',
    email: undefined,
    url: undefined,
    offers: ['kosthold', 'sovn'],
    referral: ['self', 'nav'],
    languages: ['se', 'nb'],
  }),
  centre({
    id: 'fls-alesund',
    name: { nb: 'Frisklivssentralen i Ålesund' },
    hostMunicipality: '1508',
    municipalities: ['1508'],
    sites: [{ address: { street: 'Kongens gate 1', postcode: '6002', postTown: 'ÅLESUND' }, lat: 62.47, lon: 6.15 }],
    offers: ['fysisk-aktivitet', 'kosthold', 'snus-roykeslutt'],
    referral: ['self', 'health-personnel'],
    languages: ['nb'],
    status: 'temporarily-closed',
    closedUntil: '2026-12-01',
  }),
];

export const postcodeRows = [
  ['0150', 'OSLO', '0301'],
  ['9510', 'ALTA', '5601'],
  ['9520', 'KAUTOKEINO', '5612'],
  ['9525', 'MAZE', '5612'],
  ['9730', 'KARASJOK', '5610'],
];

/** A feed URL with the test centres (and a postcode resource, when asked). */
export function testFeed(extra: Record<string, unknown> = {}): string {
  return feedUrl(feedDocument({ centres, ...extra }));
}

export function testFeedWithPostcodes(): { feed: string; postcodes: string } {
  const postcodes = feedUrl({ postcodes: postcodeRows });
  return { feed: testFeed({ resources: { postcodes } }), postcodes };
}

export async function mount(template = html`<fl-centre-finder feed=${testFeed()}></fl-centre-finder>`): Promise<FlCentreFinder> {
  const el = await fixture<FlCentreFinder>(template);
  await waitForContent(el);
  return el;
}

/** Waits until the feed is loaded and the search box is rendered. */
export async function waitForContent(el: FlCentreFinder): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('[part~="search"], [part~="error"]'); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const input = (el: Element) => $<HTMLInputElement>(el, 'input[role=combobox]')!;
export const text = (node: Element | null | undefined) =>
  ((node as HTMLElement | null)?.innerText || node?.textContent || '').replace(/\s+/g, ' ').trim();
export const optionTexts = (el: Element) => $$(el, '[role=option]').map(text);
export const cardNames = (el: Element) => $$(el, '[part~="result"] [role=heading]').map(text);
export const status = (el: Element) => text($(el, '[part~="status"]'));

/** Types as an `input` event would deliver it (for tests that are not about the keyboard). */
export async function typeText(el: FlCentreFinder, value: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the option whose text starts with `label`. */
export async function pickOption(el: FlCentreFinder, label: string): Promise<void> {
  const option = $$(el, '[role=option]').find((o) => text(o).startsWith(label));
  if (!option) throw new Error(`no option "${label}" in ${JSON.stringify(optionTexts(el))}`);
  option.click();
  await el.updateComplete;
}

/** Replaces navigator.geolocation for one test; returns how many times a position was asked for. */
export function stubGeolocation(answer: { coords: { latitude: number; longitude: number } } | { code: number } | undefined): {
  calls: number;
  restore(): void;
} {
  const record = { calls: 0, restore: () => void delete (navigator as unknown as Record<string, unknown>).geolocation };
  const stub =
    answer === undefined
      ? undefined
      : {
          getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback) {
            record.calls++;
            setTimeout(
              () => ('code' in answer ? failure?.(answer as GeolocationPositionError) : success(answer as GeolocationPosition)),
              5,
            );
          },
        };
  Object.defineProperty(navigator, 'geolocation', { value: stub, configurable: true });
  return record;
}

/** The result list items, in order. */
export const results = (el: Element) => $$(el, '[part~="result"]');

/** The result whose heading is `name`. */
export function result(el: Element, name: string): HTMLElement {
  const found = results(el).find((li) => text(li.querySelector('[role=heading]')) === name);
  if (!found) throw new Error(`no result "${name}" in ${JSON.stringify(cardNames(el))}`);
  return found;
}

/** Searches as a reader does: types, then picks the suggestion whose text starts with `option`. */
export async function ask(el: FlCentreFinder, query: string, option: string): Promise<void> {
  await typeText(el, query);
  await pickOption(el, option);
}

/** Opens a result's details with its "Vis mer" control; resolves with the result once its details are shown. */
export async function openDetails(el: FlCentreFinder, name: string): Promise<HTMLElement> {
  const item = result(el, name);
  const summary = item.querySelector<HTMLElement>('summary')!;
  summary.click();
  // The details' toggle event comes in a task of its own; the element renders the details then.
  for (let i = 0; i < 100 && !item.querySelector('.more-body'); i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  if (!item.querySelector('.more-body')) throw new Error(`the details of "${name}" did not open`);
  return item;
}

/** The term/description pairs of a list inside `root`, as [term, description] texts. */
export const pairs = (root: Element, selector = 'dl') =>
  [...root.querySelectorAll(`${selector} > dt`)].map((dt) => [text(dt), text(dt.nextElementSibling)]);

/** Oslo city centre, a position for "near me". */
export const OSLO = { coords: { latitude: 59.91, longitude: 10.75 } };

/** Presses "Sentraler nær meg" with the browser answering `position`; resolves once the distances are shown. */
export async function nearMe(el: FlCentreFinder, position: { coords: { latitude: number; longitude: number } } = OSLO): Promise<void> {
  const geo = stubGeolocation(position);
  try {
    $(el, '[part~="near-me-button"]')!.click();
    for (let i = 0; i < 200 && !$(el, '.distance'); i++) await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  } finally {
    geo.restore();
  }
}

export { accessibleName, findByRole } from '../../fixtures/by-role.js';
