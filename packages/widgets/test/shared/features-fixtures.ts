/** A feed for the issue-20 views: a centre in Finnmark serving three municipalities, a group, a contact point. */
import { centre, contactPoint, feedDocument, feedUrl, group, municipalities } from '../fixtures/feed-builder.js';
import type { Municipality } from '../../src/feed/schema.js';

export const finnmark: Municipality[] = [
  { number: '5622', names: { no: 'Porsanger', se: 'Porsáŋgu', fkv: 'Porsanki' }, county: '56', samiArea: 'se', lat: 70.0, lon: 25.0 },
  { number: '5624', names: { no: 'Lebesby' }, county: '56', lat: 70.6, lon: 27.0 },
];

export const porsanger = centre({
  id: 'fls-5622',
  name: { nb: 'Frisklivssentralen i Porsanger', se: 'Dearvvašeallinguovddáš Porsáŋggus', en: 'Porsanger Healthy Life Centre' },
  hostMunicipality: '5622',
  municipalities: ['5622', '5610', '5624'],
  sites: [{ address: { street: 'Storgata 1', postcode: '9700', postTown: 'LAKSELV' }, lat: 70.0513, lon: 24.9717 }],
  contactHours: [
    { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '08:00', closes: '11:30' },
    { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '12:00', closes: '15:30' },
  ],
  specialDays: [{ date: '2026-12-24', hours: [{ opens: '09:00', closes: '12:00' }], note: { nb: 'Julaften', en: 'Christmas Eve' } }],
  reportUrl: 'mailto:feil@porsanger.example.org',
  lastVerified: '2026-11-02',
});

export const point = contactPoint({
  id: 'cp-5622',
  municipalities: ['5622'],
  waitingList: true,
  contactHours: [{ weekdays: ['TU', 'TH'], opens: '10:00', closes: '14:00' }],
});

export const grief = group({
  id: 'g-sorg-5622',
  title: { nb: 'Sorggruppe i Lakselv', en: 'Grief group in Lakselv' },
  description: { nb: 'For deg som har mistet noen.' },
  municipality: '5622',
  area: { nb: 'Lakselv sentrum' },
  schedule: { frequency: 'fortnightly', weekday: 'TH', startTime: '17:30', endTime: '19:30', firstMeeting: '2026-10-15' },
  contactPoint: 'cp-5622',
  lastVerified: '2026-11-20',
});

export function featuresFeed(parts: Parameters<typeof feedDocument>[0] = {}): string {
  const doc = feedDocument({
    municipalities: [...municipalities, ...finnmark],
    centres: [porsanger],
    contactPoints: [point],
    groups: [grief],
    ...parts,
  });
  doc.publisher = { name: 'Testforlaget', reportUrl: 'https://example.org/meld-feil' };
  return feedUrl(doc);
}
