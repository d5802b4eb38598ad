// One chunk per locale: its UI strings and its calendar table, loaded together when an element needs the locale.
export { templates } from '../generated/locales/sma.js';
export { calendar } from '../calendar/sma.js';
