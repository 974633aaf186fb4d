import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LiaisonError } from '../core/errors.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory's lock, so that only one process at a time opens an
 * embedded (PGlite) database, which is not safe for concurrent processes. A lock
 * left by a process that died is taken over. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'db.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && holder !== process.pid && alive(holder)) {
        throw new LiaisonError(
          'conflict',
          `the embedded database in ${dataDir} is in use by process ${holder}: stop that node first, or use PostgreSQL (DATABASE_URL) to share one database`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new LiaisonError('conflict', `could not lock ${dataDir}`);
}
