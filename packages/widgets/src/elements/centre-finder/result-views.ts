// What the centre finder shows only after a question (a search or "near me"): the result cards with their details
// (opening status, directions, map, "Del", record footer), the filter panel and the overview map. A chunk of its own,
// asked for when the search field gets focus or a question is asked (src/shared/lazy-module.ts).
export { renderResultCard } from './result-card.js';
export { renderFilters } from './filters.js';
export { renderServiceMap } from '../../shared/map/map-view.js';
