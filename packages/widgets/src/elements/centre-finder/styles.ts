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
    .hint {
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
    .summary {
      margin: calc(var(--_space) * 2) 0 var(--_space);
      font-weight: 600;
    }
    /* Before a question the status line is empty, and takes no room. */
    .summary.empty {
      margin: 0;
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
