// Compiled by `npm run typecheck` (tsc --noEmit; test/ is in tsconfig.json), never run: the tag
// names map to the element classes (their HTMLElementTagNameMap entries), properties have the
// manifest's types, and the documentation site's own scripts type-check.
import type {} from '../docs-site/configurator.js';
import type {} from '../docs-site/element-page.js';
import type {} from '../docs-site/site.js';
import type { FlCentreFinder } from 'frisklivs-widgets/centre-finder';

const finder: FlCentreFinder = document.createElement('fl-centre-finder');
const limit: number | undefined = finder.limit;
const compact: boolean = finder.compact;
// @ts-expect-error: limit is a number
finder.limit = 'ten';

const card = document.createElement('fl-frisklivskort');
card.layout = 'print';
// @ts-expect-error: not a layout
card.layout = 'poster';
const printed: Promise<void> = card.print();

const groups = document.querySelector('fl-group-finder');
const pageSize: number | undefined = groups?.pageSize;
groups?.clearFilters();

const timeline = document.createElement('fl-follow-up-timeline');
timeline.orientation = 'vertical';
const weeks: number[] | undefined = timeline.groupWeeks;

export const checked = [limit, compact, printed, pageSize, weeks];
