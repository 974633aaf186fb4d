import { words } from '../../components/format.ts';

/** The data-protection fields every record carries (see src/model/protection.ts). */
export interface Protection {
  ownerNode: string;
  subjectCategory: string;
  sourceReliability: string;
  informationAccuracy: number;
  handlingCode: string;
  tlp: string;
  legalBasis: string;
  reviewBy: string;
  nature: string;
  assessments: { statement: string; assessedBy: string; assessedOn: string }[];
}

/** A record as the node returns it; `data` is null once erased. */
export interface StoredRecord {
  id: string;
  type: string;
  protection: Protection;
  data: Record<string, unknown> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

/** A typed link between two records. */
export interface RecordLink {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  note?: string;
  createdAt: string;
}

/** A record with its links, as `GET /api/v1/records/{id}` returns it. */
export type RecordWithLinks = StoredRecord & { links: RecordLink[] };

/** A UUID, as record ids are. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first eight characters of an id, enough to tell records apart on screen. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** A person's name as records hold it. */
export interface NameLike {
  kind?: string;
  givenNames?: string[];
  familyName?: string;
  fullName?: string;
  script?: string;
}

/** A person's name as one string. */
export function nameText(name: NameLike): string {
  return name.fullName ?? [...(name.givenNames ?? []), name.familyName].filter(Boolean).join(' ');
}

/** The best name to show of a person: the primary name in Latin script if any, else the first. */
function personName(data: Record<string, unknown>): string {
  const names = (data.names as NameLike[] | undefined) ?? [];
  const latin = names.find((n) => (n.script ?? 'Latn') === 'Latn');
  const chosen = latin ?? names[0];
  return chosen ? nameText(chosen) : '';
}

/** What identifies a record to an officer: a name, a number, a plate, a reference (without its type). */
export function describe(record: Pick<StoredRecord, 'type' | 'data'>): string {
  const d = record.data;
  if (!d) return 'erased';
  switch (record.type) {
    case 'person':
      return [personName(d), d.dateOfBirth ? `b. ${String(d.dateOfBirth)}` : ''].filter(Boolean).join(', ');
    case 'document':
      return [d.documentType ? words(String(d.documentType)) : '', d.number, d.issuingState].filter(Boolean).join(' ');
    case 'vehicle':
      return [d.plate, d.vin && !d.plate ? d.vin : '', d.make, d.model].filter(Boolean).join(' ');
    case 'organisation':
      return String(d.name ?? '');
    case 'location': {
      const a = d.address as { street?: string; city?: string; country?: string } | undefined;
      return String(d.label ?? [a?.street, a?.city, a?.country].filter(Boolean).join(', '));
    }
    case 'event': {
      const o = d.offence as { iccs?: string; label?: string } | undefined;
      return [o?.label ?? o?.iccs, String(d.occurredAt ?? '').slice(0, 10)].filter(Boolean).join(', ');
    }
    case 'case':
      return [d.reference, d.title].filter(Boolean).join(' ');
    default:
      return '';
  }
}

/** A short label of a record: its type and what identifies it, e.g. `vehicle B-XY 123`. */
export function shortLabel(record: Pick<StoredRecord, 'type' | 'data'>): string {
  const what = describe(record);
  return what ? `${record.type} ${what}` : record.type;
}
