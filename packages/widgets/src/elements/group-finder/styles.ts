import { css } from 'lit';

/** What is the group finder's own; labels, tags, buttons, cards and disclosures come from the base styles. */
export const groupFinderStyles = css`
  @layer frisklivs.element {
    .intro {
      margin-bottom: calc(var(--_space) * 2);
      padding: 0 calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface);
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
    }
    .grid {
      display: grid;
      gap: var(--_space) calc(var(--_space) * 2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    }
    /* Theme and municipality side by side from a phone's width; stacked in a narrow sidebar. */
    .main-filters {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    }
    .field {
      display: grid;
      gap: 2px;
      align-content: start;
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
    .more {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 var(--_space);
    }
    .more-body {
      display: grid;
      gap: var(--_space);
      padding-bottom: var(--_space);
    }
    .statuses {
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
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .count-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space) calc(var(--_space) * 2);
      margin: 0 0 var(--_space);
    }
    .count {
      margin: 0;
      font-weight: 700;
      font-size: var(--_text-lg);
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
      display: grid;
      gap: var(--_space);
    }
    .result > * {
      margin: 0;
    }
    .title {
      margin: 0;
      font-size: var(--_text-xl);
      font-weight: 700;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .tag.forming {
      --_tag-bg: var(--fl-group-finder-badge-forming, var(--_warning-bg));
    }
    .tag.open {
      --_tag-bg: var(--fl-group-finder-badge-open, var(--_success-bg));
    }
    .tag.full {
      --_tag-bg: var(--fl-group-finder-badge-full, var(--_danger-bg));
    }
    .meeting {
      font-weight: var(--_weight-label);
    }
    .facts {
      display: grid;
      gap: 2px;
    }
    .facts div {
      display: grid;
    }
    dt {
      color: var(--_text-subtle);
    }
    dd {
      margin: 0;
    }
    .join {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-left: 3px solid var(--_accent);
      background: var(--_surface);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .join p,
    .empty p {
      margin: 0 0 calc(var(--_space) / 2);
    }
    .join-label {
      color: var(--_text-subtle);
      font-weight: var(--_weight-label);
    }
    .cp-name {
      font-weight: 700;
    }
    .contact {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 1em;
      margin: 0 0 calc(var(--_space) / 2);
    }
    .contact a,
    .join .register {
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }
    .actions:empty {
      display: none;
    }
    .contact-points {
      display: grid;
      gap: var(--_space);
      margin-top: var(--_space);
    }
    .contact-points > li {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-left: 3px solid var(--_accent);
    }
    .empty-title {
      font-weight: 700;
    }
    .empty .clear {
      margin-bottom: var(--_space);
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
  }
`;
