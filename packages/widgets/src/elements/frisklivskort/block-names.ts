/** The content blocks, in card order; each is a part (the map's is its figure) and a token of `hide`. */
export const BLOCKS = [
  'header',
  'notices',
  'audience',
  'offers',
  'follow-up',
  'referral',
  'price',
  'contact',
  'address',
  'map',
  'hours',
  'continue',
  'qr',
] as const;
export type Block = (typeof BLOCKS)[number];
