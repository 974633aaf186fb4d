import { z } from 'zod';
import { IccsCode } from '../model/event.ts';
import { NodeId, PartialDate, text } from '../model/primitives.ts';
import { Protection } from '../model/protection.ts';
import { ProtectionInput } from '../model/record.ts';
import { isIcaoCode } from './country-codes.ts';

/** An ICAO 9303 country code as travel documents and PAXLST carry it: `DEU`, `D`, `XXA` (stateless), `UTO` (specimen). */
export const IcaoCountry = z
  .string()
  .regex(/^[A-Z]{1,3}$/, 'must be an ICAO 9303 code such as DEU')
  .refine(isIcaoCode, { message: 'must be an ICAO 9303 code such as DEU, D, XXA or UTO' });

/** Whether a movement enters or leaves the country of the recording node. */
export const Direction = z.enum(['entry', 'exit']);
export type Direction = z.infer<typeof Direction>;

/** The person who crossed, as the document or passenger list names them. */
export const MovementPerson = z
  .strictObject({
    surname: text(200).optional(),
    givenNames: z.array(text(100)).max(10).default([]),
    dateOfBirth: PartialDate.optional(),
    nationality: IcaoCountry.optional(),
    sex: z.enum(['female', 'male', 'unspecified']).optional(),
  })
  .refine((p) => p.surname || p.givenNames.length > 0, { message: 'a person needs a surname or a given name' });
export type MovementPerson = z.infer<typeof MovementPerson>;

/** The travel document shown. A number is kept as read: never corrected. */
export const MovementDocument = z.strictObject({
  type: z.enum(['passport', 'id_card', 'visa', 'residence_permit', 'other']),
  number: z.string().trim().regex(/^[A-Za-z0-9]{1,35}$/, 'must be 1–35 letters and digits').transform((n) => n.toUpperCase()),
  issuingCountry: IcaoCountry.optional(),
  expiresOn: PartialDate.optional(),
});
export type MovementDocument = z.infer<typeof MovementDocument>;

/** Where and when: a border crossing point or airport code, the flight, the direction and the time. */
const Crossing = {
  /** An airport (IATA `LUX`, ICAO `ELLX`) or a border crossing point code. */
  crossingPoint: z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, 'must be 2–20 letters, digits or hyphens (IATA, ICAO or BCP code)'),
  flight: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,3}[0-9]{1,4}[A-Z]?$/, 'must be a flight number such as LX123').optional(),
  direction: Direction,
  at: z.iso.datetime({ offset: true }),
  /** Data-protection fields; those left out take the defaults of an import (category other, X4, H0, AMBER, review in 3 years). */
  protection: ProtectionInput.partial().optional(),
};

/** A movement given field by field (source `manual`). */
export const NewMovement = z
  .strictObject({ person: MovementPerson.optional(), document: MovementDocument.optional(), ...Crossing })
  .refine((m) => m.person || m.document, { message: 'a movement needs a person or a document' });
export type NewMovement = z.infer<typeof NewMovement>;

/** A movement read from a machine-readable zone (source `mrz`). */
export const MrzMovement = z.strictObject({ mrz: z.union([z.string().max(400), z.array(z.string().max(100)).min(1).max(10)]), ...Crossing });
export type MrzMovement = z.infer<typeof MrzMovement>;

/** A PAXLST interchange: every traveller becomes a movement (source `paxlst`), an entry at the arrival airport or an exit at the departure airport. */
export const PaxlstMovements = z.strictObject({
  paxlst: z.string().min(10).max(2_000_000),
  direction: Direction.default('entry'),
  protection: ProtectionInput.partial().optional(),
});

/** Several movements at once: all stored, or none. */
export const MovementBatch = z.strictObject({ movements: z.array(z.unknown()).min(1).max(10_000) });

/** The kinds of movement sources. */
export type MovementSource = 'mrz' | 'paxlst' | 'manual';

/** How a movement was linked to a person record: by the matcher at or above its threshold, or by an exact document number. */
export interface MovementLink {
  personId: string;
  /** The matcher's score (0–1); 1 for a document-number link the matcher did not score. */
  score: number;
  method: 'matcher' | 'document_number';
  automatic: true;
}

