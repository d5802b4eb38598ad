// The all-in-one entry: registers every element (each registration is guarded,
// so a second copy of the library on the page is harmless).
import './elements/centre-finder/define.js';
import './elements/group-finder/define.js';
import './elements/frisklivskort/define.js';
import './elements/follow-up-timeline/define.js';
