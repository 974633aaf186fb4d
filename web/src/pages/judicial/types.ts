/** A request in lists (GET /api/v1/judicial/requests): no content. */
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
  transmission: { accepted: boolean; receivedAt: string; reasons: string[]; problems: string[] } | null;
}

/** A time limit with its status today. */
export interface Deadline {
  id: string;
  name: string;
  legalBasis: string;
  due: string;
  status: 'pending' | 'due' | 'overdue' | 'met' | 'lapsed';
  completedOn?: string;
  extended?: boolean;
  note?: string;
}

/** What an officer must do or know now (e.g. release a person from custody). */
export interface ClockAlert {
  kind: string;
  message: string;
  legalBasis: string;
}

/** One step of a request, with who recorded it and where. */
export interface StoredEvent {
  seq: number;
  event: Record<string, unknown> & { type: string };
  stageAfter: string;
  recordedBy: string;
  sourceNode: string;
  recordedAt: string;
  bundleId: string | null;
}

/** This node's verification of a signed document bundle. */
export interface BundleVerification {
  valid?: boolean;
  signatures?: Array<{ kid: string; nodeId: string; authority: string; role: string; status: string }>;
  documents?: Array<{ id: string; title: string | null; status: string }>;
  problems?: string[];
}

/** A request in full (GET /api/v1/judicial/requests/{id}). */
export interface RequestView extends RequestSummary {
  agreement: string | null;
  purpose: string;
  subjectId: string | null;
  offence: Record<string, unknown>;
  criminality: Record<string, unknown> | null;
  content: Record<string, unknown>;
  terms: Record<string, unknown>;
  events: StoredEvent[];
  clock: { stage: string; deadlines: Deadline[]; alerts: ClockAlert[] } | null;
  clockProblem?: string;
  bundles: Array<{ id: string; sourceNode: string; createdAt: string; manifestDigest: string; verification: BundleVerification }>;
}

/** One refusal ground of an instrument (GET /api/v1/judicial/taxonomy). */
export interface RefusalGround {
  id: string;
  article: string;
  mandatory: boolean;
  title: string;
}

/** The part of the taxonomy the console uses. */
export interface Taxonomy {
  refusalGrounds: Record<string, RefusalGround[]>;
}

/** A deadline on the dashboard, with its request. */
export interface DashboardDeadline extends Deadline {
  requestId: string;
  reference: string;
  type: string;
  partner: string | null;
}

/** Figures of one partner, or of all together. */
export interface PartnerFigures {
  partner: string;
  open: number;
  openByStage: Record<string, number>;
  overdue: number;
  dueSoon: number;
  refusalGrounds: Array<{ type: string; ground: string; article: string | null; count: number }>;
}

/** GET /api/v1/judicial/dashboard. */
export interface JudicialDashboard {
  generatedAt: string;
  dueWithinDays: number;
  totals: PartnerFigures;
  partners: PartnerFigures[];
  overdue: DashboardDeadline[];
  dueSoon: DashboardDeadline[];
  alerts: Array<{ requestId: string; reference: string; kind: string; message: string; legalBasis: string }>;
  stageDurations: Array<{ type: string; stage: string; stays: number; averageDays: number }>;
  comparisons: Array<{ measure: string; requests: number; averageDays: number | null; publishedDays: number; source: string }>;
}
