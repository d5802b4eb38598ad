/**
 * Builds the map resource the library ships (src/shared/map/norway-topology.generated.ts) from
 * Kartverket's 2024 municipality boundaries (data/boundaries/, © Kartverket, CC BY 4.0):
 *   1. project every point with d3-geo's Lambert conformal conic (standard parallels 60° and
 *      68° N, central meridian 15° E), fitted to a 1000-unit square;
 *   2. drop islands smaller than MIN_ISLAND_AREA (each municipality keeps its largest piece),
 *      simplify with topojson-simplify (Visvalingam, planar, MIN_WEIGHT) and quantize with
 *      topojson-client, so shared borders stay shared and the file stays small;
 *   3. write the topology (geometries keyed by municipality number, nothing else) and the
 *      affine part of the projection, so a site's coordinates can be placed on the same map.
 *   npm run map              write it
 *   npm run map -- --check   exit 1 when the checked-in file is out of date (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoConicConformalRaw } from 'd3-geo';
import { feature, mergeArcs, meshArcs, quantize } from 'topojson-client';
import { filter, filterWeight, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

const source = fileURLToPath(new URL('../data/boundaries/municipalities-2024-s.topojson', import.meta.url));
const target = fileURLToPath(new URL('../src/shared/map/norway-topology.generated.ts', import.meta.url));

/** The projection: Lambert conformal conic, as the map runtime rebuilds it from PROJECTION below. */
export const PARALLELS: [number, number] = [60, 68];
export const CENTRAL_MERIDIAN = 15;
const SIZE = 1000;
/** Islands below this area (projected units², 1 unit ≈ 1.7 km, so ≈ 12 km²) are left out, unless a municipality's largest piece. */
const MIN_ISLAND_AREA = 4;
/** Visvalingam weight (projected units², triangle area) below which a point is dropped (2.5 before issue 24: 27.0 -> 23.2 KB gzip with QUANTIZE 3000 -> 2000; maps at 320, 390 and 1280 px looked the same). */
const MIN_WEIGHT = 4;
/** Quantization: positions on a grid of this many steps across the bounding box (one step ≈ 0.9 km). */
const QUANTIZE = 2000;

type Props = { kommunenummer: string };
const input = JSON.parse(readFileSync(source, 'utf8')) as Topology<{ Kommuner: GeometryCollection<Props> }>;
if (input.transform) throw new Error('expected an unquantized topology');

// 1. Project: fit to every boundary point (as points, so the rings' winding order cannot matter),
// then apply to every arc point (arcs stay shared).
const everyPoint = { type: 'MultiPoint' as const, coordinates: input.arcs.flat() as [number, number][] };
const projection = geoConicConformal().parallels(PARALLELS).rotate([-CENTRAL_MERIDIAN, 0]).fitSize([SIZE, SIZE], everyPoint);
const projected: Topology<{ Kommuner: GeometryCollection<Props> }> = {
  type: 'Topology',
  objects: input.objects,
  arcs: input.arcs.map((arc) => arc.map((p) => projection(p as [number, number])!)),
};

// The affine part (x = tx + k·rx, y = ty − k·ry) around d3's raw projection, checked on a grid.
const raw = geoConicConformalRaw((PARALLELS[0] * Math.PI) / 180, (PARALLELS[1] * Math.PI) / 180);
const rad = (lon: number, lat: number) => [((lon - CENTRAL_MERIDIAN) * Math.PI) / 180, (lat * Math.PI) / 180] as const;
const k = projection.scale();
const [rx0, ry0] = raw(...rad(15, 65));
const [px0, py0] = projection([15, 65])!;
const PROJECTION = { parallels: PARALLELS, meridian: CENTRAL_MERIDIAN, k, tx: px0 - k * rx0, ty: py0 + k * ry0 };
for (let lon = 4; lon <= 31; lon += 3)
  for (let lat = 57; lat <= 72; lat += 3) {
    const [rx, ry] = raw(...rad(lon, lat));
    const [px, py] = projection([lon, lat])!;
    if (Math.hypot(PROJECTION.tx + k * rx - px, PROJECTION.ty - k * ry - py) > 1e-6)
      throw new Error(`affine check failed at ${lon},${lat}`);
  }

