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

/**
 * CSS for the host page: each element reserves about its loaded height before the script has run (an undefined
 * element is an empty inline box, so the text after it would move when the script arrives). Put it in the page's
 * `<head>` or beside the elements; `tags` limits it to the elements the page uses. An editor's
 * `--fl-skeleton-height` on an element wins, as it does once the element runs.
 */
export function reserveCss(tags?: readonly string[]): string {
  const rule = (row: Reservation, px: number) =>
    `${row.tag}${row.selector}:not(:defined){display:block;min-height:var(--fl-skeleton-height,${reserveLength(px)})}`;
  const list = rows(tags);
  return `${list.map((row) => rule(row, row.phone)).join('')}@media ${WIDE_MEDIA}{${list.map((row) => rule(row, row.wide)).join('')}}`;
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
