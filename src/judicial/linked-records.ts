import { LiaisonError, invalidInput } from '../core/errors.ts';
import { findRecord } from '../records/repository.ts';
import type { Queryable } from '../store/database.ts';

/** Checks that a record a request is linked to exists here, is live and of the expected type; `path` names the field. */
export async function requireLinkedRecord(tx: Queryable, id: string | undefined, type: 'case' | 'person', path: string): Promise<void> {
  if (!id) return;
  const record = await findRecord(tx, id);
  if (!record || record.erasedAt) throw new LiaisonError('not_found', `no ${type} record ${id}`, [{ path, message: 'not found' }]);
  if (record.type !== type) throw invalidInput(`${path} must be a ${type} record, not a ${record.type}`, [{ path, message: `not a ${type}` }]);
}

/** The record ids a request's audit entries name. */
export function linkedRecordIds(request: { caseId?: string | null; subjectId?: string | null }): string[] {
  return [request.caseId, request.subjectId].filter((r): r is string => !!r);
}
