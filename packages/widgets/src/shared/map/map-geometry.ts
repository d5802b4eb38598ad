/**
 * The map's drawing, loaded lazily (its own chunk, with the boundaries): which
 * municipalities a centre serves, shaded on the outline of their county (or of
 * Norway when they lie in several counties), with a pin per site. Geometry by
 * topojson-client (feature to decode, merge and mesh for a picture's own parts; the land and the county borders
 * come merged from the build) and d3-geo's projection; the shapes
 * come out as SVG path data in the resource's projected units.
 */
import { geoConicConformalRaw } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import data from './norway-topology.generated.js';

export interface MapPoint {
  lat: number;
  lon: number;
}

export interface MapPicture {
  /** `county` when every served municipality is in one county, else `country`. */
  scope: 'county' | 'country';
  /** The SVG viewBox, "x y width height". */
  viewBox: string;
  /** Norway's land (the view shows the part around the served municipalities). */
  land: string;
  /** Borders: of the county's municipalities (county), or between counties (country). */
  borders: string;
  /** The served municipalities. */
  served: string;
  /** Pins, in viewBox units; `r` is a good radius for this view. */
  pins: { x: number; y: number }[];
  r: number;
  /** Municipality numbers that were found on the map (unknown numbers are left out). */
  shown: string[];
}

type Geometry = GeometryObject & { id?: string | number };
const topology = data.topology;
const geometries = topology.objects.municipalities.geometries as Geometry[];
const byId = new Map(geometries.map((g) => [String(g.id), g]));
const countyOf = (g: Geometry) => String(g.id).slice(0, 2);

const { parallels, meridian, k, tx, ty } = data.projection;
const raw = geoConicConformalRaw((parallels[0] * Math.PI) / 180, (parallels[1] * Math.PI) / 180);

/** A point's place on the map (the same projection the boundaries were drawn with). */
export function project(point: MapPoint): [number, number] {
  const [x, y] = raw(((point.lon - meridian) * Math.PI) / 180, (point.lat * Math.PI) / 180);
  return [tx + k * x, ty - k * y];
}

const num = (n: number) => String(Math.round(n * 10) / 10);
const line = (points: number[][]) => `M${points.map((p) => `${num(p[0]!)} ${num(p[1]!)}`).join('L')}`;

/** SVG path data of GeoJSON geometry (polygons closed, lines open). */
function pathData(geometry: { type: string; coordinates: unknown }): string {
  switch (geometry.type) {
    case 'Polygon':
      return (geometry.coordinates as number[][][]).map((ring) => `${line(ring)}Z`).join('');
    case 'MultiPolygon':
      return (geometry.coordinates as number[][][][]).flatMap((polygon) => polygon.map((ring) => `${line(ring)}Z`)).join('');
    case 'LineString':
      return line(geometry.coordinates as number[][]);
    case 'MultiLineString':
      return (geometry.coordinates as number[][][]).map(line).join('');
    default:
      return '';
  }
}

function bounds(geometry: { coordinates: unknown }, into: [number, number, number, number]): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [x, y] = value as number[];
      into[0] = Math.min(into[0], x!);
      into[1] = Math.min(into[1], y!);
      into[2] = Math.max(into[2], x!);
      into[3] = Math.max(into[3], y!);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  visit(geometry.coordinates);
}

// The whole country and the county borders are the same for every picture: made once.
let country: { land: string; counties: string; box: [number, number, number, number] } | undefined;
function countryShapes() {
  if (!country) {
    // Merged and meshed when the resource was built (scripts/build-map.ts): only decoded here.
    const land = feature(topology, topology.objects.land).geometry;
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    bounds(land, box);
    const counties = feature(topology, topology.objects.counties).geometry;
    country = { land: pathData(land), counties: pathData(counties), box };
  }
  return country;
}

/** The smallest side of a county view (projected units, 1 ≈ 1.8 km), so Oslo shows its surroundings too. */
const MIN_VIEW = 70;

/**
 * The picture for a centre: its served municipalities (numbers) and its sites'
 * coordinates, on the country's land. Served municipalities in one county are
 * shown on that county (its municipalities' borders drawn, the view around it);
 * in several counties, on the whole country with the county borders. Undefined
 * when none of the municipalities is on the map.
 */
export function mapPicture(municipalities: readonly string[], sites: readonly MapPoint[] = []): MapPicture | undefined {
  const served = municipalities.map((n) => byId.get(n)).filter((g): g is Geometry => !!g);
  if (!served.length) return undefined;
  const counties = new Set(served.map(countyOf));
  const scope = counties.size === 1 ? 'county' : 'country';
  const whole = countryShapes();
  let box: [number, number, number, number];
  let borders: string;
  if (scope === 'county') {
    const county = [...counties][0]!;
    const inCounty = (g: unknown) => countyOf(g as Geometry) === county;
    box = [Infinity, Infinity, -Infinity, -Infinity];
    // The county's extent: the extent of its municipalities (no need to merge them).
    for (const g of geometries.filter(inCounty)) bounds(feature(topology, g as never).geometry, box);
    borders = pathData(mesh(topology, topology.objects.municipalities, (a, b) => a !== b && (inCounty(a) || inCounty(b))));
  } else {
    box = [...whole.box];
    borders = whole.counties;
  }
  const pins = sites.map(project).map(([x, y]) => ({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 }));
  for (const pin of pins) bounds({ coordinates: [pin.x, pin.y] }, box);
  const grow = (lo: number, hi: number): [number, number] => {
    const side = Math.max(hi - lo, MIN_VIEW);
    const mid = (lo + hi) / 2;
    return [mid - side / 2, mid + side / 2];
  };
  if (scope === 'county') {
    [box[0], box[2]] = grow(box[0], box[2]);
    [box[1], box[3]] = grow(box[1], box[3]);
  }
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  const pad = Math.max(width, height) * 0.05;
  const viewBox = [box[0] - pad, box[1] - pad, width + 2 * pad, height + 2 * pad].map(num).join(' ');
  return {
    scope,
    viewBox,
    land: whole.land,
    borders,
    served: pathData(merge(topology, served as never)),
    pins,
    r: Math.max(width, height) * 0.018,
    shown: served.map((g) => String(g.id)),
  };
}

/** The outline of a municipality as GeoJSON (for tests and tools). */
export function municipalityFeature(number: string) {
  const geometry = byId.get(number);
  return geometry ? feature(topology, geometry as never) : undefined;
}
