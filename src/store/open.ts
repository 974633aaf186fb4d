import { join } from 'node:path';
import type { Database } from './database.ts';
import { migrate } from './migrations.ts';
import { PgliteDatabase } from './pglite-driver.ts';
import { PostgresDatabase } from './postgres-driver.ts';

/** Where a node's database lives: a PostgreSQL URL, or PGlite in the data directory. */
export interface StoreLocation {
  databaseUrl?: string;
  dataDir?: string;
}

/** Opens the node's database (PostgreSQL when `databaseUrl` is set, else PGlite) and migrates it. */
export async function openDatabase(location: StoreLocation): Promise<Database> {
  const db = location.databaseUrl
    ? await PostgresDatabase.open(location.databaseUrl)
    : await PgliteDatabase.open(location.dataDir ? join(location.dataDir, 'db') : undefined);
  await migrate(db);
  return db;
}
