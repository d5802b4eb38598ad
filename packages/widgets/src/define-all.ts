// The all-in-one entry: registers every element (each registration is guarded,
// so a second copy of the library on the page is harmless).
export { FlCentreFinder } from './elements/centre-finder/define.js';
export { FlGroupFinder } from './elements/group-finder/define.js';
export { FlFrisklivskort } from './elements/frisklivskort/define.js';
export { FlFollowUpTimeline } from './elements/follow-up-timeline/define.js';
