import { defineElement } from '../../shared/define.js';
import { FlCentreFinder } from './centre-finder.js';

defineElement('fl-centre-finder', FlCentreFinder);

// Re-exported so that importing this entry also brings the class and its tag typings.
export { FlCentreFinder };
