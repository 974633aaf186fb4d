import { z } from 'zod';
import { NodeId, text } from './primitives.ts';

/** A node taking part in a case, and its role in it. */
export const CaseParticipant = z.strictObject({
  node: NodeId,
  role: z.enum(['lead', 'partner', 'observer']),
});

/** A case file: its reference, its owning node, the nodes taking part. */
export const CaseData = z.strictObject({
  reference: text(100),
  title: text(300),
  status: z.enum(['open', 'suspended', 'closed']).default('open'),
  participants: z.array(CaseParticipant).max(50).default([]),
});
export type CaseData = z.infer<typeof CaseData>;
