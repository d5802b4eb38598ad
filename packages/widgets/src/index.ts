/**
 * frisklivs-widgets for bundler users: the element classes (not yet defined),
 * the feed loader, validator and types. Import `frisklivs-widgets/define-all`
 * or an element's `define` entry to register the tags.
 */
export { FrisklivsElement } from './shared/frisklivs-element.js';
export { FlCentreFinder } from './elements/centre-finder/centre-finder.js';
export { FlGroupFinder } from './elements/group-finder/group-finder.js';
export { FlFrisklivskort } from './elements/frisklivskort/frisklivskort.js';
export { FlFollowUpTimeline } from './elements/follow-up-timeline/follow-up-timeline.js';
export { configureFeedLoader, loadFeed, reloadFeed, clearFeedCache, FeedError } from './feed/loader.js';
export type { LoadedFeed, FeedErrorKind, FeedSnapshot } from './feed/loader.js';
export { validateFeed, summarize } from './feed/validate.js';
export type { Problem, ValidationResult } from './feed/validate.js';
export { FEED_VERSION } from './feed/schema.js';
export type * from './feed/schema.js';
export { LOCALES, type Locale } from './i18n/locales.js';
/** The `:not(:defined)` rules that reserve each element's space before its script runs (for the page's <head>). */
export { reserveCss } from './shared/reserve-css.js';
