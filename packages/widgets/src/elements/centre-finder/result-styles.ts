import { css } from 'lit';

/**
 * The centre finder's result views (the filter panel, the result cards and their details, "Vis flere", the overview
 * map): in the result views' chunk, added to the shadow root when it arrives (src/shared/lazy-module.ts), so the
 * first screen (the question) carries none of it.
 */
export const resultStyles = css`
  @layer frisklivs.element {
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
    /* The base .card, with long words broken. */
    .card {
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
  }
`;
