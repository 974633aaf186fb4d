import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Country shapes and the borders between them, from Natural Earth 1:50m (world-atlas), bundled with the console: no tile server, nothing fetched from the internet. */
export interface World {
  land: FeatureCollection;
  borders: MultiLineString;
}

/** Loads the bundled country borders (a separate chunk of the console, loaded when the map is first shown). */
export async function loadWorld(): Promise<World> {
  const json = (await import('world-atlas/countries-50m.json')).default as unknown;
  const topology = json as Topology<{ countries: GeometryCollection }>;
  return {
    land: feature(topology, topology.objects.countries),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}
