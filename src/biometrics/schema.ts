import { z } from 'zod';
import { text } from '../model/primitives.ts';

/** A DNA profile as officers and partners send it; `acceptProfile` applies the Prüm acceptance rules to it. */
export const DnaProfileInput = z.strictObject({
  kind: z.enum(['reference', 'stain']),
  loci: z.record(z.string().max(40), z.array(z.union([z.string().max(20), z.number()])).max(8)),
});
export type DnaProfileInput = z.infer<typeof DnaProfileInput>;

/** A face template as officers and partners send it: the engine that made it, its version, and the vector. */
export const FaceTemplateInput = z.strictObject({
  engine: z.string().regex(/^[A-Za-z0-9._-]{1,60}$/, 'letters, digits, dots, hyphens and underscores, at most 60'),
  engineVersion: z.string().regex(/^[A-Za-z0-9._/+-]{1,60}$/, 'letters, digits and . _ / + -, at most 60'),
  vector: z.array(z.number()).min(1).max(4096),
});
export type FaceTemplateInput = z.infer<typeof FaceTemplateInput>;

/** Enrols a DNA profile on a record of this node: a person (reference) or the case or event of a crime scene (stain). */
export const DnaEnrolment = z.strictObject({ recordId: z.uuid(), profile: DnaProfileInput });

/** Enrols a face template on a person record of this node. */
export const FaceEnrolment = z.strictObject({ recordId: z.uuid(), template: FaceTemplateInput });

/** A local biometric search: a DNA profile or a face template. */
export const BiometricSearch = z.discriminatedUnion('modality', [
  z.strictObject({ modality: z.literal('dna'), profile: DnaProfileInput }),
  z.strictObject({ modality: z.literal('face'), template: FaceTemplateInput, top: z.number().int().min(1).max(50).default(10) }),
]);

/** An officer's verification of a biometric candidate: confirmed as the same person or trace, or rejected, with reasons. */
export const CandidateDecision = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  reason: text(1000, 5),
});
