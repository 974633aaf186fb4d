/** The alert categories of the SIS pattern. */
export const CATEGORIES = ['arrest', 'missing', 'discreet_check', 'inquiry_check', 'specific_check', 'seizure', 'evidence'] as const;
/** An alert category. */
export type Category = (typeof CATEGORIES)[number];

/** What an alert is about. */
export type SubjectType = 'person' | 'vehicle' | 'document';

/** An alert as the node shows it; `subject` only in search results (the list leaves it out). */
export interface Alert {
  id: string;
  issuer: string;
  agreement: string | null;
  recordType: SubjectType;
  category: Category;
  actionToTake: string;
  subject?: { type: SubjectType; data: Record<string, unknown> };
  protection: Record<string, unknown>;
  state: 'active' | 'withdrawn';
  version: number;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
}

/** A hit report on an alert, in either direction, flagged when the issuer's answer is overdue. */
export interface HitReport {
  id: string;
  direction: 'outgoing' | 'incoming';
  alertId: string;
  partner: string;
  circumstances: string;
  actionTaken: string;
  deadline: string;
  answer: string | null;
  answeredAt: string | null;
  overdue: boolean;
}
