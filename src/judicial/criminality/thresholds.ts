import type { RequestType } from '../request-type.ts';
import { months } from './months.ts';
import type { ResolvedOffence } from './resolve-offence.ts';

/** Whether the penalty threshold of the instrument is met. */
export interface Threshold {
  met: boolean;
  rule: string;
  legalBasis: string;
  explanation: string;
}

/** EAW: max ≥ 12 months, or, for executing a sentence, a sentence ≥ 4 months (FD 2002/584/JHA Art. 2(1)). */
function eaw(o: ResolvedOffence): Threshold {
  const legalBasis = 'Framework Decision 2002/584/JHA Art. 2(1)';
  if (o.sentenceMonths !== undefined) {
    const met = o.sentenceMonths >= 4;
    return {
      met,
      rule: 'sentence or detention order imposed of at least 4 months',
      legalBasis,
      explanation: `A sentence of ${months(o.sentenceMonths)} was imposed; an EAW to execute a sentence needs at least 4 months (Art. 2(1)): ${met ? 'met' : 'not met'}.`,
    };
  }
  const met = o.maxPenaltyMonths >= 12;
  return {
    met,
    rule: 'punishable by a maximum of at least 12 months',
    legalBasis,
    explanation: `The act is punishable in the issuing State by a maximum of ${months(o.maxPenaltyMonths)}; an EAW for prosecution needs at least 12 months (Art. 2(1)): ${met ? 'met' : 'not met'}.`,
  };
}

/**
 * Extradition: punishable under the laws of both Parties by a maximum of at
 * least one year and, where a sentence or detention order has been imposed, at
 * least four months of it (European Convention on Extradition 1957, Art. 2(1)).
 * The two conditions are cumulative in the text: the four months do not stand in
 * for the one-year maximum. The requested Party's maximum is checked when known.
 */
function extradition(o: ResolvedOffence, requestedMax: number | undefined): Threshold {
  const failures: string[] = [];
  if (o.maxPenaltyMonths < 12) failures.push(`the requesting Party's maximum is ${months(o.maxPenaltyMonths)}, under 1 year`);
  if (requestedMax !== undefined && requestedMax < 12) failures.push(`the requested Party's maximum is ${months(requestedMax)}, under 1 year`);
  if (o.sentenceMonths !== undefined && o.sentenceMonths < 4) failures.push(`the sentence imposed is ${months(o.sentenceMonths)}, under 4 months`);
  const facts = [
    `requesting Party maximum ${months(o.maxPenaltyMonths)}`,
    requestedMax === undefined ? "requested Party's maximum not known (it must also be at least 1 year)" : `requested Party maximum ${months(requestedMax)}`,
    ...(o.sentenceMonths === undefined ? [] : [`sentence imposed ${months(o.sentenceMonths)}`]),
  ];
  return {
    met: failures.length === 0,
    rule: 'punishable under the laws of both Parties by a maximum of at least 1 year; a sentence or detention order imposed of at least 4 months',
    legalBasis: 'European Convention on Extradition 1957, Art. 2(1)',
    explanation: failures.length === 0 ? `Met: ${facts.join('; ')}.` : `Not met: ${failures.join('; ')}.`,
  };
}

/** The penalty threshold of `type` for the offence; `requestedMax` is the executing state's maximum when known. */
export function assessThreshold(type: RequestType, o: ResolvedOffence, requestedMax: number | undefined): Threshold {
  switch (type) {
    case 'eaw':
      return eaw(o);
    case 'extradition':
      return extradition(o, requestedMax);
    case 'eio':
      return {
        met: true,
        rule: 'no general penalty threshold',
        legalBasis: 'Directive 2014/41/EU Art. 6 and Art. 11(1)(h)',
        explanation:
          'An EIO has no general penalty threshold; it must be necessary and proportionate (Art. 6). The executing State may refuse a measure that its law restricts to a list or category of offences or to offences above a penalty threshold (Art. 11(1)(h)); that is not modelled here.',
      };
    case 'mla':
      return {
        met: true,
        rule: 'no penalty threshold',
        legalBasis: 'European Convention on Mutual Assistance in Criminal Matters 1959, Art. 1',
        explanation: 'The 1959 Convention sets no penalty threshold; the requested Party may refuse on the grounds of Art. 2 (political or fiscal offences, sovereignty, security, ordre public).',
      };
  }
}
