import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../src/store/database.ts';
import { migrate } from '../src/store/migrations.ts';
import { PgliteDatabase } from '../src/store/pglite-driver.ts';
import { PostgresDatabase } from '../src/store/postgres-driver.ts';

/** The PostgreSQL server benchmarks create their databases on. */
export const BENCH_POSTGRES_URL = process.env.LIAISON_BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database of each backend: PGlite on disk (as a node runs it), and PostgreSQL when reachable. */
export async function benchDatabase(backend: 'pglite' | 'postgres'): Promise<{ db: Database; dispose(): Promise<void> } | null> {
  if (backend === 'pglite') {
    const db = await PgliteDatabase.open(join(mkdtempSync(join(tmpdir(), 'liaison-bench-')), 'db'));
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const name = `liaison_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = await PostgresDatabase.open(url.toString());
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      const client = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
