/** A follow-up request (Prüm step 2) as the node lists it, in either direction. */
export interface FollowUp {
  id: string;
  direction: 'outgoing' | 'incoming';
  partner: string;
  agreement: string;
  recordType: string;
  requestedFields: string[];
  releasedFields: string[];
  purpose: string;
  justification: string;
  urgent: boolean;
  state: 'requested' | 'pending' | 'released' | 'declined';
  deadline: string;
  overdue: boolean;
  decisionReason: string | null;
  createdAt: string;
}

/** Data a partner released for an outgoing follow-up, with the handling the receiver must respect. */
export interface Release {
  partner: string;
  recordType: string;
  data: Record<string, unknown>;
  protection: Record<string, unknown>;
  retainUntil: string;
  receivedAt: string;
}

/** A biometric hit given to a partner, waiting for (or past) an officer's verification. */
export interface Candidate {
  id: string;
  reference: string;
  modality: 'dna' | 'face';
  matcher: string;
  partner: string;
  agreement: string;
  profileId: string;
  recordId: string;
  query: Record<string, unknown>;
  scores: Record<string, unknown>;
  state: 'pending' | 'confirmed' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
}

/** Verification counts per partner and matcher. */
export interface VerificationStatistics {
  partner: string;
  matcher: string;
  confirmed: number;
  rejected: number;
  pending: number;
  confirmationRate: number | null;
}

/** The part of an agreement document the decision form needs: which fields may leave, per record type. */
export interface AgreementFields {
  releasable: Record<string, string[] | undefined>;
  autoRelease: Record<string, string[] | undefined>;
}
