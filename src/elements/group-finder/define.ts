import { defineElement } from '../../shared/define.js';
import { FlGroupFinder } from './group-finder.js';

defineElement('fl-group-finder', FlGroupFinder);
