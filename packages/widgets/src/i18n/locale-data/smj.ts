// One chunk per locale, loaded when an element needs the locale: its UI strings, its calendar table and the names of languages.
export { templates } from '../generated/locales/smj.js';
export { calendar } from '../calendar/smj.js';
export { default as languageNames } from '../language-names/smj.js';
