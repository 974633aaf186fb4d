import { z } from 'zod';
import { invalidInput, type FieldIssue } from '../../core/errors.ts';
import { fieldIssues } from '../../model/parse.ts';
import { unitVector } from './vector-math.ts';

/** Fewest and most dimensions a face template may have. */
export const MIN_TEMPLATE_DIMENSIONS = 32;
export const MAX_TEMPLATE_DIMENSIONS = 4096;
/** Field issues reported at most for one template (a 4,096-value vector of NaN would give 4,096). */
const MAX_ISSUES = 20;

/**
 * A face template (embedding) as produced by an external, certified face
 * engine: the engine's id, its version, and the vector. Templates of
 * different engines or engine versions are never compared.
 */
export const FaceTemplateSchema = z.strictObject(
  {
    engine: z.string({ error: 'must be a string' }).regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be an engine id: 1–64 letters, digits, dots, dashes or underscores'),
    engineVersion: z
      .string({ error: 'must be a string' })
      .regex(/^[A-Za-z0-9._+/-]{1,64}$/, 'must be a version: 1–64 letters, digits, dots, dashes, underscores, plus signs or slashes'),
    vector: z
      .array(z.number({ error: 'must be a finite number' }), { error: 'must be an array of numbers' })
      .min(1, { error: 'must not be empty', abort: true })
      .refine((v) => v.length >= MIN_TEMPLATE_DIMENSIONS && v.length <= MAX_TEMPLATE_DIMENSIONS, {
        error: (issue) => `must have between ${MIN_TEMPLATE_DIMENSIONS} and ${MAX_TEMPLATE_DIMENSIONS} dimensions; this one has ${(issue.input as unknown[]).length}`,
        abort: true,
      })
      .refine((v) => v.some((x) => x !== 0), 'must not be all zeros'),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object { engine, engineVersion, vector }' : undefined) },
);

/** A face template as received (see {@link FaceTemplateSchema}). */
export type FaceTemplate = z.infer<typeof FaceTemplateSchema>;

/** A validated face template, its vector L2-normalised so that cosine similarity is a dot product. */
export interface ParsedFaceTemplate {
  engine: string;
  engineVersion: string;
  vector: Float32Array;
}

/**
 * Validates a face template and normalises its vector, or throws
 * `invalid_input` naming each bad field (e.g. `vector.3 must be a finite number`).
 */
export function parseFaceTemplate(input: unknown, path = 'template'): ParsedFaceTemplate {
  const result = FaceTemplateSchema.safeParse(input);
  if (!result.success) throw templateError(fieldIssues(result.error, path));
  const { engine, engineVersion, vector } = result.data;
  // The schema has ruled out what makes unitVector return null (non-finite values, all zeros).
  return { engine, engineVersion, vector: unitVector(vector) as Float32Array };
}

function templateError(issues: FieldIssue[]) {
  const shown = issues.slice(0, MAX_ISSUES);
  if (issues.length > shown.length) shown.push({ path: shown[0].path.replace(/\.\d+$/, ''), message: `and ${issues.length - shown.length} more issues` });
  const listed = issues.slice(0, 3).map((i) => `${i.path} ${i.message}`);
  if (issues.length > 3) listed.push(`and ${issues.length - 3} more`);
  return invalidInput(`invalid face template: ${listed.join('; ')}`, shown);
}
