import { FixedClock } from '../../src/core/clock.ts';
import type { Actor, NodeContext } from '../../src/core/context.ts';
import { newId } from '../../src/core/ids.ts';
import type { Database } from '../../src/store/database.ts';
import type { Role } from '../../src/identity/roles.ts';

/** A node context over `db` with a fixed clock at 2026-11-28 09:00 UTC. */
export function testContext(db: Database, nodeId = 'test-node'): NodeContext & { clock: FixedClock } {
  return { db, clock: new FixedClock(new Date('2026-11-28T09:00:00Z')), nodeId };
}

/** An officer acting with `roles` (services take actors; no account is needed). */
export function officer(...roles: Role[]): Actor {
  return { id: newId(), username: roles.join('-'), roles };
}

/** A purpose and justification good enough to consult personal data. */
export const WHY = { purpose: 'investigation', justification: 'case TEST-2026-001' } as const;

/** The protection fields of a typical test record. */
export const PROTECTION = {
  subjectCategory: 'suspect',
  sourceReliability: 'B',
  informationAccuracy: 2,
  handlingCode: 'H1',
  tlp: 'AMBER',
  legalBasis: 'Test legal basis',
  reviewBy: '2029-11-28',
  nature: 'fact',
  assessments: [],
} as const;

/** A valid person record input. */
export function personInput(given: string, family: string, dateOfBirth?: string) {
  return {
    type: 'person' as const,
    protection: PROTECTION,
    data: { names: [{ kind: 'primary', givenNames: [given], familyName: family, script: 'Latn' }], ...(dateOfBirth && { dateOfBirth }), nationalities: ['DE'], gender: 'unknown' },
  };
}
