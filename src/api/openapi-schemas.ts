import { z } from '@hono/zod-openapi';
import { LinkType } from '../model/link.ts';
import { Protection } from '../model/protection.ts';
import { RecordTypeSchema } from '../model/record.ts';

/** Every error response. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string(), line: z.number().optional() })).optional(),
    }),
  })
  .openapi('Error');

/** A stored record; `data` is null once erased. */
export const StoredRecordResponse = z
  .object({
    id: z.string(),
    type: RecordTypeSchema,
    protection: Protection,
    data: z.record(z.string(), z.unknown()).nullable(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    erasedAt: z.string().nullable(),
  })
  .openapi('StoredRecord');

/** A typed link between two records. */
export const LinkResponse = z
  .object({ id: z.string(), fromId: z.string(), toId: z.string(), type: LinkType, note: z.string().optional(), createdAt: z.string() })
  .openapi('Link');

/** The headers every consultation of personal data carries. */
export const JustificationHeaders = z.object({
  'liaison-purpose': z.string().optional().openapi({
    description: 'Why the data is consulted: prevention, investigation, detection, prosecution, execution_of_penalties or public_security',
  }),
  'liaison-justification': z
    .string()
    .optional()
    .openapi({ description: 'A free-text justification, e.g. a case reference (percent-encoded UTF-8 allowed)' }),
});

/** The standard error responses of an authenticated route. */
export const ERROR_RESPONSES = {
  400: { description: 'Invalid input, or a consultation without purpose and justification', content: { 'application/json': { schema: ErrorResponse } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorResponse } } },
  403: { description: 'The officer’s roles do not allow this', content: { 'application/json': { schema: ErrorResponse } } },
} as const;

/** A JSON response of `schema`. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
