import { css } from 'lit';

/**
 * The look of the views a centre is shown with (issue 20): opening status,
 * directions and the service map. The card and the centre finder's results use
 * them (the group finder does not, so they are not in the CSS every element
 * downloads); in the base layer, like `featureStyles`.
 */
export const centreFeatureStyles = css`
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
      .directions {
        display: none;
      }
    }
  }
`;