/** A stored movement. */
export interface Movement {
  id: string;
  source: MovementSource;
  direction: Direction;
  at: string;
  crossingPoint: string;
  flight: string | null;
  person: { surname: string | null; givenNames: string[]; dateOfBirth: string | null; nationality: string | null; sex: string | null } | null;
  document: {
    type: string;
    number: string;
    issuingCountry: string | null;
    expiresOn: string | null;
    /** The MRZ as read, its validity and its problems (check digits reported, never corrected). */
    mrz: string | null;
    mrzValid: boolean | null;
    mrzProblems: string[];
  } | null;
  protection: Protection;
  link: MovementLink | null;
  /** The PAXLST interchange and message, or null. */
  sourceReference: string | null;
  createdAt: string;
}

/**
 * The fields of a movement an agreement may release (`autoRelease.movement`):
 * the crossing (`direction`, `at`, `crossingPoint`, `flight`, `source`), the
 * person (`surname`, `givenNames`, `dateOfBirth`, `nationality`, `sex`) and the
 * document (`documentType`, `documentNumber`, `issuingCountry`, `documentExpiry`, `mrz`, `mrzValid`).
 */
export const MOVEMENT_FIELDS = [
  'direction',
  'at',
  'crossingPoint',
  'flight',
  'source',
  'surname',
  'givenNames',
  'dateOfBirth',
  'nationality',
  'sex',
  'documentType',
  'documentNumber',
  'issuingCountry',
  'documentExpiry',
  'mrz',
  'mrzValid',
] as const;
export type MovementField = (typeof MOVEMENT_FIELDS)[number];

/** An officer's request for a person's movements at partners too. */
export const TimelineRequest = z.strictObject({
  personId: z.uuid(),
  partners: z.union([z.literal('all'), z.array(NodeId).min(1).max(50)]).default('all'),
  /** The ICCS code of the offence concerned, for agreements limited to some offences. */
  offence: IccsCode.optional(),
});

/** What the asking node sends: the least that lets a partner find the person. */
export const TimelineCriteria = z.strictObject({
  names: z.array(text(300)).min(1).max(5),
  dateOfBirth: PartialDate.optional(),
  /** ISO 3166-1 alpha-2, as person records hold them. */
  nationalities: z.array(z.string().regex(/^[A-Z]{2}$/)).max(5).default([]),
  documentNumbers: z.array(z.string().regex(/^[A-Z0-9]{1,35}$/)).max(20).default([]),
});
export type TimelineCriteria = z.infer<typeof TimelineCriteria>;

/** The body of a `movements.timeline` envelope. */
export const TimelineBody = z.strictObject({ criteria: TimelineCriteria, offence: IccsCode.optional() });

/** One entry of a timeline: whose it is, how it must be handled, and the fields the owner released (all of them for local ones). */
export interface TimelineEntry {
  sourceNode: string;
  movementId: string;
  handlingCode: string;
  tlp: string;
  /** The released fields (see {@link MOVEMENT_FIELDS}), e.g. `at`, `direction`, `crossingPoint`. */
  [field: string]: unknown;
}

/** A partner's answer to a timeline request. */
export const TimelineAnswer = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('answered'),
    movements: z.array(z.record(z.string(), z.unknown())).max(5000),
    withheld: z.number().int().min(0),
    inReplyTo: z.string(),
  }),
  z.strictObject({ outcome: z.literal('refused'), reasons: z.array(z.string().max(500)).max(20), inReplyTo: z.string() }),
]);

/** How each partner answered. */
export interface PartnerTimeline {
  partner: string;
  outcome: 'answered' | 'refused' | 'unavailable';
  agreement: string | null;
  movements: number;
  /** Movements the partner found but may not release under the agreement (above its ceilings). */
  withheld: number;
  reasons: string[];
}

/** A person's movements here and at partners, in time order. */
export interface Timeline {
  personId: string;
  entries: TimelineEntry[];
  partners: PartnerTimeline[];
}
