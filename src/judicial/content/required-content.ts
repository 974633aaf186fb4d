import type { z } from 'zod';
import type { FieldIssue } from '../../core/errors.ts';
import type { RequestType } from '../request-type.ts';
import { basisFor, type LegalBasisMap } from './common.ts';
import { EAW_CONTENT_BASIS, EawContent } from './eaw-content.ts';
import { EIO_CONTENT_BASIS, EioContent } from './eio-content.ts';
import { EXTRADITION_CONTENT_BASIS, ExtraditionContent } from './extradition-content.ts';
import { MLA_CONTENT_BASIS, MlaContent } from './mla-content.ts';

const RULES: Record<RequestType, { schema: z.ZodType; basis: LegalBasisMap }> = {
  eaw: { schema: EawContent, basis: EAW_CONTENT_BASIS },
  eio: { schema: EioContent, basis: EIO_CONTENT_BASIS },
  mla: { schema: MlaContent, basis: MLA_CONTENT_BASIS },
  extradition: { schema: ExtraditionContent, basis: EXTRADITION_CONTENT_BASIS },
};

function describe(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'required' : issue.message;
}

/**
 * Every item the content of a request of `type` lacks or gets wrong, each with
 * its path (prefixed `content.`) and, in the message, the article requiring it.
 * Empty when the content has all the items the instrument requires.
 *
 * @example
 * requiredContentIssues('eaw', {})[0] // { path: 'content.requestedPerson', message: 'required (FD 2002/584/JHA Art. 8(1)(a): …)' }
 */
export function requiredContentIssues(type: RequestType, content: unknown): FieldIssue[] {
  const { schema, basis } = RULES[type];
  const result = schema.safeParse(content);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const relative = issue.path.map(String).join('.');
    const legal = basisFor(basis, relative);
    return {
      path: relative === '' ? 'content' : `content.${relative}`,
      message: legal === undefined ? describe(issue) : `${describe(issue)} (${legal})`,
    };
  });
}
