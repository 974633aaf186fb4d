import type { NodeContext } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import type { RequestEvaluation } from './deadlines/evaluate.ts';
import type { JudicialEvent } from './deadlines/events.ts';
import type { StoredBundle, StoredEvent, StoredRequest, Transmission } from './repository.ts';
import { evaluateStored } from './request-clock.ts';
import type { RequestTerms } from './schema.ts';

/** A request in lists: who, what, where it stands; no content. */
export interface RequestSummary {
  id: string;
  reference: string;
  type: string;
  direction: string;
  issuingNode: string;
  executingNode: string | null;
  issuingAuthority: string;
  executingAuthority: string | null;
  caseId: string | null;
  stage: string;
  createdAt: string;
  updatedAt: string;
  transmission: Transmission | null;
}

/** A request in full: its content, its steps with who recorded them, its clock today, and its documents as verified here. */
export interface RequestView extends RequestSummary {
  agreement: string | null;
  purpose: string;
  subjectId: string | null;
  offence: Record<string, unknown>;
  criminality: object | null;
  content: Record<string, unknown>;
  terms: Record<string, unknown>;
  events: StoredEvent[];
  /** Deadlines with their status now, and alerts (e.g. release a person in custody); null for Interpol notices. */
  clock: RequestEvaluation | null;
  /** The clock could not be computed from the stored steps (should not happen: every step is checked before it is stored). */
  clockProblem?: string;
  bundles: Array<{ id: string; sourceNode: string; createdAt: string; manifestDigest: string; verification: Record<string, unknown> }>;
}

/** A stored request as lists show it: no content, offence or purpose. */
export function requestSummary(r: StoredRequest): RequestSummary {
  return {
    id: r.id, reference: r.reference, type: r.type, direction: r.direction, issuingNode: r.issuingNode, executingNode: r.executingNode,
    issuingAuthority: r.issuingAuthority, executingAuthority: r.executingAuthority, caseId: r.caseId, stage: r.stage, createdAt: r.createdAt, updatedAt: r.updatedAt,
    transmission: r.transmission,
  };
}

/** Puts a stored request, its events and bundles together, with its clock evaluated now. */
export function requestView(ctx: NodeContext, request: StoredRequest, events: StoredEvent[], bundles: StoredBundle[]): RequestView {
  let clock: RequestEvaluation | null = null;
  let clockProblem: string | undefined;
  if (request.type !== 'interpol_notice') {
    try {
      clock = evaluateStored(ctx, request.type, request.terms as RequestTerms, events.map((e) => e.event as JudicialEvent));
    } catch (error) {
      if (!(error instanceof LiaisonError)) throw error;
      clockProblem = error.message;
    }
  }
  return {
    ...requestSummary(request),
    agreement: request.agreement, purpose: request.purpose, subjectId: request.subjectId, offence: request.offence, criminality: request.criminality,
    content: request.content, terms: request.terms, events, clock, ...(clockProblem && { clockProblem }),
    bundles: bundles.map((b) => ({ id: b.id, sourceNode: b.sourceNode, createdAt: b.createdAt, manifestDigest: b.manifestDigest, verification: b.verification })),
  };
}
