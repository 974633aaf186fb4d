import { z } from 'zod';
import { QueryableType } from '../agreements/document.ts';
import { FaceTemplateSchema } from '../biometrics/face/schema.ts';
import { DnaProfile } from '../biometrics/schema.ts';
import { IccsCode } from '../model/event.ts';
import { NodeId, PartialDate, text } from '../model/primitives.ts';

const PersonCriteria = z.strictObject({ recordType: z.literal('person'), name: text(300), dateOfBirth: PartialDate.optional() });
const DocumentCriteria = z.strictObject({ recordType: z.literal('document'), number: text(50) });
const VehicleCriteria = z
  .strictObject({ recordType: z.literal('vehicle'), plate: text(20).optional(), vin: text(17).optional() })
  .refine((v) => v.plate || v.vin, { message: 'give a plate or a VIN' });

/** What a search of records (and alerts) asks about: a person, an identity document or a vehicle. */
export const RecordCriteria = z.discriminatedUnion('recordType', [PersonCriteria, DocumentCriteria, VehicleCriteria]);
export type RecordCriteria = z.infer<typeof RecordCriteria>;

/**
 * What a hit/no-hit query asks about: a person, an identity document, a
 * vehicle, a DNA profile (Prüm rules) or a face template (compared only with
 * templates of the same engine and version).
 */
export const QueryCriteria = z.discriminatedUnion('recordType', [
  PersonCriteria,
  DocumentCriteria,
  VehicleCriteria,
  z.strictObject({ recordType: z.literal('dna'), profile: DnaProfile }),
  z.strictObject({ recordType: z.literal('face'), template: FaceTemplateSchema }),
]);
export type QueryCriteria = z.infer<typeof QueryCriteria>;

/** An officer's hit/no-hit query to one partner, several, or all. */
export const QueryRequest = z.strictObject({
  partners: z.union([z.literal('all'), z.array(NodeId).min(1).max(50)]),
  criteria: QueryCriteria,
  /** The ICCS code of the offence concerned, for agreements limited to some offences. */
  offence: IccsCode.optional(),
});
export type QueryRequest = z.infer<typeof QueryRequest>;

/** A partner's answer: hit or no-hit with a reference only it can resolve, or refused with reasons. Never personal data. */
export const QueryAnswer = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('hit'), reference: z.string().max(100), quality: z.number().min(0).max(1), inReplyTo: z.string() }),
  z.strictObject({ outcome: z.literal('no_hit'), inReplyTo: z.string() }),
  z.strictObject({ outcome: z.literal('refused'), reasons: z.array(z.string().max(500)).max(20), inReplyTo: z.string() }),
]);
export type QueryAnswer = z.infer<typeof QueryAnswer>;

/** The result of a query at one partner, as the asking officer sees it. */
export interface PartnerResult {
  queryId: string;
  partner: string;
  outcome: 'hit' | 'no_hit' | 'refused' | 'unavailable';
  agreement: string | null;
  reference?: string;
  quality?: number;
  reasons: string[];
}

/** A follow-up request for the data behind a hit (Prüm step 2). */
export const FollowUpRequest = z.strictObject({
  queryId: z.uuid(),
  /** The fields asked for; all the agreement allows when omitted. */
  fields: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).max(30).optional(),
  justification: text(1000, 10),
  urgent: z.boolean().default(false),
});

/** The owner's decision on a follow-up request. */
export const FollowUpDecision = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('release'), fields: z.array(z.string().regex(/^[a-zA-Z]+$/)).min(1).max(30) }),
  z.strictObject({ decision: z.literal('decline'), reason: text(1000, 5) }),
]);

/** The body of a follow-up envelope. */
export const FollowUpBody = z.strictObject({
  reference: z.string().max(100),
  recordType: QueryableType,
  fields: z.array(z.string().regex(/^[a-zA-Z]+$/)).max(30),
  justification: text(1000, 10),
  urgent: z.boolean(),
});

/** The body of a release envelope: the released fields and the handling the receiver must respect. */
export const ReleaseBody = z.strictObject({
  followUpId: z.uuid(),
  recordType: QueryableType,
  data: z.record(z.string(), z.unknown()),
  protection: z.strictObject({
    subjectCategory: z.string(),
    sourceReliability: z.string(),
    informationAccuracy: z.number(),
    handlingCode: z.string(),
    tlp: z.string(),
    legalBasis: z.string(),
    nature: z.string(),
  }),
  retainUntil: z.string(),
  automatic: z.boolean(),
});

/** The body of a decline envelope. */
export const DeclineBody = z.strictObject({ followUpId: z.uuid(), reason: text(1000, 5) });
