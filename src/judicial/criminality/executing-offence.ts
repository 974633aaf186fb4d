import { invalidInput } from '../../core/errors.ts';
import { maxMonths, type NationalMatch, type NationalOffence, type NationalTableRegistry } from '../offences/national-table.ts';
import type { OffenceInput } from '../offences/offence-input.ts';
import { months } from './months.ts';
import { requireIccs, requireNational, type ResolvedOffence } from './resolve-offence.ts';

/** Whether the act is an offence in the executing state, and why. */
export interface ExecutingComparison {
  result: 'satisfied' | 'not_satisfied' | 'unknown';
  explanation: string;
  /** The executing state's maximum for the act, when known. */
  maxPenaltyMonths?: number;
}

const RELATION_WORDS: Record<NationalMatch['relation'], string> = {
  exact: 'same ICCS category',
  broader: 'a broader ICCS category covering the act',
  narrower: 'a narrower ICCS category',
};

function describe(o: NationalOffence, country: string, relation?: NationalMatch['relation']): string {
  const how = relation === undefined ? '' : `, ${RELATION_WORDS[relation]}`;
  return `${country} offence ${o.code} "${o.title}" (ICCS ${o.iccs}${how}), maximum ${months(maxMonths(o))}`;
}

function fromTable(issuing: ResolvedOffence, country: string, tables: NationalTableRegistry): ExecutingComparison {
  const codes = issuing.iccs !== undefined ? [issuing.iccs] : (issuing.list?.iccs ?? []);
  const matches = codes.flatMap((code) => tables.offencesForIccs(country, code));
  const best = matches.find((m) => m.relation !== 'narrower');
  const codesText = codes.map((c) => `ICCS ${c}`).join(' or ');
  if (best) {
    return {
      result: 'satisfied',
      explanation: `The act (${codesText}) is punishable in the executing state as ${describe(best.offence, country, best.relation)}, per the ${country} penal table.`,
      maxPenaltyMonths: maxMonths(best.offence),
    };
  }
  if (matches.length > 0) {
    return {
      result: 'unknown',
      explanation: `The ${country} penal table has only narrower offences for ${codesText}: ${matches.map((m) => describe(m.offence, country, m.relation)).join('; ')}; whether the act falls within one must be checked.`,
    };
  }
  return {
    result: 'not_satisfied',
    explanation: `No offence in the ${country} penal table covers ${codesText}: the act is not punishable in the executing state.`,
  };
}

/**
 * Compares the act with the executing state's law: as stated by the caller
 * (`punishable: false`; a national offence code; an ICCS code or maximum), or
 * else found by ICCS code in the executing country's penal table (exact or
 * broader match: satisfied; only narrower ones: unknown; none: not satisfied).
 * Without an executing offence or a table to look in, the result is unknown.
 */
export function compareWithExecuting(
  issuing: ResolvedOffence,
  executing: OffenceInput['executing'],
  tables: NationalTableRegistry,
): ExecutingComparison {
  if (!executing) return { result: 'unknown', explanation: 'No executing state or executing-state offence was given, so double criminality could not be checked.' };
  if (executing.punishable === false) {
    return { result: 'not_satisfied', explanation: 'The executing state\'s law does not make the act an offence (executing.punishable is false).' };
  }
  if (executing.national) {
    const path = 'offence.executing.national';
    if (executing.country && executing.country !== executing.national.country) {
      const message = `is an offence of ${executing.national.country} but offence.executing.country is ${executing.country}`;
      throw invalidInput(`${path}.country: ${message}`, [{ path: `${path}.country`, message }]);
    }
    const offence = requireNational(tables, executing.national, path);
    return {
      result: 'satisfied',
      explanation: `The act is punishable in the executing state as ${describe(offence, executing.national.country)}, as stated.`,
      maxPenaltyMonths: maxMonths(offence),
    };
  }
  if (executing.iccs !== undefined || executing.maxPenaltyMonths !== undefined || executing.punishable === true) {
    const title = executing.iccs === undefined ? undefined : requireIccs(executing.iccs, 'offence.executing.iccs');
    const what = title === undefined ? 'an offence' : `the offence mapped to ICCS ${executing.iccs} "${title}"`;
    const max = executing.maxPenaltyMonths === undefined ? 'maximum not given' : `maximum ${months(executing.maxPenaltyMonths)}`;
    return {
      result: 'satisfied',
      explanation: `The act is punishable in the executing state${executing.country ? ` (${executing.country})` : ''} as ${what}, ${max}, as stated.`,
      maxPenaltyMonths: executing.maxPenaltyMonths,
    };
  }
  if (executing.country) {
    if (tables.table(executing.country)) return fromTable(issuing, executing.country, tables);
    return { result: 'unknown', explanation: `There is no penal table for ${executing.country} and no executing-state offence was given, so double criminality could not be checked.` };
  }
  return { result: 'unknown', explanation: 'No executing state or executing-state offence was given, so double criminality could not be checked.' };
}
