import { useState } from 'react';
import { Busy } from '../components/busy.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { useLoad } from '../components/use-load.ts';
import type { PageProps } from '../pages.ts';
import { href } from '../routing.ts';
import './map/map.css';
import { PersonFinder } from './map/person-finder.tsx';
import { loadMapData, type MapData } from './map/places.ts';
import { PointsTable } from './map/points-table.tsx';
import { KINDS, WorldMap } from './map/world-map.tsx';
import { loadWorld, type World } from './map/world.ts';

/** The key of the map's shapes and colours. */
function Legend() {
  const shape = (kind: keyof typeof KINDS) => {
    const fill = KINDS[kind].colour;
    if (kind === 'location') return <circle cx="7" cy="7" r="6" fill={fill} />;
    if (kind === 'event') return <rect x="1" y="1" width="12" height="12" fill={fill} />;
    return <path d="M7,0L14,7L7,14L0,7Z" fill={fill} />;
  };
  return (
    <ul className="map-legend" aria-label="Legend">
      {(Object.keys(KINDS) as (keyof typeof KINDS)[]).map((k) => (
        <li key={k}>
          <svg width="14" height="14" aria-hidden="true">{shape(k)}</svg>
          {KINDS[k].label}
        </li>
      ))}
      <li>
        <svg width="24" height="14" aria-hidden="true"><line x1="0" y1="7" x2="24" y2="7" stroke={KINDS.crossing.colour} strokeWidth="2" strokeDasharray="5 3" /></svg>
        Movements in time order
      </li>
    </ul>
  );
}

/** The map and the table of its points side by side. */
function MapWithTable({ world, data }: { world: World; data: MapData | null }) {
  const [selected, setSelected] = useState<number | null>(null);
  const points = data?.points ?? [];
  const label = data ? `Map of the places and movements of ${data.subject.name}: ${points.length} points` : 'Map of Europe: no points';
  return (
    <div className="map-layout">
      <figure>
        <WorldMap world={world} points={points} route={data?.route ?? []} label={label} selected={selected} onSelect={setSelected} />
        <Legend />
        <figcaption>Country borders: Natural Earth 1:50m, carried with the console (no map server is contacted).</figcaption>
      </figure>
      {data && (
        <section className="map-side" tabIndex={0} aria-label="Plotted points, numbered as on the map">
          {points.length === 0 ? <p>Nothing linked to this record has coordinates.</p> : <PointsTable points={points} selected={selected} onSelect={setSelected} />}
        </section>
      )}
    </div>
  );
}

/** What could not be placed, and why. */
function Unplaced({ data }: { data: MapData }) {
  if (data.unplaced.length === 0) return null;
  return (
    <section aria-labelledby="map-unplaced">
      <h2 id="map-unplaced">Not on the map ({data.unplaced.length})</h2>
      <ul>
        {data.unplaced.map((u, i) => (
          <li key={i}>
            <strong>{u.name}</strong>: {u.reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Map of locations and movements, offline: `#/map` finds a person;
 * `#/map/<recordId>` shows the places of a record and of the records linked to
 * it (locations, events and their locations) and, for a person, the crossings
 * of their movements recorded here, with what could not be placed.
 */
export function MapPage({ route }: PageProps) {
  const id = route[0];
  const world = useLoad(loadWorld, []);
  const data = useLoad(() => (id ? loadMapData(id) : Promise.resolve(null)), [id]);

  return (
    <>
      <h1>Map{data.data ? ` — ${data.data.subject.name}` : ''}</h1>
      {id ? (
        <>
          <p>
            Places of this {data.data?.subject.type ?? 'record'} and of the records linked to it
            {data.data?.subject.type === 'person' ? ', and the border crossings of the movements recorded here' : ''}. Every record read
            for the map is a consultation under your purpose and justification.{' '}
            <a href={href('map')}>Another person</a>
            {data.data && <> · <a href={href('records', data.data.subject.id)}>Open the record</a></>}
          </p>
          {data.data?.subject.type === 'person' && (
            <p>{data.data.movements === 0 ? 'No movements of this person are recorded here.' : `${data.data.movements} movement${data.data.movements === 1 ? '' : 's'} recorded here.`}</p>
          )}
        </>
      ) : (
        <>
          <p>Shows a person’s places (locations and events linked to their record) and their movements across the border. Finding the person is a consultation: set a purpose and justification at the top first.</p>
          <PersonFinder />
        </>
      )}
      {data.loading && id && <Busy label="Reading the records for the map" />}
      {data.error ? (
        <>
          <ErrorMessage error={data.error} />
          <button type="button" onClick={data.reload}>Load again</button>
        </>
      ) : null}
      <ErrorMessage error={world.error} />
      {world.loading && <Busy label="Loading the country borders" />}
      {world.data && !(id && data.loading) && <MapWithTable world={world.data} data={data.data} />}
      {data.data && <Unplaced data={data.data} />}
    </>
  );
}
