import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CompiledModel, type MatchModel } from './model.ts';

const Probability = z.number().gt(0).lt(1);

/** The shape of a model file, checked when it is read. */
export const MatchModelSchema = z.strictObject({
  matchesPerRecord: z.number().positive(),
  trainedRecords: z.number().int().min(2),
  threshold: Probability,
  namesOnlyThreshold: Probability,
  trainedOn: z.string(),
  comparisons: z.array(z.strictObject({ field: z.string(), levels: z.array(z.strictObject({ level: z.string(), m: Probability, u: Probability })) })),
});

const DEFAULT_MODEL_FILE = new URL('./default-model.json', import.meta.url);

let compiled: CompiledModel | undefined;

/** Reads and checks a model file. */
export function readModel(file: string | URL): MatchModel {
  return MatchModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * The model shipped with Liaison: trained without labels (EM) on a seeded
 * synthetic cross-script dataset, its threshold calibrated on another seed.
 * `npm run match:train` makes it again; docs/architecture.md says how.
 */
export function defaultModel(): CompiledModel {
  compiled ??= new CompiledModel(readModel(DEFAULT_MODEL_FILE));
  return compiled;
}
