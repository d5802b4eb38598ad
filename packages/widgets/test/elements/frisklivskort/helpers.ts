import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/frisklivskort/define.js';
import type { FlFrisklivskort } from '../../../src/elements/frisklivskort/frisklivskort.js';
import type { Centre } from '../../../src/feed/schema.js';
import { centre, contactPoint, feedDocument, feedUrl, group } from '../../fixtures/feed-builder.js';

/** The one harness of the card's browser tests: mount, wait for content, find by role and name. */

/** Waits until the card shows its centre, an empty state or an error, with final strings. */
export async function ready(el: FlFrisklivskort): Promise<FlFrisklivskort> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="card"], [part="empty"], [part="error"]'), 'card did not render', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: FlFrisklivskort, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: FlFrisklivskort, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const textOf = (el: FlFrisklivskort, selector: string) => clean($(el, selector)?.textContent);
export const items = (el: FlFrisklivskort, selector: string) => $$(el, selector).map((node) => clean(node.textContent));
/** The text as rendered (line breaks become spaces), as a reader sees it. */
export const seen = (el: FlFrisklivskort, selector: string) => $$(el, selector).map((node) => clean(node.innerText));

/** The part names rendered inside the card, in order. */
export const partsInCard = (el: FlFrisklivskort) => $$(el, '[part="card"] [part]').map((node) => node.getAttribute('part'));

/** A date `days` from today as YYYY-MM-DD (local calendar). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Alta hosts an inter-municipal centre also serving Kautokeino and Karasjok; Karasjok also has its own. */
export function interCentre(overrides: Partial<Centre> = {}): Centre {
  return centre({
    id: 'fls-vest-finnmark',
    name: { nb: 'Frisklivssentralen i Vest-Finnmark', en: 'West Finnmark Healthy Life Centre', smj: 'Frisklivssentral Oarjje-Finnmárkkus' },
    hostMunicipality: '5601',
    municipalities: ['5601', '5612', '5610'],
    sites: [
      {
        name: { nb: 'Helsehuset' },
        address: { street: 'Markveien 3', postcode: '9510', postTown: 'ALTA' },
        stepFree: true,
        accessibilityNote: { nb: 'Heis til 2. etasje.', en: 'Lift to the 2nd floor.' },
      },
      { address: { street: 'Bredbuktnesveien 4', postcode: '9520', postTown: 'KAUTOKEINO' }, stepFree: false },
    ],
    phone: '+47 555 02 000',
    email: 'frisklivs@alta.example.org',
    url: 'https://alta.example.org/frisklivssentralen/',
    offers: ['fysisk-aktivitet', 'kosthold', 'snus-roykeslutt', 'kid', 'sovn'],
    referral: ['self', 'gp', 'nav', 'health-personnel'],
    gettingStarted: { nb: 'Ring oss, så avtaler vi en første samtale.', en: 'Call us to book a first conversation.' },
    contactHours: [
      { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '15:30' },
      { weekdays: ['SA'], opens: '10:00', closes: '12:00', note: { nb: 'Bare telefon.', en: 'Phone only.' } },
    ],
    programme: { weeks: 10, renewable: true },
    eligibility: { text: { nb: 'Du må bo i en av de tre kommunene.' }, minAge: 16, maxAge: 67 },
    fee: { free: false, text: { nb: 'Egenandel 200 kroner for hele perioden.', en: 'A fee of NOK 200 for the whole period.' } },
    notices: [
      { text: { nb: 'Ny adresse fra 1. mars.' }, validFrom: dayFromToday(-3), validTo: dayFromToday(30) },
      { text: { nb: 'Gammel melding som har gått ut.' }, validTo: dayFromToday(-1) },
      { text: { nb: 'Melding som ikke gjelder ennå.' }, validFrom: dayFromToday(2) },
    ],
    ...overrides,
  });
}

export const karasjokCentre = () =>
  centre({
    id: 'fls-karasjok',
    name: { nb: 'Frisklivssentralen i Karasjok' },
    hostMunicipality: '5610',
    municipalities: ['5610'],
    offers: ['fysisk-aktivitet', 'kosthold'],
  });

/** The test feed: Oslo's own centre, the inter-municipal one, Karasjok's, groups in Alta, Kautokeino and Oslo. */
export function cardFeed(overrides: Partial<Centre> = {}): string {
  return feedUrl(
    feedDocument({
      centres: [centre(), interCentre(overrides), karasjokCentre()],
      contactPoints: [contactPoint(), contactPoint({ id: 'cp-alta', municipalities: ['5601', '5612'] })],
      groups: [
        group(),
        group({ id: 'g-alta-1', municipality: '5601', contactPoint: 'cp-alta' }),
        group({ id: 'g-alta-2', municipality: '5601', contactPoint: 'cp-alta', theme: 'angst' }),
        group({ id: 'g-kautokeino', municipality: '5612', contactPoint: 'cp-alta' }),
        group({ id: 'g-digital', mode: 'digital', municipality: undefined, contactPoint: 'cp-alta' }),
      ],
    }),
  );
}

/** Mounts a card for centre `id` on `feed` and waits for its content. */
export const mountCard = async (feed: string, id = 'fls-vest-finnmark') =>
  ready(await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${feed} centre=${id}></fl-frisklivskort>`));

/** The same with `show-qr` (the encoder loaded and the code drawn). */
export const mountQrCard = async (feed: string) =>
  ready(await fixture<FlFrisklivskort>(html`<fl-frisklivskort feed=${feed} centre="fls-vest-finnmark" show-qr></fl-frisklivskort>`));

export { accessibleName, findByRole } from '../../fixtures/by-role.js';
