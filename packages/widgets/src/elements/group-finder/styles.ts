import { css } from 'lit';

export const groupFinderStyles = css`
  @layer frisklivs.element {
    .intro {
      margin-bottom: calc(var(--_space) * 2);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    summary {
      cursor: pointer;
      padding: 0.6rem 0;
      color: var(--_accent-text);
      font-weight: 600;
    }
    .intro p {
      margin: 0 0 var(--_space);
    }
    .filters {
      display: grid;
      gap: var(--_space);
      margin-bottom: calc(var(--_space) * 2);
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: calc(var(--_space) / 2);
      font-weight: 600;
    }
    .grid {
      display: grid;
      gap: var(--_space) calc(var(--_space) * 2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    }
    .field {
      display: grid;
      gap: 2px;
      align-content: start;
    }
    label {
      font-weight: 500;
    }
    input[type='search'],
    select {
      font: inherit;
      width: 100%;
      min-height: 44px;
      padding: calc(var(--_space) / 2) var(--_space);
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .statuses {
      margin-top: var(--_space);
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 2);
    }
    .statuses legend {
      float: left;
      width: 100%;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      min-height: 44px;
      font-weight: 400;
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .clear {
      justify-self: start;
    }
    .count {
      margin: 0 0 var(--_space);
      font-weight: 600;
    }
    .results,
    .contact-points {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .results {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .result {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .title {
      margin: 0;
      font-size: 1.2em;
      font-weight: 700;
      line-height: 1.3;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: var(--_space) 0;
    }
    .theme,
    .badge {
      padding: 0 var(--_space);
      border-radius: var(--_radius);
      font-size: 0.9em;
    }
    .theme {
      border: 1px solid var(--_border);
    }
    .badge.forming {
      background: var(--fl-group-finder-badge-forming, var(--_warning-bg));
    }
    .badge.open {
      background: var(--fl-group-finder-badge-open, light-dark(#e3f2e6, #1f4a2c));
    }
    .badge.full {
      background: var(--fl-group-finder-badge-full, light-dark(#eceff2, #3a4048));
    }
    .description {
      margin: 0 0 var(--_space);
    }
    .facts {
      display: grid;
      gap: 2px;
      margin: 0 0 var(--_space);
    }
    .facts div {
      display: grid;
    }
    dt {
      font-weight: 600;
      color: var(--_text-subtle);
    }
    dd {
      margin: 0;
    }
    .join p,
    .empty p {
      margin: var(--_space) 0;
    }
    .cp-name {
      font-weight: 600;
    }
    .contact {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 1em;
      margin: 0 0 calc(var(--_space) / 2);
    }
    .contact-points {
      display: grid;
      gap: var(--_space);
    }
    .contact-points > li {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-left: 3px solid var(--_accent);
    }
    .empty-title {
      font-weight: 600;
    }
    .show-more {
      margin-top: calc(var(--_space) * 2);
    }
    @container (min-width: 36rem) {
      .facts div {
        grid-template-columns: 6rem 1fr;
        gap: var(--_space);
      }
    }
    @media (forced-colors: active) {
      .badge,
      .theme {
        border: 1px solid CanvasText;
      }
    }
  }
`;
