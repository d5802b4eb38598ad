import type { Centre, ContactPoint, Feed, Municipality, Offer, Theme } from './schema.js';

/** Lookups every element needs, built once per feed. */
export interface FeedIndex {
  offers: Map<string, Offer>;
  themes: Map<string, Theme>;
  centres: Map<string, Centre>;
  contactPoints: Map<string, ContactPoint>;
  municipalities: Map<string, Municipality>;
  /** Centres serving each municipality (an inter-municipal centre appears under each). */
  centresByMunicipality: Map<string, Centre[]>;
}

const cache = new WeakMap<Feed, FeedIndex>();

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexFeed(feed: Feed): FeedIndex {
  let index = cache.get(feed);
  if (index) return index;
  const centresByMunicipality = new Map<string, Centre[]>();
  for (const centre of feed.centres) for (const number of centre.municipalities) pushTo(centresByMunicipality, number, centre);
  index = {
    offers: byId(feed.offers),
    themes: byId(feed.themes),
    centres: byId(feed.centres),
    contactPoints: byId(feed.contactPoints),
    municipalities: new Map(feed.municipalities.map((m) => [m.number, m])),
    centresByMunicipality,
  };
  cache.set(feed, index);
  return index;
}
