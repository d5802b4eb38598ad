import type { Point } from '../../feed/geo.js';

/** Why no position came back. */
export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/**
 * The reader's position, asked for once (only ever from a click). The position
 * stays in memory in this page: it is never stored or sent anywhere.
 */
export function locate(): Promise<Point> {
  return new Promise((resolve, reject: (reason: LocateFailure) => void) => {
    const geo = navigator.geolocation as Geolocation | undefined;
    if (!geo?.getCurrentPosition) return reject('unsupported');
    geo.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude }),
      // 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT
      (error) => reject(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'),
      // Town-level accuracy is plenty, and a recent fix saves battery.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  });
}
