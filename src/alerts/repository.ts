import type { KeyCriteria } from '../records/repository.ts';
import { keyConditions } from '../records/repository.ts';
import { searchKeysOf } from '../records/search-keys.ts';
import type { Queryable } from '../store/database.ts';
import type { Alert } from './schema.ts';

const COLUMNS = `id, issuer, agreement, record_type AS "recordType", category, action_to_take AS "actionToTake", subject, protection, state, version,
  expires_at AS "expiresAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Stores an alert (own or replicated) with its search keys; a replica seen again replaces the older version. */
export async function upsertAlert(tx: Queryable, alert: Alert): Promise<void> {
  await tx.query(
    `INSERT INTO alerts (id, issuer, agreement, record_type, category, action_to_take, subject, protection, state, version, expires_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (id) DO UPDATE SET action_to_take = EXCLUDED.action_to_take, state = EXCLUDED.state, version = EXCLUDED.version,
       expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
     WHERE alerts.version < EXCLUDED.version`,
    [alert.id, alert.issuer, alert.agreement, alert.recordType, alert.category, alert.actionToTake, JSON.stringify(alert.subject), JSON.stringify(alert.protection), alert.state, alert.version, alert.expiresAt, alert.createdAt, alert.updatedAt],
  );
  await tx.query('DELETE FROM alert_keys WHERE alert_id = $1', [alert.id]);
  const keys = searchKeysOf(alert.subject);
  if (keys.length > 0) {
    await tx.query(
      `INSERT INTO alert_keys (alert_id, kind, key) SELECT $1, k.kind, k.key FROM jsonb_to_recordset($2::jsonb) AS k(kind text, key text)`,
      [alert.id, JSON.stringify(keys)],
    );
  }
}

/** Reads one alert, locking it when `forUpdate`. */
export async function findAlert(tx: Queryable, id: string, forUpdate = false): Promise<Alert | null> {
  const [row] = await tx.query<Alert>(`SELECT ${COLUMNS} FROM alerts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

/** Removes an alert and its keys (a withdrawn or lapsed replica). */
export async function deleteAlert(tx: Queryable, id: string): Promise<void> {
  await tx.query('DELETE FROM alerts WHERE id = $1', [id]);
}

/** Removes replicas past their expiry; returns their ids. */
export async function purgeExpiredReplicas(tx: Queryable, self: string, now: string): Promise<string[]> {
  return (await tx.query<{ id: string }>('DELETE FROM alerts WHERE issuer <> $1 AND expires_at < $2 RETURNING id', [self, now])).map((r) => r.id);
}

/** Active, unexpired alerts (own and replicated) matching the criteria. */
export async function searchAlertsByKeys(tx: Queryable, criteria: KeyCriteria, now: string): Promise<Alert[]> {
  const params: unknown[] = [criteria.type, now];
  const conditions = keyConditions(criteria, params, 'alert_keys', 'alert_id', 'a.id');
  params.push(criteria.limit);
  return tx.query<Alert>(
    `SELECT ${COLUMNS} FROM alerts a WHERE a.record_type = $1 AND a.state = 'active' AND a.expires_at >= $2${conditions.map((c) => ` AND ${c}`).join('')}
     ORDER BY a.created_at, a.id LIMIT $${params.length}`,
    params,
  );
}

/** Alerts this node issued, or holds as replicas not yet lapsed, newest first. */
export async function listAlertRows(tx: Queryable, self: string, now: string, limit: number): Promise<Alert[]> {
  return tx.query<Alert>(`SELECT ${COLUMNS} FROM alerts WHERE issuer = $1 OR expires_at >= $2 ORDER BY created_at DESC, id LIMIT $3`, [self, now, limit]);
}
