/** The group finder's URL state is the shared controller (also used by the centre finder). */
export { UrlStateController, type UrlStateMode } from '../../shared/url-state.js';
