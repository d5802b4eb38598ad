// Script of the element pages (docs-site/elements/*.html, made by site-pages.ts): registers
// the elements and renders the API tables again from the live manifest.
import 'frisklivs-widgets/define-all';
import { mountApi } from './api-table.js';

mountApi().catch((error: unknown) => {
  // The prerendered tables stay; say why they could not be refreshed.
  console.warn('API tables not refreshed from /custom-elements.json:', error);
});
