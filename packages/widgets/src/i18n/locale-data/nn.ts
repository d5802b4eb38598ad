// One chunk per locale: its UI strings and its calendar table, loaded together when an element needs the locale.
export { templates } from '../generated/locales/nn.js';
export { calendar } from '../calendar/nn.js';
