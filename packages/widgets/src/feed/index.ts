/**
 * `frisklivs-widgets/feed`: the feed format without the browser. The schema, the
 * validator the elements use, the inferred types and the county table, for Node
 * tools such as the feed kit. Nothing here touches the DOM.
 */
export * from './schema.js';
export { validateFeed, summarize, type ValidationResult } from './validate.js';
export { INVALID, namedDefinitions, type Check, type Problem } from './schema-kit.js';
export { COUNTY_NAMES } from './counties.js';
export { safeHref } from './links.js';
/** The locales of the elements, which are also the keys of the feed's localized texts. */
export { LOCALES, type Locale } from '../i18n/locales.js';
