import { normaliseIdentifier } from '../matching/fields/identifiers.ts';
import type { PreparedRecord } from '../matching/prepare.ts';
import { prepareRecord } from '../matching/prepare.ts';
import type { MatchRecord } from '../matching/record.ts';
import { screeningFor } from '../matching/screening.ts';
import type { Database, Queryable } from '../store/database.ts';
import { alpha2Of } from './country-codes.ts';
import { personsByDocumentNumber } from './repository.ts';
import type { Movement, MovementLink } from './schema.ts';

/** The person of a movement as the matcher sees it: names, date of birth, sex, nationality, and the document number as an identifier. */
export function matchRecordOf(movement: Pick<Movement, 'id' | 'person' | 'document'>): MatchRecord | undefined {
  const { person, document } = movement;
  if (!person) return undefined;
  const nationality = person.nationality ? alpha2Of(person.nationality) : undefined;
  return {
    id: movement.id,
    names: [{ given: person.givenNames, ...(person.surname && { family: person.surname }) }],
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    ...((person.sex === 'female' || person.sex === 'male') && { gender: person.sex }),
    nationalities: nationality ? [nationality] : [],
    identifiers: document ? [{ scheme: document.type === 'other' ? 'document' : document.type, value: document.number }] : [],
  };
}

/** The movement's person prepared for the matcher; a name it cannot read is an `invalid_input` error saying why. */
export function prepareMovementPerson(movement: Pick<Movement, 'id' | 'person' | 'document'>): PreparedRecord | undefined {
  const record = matchRecordOf(movement);
  return record ? prepareRecord(record) : undefined;
}

/**
 * The person record a document number identifies: the one live person whose
 * identifiers of the document family hold that number (and, when both name
 * it, the same issuing state). None when no one or several hold it.
 */
async function documentHolders(tx: Queryable, movements: readonly Movement[]): Promise<Map<string, string>> {
  const byNumber = new Map<string, Movement[]>();
  for (const m of movements) if (m.document) (byNumber.get(m.document.number) ?? byNumber.set(m.document.number, []).get(m.document.number)!).push(m);
  const holders = new Map<string, Set<string>>();
  for (const row of await personsByDocumentNumber(tx, [...byNumber.keys()])) {
    if (normaliseIdentifier({ scheme: row.scheme, value: row.number }).family !== 'document') continue;
    for (const m of byNumber.get(row.number) ?? []) {
      if (!m.document) continue;
      const state = m.document.issuingCountry ? alpha2Of(m.document.issuingCountry) : undefined;
      if (row.issuer && state && row.issuer !== state) continue;
      const key = `${m.document.number}|${m.document.issuingCountry ?? ''}`;
      (holders.get(key) ?? holders.set(key, new Set()).get(key)!).add(row.id);
    }
  }
  const unique = new Map<string, string>();
  for (const [key, ids] of holders) if (ids.size === 1) unique.set(key, [...ids][0]);
  return unique;
}

/**
 * Links each movement to a person record of this node, inside the caller's
 * transaction: the screening index is brought up to date first, then each
 * movement's person is screened (names in any script, date of birth, sex,
 * nationality, document number). A document number held by exactly one person
 * links to that person; otherwise the best candidate at or above the
 * matcher's threshold does. The link records its score and method; a
 * movement no one matches stays unlinked.
 */
export async function linkMovements(db: Database, tx: Queryable, movements: readonly Movement[], queries: ReadonlyMap<string, PreparedRecord>, now: string): Promise<Movement[]> {
  const screening = screeningFor(db);
  await screening.sync(tx);
  const byDocument = await documentHolders(tx, movements);
  return movements.map((movement) => {
    const query = queries.get(movement.id);
    const candidates = query ? screening.screen(query, { top: 5, alerts: false, now }) : [];
    const holder = movement.document ? byDocument.get(`${movement.document.number}|${movement.document.issuingCountry ?? ''}`) : undefined;
    let link: MovementLink | null = null;
    if (holder) {
      const scored = candidates.find((c) => c.id === holder);
      link = { personId: holder, score: scored ? scored.score : 1, method: 'document_number', automatic: true };
    } else if (candidates[0]) {
      link = { personId: candidates[0].id, score: candidates[0].score, method: 'matcher', automatic: true };
    }
    return { ...movement, link };
  });
}
