import type { z } from 'zod';
import { invalidInput, type FieldIssue } from '../core/errors.ts';

/** Turns zod issues into field issues naming the field and the rule. */
export function fieldIssues(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Parses `input` with `schema`, or throws `invalid_input` listing every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = fieldIssues(result.error);
    throw invalidInput(`${message}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  return result.data;
}
