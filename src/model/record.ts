import { z } from 'zod';
import { CaseData } from './case.ts';
import { EventData } from './event.ts';
import { IdentityDocumentData } from './identity-document.ts';
import { LocationData } from './location.ts';
import { OrganisationData } from './organisation.ts';
import { PersonData } from './person.ts';
import { Protection } from './protection.ts';
import { VehicleData } from './vehicle.ts';

/** The record types and the schema of each one's data. */
export const RECORD_DATA = {
  person: PersonData,
  document: IdentityDocumentData,
  vehicle: VehicleData,
  organisation: OrganisationData,
  location: LocationData,
  event: EventData,
  case: CaseData,
} as const;

export type RecordType = keyof typeof RECORD_DATA;
export const RECORD_TYPES = Object.keys(RECORD_DATA) as RecordType[];
export const RecordTypeSchema = z.enum(RECORD_TYPES as [RecordType, ...RecordType[]]);

/** The data-protection fields as given on input: the owner is always the node that stores the record. */
export const ProtectionInput = Protection.omit({ ownerNode: true });
export type ProtectionInput = z.infer<typeof ProtectionInput>;

/** A record as given to create or replace it. */
export const RecordInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('person'), protection: ProtectionInput, data: PersonData }),
  z.strictObject({ type: z.literal('document'), protection: ProtectionInput, data: IdentityDocumentData }),
  z.strictObject({ type: z.literal('vehicle'), protection: ProtectionInput, data: VehicleData }),
  z.strictObject({ type: z.literal('organisation'), protection: ProtectionInput, data: OrganisationData }),
  z.strictObject({ type: z.literal('location'), protection: ProtectionInput, data: LocationData }),
  z.strictObject({ type: z.literal('event'), protection: ProtectionInput, data: EventData }),
  z.strictObject({ type: z.literal('case'), protection: ProtectionInput, data: CaseData }),
]);
export type RecordInput = z.infer<typeof RecordInput>;

/** A stored record. `data` is null once the record has been erased. */
export interface StoredRecord {
  id: string;
  type: RecordType;
  protection: Protection;
  data: Record<string, unknown> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

/** A record's type and data without its protection fields (e.g. the subject of an alert). */
export type RecordContent = { [T in RecordInput['type']]: Pick<Extract<RecordInput, { type: T }>, 'type' | 'data'> }[RecordInput['type']];
