// Script of the element pages (docs-site/elements/*.html): registers the
// elements and renders the API tables again from the live manifest.
import 'frisklivs-widgets/define-all';
import { mountApi } from './api-table.js';
import aliases from './generated/type-aliases.json';

mountApi(aliases).catch((error: unknown) => {
  // The prerendered tables stay; say why they could not be refreshed.
  console.warn('API tables not refreshed from /custom-elements.json:', error);
});
