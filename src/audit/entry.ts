import { createHash } from 'node:crypto';

/** Processing operations of LED Art. 25, and the security events a node also records. */
export const AUDIT_ACTIONS = [
  'collection',
  'alteration',
  'consultation',
  'disclosure',
  'combination',
  'erasure',
  'sign_in',
  'sign_in_refused',
  'access_refused',
  'officer_created',
  'audit_export',
  'retention_review',
  'peer_added',
  'peer_removed',
  'agreement_proposed',
  'agreement_signed',
  'agreement_suspended',
  'agreement_revoked',
  'envelope_rejected',
  'request_refused',
  'follow_up_requested',
  'follow_up_decided',
  'alert_published',
  'alert_withdrawn',
  'alert_hit',
  'biometric_verified',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a service asks the audit log to record. */
export interface AuditEvent {
  /** The officer's id, or `system` / `cli:<user>` for work not done by a signed-in officer. */
  actor: string;
  action: AuditAction;
  purpose?: string;
  justification?: string;
  recordIds?: string[];
  /** The nodes or authorities the data was disclosed to. */
  recipients?: string[];
  /** Further facts about the operation, e.g. search criteria or changed fields. */
  details?: Record<string, unknown>;
}

/** An entry as stored: the event, its place in the chain and its hash. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  purpose: string | null;
  justification: string | null;
  recordIds: string[];
  recipients: string[];
  /** The details as the JSON text that was hashed. */
  details: string;
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields in a fixed order. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const body = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.purpose,
    entry.justification,
    entry.recordIds,
    entry.recipients,
    entry.details,
  ]);
  return createHash('sha256').update(entry.prevHash).update(body).digest('hex');
}
