import type { RequestType } from '../request-type.ts';
import { months } from './months.ts';
import type { ResolvedOffence } from './resolve-offence.ts';

/** Whether the instrument lets the executing state require the act to be an offence under its law too. */
export interface DualCriminalityRequirement {
  required: boolean;
  legalBasis: string;
  reason: string;
}

const THREE_YEARS = 36;

function listed(o: ResolvedOffence, instrument: string): string {
  return `"${o.list?.title}" is ${instrument} and punishable in the issuing State by a maximum of ${months(o.maxPenaltyMonths)}`;
}

/**
 * EAW: not required for an Art. 2(2) list offence punishable by a maximum of
 * at least 3 years, otherwise it may be required (Art. 2(4), Art. 4(1)). EIO: not
 * required for an Annex D category punishable by at least 3 years (Art. 11(1)(g))
 * or for a non-coercive measure (Art. 11(2) with Art. 10(2)); otherwise it may be
 * required. MLA: not required, except that a Party may require it for letters
 * rogatory for search or seizure by an Art. 5(1)(a) reservation (`coercive`).
 * Extradition: always required (1957 Convention Art. 2(1)).
 */
export function dualCriminalityRequirement(type: RequestType, o: ResolvedOffence, coercive: boolean | undefined): DualCriminalityRequirement {
  switch (type) {
    case 'eaw':
      if (o.list && o.maxPenaltyMonths >= THREE_YEARS) {
        return {
          required: false,
          legalBasis: 'Framework Decision 2002/584/JHA Art. 2(2)',
          reason: `${listed(o, 'an Art. 2(2) list offence')} (at least 3 years): surrender without verification of double criminality.`,
        };
      }
      return {
        required: true,
        legalBasis: 'Framework Decision 2002/584/JHA Art. 2(4) and Art. 4(1)',
        reason: o.list
          ? `${listed(o, 'an Art. 2(2) list offence')}, under 3 years: surrender may be subject to double criminality (Art. 2(4)).`
          : 'The offence is not one of the Art. 2(2) list offences: surrender may be subject to double criminality (Art. 2(4)).',
      };
    case 'eio':
      if (o.list && o.maxPenaltyMonths >= THREE_YEARS) {
        return {
          required: false,
          legalBasis: 'Directive 2014/41/EU Art. 11(1)(g) and Annex D',
          reason: `${listed(o, 'an Annex D category')} (at least 3 years): lack of double criminality is no ground for refusal.`,
        };
      }
      if (coercive === false) {
        return {
          required: false,
          legalBasis: 'Directive 2014/41/EU Art. 11(2) and Art. 10(2)',
          reason: 'The measure is non-coercive: double criminality is no ground for refusing it (Art. 11(2) with Art. 10(2)).',
        };
      }
      return {
        required: true,
        legalBasis: 'Directive 2014/41/EU Art. 11(1)(g)',
        reason: o.list
          ? `${listed(o, 'an Annex D category')}, under 3 years: the executing State may refuse if the conduct is not an offence under its law (Art. 11(1)(g)).`
          : 'The offence is not indicated as an Annex D category: the executing State may refuse if the conduct is not an offence under its law (Art. 11(1)(g)).',
      };
    case 'mla':
      if (coercive === true) {
        return {
          required: true,
          legalBasis: 'European Convention on Mutual Assistance in Criminal Matters 1959, Art. 5(1)(a)',
          reason: 'Letters rogatory for search or seizure of property: a Party that made an Art. 5(1)(a) reservation requires the offence to be punishable under the law of both Parties.',
        };
      }
      return {
        required: false,
        legalBasis: 'European Convention on Mutual Assistance in Criminal Matters 1959, Art. 1 and Art. 5',
        reason: 'Mutual assistance under the 1959 Convention is not conditional on double criminality; only search or seizure may be, by reservation (Art. 5).',
      };
    case 'extradition':
      return {
        required: true,
        legalBasis: 'European Convention on Extradition 1957, Art. 2(1)',
        reason: 'Extradition requires the offence to be punishable under the laws of both the requesting and the requested Party (Art. 2(1)).',
      };
  }
}
