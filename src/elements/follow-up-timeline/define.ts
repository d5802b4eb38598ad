import { defineElement } from '../../shared/define.js';
import { FlFollowUpTimeline } from './follow-up-timeline.js';

defineElement('fl-follow-up-timeline', FlFollowUpTimeline);
