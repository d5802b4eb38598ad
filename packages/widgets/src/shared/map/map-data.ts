import type { GeometryCollection, MultiLineString, MultiPolygon, Topology } from 'topojson-specification';

/** The shipped map resource (see scripts/build-map.ts): projected, simplified, quantized municipality outlines. */
export interface NorwayMapData {
  /** The side of the square the country was fitted into (projected units). */
  size: number;
  /** The projection, to place a point: x = tx + k·rx, y = ty − k·ry, with (rx, ry) d3's raw conic conformal. */
  projection: { parallels: [number, number]; meridian: number; k: number; tx: number; ty: number };
  /**
   * Geometries have the municipality number as id. `land` (every municipality merged) and `counties` (the borders
   * between counties) are made when the resource is built, so that no picture has to merge 357 shapes.
   */
  topology: Topology<{ municipalities: GeometryCollection; land: MultiPolygon; counties: MultiLineString }>;
}
