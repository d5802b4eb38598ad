import type { Point } from '../../feed/geo.js';
import { indexFeed } from '../../feed/index-feed.js';
import { isOpenNow } from '../../feed/opening-hours.js';
import {
  byDistance,
  centresServing,
  isListed,
  matchesFilter,
  nearestCentres,
  type CentreFilter,
  type Placed,
} from '../../feed/queries/centres.js';
import type { Suggestion } from '../../feed/queries/municipality-search.js';
import { pickText } from '../../feed/localized.js';
import type { Centre, Feed, Municipality, Site } from '../../feed/schema.js';
import { compareNames } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { str, type MsgFn } from '../../i18n/messages.js';
import { selectPlural } from '../../i18n/plural.js';
import { servedMunicipalities } from './served.js';

/** What the results show, worked out in `willUpdate` from the question, the filters and the clock. */
export interface ResultsView {
  now: Date;
  list: Placed[];
  /** How many there are before paging. */
  total: number;
  status: string;
  /** The municipality looked up, when there is one. */
  municipality?: Municipality;
  /** The overview map's content after "near me" (the shown centres), unless the map is hidden. */
  overview?: { municipalities: Municipality[]; sites: Site[] };
}

/** The reader's question and the finder's settings, as the results need them. */
export interface ResultsQuestion {
  t: MsgFn;
  locale: Locale;
  feed: Feed;
  now: Date;
  /** "Near me": the position, when that was the question. */
  here: Point | undefined;
  /** The suggestion picked (a municipality, postcode or centre). */
  picked: Suggestion | undefined;
  offers: string[];
  language: string;
  openNow: boolean;
  /** How many are shown beyond the first page ("Vis flere"), and the page length. */
  shown: number;
  pageLength: number;
  hideMap: boolean;
  /** A municipality's name for this reader, with its county when the name alone is ambiguous. */
  placeName: (m: Municipality) => string;
}

/** The results for the reader's question (a search or "near me"), filtered and paged. */
export function resultsView(q: ResultsQuestion): ResultsView {
  const { t, locale, feed, now, here } = q;
  const index = indexFeed(feed);
  const filter: CentreFilter = { offers: q.offers, language: q.language };
  const passes = (c: Centre) => matchesFilter(c, filter) && (!q.openNow || isOpenNow(c, now));
  const place = (centres: Centre[]): Placed[] =>
    here
      ? byDistance(centres, here, index)
      : centres
          .sort((a, b) => compareNames(pickText(a.name, locale)!.text, pickText(b.name, locale)!.text, locale))
          .map((centre) => ({ centre }));
  const counted = (n: number) =>
    selectPlural(locale, n, {
      one: t(str`${n} frisklivssentral`, { id: 'centreFinder.count.one' }),
      two: t(str`${n} frisklivssentraler`, { id: 'centreFinder.count.two', desc: 'Dual form (used by Sámi locales)' }),
      other: t(str`${n} frisklivssentraler`, { id: 'centreFinder.count.other' }),
    });
  const noMatch = t('Ingen frisklivssentraler passer med filtrene du har valgt.', { id: 'centreFinder.noMatch' });
  const picked = q.picked;
  let municipality: Municipality | undefined;
  let list: Placed[];
  let status: string;
  if (picked?.kind === 'centre') {
    list = place([picked.centre]);
    status = counted(1);
  } else if (picked) {
    municipality = picked.municipality;
    const name = q.placeName(municipality);
    const serving = centresServing(index, municipality.number);
    const via =
      picked.kind === 'postcode' ? t(str`Postnummer ${picked.postcode} hører til ${name}.`, { id: 'centreFinder.postcodeIn' }) + ' ' : '';
    if (!serving.length) {
      const pool = q.openNow ? { ...feed, centres: feed.centres.filter((c) => isOpenNow(c, now)) } : feed;
      list = nearestCentres(pool, index, municipality, filter);
      status = `${via}${t(str`Ingen frisklivssentral dekker ${name}.`, { id: 'centreFinder.noCentre' })} ${
        list.length ? t('Disse ligger nærmest:', { id: 'centreFinder.nearest' }) : noMatch
      }`;
    } else {
      list = place(serving.filter(passes));
      const n = list.length;
      status =
        via +
        (n
          ? selectPlural(locale, n, {
              one: t(str`${n} frisklivssentral dekker ${name}.`, { id: 'centreFinder.serving.one' }),
              two: t(str`${n} frisklivssentraler dekker ${name}.`, {
                id: 'centreFinder.serving.two',
                desc: 'Dual form (used by Sámi locales)',
              }),
              other: t(str`${n} frisklivssentraler dekker ${name}.`, { id: 'centreFinder.serving.other' }),
            })
          : noMatch);
    }
  } else {
    list = place(feed.centres.filter((c) => isListed(c) && passes(c)));
    status = list.length ? counted(list.length) : noMatch;
  }
  const total = list.length;
  const limit = Math.max(q.shown, q.pageLength);
  if (total > limit) {
    list = list.slice(0, limit);
    status = selectPlural(locale, total, {
      one: t(str`Viser ${limit} av ${total} frisklivssentral`, { id: 'centreFinder.showing.one' }),
      two: t(str`Viser ${limit} av ${total} frisklivssentraler`, {
        id: 'centreFinder.showing.two',
        desc: 'Dual form (used by Sámi locales)',
      }),
      other: t(str`Viser ${limit} av ${total} frisklivssentraler`, { id: 'centreFinder.showing.other' }),
    });
  }
  if (here && total) status += ` ${t('Sortert etter avstand fra deg.', { id: 'centreFinder.byDistance' })}`;
  const view: ResultsView = { now, list, total, status };
  if (municipality) view.municipality = municipality;
  if (here && !picked && list.length && !q.hideMap) {
    const served = new Map<string, Municipality>();
    for (const { centre } of list) for (const m of servedMunicipalities(centre, index, locale)) served.set(m.number, m);
    view.overview = { municipalities: [...served.values()], sites: list.flatMap((p) => p.centre.sites) };
  }
  return view;
}
