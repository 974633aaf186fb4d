import type { PersonData } from '../model/person.ts';
import type { MatchRecord } from './record.ts';

/** A stored person as the matcher sees it. */
export function toMatchRecord(id: string, person: PersonData): MatchRecord {
  return {
    id,
    names: person.names.map((n) => ({ full: n.fullName, given: n.givenNames, family: n.familyName })),
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    gender: person.gender,
    nationalities: person.nationalities,
    ...(person.placeOfBirth?.place && { placeOfBirth: person.placeOfBirth.place }),
    identifiers: person.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })),
  };
}
