import type { Queryable } from './database.ts';

/**
 * Refreshes the planner's statistics of the searched tables. PostgreSQL does it
 * by itself in time; the embedded database never does, and without statistics
 * it plans searches over a large import badly (ten times slower or worse).
 */
export async function refreshStatistics(db: Queryable): Promise<void> {
  await db.query('ANALYZE records, search_keys, links, alerts, alert_keys');
}
