import { appendAudit } from '../audit/audit-log.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError } from '../core/errors.ts';
import { settleVerifiedFollowUps } from '../exchange/follow-up.ts';
import type { Federation } from '../federation/federation.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import type { NodeContext } from '../core/context.ts';
import { candidateCounts, listCandidates, lockCandidate, setCandidateDecision, type Candidate, type CandidateState } from './repository.ts';
import { CandidateDecision } from './schema.ts';

/**
 * The biometric candidates this node has given partners as hits, pending
 * ones first: the partner's query profile next to the node's own profile's
 * scores, for an officer to verify. Audited as a consultation of the records.
 */
export async function biometricCandidates(ctx: NodeContext, actor: Actor, state?: CandidateState): Promise<Candidate[]> {
  requirePermission(actor, 'exchange:decide');
  return ctx.db.transaction(async (tx) => {
    const candidates = await listCandidates(tx, state, 200);
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'consultation', purpose: 'verification', recordIds: [...new Set(candidates.map((c) => c.recordId))], details: { biometricCandidates: candidates.map((c) => c.id) } },
    ]);
    return candidates;
  });
}

/**
 * An officer's verification of a biometric candidate (Prüm: a hit is a
 * candidate, never an identification). Confirmed, follow-ups waiting on it
 * go ahead (the agreement's automatic fields are released; the rest waits for
 * an officer's release); rejected, they are declined. Who decided, when, why
 * and the scores are audited with the decision.
 */
export async function verifyCandidate(federation: Federation, actor: Actor, id: string, input: unknown): Promise<Candidate> {
  requirePermission(actor, 'exchange:decide');
  const { decision, reason } = parseInput(CandidateDecision, input, 'invalid verification');
  const { ctx } = federation;
  return ctx.db.transaction(async (tx) => {
    const candidate = await lockCandidate(tx, id);
    if (!candidate) throw new LiaisonError('not_found', `no biometric candidate ${id}`);
    if (candidate.state !== 'pending') throw new LiaisonError('conflict', `biometric candidate ${id} was already ${candidate.state} by ${candidate.decidedBy} at ${candidate.decidedAt}`);
    const state = decision === 'confirm' ? 'confirmed' : 'rejected';
    const at = ctx.clock.now().toISOString();
    await setCandidateDecision(tx, id, state, actor.id, at, reason);
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: 'biometric_verified',
        recordIds: [candidate.recordId],
        details: { candidate: id, matcher: candidate.matcher, partner: candidate.partner, scores: candidate.scores, decision: state, reason, decidedAt: at },
      },
    ]);
    await settleVerifiedFollowUps(tx, federation, candidate.reference, state === 'confirmed');
    return { ...candidate, state, decidedBy: actor.id, decidedAt: at, reason };
  });
}

/** Candidates confirmed, rejected and pending, per partner and matcher (transparency statistics: no personal data). */
export interface VerificationStatistics {
  partner: string;
  matcher: string;
  confirmed: number;
  rejected: number;
  pending: number;
  /** Confirmed among decided candidates; null before any decision. */
  confirmationRate: number | null;
}

/** The verification statistics of this node's biometric hits, per partner and matcher. */
export async function verificationStatistics(ctx: NodeContext, actor: Actor): Promise<VerificationStatistics[]> {
  requirePermission(actor, 'node:read');
  const rows = await candidateCounts(ctx.db);
  const byKey = new Map<string, VerificationStatistics>();
  for (const row of rows) {
    const key = `${row.partner}\u0000${row.matcher}`;
    const entry = byKey.get(key) ?? { partner: row.partner, matcher: row.matcher, confirmed: 0, rejected: 0, pending: 0, confirmationRate: null };
    entry[row.state] += row.count;
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((s) => ({ ...s, confirmationRate: s.confirmed + s.rejected > 0 ? s.confirmed / (s.confirmed + s.rejected) : null }));
}
