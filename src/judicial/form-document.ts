import canonicalize from 'canonicalize';
import type { DocumentInput } from './bundle/schema.ts';
import type { RequestType } from './request-type.ts';

const FORM_TITLES: Record<RequestType, string> = {
  eaw: 'European arrest warrant (Framework Decision 2002/584/JHA, Annex)',
  eio: 'European investigation order (Directive 2014/41/EU, Annex A)',
  mla: 'Request for mutual assistance (1959 Convention, Art. 14)',
  extradition: 'Request for extradition (1957 Convention, Art. 12)',
};

/** Id of the form document in every request's first bundle. */
export const FORM_DOCUMENT_ID = 'form';

/**
 * The request's content as the form document of its bundle: canonical JSON
 * (RFC 8785), so the same content always gives the same hash and the
 * receiving node takes the content from what was signed.
 */
export function formDocument(type: RequestType, reference: string, content: Record<string, unknown>): DocumentInput {
  const json = canonicalize({ reference, type, content }) ?? '{}';
  return { id: FORM_DOCUMENT_ID, kind: 'form', title: `${FORM_TITLES[type]} ${reference}`, mediaType: 'application/json', content: Buffer.from(json, 'utf8').toString('base64') };
}

/** The content carried by a form document, or null when it is not one of ours. */
export function contentOfForm(base64: string): { reference: string; type: string; content: Record<string, unknown> } | null {
  try {
    const parsed = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { reference, type, content } = parsed as Record<string, unknown>;
    if (typeof reference !== 'string' || typeof type !== 'string' || typeof content !== 'object' || content === null || Array.isArray(content)) return null;
    return { reference, type, content: content as Record<string, unknown> };
  } catch {
    return null;
  }
}
