import { z } from 'zod';
import { PartialDate, text } from '../model/primitives.ts';

/** A search over the node's own records: persons by name and date of birth, documents, vehicles, organisations. */
export const RecordSearch = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('person'),
    name: text(300),
    dateOfBirth: PartialDate.optional(),
    mode: z.enum(['exact', 'prefix']).default('exact'),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  z.strictObject({
    type: z.literal('organisation'),
    name: text(300),
    mode: z.enum(['exact', 'prefix']).default('exact'),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  z.strictObject({
    type: z.literal('document'),
    number: text(50),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  z
    .strictObject({
      type: z.literal('vehicle'),
      plate: text(20).optional(),
      vin: text(17).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    })
    .refine((v) => v.plate || v.vin, { message: 'give a plate or a VIN' }),
]);
export type RecordSearch = z.infer<typeof RecordSearch>;

/** Why a record is erased. */
export const Erasure = z.strictObject({ reason: text(500, 5) });
