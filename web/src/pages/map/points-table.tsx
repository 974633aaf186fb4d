import { href } from '../../routing.ts';
import type { MapPoint } from './places.ts';
import { KINDS } from './world-map.tsx';

const degrees = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(4)}° ${v >= 0 ? pos : neg}`;

/** Every plotted point, numbered as on the map: the map's content for keyboard and screen-reader users. */
export function PointsTable({ points, selected, onSelect }: { points: readonly MapPoint[]; selected: number | null; onSelect: (n: number | null) => void }) {
  return (
    <table className="map-points">
      <caption>Plotted points ({points.length})</caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Kind</th>
          <th scope="col">Place</th>
          <th scope="col">Position</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.number} className={selected === p.number ? 'selected' : undefined} onMouseEnter={() => onSelect(p.number)} onMouseLeave={() => onSelect(null)}>
            <td>{p.number}</td>
            <td>{KINDS[p.kind].label}</td>
            <td>
              {p.recordId ? <a href={href('records', p.recordId)} onFocus={() => onSelect(p.number)} onBlur={() => onSelect(null)}>{p.name}</a> : <strong>{p.name}</strong>}
              {p.detail && <span className="map-detail">{p.detail}</span>}
            </td>
            <td>
              {degrees(p.lat, 'N', 'S')}, {degrees(p.lon, 'E', 'W')}
              <span className="map-detail">by {p.placedBy}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
