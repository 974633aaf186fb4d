import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';
import { SHARED_PARSERS } from './database.ts';

/**
 * The embedded driver. PGlite has one connection: statements and transactions
 * queue behind each other, so keep transactions short.
 */
export class PgliteDatabase implements Database {
  readonly backend = 'pglite' as const;

  private constructor(private readonly db: PGlite) {}

  /** Opens (and on first use creates) a PGlite database in `dataDir`; in memory when omitted. */
  static async open(dataDir?: string): Promise<PgliteDatabase> {
    const db = new PGlite({ dataDir, parsers: SHARED_PARSERS });
    await db.waitReady;
    return new PgliteDatabase(db);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query<Row>(sql, params as unknown[]);
    return result.rows;
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      fn({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await tx.query<Row>(sql, params as unknown[])).rows,
      }),
    );
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
