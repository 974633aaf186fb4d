import canonicalize from 'canonicalize';
import { fieldIssues } from '../model/parse.ts';
import type { DocumentInput } from './bundle/schema.ts';
import type { RequestType } from './request-type.ts';
import { FORM_DOCUMENT_ID, SignedForm } from './schema.ts';

const FORM_TITLES: Record<RequestType, string> = {
  eaw: 'European arrest warrant (Framework Decision 2002/584/JHA, Annex)',
  eio: 'European investigation order (Directive 2014/41/EU, Annex A)',
  mla: 'Request for mutual assistance (1959 Convention, Art. 14)',
  extradition: 'Request for extradition (1957 Convention, Art. 12)',
};

/**
 * The request as the form document of its bundle: canonical JSON (RFC 8785),
 * so the same request always gives the same hash.
 */
export function formDocument(form: SignedForm): DocumentInput {
  const json = canonicalize(form) ?? '{}';
  return {
    id: FORM_DOCUMENT_ID, kind: 'form', title: `${FORM_TITLES[form.type]} ${form.reference}`, mediaType: 'application/json',
    content: Buffer.from(json, 'utf8').toString('base64'),
  };
}

/** The request a form document carries, or the field issues that make it not one (paths from `form.`). */
export function formOf(base64: string): { form: SignedForm } | { problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    return { problems: ['form: not JSON'] };
  }
  const result = SignedForm.safeParse(parsed);
  if (result.success) return { form: result.data };
  return { problems: fieldIssues(result.error, 'form').map((i) => `${i.path}: ${i.message}`) };
}
