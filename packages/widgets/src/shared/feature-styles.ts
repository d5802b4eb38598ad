import { css } from 'lit';

/**
 * The look of the shared views of issue 20: opening status, next meeting,
 * directions, the service map, the share control, the record footer and the
 * language-fallback notice. An element adds `featureStyles` to its styles
 * after `baseStyles`; the rules sit in the base layer, so the element's own
 * rules and the page's `::part` rules win.
 */
export const featureStyles = css`
  @layer frisklivs.base {
    .opening-status {
      margin: 0;
      font-weight: 600;
      color: var(--_text-subtle);
    }
    .opening-status.open {
      color: var(--_success);
    }
    .opening-status::before {
      content: '';
      display: inline-block;
      inline-size: 0.6em;
      block-size: 0.6em;
      margin-inline-end: 0.4em;
      border-radius: 50%;
      border: 2px solid currentColor;
      vertical-align: 0.05em;
    }
    .opening-status.open::before {
      background: currentColor;
    }
    .meeting {
      margin: 0;
    }
    .meeting.full {
      color: var(--_text-subtle);
    }
    .directions {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_space);
    }
    .directions ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .directions a {
      display: inline-block;
      padding-block: calc(var(--_space) * 0.5);
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
    .service-map {
      margin: 0;
      max-inline-size: var(--fl-map-max-width, 20rem);
    }
    .service-map .map-frame {
      aspect-ratio: 1;
      inline-size: 100%;
    }
    .service-map svg {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    .service-map .land {
      fill: var(--fl-map-land, var(--_surface));
      stroke: var(--fl-map-border, var(--_border));
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .service-map .served {
      fill: var(--fl-map-served, var(--_accent));
      fill-opacity: 0.75;
      stroke: var(--fl-map-served, var(--_accent));
      stroke-width: 1.5px;
      vector-effect: non-scaling-stroke;
    }
    .service-map .borders {
      fill: none;
      stroke: var(--fl-map-border, var(--_border));
      stroke-width: 0.75px;
      vector-effect: non-scaling-stroke;
    }
    .service-map .pin {
      fill: var(--fl-map-pin, var(--_danger));
      stroke: var(--_bg);
      stroke-width: 2px;
      vector-effect: non-scaling-stroke;
    }
    .service-map figcaption {
      font-size: 0.875em;
    }
    .service-map .attribution {
      display: block;
      color: var(--_text-subtle);
    }
    @media (forced-colors: active) {
      .service-map svg {
        forced-color-adjust: none;
      }
      .service-map .land {
        fill: Canvas;
        stroke: CanvasText;
      }
      .service-map .served {
        fill: Highlight;
        stroke: CanvasText;
        fill-opacity: 1;
      }
      .service-map .borders {
        stroke: CanvasText;
      }
      .service-map .pin {
        fill: LinkText;
        stroke: Canvas;
      }
      .opening-status::before {
        border-color: CanvasText;
      }
      .opening-status.open::before {
        background: CanvasText;
      }
    }
    @media print {
      .share,
      .directions {
        display: none;
      }
    }
  }
`;
