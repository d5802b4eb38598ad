import { css } from 'lit';

/**
 * The look of the shared views of issue 20 that the group finder, the card and
 * the centre finder's results show: next meeting, the share control, the record
 * footer and the language-fallback notice (a centre's own views, opening status,
 * directions and the map, are in centre-feature-styles.ts). An element adds
 * `featureStyles` to its styles after `baseStyles`; the rules sit in the base
 * layer, so the element's own rules and the page's `::part` rules win.
 */
export const featureStyles = css`
  @layer frisklivs.base {
    .meeting {
      margin: 0;
    }
    .meeting.full {
      color: var(--_text-subtle);
    }
    .record-footer {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 2);
      margin: 0;
      font-size: 0.875em;
      color: var(--_text-subtle);
    }
    .fallback-notice {
      margin: 0 0 var(--_space);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_surface);
      font-size: 0.875em;
    }
    .share {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .share-status:empty {
      display: none;
    }
    .share-manual input {
      font: inherit;
      inline-size: min(100%, 24rem);
      margin-inline-start: var(--_space);
    }
    @media print {
      .share {
        display: none;
      }
    }
  }
`;
