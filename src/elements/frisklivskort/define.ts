import { defineElement } from '../../shared/define.js';
import { FlFrisklivskort } from './frisklivskort.js';

defineElement('fl-frisklivskort', FlFrisklivskort);
