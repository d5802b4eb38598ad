/**
 * The 15 counties (2024 numbering) by number, Norwegian names. Source: Kartverket (CC BY 4.0).
 * Used to tell apart municipalities that share a name (Herøy, Våler) and for HSDS addresses.
 */
export const COUNTY_NAMES: Readonly<Record<string, string>> = Object.freeze(
  // No prototype: COUNTY_NAMES["constructor"] is undefined like any other unknown county.
  Object.assign(Object.create(null) as Record<string, string>, {
    '03': 'Oslo',
    '11': 'Rogaland',
    '15': 'Møre og Romsdal',
    '18': 'Nordland',
    '31': 'Østfold',
    '32': 'Akershus',
    '33': 'Buskerud',
    '34': 'Innlandet',
    '39': 'Vestfold',
    '40': 'Telemark',
    '42': 'Agder',
    '46': 'Vestland',
    '50': 'Trøndelag',
    '55': 'Troms',
    '56': 'Finnmark',
  }),
);

export const countyName = (county: string): string | undefined => (Object.hasOwn(COUNTY_NAMES, county) ? COUNTY_NAMES[county] : undefined);
