import type { GeometryCollection, Topology } from 'topojson-specification';

/** The shipped map resource (see scripts/build-map.ts): projected, simplified, quantized municipality outlines. */
export interface NorwayMapData {
  /** The side of the square the country was fitted into (projected units). */
  size: number;
  /** The projection, to place a point: x = tx + k·rx, y = ty − k·ry, with (rx, ry) d3's raw conic conformal. */
  projection: { parallels: [number, number]; meridian: number; k: number; tx: number; ty: number };
  /** Geometries have the municipality number as id. */
  topology: Topology<{ municipalities: GeometryCollection }>;
}