// 2. Drop small islands (keeping each municipality's largest piece), simplify, quantize.
const ringArea = (topology: Topology, ring: number[]) =>
  Math.abs(
    planarRingArea(
      (feature(topology, { type: 'Polygon', arcs: [ring] }) as unknown as { geometry: { coordinates: [number, number][][] } }).geometry
        .coordinates[0]!,
    ),
  );
const keep = new WeakSet<number[]>();
for (const geometry of projected.objects.Kommuner.geometries) {
  const polygons = geometry.type === 'Polygon' ? [(geometry as Polygon).arcs] : (geometry as MultiPolygon).arcs;
  let largest: number[] | undefined;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = ringArea(projected, polygon[0]!);
    if (area > largestArea) [largest, largestArea] = [polygon[0], area];
  }
  if (largest) keep.add(largest);
}
const bigEnough = filterWeight(projected, MIN_ISLAND_AREA, (ring) => Math.abs(planarRingArea(ring as [number, number][])));
// (The filter is given a ring as arc indices, whatever @types/topojson-simplify says.)
const filtered = filter(
  projected,
  (ring, interior) => keep.has(ring as unknown as number[]) || bigEnough(ring, interior),
) as typeof projected;
const simplified = simplify(presimplify(filtered), MIN_WEIGHT) as typeof projected;
const quantized = quantize(simplified, QUANTIZE) as typeof projected;

// 3. Only what the map needs: arcs, transform, and each geometry's municipality number as its id.
const municipalities = quantized.objects.Kommuner.geometries.map((g) => {
  const { type, arcs } = g as Polygon | MultiPolygon;
  return { type, arcs, id: (g.properties as Props).kommunenummer };
});
const missing = input.objects.Kommuner.geometries.filter(
  (g) => !municipalities.some((m) => m.id === (g.properties as Props).kommunenummer),
);
if (municipalities.length !== 357 || missing.length) throw new Error(`expected 357 municipalities, missing ${missing.length}`);
// The shapes every picture shares, as arc lists (a few hundred numbers): Norway's land, the union of all
// municipalities, and the borders between counties. Merging 357 municipalities at run time took 25-30 ms of main
// thread when the first map was drawn (100+ ms on a phone); decoding the arcs takes a millisecond or two.
const collection = { type: 'GeometryCollection', geometries: municipalities } as unknown as GeometryCollection;
const withMunicipalities = { ...quantized, objects: { municipalities: collection } } as unknown as Topology<{
  municipalities: GeometryCollection;
}>;
const countyOf = (g: unknown) => String((g as { id: string }).id).slice(0, 2);
const land = mergeArcs(withMunicipalities, municipalities as never);
const counties = meshArcs(withMunicipalities, collection, (a, b) => a !== b && countyOf(a) !== countyOf(b));
const topology = {
  type: 'Topology',
  transform: quantized.transform,
  objects: {
    municipalities: { type: 'GeometryCollection', geometries: municipalities },
    land: { type: land.type, arcs: land.arcs },
    counties: { type: counties.type, arcs: counties.arcs },
  },
  arcs: quantized.arcs,
};
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const data = JSON.stringify({
  size: SIZE,
  projection: { ...PROJECTION, k: round(k), tx: round(PROJECTION.tx), ty: round(PROJECTION.ty) },
  topology,
});

const text = `// Generated by scripts/build-map.ts from data/boundaries/municipalities-2024-s.topojson: do not edit.
// Municipality boundaries 2024 © Kartverket (CC BY 4.0), simplified and projected (Lambert conformal conic).
import type { NorwayMapData } from './map-data.js';

const data: NorwayMapData = JSON.parse(${JSON.stringify(data)});
export default data;
`;

const bytes = Buffer.byteLength(data);
const gzip = gzipSync(text, { level: 9 }).length;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as out of date */
  }
  if (current !== text) {
    console.error('src/shared/map/norway-topology.generated.ts is out of date: run `npm run map` and commit it.');
    process.exit(1);
  }
  console.log('the map resource is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${quantized.arcs.length} arcs, ${bytes} bytes of JSON, ${gzip} bytes gzip`);
}
