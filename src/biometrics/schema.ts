import { z } from 'zod';
import { text } from '../model/primitives.ts';
import { DnaProfileInput } from './dna/schema.ts';
import { FaceTemplateSchema } from './face/schema.ts';

/** A DNA profile as officers and partners send it (no id: the node gives one); `acceptProfile` applies the Prüm acceptance rules to it. */
export const DnaProfile = DnaProfileInput.omit({ id: true });
export type DnaProfile = z.infer<typeof DnaProfile>;

/** Enrols a DNA profile on a record of this node: a person (reference) or the case or event of a crime scene (stain). */
export const DnaEnrolment = z.strictObject({ recordId: z.uuid(), profile: DnaProfile });

/** Enrols a face template on a person record of this node. */
export const FaceEnrolment = z.strictObject({ recordId: z.uuid(), template: FaceTemplateSchema });

/** A local biometric search: a DNA profile or a face template. */
export const BiometricSearch = z.discriminatedUnion('modality', [
  z.strictObject({ modality: z.literal('dna'), profile: DnaProfile }),
  z.strictObject({ modality: z.literal('face'), template: FaceTemplateSchema, top: z.number().int().min(1).max(50).default(10) }),
]);

/** An officer's verification of a biometric candidate: confirmed as the same person or trace, or rejected, with reasons. */
export const CandidateDecision = z.strictObject({
  decision: z.enum(['confirm', 'reject']),
  reason: text(1000, 5),
});
