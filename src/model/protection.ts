import { z } from 'zod';
import { FullDate, NodeId, text } from './primitives.ts';

/** Data-subject categories of Law Enforcement Directive (EU) 2016/680 Art. 6. */
export const SUBJECT_CATEGORIES = ['suspect', 'convicted', 'victim', 'witness', 'contact', 'other'] as const;
export const SubjectCategory = z.enum(SUBJECT_CATEGORIES);

/** Source reliability of the Europol 4x4 evaluation code. */
export const SourceReliability = z.enum(['A', 'B', 'C', 'X']);
/** Information accuracy of the Europol 4x4 evaluation code. */
export const InformationAccuracy = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** Europol handling codes H0-H3. */
export const HandlingCode = z.enum(['H0', 'H1', 'H2', 'H3']);
/** Traffic Light Protocol 2.0 labels. */
export const TlpLabel = z.enum(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
/** Whether a record states facts or personal assessments (LED Art. 7). */
export const Nature = z.enum(['fact', 'assessment']);

/** A personal assessment, kept apart from the facts of a record (LED Art. 7(1)). */
export const Assessment = z.strictObject({
  statement: text(2000),
  assessedBy: text(200),
  assessedOn: FullDate,
});

/** The data-protection fields every record carries. */
export const Protection = z.strictObject({
  ownerNode: NodeId,
  subjectCategory: SubjectCategory,
  sourceReliability: SourceReliability,
  informationAccuracy: InformationAccuracy,
  handlingCode: HandlingCode,
  tlp: TlpLabel,
  legalBasis: text(500),
  reviewBy: FullDate,
  nature: Nature,
  assessments: z.array(Assessment).max(50).default([]),
});
export type Protection = z.infer<typeof Protection>;
