import type { Point } from '../../feed/geo.js';
import type { MsgFn } from '../../i18n/messages.js';

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

/** What the reader is told when no position came back. */
export function geoMessage(t: MsgFn, failure: LocateFailure): string {
  switch (failure) {
    case 'denied':
      return t(
        'Nettleseren har ikke lov til å bruke posisjonen din. Du kan gi tillatelse i innstillingene, eller søke etter kommune eller postnummer i stedet.',
        {
          id: 'centreFinder.geo.denied',
        },
      );
    case 'unavailable':
      return t('Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller søk etter kommune eller postnummer.', {
        id: 'centreFinder.geo.unavailable',
      });
    case 'timeout':
      return t('Det tok for lang tid å finne posisjonen din. Prøv igjen, eller søk etter kommune eller postnummer.', {
        id: 'centreFinder.geo.timeout',
      });
    case 'unsupported':
      return t('Nettleseren din kan ikke finne posisjonen din. Søk etter kommune eller postnummer i stedet.', {
        id: 'centreFinder.geo.unsupported',
      });
  }
}
