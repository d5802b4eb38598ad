/** The timeline's calendar file comes from the shared iCalendar writer. */
export { buildIcs, escapeText, foldLine, type IcsEvent, type IcsOptions } from '../../shared/ics.js';
