// What <fl-centre-finder> needs once the feed is there and before anyone types: the search over municipality,
// centre and postcode names, its suggestions, and the county that tells two municipalities of one name apart. A
// chunk of its own (centre-search-*.js), asked for when the finder connects, beside the feed request
// (FrisklivsElement.contentViews), so it downloads while the feed does instead of with the first load.
export { buildSearchIndex, suggest } from '../../feed/queries/municipality-search.js';
export { countyName } from '../../feed/counties.js';
