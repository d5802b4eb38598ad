import { css } from 'lit';

export const finderStyles = css`
  @layer frisklivs.element {
    .controls {
      display: grid;
      gap: var(--_space) calc(var(--_space) * 2);
    }
    @container (min-width: 36rem) {
      .controls {
        grid-template-columns: 1fr auto;
      }
      .near {
        max-width: 16rem;
        padding-top: 1.75em;
      }
    }
    .label {
      display: block;
      font-weight: 600;
      margin-bottom: calc(var(--_space) / 2);
    }
    .field {
      position: relative;
      display: flex;
    }
    input,
    select {
      font: inherit;
      color: inherit;
      background: var(--_bg);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      min-height: 44px;
      padding: calc(var(--_space) / 2) var(--_space);
    }
    .field input {
      flex: 1;
      min-width: 0;
      padding-right: 44px;
    }
    .clear {
      position: absolute;
      inset: 0 0 0 auto;
      border-color: transparent;
      color: var(--_text);
      font-size: 1.25em;
      line-height: 1;
      padding: 0;
    }
    [role='listbox'] {
      position: fixed;
      inset: 0 auto auto 0;
      z-index: 1000;
      margin: 0;
      padding: calc(var(--_space) / 2) 0;
      list-style: none;
      overflow-y: auto;
      max-height: min(var(--fl-centre-finder-listbox-max-height, 20rem), var(--_available-height, 20rem));
      background: var(--_bg);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    }
    [role='listbox'][hidden] {
      display: none;
    }
    [role='option'] {
      padding: calc(var(--_space) * 0.75) var(--_space);
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--_surface);
    }
    [role='option'][aria-selected='true'] {
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    .kind,
    .note,
    .hint,
    .updated {
      color: var(--_text-subtle);
      font-size: 0.875em;
    }
    [aria-selected='true'] .kind {
      color: inherit;
    }
    p {
      margin: 0;
    }
    .hint,
    .note,
    .geo-error {
      margin-top: calc(var(--_space) / 2);
    }
    .geo-error {
      color: var(--_danger);
      font-weight: 600;
    }
    .filters {
      margin-top: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 var(--_space);
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding: var(--_space) 0;
    }
    .filter-body {
      /* Children of <details> inherit from its internal slot, not from us. */
      box-sizing: border-box;
      display: grid;
      gap: var(--_space) calc(var(--_space) * 2);
      padding-bottom: var(--_space);
    }
    @container (min-width: 36rem) {
      .filter-body {
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      }
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .check {
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
      padding: 0.25rem 0;
    }
    .check input {
      min-height: auto;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15em 0 0;
      flex: none;
    }
    .language select {
      display: block;
      width: 100%;
      margin-top: 0.25rem;
    }
    .summary {
      margin: calc(var(--_space) * 2) 0 var(--_space);
      font-weight: 600;
    }
    /* Before a question the status line is empty, and takes no room. */
    .summary.empty {
      margin: 0;
    }
    .fallback-notice {
      margin-bottom: var(--_space);
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--fl-centre-finder-card-min-width, 18rem)), 1fr));
      /* An opened result grows alone; its neighbours keep their own height. */
      align-items: start;
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      padding: calc(var(--_space) * 2);
      overflow-wrap: anywhere;
    }
    .card > * + * {
      margin-top: calc(var(--_space) / 2);
    }
    .card > .more {
      margin-top: var(--_space);
    }
    .facts {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 var(--_space);
      margin: calc(var(--_space) / 2) 0 0;
    }
    .facts dd {
      margin: 0;
    }
    /* One line of offers in the summary; the details list them all. */
    .facts .offer-line {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 1;
      line-clamp: 1;
      overflow: hidden;
      overflow-wrap: normal;
    }
    .more {
      border-top: 1px solid var(--_border);
    }
    .more > summary {
      display: list-item;
      min-height: 44px;
      padding: calc(var(--_space) * 1.25) 0 0;
      color: var(--_accent-text);
    }
    .more-body {
      display: grid;
      gap: var(--_space);
      padding-top: var(--_space);
    }
    .more-body dl,
    .more-body p {
      margin: 0;
    }
    .site + .site {
      margin-top: var(--_space);
    }
    .show-more {
      margin-top: calc(var(--_space) * 2);
    }
    .overview {
      margin-top: calc(var(--_space) * 2);
    }
    .name {
      font-size: 1.2em;
      font-weight: 700;
      line-height: 1.3;
    }
    .distance {
      color: var(--_accent-text);
      font-weight: 600;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 calc(var(--_space) / 2);
    }
    dd > ul {
      margin: 0;
      padding-left: 1.25em;
    }
    :host([compact]) .results {
      grid-template-columns: 1fr;
      gap: var(--_space);
    }
    :host([compact]) .card {
      padding: var(--_space) calc(var(--_space) * 1.5);
    }
    :host([compact]) .name {
      font-size: 1.05em;
    }
    @media (forced-colors: active) {
      [role='option'][aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  }
`;
