import { defineElement } from '../../shared/define.js';
import { FlFrisklivskort } from './frisklivskort.js';

defineElement('fl-frisklivskort', FlFrisklivskort);

// Re-exported so that importing this entry also brings the class and its tag typings.
export { FlFrisklivskort };
