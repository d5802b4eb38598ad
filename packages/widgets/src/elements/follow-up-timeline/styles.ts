import { css } from 'lit';

// Vertical by default; horizontal from 40rem of container width (unless forced
// vertical) or when forced horizontal (the element applies the same rule to know
// where to show the details: keep them in step). No transitions or animations at all,
// so nothing here can bypass the reduced-motion rule in the base styles.
export const timelineStyles = css`
  @layer frisklivs.element {
    :host {
      --_line: var(--fl-timeline-line-color, var(--_border));
      --_marker: var(--fl-timeline-marker-color, var(--_accent));
      --_dot: var(--fl-timeline-marker-size, 1rem);
    }
    .layout-probe {
      height: 0;
    }
    .heading {
      font-size: var(--_text-xl);
      margin: 0 0 var(--_space);
    }
    p {
      margin: 0 0 var(--_space);
    }
    .date-row {
      margin: calc(var(--_space) * 2) 0;
    }
    label {
      display: block;
    }
    input {
      font: inherit;
      min-height: 44px;
      padding: 0 var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
    }
    .hint,
    .description,
    .details-when {
      color: var(--_text-subtle);
    }
    .notice {
      padding: var(--_space);
      border-left: 4px solid var(--_border);
      background: var(--_surface);
    }
    .invalid {
      border-left-color: var(--_danger);
    }
    .progress {
      font-weight: 700;
      font-size: var(--_text-lg);
    }
    .list,
    .within {
      list-style: none;
      margin: calc(var(--_space) * 2) 0;
      padding: 0;
    }
    .within {
      margin: var(--_space) 0 0;
    }
    .milestone {
      position: relative;
      min-width: 0;
      margin-left: calc(var(--_dot) / 2);
      padding: 0 0 calc(var(--_space) * 2) calc(var(--_dot) / 2 + var(--_space));
      border-left: 3px solid var(--_line);
    }
    .list > .milestone:last-child,
    .within > .milestone:last-child {
      border-left-color: transparent;
    }
    /* A span (weeks 2–11) keeps its line along the steps it holds. */
    .within > .milestone:last-child {
      padding-bottom: 0;
    }
    .milestone::before {
      content: '';
      position: absolute;
      top: 0.75rem;
      left: calc(var(--_dot) / -2 - 1.5px);
      width: var(--_dot);
      height: var(--_dot);
      border-radius: 50%;
      border: 3px solid var(--_line);
      background: var(--_bg);
    }
    /* A span's marker is a bar, not a dot: it lasts for weeks. */
    .span::before {
      height: calc(var(--_dot) * 2);
      border-radius: calc(var(--_dot) / 2);
    }
    .past::before {
      background: var(--_line);
    }
    .current::before {
      border-color: var(--_marker);
      background: var(--_marker);
      box-shadow:
        0 0 0 3px var(--_bg),
        0 0 0 5px var(--_marker);
    }
    /* The step as a whole (week, title, date, description, details) is one box. */
    .step {
      border: 2px solid transparent;
      border-radius: var(--_radius);
      padding-bottom: calc(var(--_space) / 2);
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .expanded > .step {
      background: var(--_surface);
    }
    .current > .step {
      border-color: var(--_marker);
      background: var(--_surface);
    }
    .milestone button {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      width: 100%;
      min-width: 0;
      text-align: start;
      padding: calc(var(--_space) / 2) var(--_space);
      border-color: transparent;
      background: transparent;
      color: var(--_text);
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .milestone button:hover {
      border-color: var(--_border);
    }
    .week,
    .period,
    .date {
      font-size: var(--_text-sm);
      color: var(--_text-subtle);
    }
    .title {
      font-weight: 700;
    }
    .now {
      margin-top: 0.25rem;
      padding: 0 var(--_space);
      border-radius: var(--_radius-sm);
      background: var(--_accent);
      color: var(--_accent-contrast);
      font-size: var(--_text-sm);
      font-weight: 700;
    }
    .description {
      margin: 0 var(--_space);
    }
    .step > .activities {
      margin: var(--_space) var(--_space) 0;
    }
    .details {
      padding: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .details.in-place {
      margin: var(--_space) var(--_space) 0;
      padding: 0;
      background: transparent;
    }
    .details-heading {
      font-weight: 700;
      font-size: var(--_text-lg);
      margin-bottom: calc(var(--_space) / 2);
    }
    .activities {
      margin: 0;
      padding-left: 1.25rem;
    }
    .ics {
      width: 100%;
      max-width: 24rem;
    }
    :host([orientation='horizontal']) .list {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(10rem, 1fr);
      overflow-x: auto;
      padding-top: calc(var(--_dot) / 2 + 3px);
    }
    :host([orientation='horizontal']) .milestone {
      margin: 0;
      padding: calc(var(--_dot) / 2 + var(--_space)) var(--_space) var(--_space) 0;
      border-left: 0;
      border-top: 3px solid var(--_line);
    }
    :host([orientation='horizontal']) .milestone::before {
      top: calc(var(--_dot) / -2 - 1.5px);
      left: var(--_space);
    }
    :host([orientation='horizontal']) .span {
      grid-column: span var(--_cols, 1);
    }
    :host([orientation='horizontal']) .span::before {
      width: calc(100% - var(--_space) * 2);
      height: var(--_dot);
    }
    :host([orientation='horizontal']) .within {
      display: grid;
      grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
      padding-top: calc(var(--_dot) / 2 + 3px);
    }
    @container (min-width: 40rem) {
      :host(:not([orientation='vertical'])) .list {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(10rem, 1fr);
        overflow-x: auto;
        padding-top: calc(var(--_dot) / 2 + 3px);
      }
      :host(:not([orientation='vertical'])) .milestone {
        margin: 0;
        padding: calc(var(--_dot) / 2 + var(--_space)) var(--_space) var(--_space) 0;
        border-left: 0;
        border-top: 3px solid var(--_line);
      }
      :host(:not([orientation='vertical'])) .milestone::before {
        top: calc(var(--_dot) / -2 - 1.5px);
        left: var(--_space);
      }
      :host(:not([orientation='vertical'])) .span {
        grid-column: span var(--_cols, 1);
      }
      :host(:not([orientation='vertical'])) .span::before {
        width: calc(100% - var(--_space) * 2);
        height: var(--_dot);
      }
      :host(:not([orientation='vertical'])) .within {
        display: grid;
        grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
        padding-top: calc(var(--_dot) / 2 + 3px);
      }
    }
    @media (forced-colors: active) {
      .milestone::before {
        border-color: CanvasText;
      }
      .past::before {
        background: CanvasText;
      }
      .current::before {
        border-color: Highlight;
        background: Highlight;
      }
      .current > .step {
        border-color: Highlight;
      }
      .expanded > .step {
        outline: 1px solid CanvasText;
      }
    }
  }
`;
