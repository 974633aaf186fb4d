import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

function readPid(file: string): number | null {
  try {
    return Number(readFileSync(file, 'utf8')) || null;
  } catch {
    return null;
  }
}

const inUse = (dataDir: string, pid: number) =>
  new LiaisonError(
    'conflict',
    `the embedded database in ${dataDir} is in use by process ${pid}: stop that node first, or use PostgreSQL (DATABASE_URL) to share one database`,
  );

/**
 * Takes the data directory's lock, so that only one process at a time opens an
 * embedded (PGlite) database, which is not safe for concurrent processes. The
 * lock is created atomically (a hard link, which fails if it exists); a lock
 * left by a process that died is moved aside atomically before it is taken
 * over, so two processes cannot both take it. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'db.lock');
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, file);
        return () => {
          if (readPid(file) === process.pid) rmSync(file, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readPid(file);
      if (holder === null) continue;
      if (holder !== process.pid && alive(holder)) throw inUse(dataDir, holder);
      const aside = `${file}.stale.${process.pid}`;
      try {
        renameSync(file, aside);
      } catch {
        continue;
      }
      const moved = readPid(aside);
      if (moved !== holder && moved !== null && alive(moved)) {
        // Another process took the lock between our read and our move: give it back.
        try {
          linkSync(aside, file);
        } finally {
          rmSync(aside, { force: true });
        }
        throw inUse(dataDir, moved);
      }
      rmSync(aside, { force: true });
    }
    throw new LiaisonError('conflict', `could not lock ${dataDir}`);
  } finally {
    rmSync(mine, { force: true });
  }
}
