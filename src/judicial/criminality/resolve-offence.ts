import { invalidInput } from '../../core/errors.ts';
import type { RequestType } from '../request-type.ts';
import { findEawListOffence } from '../offences/eaw-list-offences.ts';
import { findEioAnnexDOffence } from '../offences/eio-annex-d.ts';
import { findIccsCategory } from '../offences/iccs.ts';
import type { ListOffence } from '../offences/list-offence.ts';
import { maxMonths, type NationalOffence, type NationalTableRegistry } from '../offences/national-table.ts';
import type { OffenceInput } from '../offences/offence-input.ts';

/** The offence of a request with every reference looked up. */
export interface ResolvedOffence {
  iccs?: string;
  iccsTitle?: string;
  list?: ListOffence;
  national?: NationalOffence;
  maxPenaltyMonths: number;
  sentenceMonths?: number;
}

function fail(path: string, message: string): never {
  throw invalidInput(`${path}: ${message}`, [{ path, message }]);
}

/** Looks up an ICCS code, throwing `invalid_input` on `path` when it is unknown. */
export function requireIccs(code: string, path: string): string {
  const category = findIccsCategory(code);
  if (!category) fail(path, `unknown ICCS code ${code}`);
  return category.title;
}

/** Looks up a national offence, throwing `invalid_input` naming the country or code field. */
export function requireNational(tables: NationalTableRegistry, ref: { country: string; code: string }, path: string): NationalOffence {
  if (!tables.table(ref.country)) fail(`${path}.country`, `no national penal table for ${ref.country}`);
  const offence = tables.offence(ref.country, ref.code);
  if (!offence) fail(`${path}.code`, `unknown national offence ${ref.code} in the ${ref.country} table`);
  return offence;
}

function resolveList(type: RequestType, id: string): ListOffence {
  const path = 'offence.listOffence';
  if (type === 'mla' || type === 'extradition') {
    fail(path, `list offences exist only for eaw (FD 2002/584/JHA Art. 2(2)) and eio (Directive 2014/41/EU Annex D) requests, not ${type}`);
  }
  if (type === 'eaw' && id.startsWith('eio-')) fail(path, `${id} is an EIO Annex D category; an eaw request takes an FD 2002/584/JHA Art. 2(2) offence (eaw-…)`);
  if (type === 'eio' && id.startsWith('eaw-')) fail(path, `${id} is an EAW list offence; an eio request takes a Directive 2014/41/EU Annex D category (eio-…)`);
  const found = type === 'eaw' ? findEawListOffence(id) : findEioAnnexDOffence(id);
  if (!found) fail(path, `unknown ${type === 'eaw' ? 'EAW list offence (FD 2002/584/JHA Art. 2(2))' : 'EIO Annex D category'} ${id}`);
  return found;
}

/**
 * Resolves the issuing side of `input` for a request of `type`: the list
 * offence for that instrument, the issuing state's national offence, the ICCS
 * code (given, else the national offence's) and the maximum (given, else the
 * national offence's). Every unknown reference is an `invalid_input` naming its field.
 */
export function resolveOffence(type: RequestType, input: OffenceInput, tables: NationalTableRegistry): ResolvedOffence {
  const list = input.listOffence === undefined ? undefined : resolveList(type, input.listOffence);
  const national = input.national && requireNational(tables, input.national, 'offence.national');
  if (input.national && input.issuingCountry && input.issuingCountry !== input.national.country) {
    fail('offence.issuingCountry', `is ${input.issuingCountry} but offence.national is an offence of ${input.national.country}`);
  }
  const iccs = input.iccs ?? national?.iccs;
  const iccsTitle = iccs === undefined ? undefined : requireIccs(iccs, 'offence.iccs');
  const maxPenaltyMonths = input.maxPenaltyMonths ?? (national && maxMonths(national));
  if (maxPenaltyMonths === undefined) {
    fail('offence.maxPenaltyMonths', 'required (the maximum penalty in the issuing state) unless offence.national gives it');
  }
  return { iccs, iccsTitle, list, national, maxPenaltyMonths, sentenceMonths: input.sentenceMonths };
}
