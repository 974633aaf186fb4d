import type { RequestType } from '../request-type.ts';
import type { NationalTableRegistry } from '../offences/national-table.ts';
import { EXAMPLE_NATIONAL_TABLES } from '../offences/national-tables/index.ts';
import type { OffenceInput } from '../offences/offence-input.ts';
import { dualCriminalityRequirement } from './dual-criminality.ts';
import { compareWithExecuting } from './executing-offence.ts';
import { resolveOffence } from './resolve-offence.ts';
import { assessThreshold, type Threshold } from './thresholds.ts';

/** What Liaison can say, before issuing, about the penalty threshold and dual criminality of a request. */
export interface CriminalityAssessment {
  offence: {
    iccs?: string;
    iccsTitle?: string;
    listOffence?: string;
    listOffenceTitle?: string;
    /** Maximum in the issuing state; life imprisonment is LIFE_IMPRISONMENT_MONTHS (1200). */
    maxPenaltyMonths: number;
    sentenceMonths?: number;
  };
  threshold: Threshold;
  dualCriminality: {
    required: boolean;
    legalBasis: string;
    reason: string;
    /** Set when double criminality is required. */
    result?: 'satisfied' | 'not_satisfied' | 'unknown';
    explanation: string;
  };
  /** False when the threshold is not met or double criminality is not satisfied; unknown does not block. */
  issuable: boolean;
  /** Every reason blocking the request, and double criminality left unverified. */
  reasons: string[];
}

/**
 * Assesses the penalty threshold and dual criminality of a request of `type`
 * for `offence`, looking national offences up in `tables` (the fictional
 * example tables by default). Throws `invalid_input` naming the field for an
 * unknown ICCS code, list offence, national offence or national table, and for
 * a list offence of another instrument.
 *
 * @example
 * assessCriminality('eaw', { listOffence: 'eaw-fraud', maxPenaltyMonths: 36 }).dualCriminality.required // false
 */
export function assessCriminality(
  type: RequestType,
  offence: OffenceInput,
  tables: NationalTableRegistry = EXAMPLE_NATIONAL_TABLES,
): CriminalityAssessment {
  const resolved = resolveOffence(type, offence, tables);
  const requirement = dualCriminalityRequirement(type, resolved, offence.coerciveMeasure);
  const comparison = requirement.required ? compareWithExecuting(resolved, offence.executing, tables) : undefined;
  const threshold = assessThreshold(type, resolved, comparison?.maxPenaltyMonths);

  const reasons: string[] = [];
  if (!threshold.met) reasons.push(threshold.explanation);
  if (comparison?.result === 'not_satisfied') reasons.push(`Double criminality not satisfied: ${comparison.explanation}`);
  if (comparison?.result === 'unknown') reasons.push(`Double criminality to be verified: ${comparison.explanation}`);

  return {
    offence: {
      iccs: resolved.iccs,
      iccsTitle: resolved.iccsTitle,
      listOffence: resolved.list?.id,
      listOffenceTitle: resolved.list?.title,
      maxPenaltyMonths: resolved.maxPenaltyMonths,
      sentenceMonths: resolved.sentenceMonths,
    },
    threshold,
    dualCriminality: {
      ...requirement,
      result: comparison?.result,
      explanation: comparison?.explanation ?? `Not checked: ${requirement.reason}`,
    },
    issuable: threshold.met && comparison?.result !== 'not_satisfied',
    reasons,
  };
}
