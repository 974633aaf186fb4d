/**
 * A seeded generator of synthetic Liaison data: invented persons with their
 * documents and vehicles, and a few organisations, locations, events and cases,
 * linked together. The same seed always gives the same dataset.
 */
import { invalidInput } from '../core/errors.ts';
import { SeededRandom } from '../core/random.ts';
import type { LINK_TYPES } from '../model/link.ts';
import { FullDate, NodeId } from '../model/primitives.ts';
import type { RecordInput } from '../model/record.ts';
import { dayOf } from './draw.ts';
import { drawPerson } from './people.ts';
import { caseRecord, documentRecord, eventRecord, locationRecord, organisationRecord, personRecord, vehicleRecord } from './records.ts';

export { generatePersonRows, PERSON_CSV_COLUMNS, toCsv, type PersonCsvRow } from './persons-csv.ts';

/** A type of link between records. */
export type LinkType = (typeof LINK_TYPES)[number];

/** A link between two records of a dataset, by their positions in `records`. */
export interface DatasetLink {
  fromIndex: number;
  toIndex: number;
  type: LinkType;
}

/** Generated records and the links between them. */
export interface Dataset {
  records: RecordInput[];
  links: DatasetLink[];
}

/** What to generate: the seed, how many persons, the owning node (case references), the day review dates count from. */
export interface DatasetOptions {
  seed: number;
  persons: number;
  /** The node that leads the generated cases; `synth-node` unless given. */
  nodeId?: string;
  /** YYYY-MM-DD; `2026-11-28` unless given. */
  today?: string;
}

/**
 * Generates `persons` invented persons, about 60% holding an identity document
 * and 30% owning a vehicle, plus organisations (1 per 50 persons), locations
 * (1 per 20), events (1 per 25) and cases (1 per 200), with links such as
 * person `holder_of` document and event `part_of_case` case. Every record
 * passes `RecordInput`; about 5% have a review date before `today`.
 * Runs in linear time: 100,000 persons take about a second.
 *
 * @example const { records, links } = generateDataset({ seed: 42, persons: 500 });
 */
export function generateDataset(options: DatasetOptions): Dataset {
  const { seed, persons, nodeId = 'synth-node', today = '2026-11-28' } = options;
  if (!Number.isInteger(persons) || persons < 0) throw invalidInput('persons must be a whole number of at least 0', [{ path: 'persons', message: 'must be an integer >= 0' }]);
  if (!FullDate.safeParse(today).success) throw invalidInput('today must be a date as YYYY-MM-DD', [{ path: 'today', message: 'must be YYYY-MM-DD' }]);
  if (!NodeId.safeParse(nodeId).success) throw invalidInput('nodeId must be a node id such as de-bka', [{ path: 'nodeId', message: 'must be a node id' }]);

  const rng = new SeededRandom(seed);
  const day = dayOf(today);
  const records: RecordInput[] = [];
  const links: DatasetLink[] = [];
  const add = (record: RecordInput): number => records.push(record) - 1;
  const link = (fromIndex: number, toIndex: number, type: LinkType) => links.push({ fromIndex, toIndex, type });
  const share = (per: number) => (persons === 0 ? 0 : Math.max(1, Math.round(persons / per)));
  const indexes = (count: number, make: (i: number) => RecordInput) => Array.from({ length: count }, (_, i) => add(make(i)));

  const cases = indexes(share(200), (i) => caseRecord(rng, day, nodeId, i + 1));
  const organisations = indexes(share(50), () => organisationRecord(rng, day));
  const locations = indexes(share(20), () => locationRecord(rng, day));
  const events = indexes(share(25), () => eventRecord(rng, day));
  for (const event of events) {
    if (rng.chance(0.5)) link(event, rng.pick(locations), 'located_at');
    if (rng.chance(0.6)) link(event, rng.pick(cases), 'part_of_case');
  }

  const people: number[] = [];
  for (let i = 0; i < persons; i++) {
    const p = drawPerson(rng, day);
    const record = personRecord(rng, p, day);
    const person = add(record);
    const related = { ...record.protection, nature: 'fact' as const, assessments: [] };
    if (rng.chance(0.6)) link(person, add(documentRecord(rng, p, { ...related }, day)), 'holder_of');
    if (rng.chance(0.3)) link(person, add(vehicleRecord(rng, p, { ...related })), 'owner_of');
    if (p.category !== 'victim' && p.category !== 'witness' && rng.chance(0.06)) link(person, rng.pick(organisations), 'member_of');
    if (rng.chance(0.1)) link(person, rng.pick(locations), 'resides_at');
    if (rng.chance(0.1)) link(person, rng.pick(events), 'involved_in');
    if (p.category !== 'contact' && p.category !== 'other' && rng.chance(0.08)) link(person, rng.pick(cases), 'part_of_case');
    if (people.length > 0 && rng.chance(0.04)) link(person, rng.pick(people), rng.chance(0.7) ? 'associate_of' : 'family_of');
    people.push(person);
  }
  return { records, links };
}
