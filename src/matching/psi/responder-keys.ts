import type { AgreementDocument, LinkageKeyKind } from '../../agreements/document.ts';
import type { IdentityDocumentData } from '../../model/identity-document.ts';
import type { PersonData } from '../../model/person.ts';
import type { VehicleData } from '../../model/vehicle.ts';
import type { Queryable } from '../../store/database.ts';
import { personLinkageKeys } from '../linkage-keys.ts';
import { identifierLinkageKey, type LinkageKey, type Normalised } from './linkage-keys.ts';
import { LiaisonError } from '../../core/errors.ts';
import type { MatchRecord } from '../record.ts';
import { toMatchRecord } from '../person-record.ts';

const HANDLING = ['H0', 'H1', 'H2', 'H3'];
const TLP = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

/** Identifier schemes of persons that carry keys of another kind. */
const SCHEMES: Record<string, Exclude<LinkageKeyKind, 'person' | 'plate' | 'vin'>> = {
  passport: 'document',
  id_card: 'document',
  identity_card: 'document',
  residence_permit: 'document',
  driving_licence: 'document',
  visa: 'document',
  phone: 'phone',
  telephone: 'phone',
  mobile: 'phone',
  iban: 'iban',
  wallet: 'wallet',
  crypto_wallet: 'wallet',
};

/**
 * A stored person's fuzzy keys; none when the matcher cannot read the person
 * (a name mixing scripts, an implausible year): one such record must not stop
 * the run, nor its reason reach the partner.
 */
function personKeysOf(record: MatchRecord): LinkageKey[] {
  try {
    return personLinkageKeys(record);
  } catch (error) {
    if (error instanceof LiaisonError) return [];
    throw error;
  }
}

/**
 * The responder's side of a run: the distinct linkage keys of the kinds asked
 * for, derived from this node's own live records — documents, vehicles and
 * persons (their names and date of birth through the matcher, their
 * identifiers by scheme) — leaving out records above the agreement's handling
 * and TLP ceilings, which may not be shared under it at all.
 */
export async function responderKeys(tx: Queryable, agreement: AgreementDocument, kinds: readonly LinkageKeyKind[]): Promise<string[]> {
  const wanted = new Set(kinds);
  const types = [
    ...(wanted.has('document') ? ['document'] : []),
    ...(wanted.has('plate') || wanted.has('vin') ? ['vehicle'] : []),
    ...(['person', 'document', 'phone', 'iban', 'wallet'].some((k) => wanted.has(k as LinkageKeyKind)) ? ['person'] : []),
  ];
  const handling = HANDLING.slice(0, HANDLING.indexOf(agreement.ceilings.handlingCode) + 1);
  const tlp = TLP.slice(0, TLP.indexOf(agreement.ceilings.tlp) + 1);
  const rows = await tx.query<{ id: string; type: string; data: Record<string, unknown> }>(
    `SELECT id, type, data FROM records
     WHERE erased_at IS NULL AND data IS NOT NULL AND type IN (SELECT jsonb_array_elements_text($1::jsonb))
       AND handling_code IN (SELECT jsonb_array_elements_text($2::jsonb)) AND tlp IN (SELECT jsonb_array_elements_text($3::jsonb))`,
    [JSON.stringify(types), JSON.stringify(handling), JSON.stringify(tlp)],
  );
  const keys = new Set<LinkageKey>();
  const add = (n: Normalised) => {
    if (n.ok && wanted.has(n.key.slice(0, n.key.indexOf(':')) as LinkageKeyKind)) keys.add(n.key);
  };
  for (const row of rows) {
    if (row.type === 'document') add(identifierLinkageKey('document', (row.data as IdentityDocumentData).number));
    else if (row.type === 'vehicle') {
      const v = row.data as VehicleData;
      if (v.plate) add(identifierLinkageKey('plate', v.plate, v.registrationCountry));
      if (v.vin) add(identifierLinkageKey('vin', v.vin));
    } else if (row.type === 'person') {
      const p = row.data as PersonData;
      for (const id of p.identifiers ?? []) {
        const kind = SCHEMES[id.scheme.toLowerCase()];
        if (kind) add(identifierLinkageKey(kind, id.value));
      }
      if (wanted.has('person')) for (const key of personKeysOf(toMatchRecord(row.id, p))) keys.add(key);
    }
  }
  return [...keys];
}
