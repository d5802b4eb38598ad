import { defineElement } from '../../shared/define.js';
import { FlCentreFinder } from './centre-finder.js';

defineElement('fl-centre-finder', FlCentreFinder);
