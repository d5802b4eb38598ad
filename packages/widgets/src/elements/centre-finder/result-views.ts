// What the centre finder shows only after a question (a search or "near me"): the result cards with their details
// (opening status, directions, map, "Del", record footer), the filter panel and the overview map. A chunk of its own,
// asked for when the search field gets focus or a question is asked (src/shared/lazy-module.ts), with the CSS of
// these views (added to the finder's shadow root when the chunk arrives), the results' own logic (which centres, in
// what order, what the status line says) and the map's and "Del"'s controllers.
import { centreFeatureStyles } from '../../shared/centre-feature-styles.js';
import { featureStyles } from '../../shared/feature-styles.js';
import { resultStyles } from './result-styles.js';

export const styles = [featureStyles, centreFeatureStyles, resultStyles];
export { resultsView } from './results.js';
export { MapController } from '../../shared/map/map-controller.js';
export { ShareController } from '../../shared/share.js';
export { centreTexts, fellBack, renderFallbackNotice } from '../../shared/language-fallback.js';
export { hasOpeningHours } from '../../feed/opening-hours.js';
export { renderResultCard } from './result-card.js';
export { renderFilters } from './filters.js';
export { renderServiceMap } from '../../shared/map/map-view.js';
