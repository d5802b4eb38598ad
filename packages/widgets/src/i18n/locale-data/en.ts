// One chunk per locale: its UI strings, loaded together when an element needs the locale.
export { templates } from '../generated/locales/en.js';
