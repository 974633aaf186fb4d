/** The verification of the audit chain (GET /api/v1/audit/verify). */
export interface VerifyReport {
  ok: boolean;
  entries: number;
  checkpoints: number;
  firstBad?: { seq: number; problem: string };
}

/** The audit statistics over a period (GET /api/v1/audit/statistics). */
export interface AuditStatistics {
  from: string | null;
  to: string | null;
  total: number;
  byAction: Array<{ action: string; count: number }>;
  consultationsByPurpose: Array<{ purpose: string; count: number }>;
  disclosuresByRecipient: Array<{ recipient: string; count: number }>;
  refusals: Array<{ action: string; kind: string; partner: string; count: number }>;
}

/** The processing operations and security events the log records (src/audit/entry.ts). */
export const AUDIT_ACTIONS = [
  'collection', 'alteration', 'consultation', 'disclosure', 'combination', 'erasure', 'sign_in', 'sign_in_refused', 'access_refused', 'officer_created',
  'audit_export', 'retention_review', 'peer_added', 'peer_removed', 'agreement_proposed', 'agreement_signed', 'agreement_suspended', 'agreement_revoked',
  'envelope_rejected', 'request_refused', 'follow_up_requested', 'follow_up_decided', 'alert_published', 'alert_withdrawn', 'alert_hit', 'biometric_verified',
] as const;

/** A `datetime-local` value as an ISO instant, or undefined when empty or not a date. */
export function instant(local: string): string | undefined {
  const t = Date.parse(local);
  return local && !Number.isNaN(t) ? new Date(t).toISOString() : undefined;
}
