import { api } from '../../api.ts';
import { knownCrossingPoint } from './crossing-points.ts';

/** A record as the node returns it, with its links. */
export interface RecordView {
  id: string;
  type: string;
  data: Record<string, unknown> | null;
  erasedAt: string | null;
  links?: { id: string; fromId: string; toId: string; type: string }[];
}

/** A movement across the border as the node returns it (only what the map shows). */
export interface MovementView {
  id: string;
  direction: 'entry' | 'exit';
  at: string;
  crossingPoint: string;
  flight: string | null;
}

/** What a plotted point stands for. */
export type PointKind = 'location' | 'event' | 'crossing';

/** A point on the map: a location record, the place of an event, or a border crossing of a movement. */
export interface MapPoint {
  /** Numbered from 1 in the order of the table, and shown on the map. */
  number: number;
  kind: PointKind;
  name: string;
  detail: string;
  lat: number;
  lon: number;
  /** Where the coordinates come from, in words. */
  placedBy: string;
  /** The record the point is, for a link to it. */
  recordId?: string;
}

/** Something that has a place but could not be put on the map, and why. */
export interface Unplaced {
  name: string;
  reason: string;
}

/** Everything the map shows for one record. */
export interface MapData {
  subject: { id: string; type: string; name: string };
  points: MapPoint[];
  /** The crossing points of the movements that could be placed, in time order: the route drawn between them. */
  route: MapPoint[];
  movements: number;
  unplaced: Unplaced[];
}

/** At most this many linked records are read for one map (each read is a consultation). */
export const MAX_LINKED = 60;

type Coordinates = { lat: number; lon: number };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function coordinatesOf(v: unknown): Coordinates | undefined {
  const c = v as Partial<Coordinates> | undefined;
  return c && typeof c.lat === 'number' && typeof c.lon === 'number' ? { lat: c.lat, lon: c.lon } : undefined;
}

/** A short name of a record of any type, for the table and the points' titles. */
export function recordName(record: RecordView): string {
  const d = record.data;
  if (!d) return `erased ${record.type}`;
  switch (record.type) {
    case 'person': {
      const n = (d.names as { fullName?: string; givenNames?: string[]; familyName?: string }[] | undefined)?.[0];
      return n?.fullName ?? ([...(n?.givenNames ?? []), n?.familyName ?? ''].join(' ').trim() || 'person');
    }
    case 'location': {
      const a = d.address as { street?: string; city?: string; country?: string } | undefined;
      const address = a ? [a.street, a.city, a.country].filter(Boolean).join(', ') : undefined;
      return [str(d.label), address].filter(Boolean).join(' — ') || 'location';
    }
    case 'event': {
      const offence = d.offence as { label?: string; iccs?: string } | undefined;
      return offence?.label ?? `offence ${offence?.iccs ?? ''}`.trim();
    }
    case 'organisation':
      return str(d.name) ?? 'organisation';
    case 'case':
      return str(d.reference) ?? str(d.title) ?? 'case';
    case 'vehicle':
      return str(d.plate) ?? 'vehicle';
    case 'document':
      return str(d.number) ?? 'document';
    default:
      return record.type;
  }
}

const getRecord = (id: string) => api<RecordView>('GET', `/api/v1/records/${encodeURIComponent(id)}`);
const otherEnd = (record: RecordView) => (record.links ?? []).map((l) => (l.fromId === record.id ? l.toId : l.fromId));

function formatWhen(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, (_m, _s, zone: string) => (zone === 'Z' ? ' UTC' : ` ${zone}`));
}

/** Whether a location record names a crossing point code: its label is the code, or holds it as a word (e.g. "Frankfurt airport (FRA)"). */
function namesCode(location: RecordView, code: string): boolean {
  const label = str(location.data?.label)?.toUpperCase();
  if (!label) return false;
  return label === code || label.split(/[^A-Z0-9-]+/).includes(code);
}

/**
 * Reads a record, the records linked to it (and the locations of linked
 * events), and, for a person, the movements recorded here; then places what
 * has a place: locations and events by their coordinates, crossings by a
 * location record of the same code or the table of known airports. Every read
 * is a consultation under the officer's purpose and justification.
 */
