import pg from 'pg';
import { LiaisonError } from '../core/errors.ts';
import type { Database, Queryable } from './database.ts';
import { SHARED_PARSERS } from './database.ts';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return SHARED_PARSERS[oid] ?? pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The PostgreSQL server driver, on a connection pool. */
export class PostgresDatabase implements Database {
  readonly backend = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects to the PostgreSQL database at `url` and checks that it answers. */
  static async open(url: string, maxConnections = 10): Promise<PostgresDatabase> {
    const pool = new pg.Pool({ connectionString: url, max: maxConnections, types });
    pool.on('error', () => {
      /* an idle client lost its connection; the pool replaces it */
    });
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      const where = new URL(url);
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      throw new LiaisonError('storage_unavailable', `cannot reach PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}: ${reason}`);
    }
    return new PostgresDatabase(pool);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as Row[];
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
