import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'liaison.js');

/**
 * Starts `liaison start` for a node's data directory in a process of its own
 * (embedded database: `DATABASE_URL` cleared); resolves with its API address
 * once it listens, or rejects with the end of its stderr if it exits first.
 */
export function startNodeProcess(dataDir: string, options: { args?: string[]; env?: Record<string, string>; label: string }): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'start', '--data-dir', dataDir, ...(options.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, DATABASE_URL: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = /listening on (http:\/\/[^\s,]+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.once('exit', (code) => reject(new Error(`${options.label} exited with ${code} before listening: ${err.slice(-1000)}`)));
  });
}
