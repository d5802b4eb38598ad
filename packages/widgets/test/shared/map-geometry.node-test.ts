// The map resource carries Norway's land and the county borders already merged (scripts/build-map.ts), so that the
// first map drawn on a page does not merge 357 municipalities on the main thread. Those shapes must be exactly what
// merging and meshing the municipalities gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feature, merge, mesh } from 'topojson-client';
import data from '../../src/shared/map/norway-topology.generated.js';
import { mapPicture } from '../../src/shared/map/map-geometry.js';

const topology = data.topology;
const municipalities = topology.objects.municipalities;
const county = (g: unknown) => String((g as { id: string }).id).slice(0, 2);
const points = (geometry: { coordinates: unknown }) => JSON.stringify(geometry.coordinates);

test('the land in the resource is the union of every municipality', () => {
  assert.equal(points(feature(topology, topology.objects.land).geometry), points(merge(topology, municipalities.geometries as never)));
});

test('the county borders in the resource are the borders between municipalities of different counties', () => {
  const expected = mesh(topology, municipalities, (a, b) => a !== b && county(a) !== county(b));
  assert.equal(points(feature(topology, topology.objects.counties).geometry), points(expected));
});

test("a centre's picture is framed on its county, with the land, the borders and the served area drawn", () => {
  const picture = mapPicture(['5612', '5610'], [{ lat: 69.0, lon: 23.0 }])!;
  assert.equal(picture.scope, 'county');
  assert.deepEqual(picture.shown, ['5612', '5610']);
  assert.match(picture.land, /^M[\d. ]+L/);
  assert.ok(picture.borders.length > 100 && picture.served.length > 100);
  const [x, y, w, h] = picture.viewBox.split(' ').map(Number);
  const [pin] = picture.pins;
  assert.ok(pin!.x > x! && pin!.x < x! + w! && pin!.y > y! && pin!.y < y! + h!, 'the site lies in the view');
  assert.equal(mapPicture(['0301', '5612'])!.scope, 'country');
});
