/**
 * The feed's fixed word lists, apart from the schema: an element that lists weekdays or group statuses imports them
 * from here, so the schema and its validator (which only the feed reader needs, loaded beside the feed request) stay
 * out of the element's first load. `schema.ts` builds its checks from these and re-exports them.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const REFERRAL_ROUTES = ['self', 'gp', 'nav', 'health-personnel'] as const;

export const CONTACT_POINT_KINDS = [
  'municipal-contact',
  'link-centre',
  'volunteer-centre',
  'learning-coping-centre',
  'frisklivssentral',
  'selvhjelp-norge',
  'other',
] as const;

export const GROUP_STATUSES = ['forming', 'open', 'full'] as const;

export type Weekday = (typeof WEEKDAYS)[number];
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];
export type ContactPointKind = (typeof CONTACT_POINT_KINDS)[number];
export type GroupStatus = (typeof GROUP_STATUSES)[number];
