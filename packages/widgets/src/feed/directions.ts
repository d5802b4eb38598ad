/**
 * "How to get there" links for a site: plain URLs to Entur's travel planner
 * (public transport to the site's coordinates), OpenStreetMap and a `geo:` URI
 * for the phone's map app. Nothing is requested until the reader follows one.
 */
import type { Site } from './schema.js';

export interface DirectionLinks {
  /** Entur's travel planner with the site as destination; only with coordinates. */
  transit?: string;
  /** OpenStreetMap centred on the site (or searching for its address). */
  map: string;
  /** A `geo:` URI for the device's map app (RFC 5870, with the Android `q` label). */
  geo: string;
}

const coords = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** One line of the address, "Storgata 1, 9008 Tromsø"; the post town as written in the feed. */
export function addressLine(site: Site): string {
  const { street, postcode, postTown } = site.address;
  return `${street}, ${postcode} ${postTown}`;
}

/**
 * Links to a site: with coordinates, Entur (destination name and point), an
 * OpenStreetMap marker and `geo:lat,lon`; with only an address, an
 * OpenStreetMap search and `geo:0,0?q=address`. `name` labels the destination.
 */
export function directionLinks(site: Site, name: string): DirectionLinks {
  const address = addressLine(site);
  if (site.lat !== undefined && site.lon !== undefined) {
    const lat = coords(site.lat);
    const lon = coords(site.lon);
    const transit = new URL('https://entur.no/reiseresultater');
    transit.search = new URLSearchParams({ tripMode: 'oneway', stopLabel: name, stopLat: lat, stopLon: lon }).toString();
    return {
      transit: transit.href,
      map: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
      geo: `geo:${lat},${lon}?q=${lat},${lon}(${encodeURIComponent(name)})`,
    };
  }
  return {
    map: `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`,
    geo: `geo:0,0?q=${encodeURIComponent(address)}`,
  };
}