export async function loadMapData(id: string): Promise<MapData> {
  const root = await getRecord(id);
  const records = new Map<string, RecordView>([[root.id, root]]);
  const unplaced: Unplaced[] = [];
  const linkedIds = [...new Set(otherEnd(root))].filter((x) => !records.has(x));
  if (linkedIds.length > MAX_LINKED) unplaced.push({ name: `${linkedIds.length - MAX_LINKED} linked records`, reason: `only the first ${MAX_LINKED} linked records are read for the map` });
  for (const r of await Promise.all(linkedIds.slice(0, MAX_LINKED).map(getRecord))) records.set(r.id, r);

  // The locations of linked events (event located_at location), one step further.
  const events = [...records.values()].filter((r) => r.type === 'event');
  const eventPlaces = new Map<string, string[]>();
  const further = new Set<string>();
  for (const e of events) {
    const places = (e.links ?? []).filter((l) => l.type === 'located_at' && l.fromId === e.id).map((l) => l.toId);
    eventPlaces.set(e.id, places);
    for (const p of places) if (!records.has(p)) further.add(p);
  }
  for (const r of await Promise.all([...further].slice(0, MAX_LINKED).map(getRecord))) records.set(r.id, r);

  const movements =
    root.type === 'person' ? (await api<{ movements: MovementView[] }>('GET', `/api/v1/persons/${encodeURIComponent(root.id)}/movements`)).movements : [];

  const points: Omit<MapPoint, 'number'>[] = [];
  const locations = [...records.values()].filter((r) => r.type === 'location');
  for (const l of locations) {
    const at = coordinatesOf(l.data?.coordinates);
    const a = l.data?.address as { postalCode?: string; city?: string; country?: string } | undefined;
    const detail = a ? [a.postalCode, a.city, a.country].filter(Boolean).join(' ') : 'no address';
    if (at) points.push({ kind: 'location', name: recordName(l), detail, ...at, placedBy: 'the location record', recordId: l.id });
    else unplaced.push({ name: `Location: ${recordName(l)}`, reason: l.data ? 'the record has an address but no coordinates' : 'the record is erased' });
  }
  for (const e of events) {
    const place = e.data?.place as { description?: string; country?: string; coordinates?: unknown } | undefined;
    const where = [place?.description, place?.country].filter(Boolean).join(', ');
    const when = str(e.data?.occurredAt);
    const detail = [when && formatWhen(when), where].filter(Boolean).join(', ');
    const own = coordinatesOf(place?.coordinates);
    const located = (eventPlaces.get(e.id) ?? []).map((p) => records.get(p)).find((r) => coordinatesOf(r?.data?.coordinates));
    if (own) points.push({ kind: 'event', name: recordName(e), detail, ...own, placedBy: 'the event’s place', recordId: e.id });
    else if (located) points.push({ kind: 'event', name: recordName(e), detail, ...coordinatesOf(located.data!.coordinates)!, placedBy: `its location: ${recordName(located)}`, recordId: e.id });
    else unplaced.push({ name: `Event: ${recordName(e)}${detail ? ` (${detail})` : ''}`, reason: e.data ? 'the event has no coordinates and no located location with coordinates' : 'the record is erased' });
  }

  const ordered = [...movements].sort((a, b) => a.at.localeCompare(b.at));
  const crossings: Omit<MapPoint, 'number'>[] = [];
  const unplacedCodes = new Map<string, number>();
  for (const m of ordered) {
    const code = m.crossingPoint.toUpperCase();
    const detail = `${m.direction === 'entry' ? 'Entry' : 'Exit'} ${formatWhen(m.at)}${m.flight ? `, flight ${m.flight}` : ''}`;
    const byRecord = locations.find((l) => namesCode(l, code) && coordinatesOf(l.data?.coordinates));
    const known = knownCrossingPoint(code);
    if (byRecord) crossings.push({ kind: 'crossing', name: code, detail, ...coordinatesOf(byRecord.data!.coordinates)!, placedBy: `location record: ${recordName(byRecord)}` });
    else if (known) crossings.push({ kind: 'crossing', name: code, detail, lat: known.lat, lon: known.lon, placedBy: `known crossing point: ${known.name}` });
    else unplacedCodes.set(code, (unplacedCodes.get(code) ?? 0) + 1);
  }
  for (const [code, count] of unplacedCodes) {
    unplaced.push({ name: `Crossing point ${code} (${count} movement${count === 1 ? '' : 's'})`, reason: 'no location record names this code and it is not in the table of known crossing points' });
  }

  const numbered = [...points, ...crossings].map((p, i) => ({ ...p, number: i + 1 }));
  return {
    subject: { id: root.id, type: root.type, name: recordName(root) },
    points: numbered,
    route: numbered.filter((p) => p.kind === 'crossing'),
    movements: movements.length,
    unplaced,
  };
}
