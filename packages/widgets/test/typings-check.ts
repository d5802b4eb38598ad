// Compiled by `npm run typecheck` (tsc --noEmit -p test/tsconfig.json), never run: the tag names
// map to the element classes (their HTMLElementTagNameMap entries) and properties have the
// manifest's types.
import type { FlCentreFinder } from '../src/elements/centre-finder/centre-finder.js';

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
