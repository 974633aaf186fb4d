import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrations.ts';
import { PgliteDatabase } from '../../src/store/pglite-driver.ts';
import { PostgresDatabase } from '../../src/store/postgres-driver.ts';

/** A storage backend the store tests run on. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A new, empty, migrated database, and the function that disposes of it. */
  open(): Promise<{ db: Database; url?: string; dispose(): Promise<void> }>;
}

/** The admin URL of the PostgreSQL server the tests may create databases on. */
export const testPostgresUrl = process.env.LIAISON_TEST_DATABASE_URL;

/** Creates a fresh PostgreSQL database for one test file; returns its URL and a function that drops it. */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!testPostgresUrl) throw new Error('LIAISON_TEST_DATABASE_URL is not set');
  const name = `liaison_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const pglite: TestBackend = {
  name: 'pglite',
  async open() {
    const db = await PgliteDatabase.open();
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

const postgres: TestBackend = {
  name: 'postgres',
  async open() {
    const { url, drop } = await createTestPostgresDatabase();
    const db = await PostgresDatabase.open(url);
    await migrate(db);
    return {
      db,
      url,
      async dispose() {
        await db.close();
        await drop();
      },
    };
  },
};

/**
 * The backends every store test runs on: PGlite always, PostgreSQL when
 * LIAISON_TEST_DATABASE_URL names a server. In CI the server is required.
 */
export function testBackends(): TestBackend[] {
  if (testPostgresUrl) return [pglite, postgres];
  if (process.env.CI) throw new Error('CI must run the store tests on PostgreSQL too: set LIAISON_TEST_DATABASE_URL');
  return [pglite];
}
