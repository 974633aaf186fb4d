/** A partner node (GET /api/v1/peers). */
export interface PeerSummary {
  nodeId: string;
  country: string;
  agency: string;
  federation: string;
  signingKeyId: string;
}

/** A partner node's health (GET /api/v1/peers/health). */
export interface PeerHealth {
  nodeId: string;
  country: string;
  agency: string;
  federation: string;
  outbox: { pending: number; sending: number; refused: number; delivered: number };
  oldestWaitingSince: string | null;
  lastDeliveredAt: string | null;
  lastError: string | null;
  probe?: { reachable: boolean; status?: number; ms: number; error?: string };
}

/** The terms of an agreement, as signed (the fields the console shows). */
export interface AgreementDocument {
  id: string;
  title: string;
  parties: Array<{ nodeId: string; country: string; agency: string; signingKeyId: string }>;
  validFrom: string;
  validUntil: string;
  purposes: string[];
  offences?: string[];
  queryable: string[];
  autoRelease?: Record<string, string[]>;
  releasable: Record<string, string[]>;
  ceilings: { handlingCode: string; tlp: string };
  retentionDays: number;
  deadlines: { urgentHours: number; normalDays: number; hitReportHours: number };
  alerts?: string[];
  onwardTransfer?: boolean;
  crossMatching?: { keyKinds: string[]; reveal: string; maxKeysPerRun: number };
  judicial?: { instruments: string[] };
}

/** An agreement with its state (GET /api/v1/agreements). */
export interface AgreementView {
  document: AgreementDocument;
  digest: string;
  state: string;
  stateReason: string | null;
  effectiveState: string;
  awaiting: string[];
  signatures: Array<{ nodeId: string; keyId: string; signature: string; signedAt: string }>;
}
