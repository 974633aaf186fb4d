import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import type { MapPoint, PointKind } from './places.ts';
import type { World } from './world.ts';

const WIDTH = 800;
const HEIGHT = 560;
const PAD = 36;
/** Europe, shown when there is nothing to plot. */
const EUROPE: [[number, number], [number, number]] = [[-11, 35], [32, 62]];

/** Kind of point: its words, and its shape and colour (shape too, so colour is not the only difference). */
export const KINDS: Record<PointKind, { label: string; colour: string }> = {
  location: { label: 'Location', colour: '#0b5394' },
  event: { label: 'Event', colour: '#a4161a' },
  crossing: { label: 'Border crossing', colour: '#1e6b2f' },
};

/** The bounding box of the points, at least a few degrees wide so that one point is not a whole map. */
function extentOf(points: readonly MapPoint[]): [[number, number], [number, number]] {
  if (points.length === 0) return EUROPE;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const span = Math.max(hi - lo, min) * 1.15;
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  const [west, east] = grow(w, e, 4);
  const [south, north] = grow(s, n, 3);
  return [[Math.max(west, -179), Math.max(south, -80)], [Math.min(east, 179), Math.min(north, 84)]];
}

/** A point's marker: a circle (location), a square (event) or a diamond (crossing). */
function Marker({ kind, x, y, r }: { kind: PointKind; x: number; y: number; r: number }) {
  const fill = KINDS[kind].colour;
  if (kind === 'location') return <circle cx={x} cy={y} r={r} fill={fill} stroke="#fff" strokeWidth={1.5} />;
  if (kind === 'event') return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={fill} stroke="#fff" strokeWidth={1.5} />;
  return <path d={`M${x},${y - r * 1.25}L${x + r * 1.25},${y}L${x},${y + r * 1.25}L${x - r * 1.25},${y}Z`} fill={fill} stroke="#fff" strokeWidth={1.5} />;
}

/**
 * The map: country borders drawn as SVG in a Mercator projection fitted to
 * the points, the points numbered as in the table beside it, and the route of
 * the movements in time order. Each point is focusable and titled.
 */
export function WorldMap({
  world,
  points,
  route,
  label,
  selected,
  onSelect,
}: {
  world: World;
  points: readonly MapPoint[];
  route: readonly MapPoint[];
  label: string;
  selected: number | null;
  onSelect: (n: number | null) => void;
}) {
  const drawn = useMemo(() => {
    const [[w, s], [e, n]] = extentOf(points);
    const corners = { type: 'MultiPoint' as const, coordinates: [[w, s], [e, s], [e, n], [w, n]] };
    const projection = geoMercator().fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], corners);
    const path = geoPath(projection);
    // Points at the same place (several crossings at one airport) are spread around it.
    const seen = new Map<string, number>();
    const xy = points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      const key = `${Math.round(x / 6)},${Math.round(y / 6)}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      if (k === 0) return { p, x, y, anchor: null as null | [number, number] };
      const angle = (k - 1) * (Math.PI / 3) - Math.PI / 2;
      return { p, x: x + 15 * Math.cos(angle), y: y + 15 * Math.sin(angle), anchor: [x, y] as [number, number] };
    });
    const byNumber = new Map(xy.map((q) => [q.p.number, q]));
    const line = route.map((p) => byNumber.get(p.number)).filter((q) => q !== undefined);
    return { land: path(world.land) ?? '', borders: path(world.borders) ?? '', xy, line };
  }, [world, points, route]);

  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label}>
      <defs>
        <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L10,5L0,10Z" fill={KINDS.crossing.colour} />
        </marker>
      </defs>
      <rect width={WIDTH} height={HEIGHT} fill="#dbe9f6" aria-hidden="true" />
      <path d={drawn.land} fill="#f4f1ea" stroke="#8a9099" strokeWidth={0.6} aria-hidden="true" />
      <path d={drawn.borders} fill="none" stroke="#8a9099" strokeWidth={0.8} aria-hidden="true" />
      <g aria-hidden="true">
        {drawn.line.slice(1).map((q, i) => {
          const from = drawn.line[i];
          // Stop short of the point so that the arrowhead shows beside its marker.
          const length = Math.hypot(q.x - from.x, q.y - from.y);
          const cut = length > 20 ? 10 / length : 0;
          return (
            <line key={i} x1={from.x} y1={from.y} x2={q.x - (q.x - from.x) * cut} y2={q.y - (q.y - from.y) * cut} stroke={KINDS.crossing.colour} strokeWidth={1.8} strokeDasharray="6 4" markerEnd="url(#map-arrow)" />
          );
        })}
        {drawn.xy.map((q) => q.anchor && <line key={q.p.number} x1={q.anchor[0]} y1={q.anchor[1]} x2={q.x} y2={q.y} stroke="#4b5563" strokeWidth={1} />)}
      </g>
      {drawn.xy.map(({ p, x, y }) => {
        const name = `${p.number}. ${KINDS[p.kind].label}: ${p.name}${p.detail ? ` — ${p.detail}` : ''}`;
        const on = selected === p.number;
        return (
          <g
            key={p.number}
            className="map-point"
            tabIndex={0}
            role="img"
            aria-label={name}
            onFocus={() => onSelect(p.number)}
            onBlur={() => onSelect(null)}
            onMouseEnter={() => onSelect(p.number)}
            onMouseLeave={() => onSelect(null)}
          >
            <title>{name}</title>
            {on && <circle cx={x} cy={y} r={14} fill="none" stroke="#f0a500" strokeWidth={3} />}
            <Marker kind={p.kind} x={x} y={y} r={on ? 8 : 6} />
            <text x={x + 9} y={y - 7} className="map-label" aria-hidden="true">{p.number}</text>
          </g>
        );
      })}
    </svg>
  );
}
