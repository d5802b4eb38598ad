import { css, unsafeCSS } from 'lit';

/**
 * The print look of the card's content, written once and applied twice: inside `@media print` (any
 * layout, when the page is printed) and for `layout="print"` on screen.
 * `host(extra)` builds the host selector, `extra` being e.g. `[paper=a6]`. The host's own colours of
 * the print look are in styles.ts (the element's static styles: the skeleton is printed black on white too).
 *
 * One column whatever the width of the column the card sits in (a card printed
 * from half a page must not keep two inner columns: hours would print one
 * character a line), words broken only when a word is wider than the line, and
 * phone numbers and e-mail addresses never broken. What only makes sense on a
 * screen is left out: the print button, "Vis vei", "open now" (stale on paper).
 */
/** Builds a host selector of the print look, `extra` being e.g. `[paper=a6]`. */
type PrintHost = (extra?: string) => string;
/** Any layout, inside `@media print`. */
const printedHost: PrintHost = (extra) => (extra ? `:host(${extra})` : ':host');
/** `layout="print"` on screen. */
const printLayoutHost: PrintHost = (extra = '') => `:host([layout=print]${extra})`;

const printRules = (host: PrintHost) => {
  const h = host();
  const a6 = host('[paper=a6]');
  return unsafeCSS(`
${h} .card { max-width: 210mm; border-radius: 0; font-size: 9pt; line-height: 1.25; padding: 4mm; gap: 1.8mm; overflow-wrap: break-word; }
${h} h3 { margin-bottom: 0.5mm; }
${h} .block > * + * { margin-top: 0.5mm; }
${h} .card:not(.compact) { grid-template-columns: minmax(0, 1fr); }
${h} .wide { grid-column: 1 / -1; }
${h} .block { break-inside: avoid; }
${h} .print-button, ${h} .timeline-link, ${h} .actions, ${h} .opening-status { display: none; }
${h} a { text-decoration: none; }
${h} a[href^="tel:"], ${h} a[href^="mailto:"], ${h} .whole { white-space: nowrap; }
${h} a[href^="http"]:not(.url)::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
${h} .contact .pairs { grid-template-columns: minmax(0, 1fr); gap: 0; }
${h} .contact dd + dt { margin-top: 1mm; }
${h} .qr { display: block; }
${h} .qr svg { width: 20mm; }
${h} .qr figure { grid-auto-flow: column; align-items: center; justify-content: start; gap: 3mm; }
${h} .service-map { display: grid; grid-template-columns: 22mm 1fr; gap: 3mm; align-items: center; max-inline-size: none; }
${h} .footer { font-size: 0.9em; }
${a6} .card { max-width: 105mm; font-size: 7.5pt; line-height: 1.35; padding: 0; border: 0; gap: 2mm 4mm; }
${a6} .name { font-size: 1.35em; }
${a6} .qr svg { width: 20mm; }
${a6} .service-map { grid-template-columns: 20mm 1fr; }
`);
};

/** The card's content CSS: adopted into the shadow root with the content views (card-content.ts). */
export const cardContentStyles = css`
  @layer frisklivs.element {
    .card {
      display: grid;
      gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
      align-items: start;
      grid-auto-flow: dense;
      max-width: var(--fl-frisklivskort-max-width, 48rem);
      padding: calc(var(--_space) * 2);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space) calc(var(--_space) * 2);
    }
    .logo {
      display: block;
      max-width: 10rem;
    }
    .logo.empty {
      display: none;
    }
    ::slotted(img) {
      display: block;
      max-width: 100%;
      height: auto;
    }
    h2,
    h3,
    p,
    ul,
    dl,
    figure {
      margin: 0;
    }
    .name {
      font-size: 1.5em;
      line-height: 1.2;
    }
    h3 {
      font-size: 1.05em;
      margin-bottom: calc(var(--_space) / 2);
    }
    .block > * + *,
    .serves {
      margin-top: calc(var(--_space) / 2);
    }
    .serves,
    .sub,
    figcaption {
      color: var(--_text-subtle);
    }
    ul {
      padding-left: 1.25em;
    }
    .notices {
      padding: calc(var(--_space) * 1.5);
      background: var(--_warning-bg);
      border-left: 4px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .closed {
      font-weight: 700;
    }
    .pairs {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 1em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    /* The QR code is for paper: printed, and shown on screen only with layout="print". */
    .qr {
      display: none;
    }
    .qr figure {
      display: grid;
      justify-items: start;
      gap: calc(var(--_space) / 2);
    }
    .qr svg {
      display: block;
      width: var(--fl-frisklivskort-qr-size, 8rem);
      height: auto;
      /* A QR code needs dark on light whatever the colour scheme. */
      forced-color-adjust: none;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .card > .fallback-notice {
      grid-column: 1 / -1;
      margin: 0;
    }
    .header .opening-status {
      margin-top: calc(var(--_space) / 2);
    }
    .address .directions {
      margin-bottom: var(--_space);
    }
    .directions ul {
      padding: 0;
    }
    /* Times, phone numbers: never "08:" / "00". */
    .hours .whole,
    a[href^='tel:'] {
      white-space: nowrap;
    }
    /* A narrow card puts each term above its value, so values are not squeezed into a sliver. */
    @container (max-width: 24rem) {
      .pairs {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .pairs dd + dt {
        margin-top: calc(var(--_space) / 2);
      }
    }
    .map-block .service-map {
      max-inline-size: var(--fl-map-max-width, 13rem);
    }
    button.link {
      min-height: 0;
      min-width: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent-text);
      text-decoration: underline;
    }
    .compact {
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5);
    }
    .compact .name {
      font-size: 1.15em;
    }
    ul.inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      padding: 0;
      list-style: none;
    }
    ul.inline li:not(:last-child)::after {
      content: ' ·';
    }
    @container (min-width: 36rem) {
      .card:not(.compact) {
        grid-template-columns: 1fr 1fr;
      }
      .wide {
        grid-column: 1 / -1;
      }
    }
    @media print {
      ${printRules(printedHost)}
    }
    ${printRules(printLayoutHost)}
  }
`;
