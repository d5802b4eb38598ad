/**
 * Pure queries over the feed's centres for the centre finder: which centres
 * serve a municipality, filtering by offer and language, and distance order.
 */
import type { FeedIndex } from '../index-feed.js';
import { distanceKm, type Point } from '../geo.js';
import type { Centre, Feed, Municipality } from '../schema.js';
import { foldForSearch } from '../../i18n/format.js';
import { municipalityNames } from '../localized.js';

export interface CentreFilter {
  /** Offer ids a centre must all have. */
  offers?: readonly string[];
  /** A language code the centre must speak (e.g. `se`). */
  language?: string;
}

/** A centre with its distance from a point, when one is known. */
export interface Placed {
  centre: Centre;
  km?: number;
}

/** Closed centres are left out everywhere; temporarily closed ones stay and show their status. */
export const isListed = (centre: Centre): boolean => centre.status !== 'closed';

export function matchesFilter(centre: Centre, filter: CentreFilter): boolean {
  return (
    (!filter.language || centre.languages.includes(filter.language)) && (filter.offers ?? []).every((id) => centre.offers.includes(id))
  );
}

/** Where a centre is: its first site with coordinates, else its host municipality's point. */
export function centrePoint(centre: Centre, index: FeedIndex): Point | undefined {
  const site = centre.sites.find((s) => s.lat != null && s.lon != null);
  return site ? { lat: site.lat!, lon: site.lon! } : index.municipalities.get(centre.hostMunicipality);
}

/** Centres nearest `from` first (great-circle); centres without any known point go last. */
export function byDistance(centres: readonly Centre[], from: Point, index: FeedIndex): Placed[] {
  return centres
    .map((centre) => {
      const point = centrePoint(centre, index);
      return point ? { centre, km: distanceKm(from, point) } : { centre };
    })
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
}

/** Listed centres serving a municipality (an inter-municipal centre serves each of its municipalities). */
export function centresServing(index: FeedIndex, municipality: string): Centre[] {
  return (index.centresByMunicipality.get(municipality) ?? []).filter(isListed);
}

/** The `count` listed centres nearest `from` that pass `filter`. */
export function nearestCentres(feed: Feed, index: FeedIndex, from: Point, filter: CentreFilter = {}, count = 3): Placed[] {
  return byDistance(
    feed.centres.filter((c) => isListed(c) && matchesFilter(c, filter)),
    from,
    index,
  ).slice(0, count);
}

/** Language codes spoken at any listed centre, in first-seen order. */
export function languagesSpoken(centres: readonly Centre[]): string[] {
  return [...new Set(centres.filter(isListed).flatMap((c) => c.languages))];
}

/** A municipality by its number ("5612") or any of its names ("Guovdageaidnu", "kautokeino"). */
export function findMunicipality(feed: Feed, index: FeedIndex, value: string | undefined): Municipality | undefined {
  const wanted = value?.trim();
  if (!wanted) return undefined;
  if (/^\d{4}$/.test(wanted)) return index.municipalities.get(wanted);
  const folded = foldForSearch(wanted);
  return feed.municipalities.find((m) => municipalityNames(m).some((name) => foldForSearch(name) === folded));
}
