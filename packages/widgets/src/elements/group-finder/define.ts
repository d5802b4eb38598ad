import { defineElement } from '../../shared/define.js';
import { FlGroupFinder } from './group-finder.js';

defineElement('fl-group-finder', FlGroupFinder);

// Re-exported so that importing this entry also brings the class and its tag typings.
export { FlGroupFinder };
