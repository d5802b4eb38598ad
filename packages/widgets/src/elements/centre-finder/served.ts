import type { FeedIndex } from '../../feed/index-feed.js';
import { municipalityName } from '../../feed/localized.js';
import type { Centre, Municipality } from '../../feed/schema.js';
import { compareNames } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';

/** The municipalities a centre serves, as found in the feed, in the reader's alphabetical order. */
export function servedMunicipalities(centre: Centre, index: FeedIndex, locale: Locale): Municipality[] {
  return centre.municipalities
    .map((number) => index.municipalities.get(number))
    .filter((m): m is Municipality => !!m)
    .sort((a, b) => compareNames(municipalityName(a, locale), municipalityName(b, locale), locale));
}
