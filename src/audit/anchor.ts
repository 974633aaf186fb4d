import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Checkpoint } from './checkpoint.ts';

/**
 * The latest signed checkpoint, kept beside the database in the node's data
 * directory. Someone who can rewrite the database (log, head and checkpoints
 * together) cannot make it agree with this file without the node's key.
 */
const anchorFile = (dataDir: string) => join(dataDir, 'audit-anchor.json');

/** Saves the latest checkpoint as the anchor (atomically: write, then rename). */
export async function writeAnchor(dataDir: string, checkpoint: Checkpoint): Promise<void> {
  const file = anchorFile(dataDir);
  await writeFile(`${file}.tmp`, JSON.stringify(checkpoint) + '\n', { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** The anchored checkpoint, or null for a node that has signed none yet. */
export async function readAnchor(dataDir: string): Promise<Checkpoint | null> {
  const file = anchorFile(dataDir);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Checkpoint) : null;
}
