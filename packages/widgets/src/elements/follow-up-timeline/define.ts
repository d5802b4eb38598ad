import { defineElement } from '../../shared/define.js';
import { FlFollowUpTimeline } from './follow-up-timeline.js';

defineElement('fl-follow-up-timeline', FlFollowUpTimeline);

// Re-exported so that importing this entry also brings the class and its tag typings.
export { FlFollowUpTimeline };
