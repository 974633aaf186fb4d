import { z } from 'zod';
import { invalidInput } from '../../core/errors.ts';
import { fieldIssues } from '../../model/parse.ts';

/** One allele value as submitted: a string ("9.3", "OL") or a JSON number (9.3). */
export const AlleleValueInput = z.union([z.string(), z.number()], { error: 'an allele value is a string or a number' });

/**
 * A DNA profile as submitted (e.g. one JSON line of `liaison dna search`):
 * `{"id": "…", "kind": "reference"|"stain", "loci": {"D3S1358": ["15", "16"], …}}`.
 * Only the shape is checked here; names, values and the Prüm rules are checked by `acceptProfile`.
 */
export const DnaProfileInput = z.object({
  id: z.string({ error: 'the profile id is required (a string)' }).trim().min(1, 'the profile id is empty').max(200, 'the profile id is longer than 200 characters'),
  kind: z.enum(['reference', 'stain'], { error: 'the kind is "reference" (a person) or "stain" (a crime scene)' }),
  loci: z.record(
    z.string(),
    z.array(AlleleValueInput, { error: 'a locus is an array of allele values' }).min(1, 'a locus needs its allele values').max(64, 'more than 64 values'),
    { error: 'loci is an object of locus names to arrays of allele values' },
  ),
});

/** The submitted shape of a DNA profile. */
export type DnaProfileInput = z.input<typeof DnaProfileInput>;

/** The checked shape of a submitted DNA profile (the id trimmed). */
export type DnaProfileShape = z.output<typeof DnaProfileInput>;

function isAlleleValue(v: unknown): boolean {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** The same checks as `DnaProfileInput`, by hand: a shortcut for well-formed input, which is most of it (zod costs about 12 µs a profile). */
function wellFormed(input: unknown): DnaProfileShape | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const { id, kind, loci } = input as Record<string, unknown>;
  if (typeof id !== 'string' || (kind !== 'reference' && kind !== 'stain')) return undefined;
  const trimmed = id.trim();
  if (trimmed.length < 1 || trimmed.length > 200) return undefined;
  if (typeof loci !== 'object' || loci === null || Array.isArray(loci) || Object.getPrototypeOf(loci) !== Object.prototype) return undefined;
  for (const name in loci) {
    if (!Object.hasOwn(loci, name)) return undefined;
    const values = (loci as Record<string, unknown>)[name];
    if (!Array.isArray(values) || values.length < 1 || values.length > 64 || !values.every(isAlleleValue)) return undefined;
  }
  return { id: trimmed, kind, loci: loci as DnaProfileShape['loci'] };
}

/** Checks the shape of a submitted DNA profile: `invalid_input` with an issue per bad field (path e.g. `loci.FGA.1`). */
export function parseProfileShape(input: unknown): DnaProfileShape {
  const shape = wellFormed(input);
  if (shape) return shape;
  const result = DnaProfileInput.safeParse(input);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error);
  throw invalidInput(`invalid DNA profile: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}
