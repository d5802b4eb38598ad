import { RESERVATIONS, type Reservation } from './reservations.js';

/**
 * The viewport width from which the `wide` estimates apply (a phone below it). The same breakpoint in the page's
 * `:not(:defined)` rules and in the element, so the space does not change when the script arrives.
 */
export const WIDE_MEDIA = '(min-width: 40em)';

/** A reservation as CSS: the measured height in rem (it grows with the reader's font size), at most one screen. */
export function reserveLength(px: number): string {
  return `min(${+(px / 16).toFixed(2)}rem, 100vh)`;
}

const rows = (tags?: readonly string[]) => RESERVATIONS.filter((row) => !tags || tags.includes(row.tag));

/** Each row's reservation under `selectorOf(row)`: the phone heights, then the wide ones from WIDE_MEDIA on. */
function reservationRules(list: readonly Reservation[], selectorOf: (row: Reservation) => string): string {
  const rule = (row: Reservation, px: number) =>
    `${selectorOf(row)}{display:block;min-height:var(--fl-skeleton-height,${reserveLength(px)})}`;
  return `${list.map((row) => rule(row, row.phone)).join('')}@media ${WIDE_MEDIA}{${list.map((row) => rule(row, row.wide)).join('')}}`;
}

/**
 * CSS for the host page: each element reserves about its loaded height before the script has run (an undefined
 * element is an empty inline box, so the text after it would move when the script arrives). Put it in the page's
 * `<head>` or beside the elements; `tags` limits it to the elements the page uses. An editor's
 * `--fl-skeleton-height` on an element wins, as it does once the element runs.
 */
export function reserveCss(tags?: readonly string[]): string {
  return reservationRules(rows(tags), (row) => `${row.tag}${row.selector}:not(:defined)`);
}

/** The custom state an element has once it has rendered (`:state(rendered)`); until then its host keeps the space. */
export const RENDERED_STATE = 'rendered';

/**
 * The same reservations inside the element, on its host, for the moment between its definition (when the page's
 * `:not(:defined)` rules stop matching) and its first render, which comes a task later (see FrisklivsElement): the
 * space stays exactly as it was, so nothing moves.
 */
export function hostReserveCss(): string {
  const pending = `:not(:state(${RENDERED_STATE}))`;
  // Any other element (no measured estimate) keeps the wrapper's fallback, as its skeleton will (styles.ts).
  const fallback = `:host(${pending}){display:block;min-height:var(--fl-skeleton-height,min(12rem,100vh))}`;
  return fallback + reservationRules(RESERVATIONS, (row) => `:host(${row.tag}${row.selector}${pending})`);
}

/** The reservation that applies to `element` now (its tag, its options, the viewport's width), as a CSS length. */
export function reservationFor(element: Element): string | undefined {
  let match: Reservation | undefined;
  for (const row of RESERVATIONS) {
    if (row.tag === element.localName && (!row.selector || element.matches(row.selector))) match = row;
  }
  if (!match) return undefined;
  return reserveLength(matchMedia(WIDE_MEDIA).matches ? match.wide : match.phone);
}
