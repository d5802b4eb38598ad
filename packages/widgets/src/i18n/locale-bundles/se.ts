// What a reader in this locale loads at once, as one chunk: the UI strings and the names of languages.
export { templates } from '../generated/locales/se.js';
export { default as languageNames } from '../language-names/se.js';
