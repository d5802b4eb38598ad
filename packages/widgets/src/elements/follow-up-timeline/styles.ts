import { css } from 'lit';

// Vertical by default; horizontal from 40rem of container width (unless forced
// vertical) or when forced horizontal. No transitions or animations at all, so
// nothing here can bypass the reduced-motion rule in the base styles.
export const timelineStyles = css`
  @layer frisklivs.element {
    :host {
      --_line: var(--fl-timeline-line-color, var(--_border));
      --_marker: var(--fl-timeline-marker-color, var(--_accent));
      --_dot: var(--fl-timeline-marker-size, 1rem);
    }
    .heading {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
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
      font-weight: 600;
    }
    input {
      font: inherit;
      min-height: 44px;
      padding: 0 var(--_space);
      border: 2px solid var(--_border);
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
      font-size: 1.125em;
    }
    .list {
      list-style: none;
      margin: calc(var(--_space) * 2) 0;
      padding: 0;
    }
    .milestone {
      position: relative;
      margin-left: calc(var(--_dot) / 2);
      padding: 0 0 calc(var(--_space) * 2) calc(var(--_dot) / 2 + var(--_space));
      border-left: 3px solid var(--_line);
    }
    .milestone:last-child {
      border-left-color: transparent;
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
    .milestone button {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      width: 100%;
      text-align: start;
      padding: calc(var(--_space) / 2) var(--_space);
      border-color: transparent;
      background: transparent;
      color: var(--_text);
    }
    .milestone button:hover {
      border-color: var(--_border);
    }
    .milestone button[aria-expanded='true'] {
      border-color: var(--_accent);
      background: var(--_surface);
    }
    .week,
    .period {
      font-size: 0.875em;
      color: var(--_text-subtle);
    }
    .title {
      font-weight: 700;
    }
    .now {
      margin-top: 0.25rem;
      padding: 0 var(--_space);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_accent-contrast);
      font-size: 0.875em;
      font-weight: 700;
    }
    .description {
      margin: 0 var(--_space);
    }
    .details {
      padding: calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .details-heading {
      font-weight: 700;
      font-size: 1.125em;
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
      .milestone button[aria-expanded='true'] {
        border-color: Highlight;
      }
    }
  }
`;
