import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'liaison.js');

function run(args: string[], env: NodeJS.ProcessEnv, until?: RegExp): Promise<{ ms: number; readyMs?: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let ready: { ms: number; readyMs?: number } | undefined;
    child.stdout.on('data', (d) => {
      out += d;
      const match = until && !ready && out.match(until);
      if (match) {
        ready = { ms: performance.now() - started, readyMs: Number(match[1]) };
        child.kill('SIGTERM');
      }
    });
    child.once('close', (code) => {
      if (ready) resolve(ready);
      else if (!until && code === 0) resolve({ ms: performance.now() - started });
      else reject(new Error(`exited ${code}: ${out}`));
    });
  });
}

/**
 * Time to start an initialised node on PGlite: `liaison start` until it prints
 * that it listens — as reported by the node (open keys + database + serve) and
 * as seen from outside (including Node.js and module loading).
 */
export async function measureStart(dataDir: string, runs = 5): Promise<{ runs: number; medianMs: number; medianProcessMs: number }> {
  const env = { ...process.env, LIAISON_LOG: 'silent', DATABASE_URL: '', LIAISON_KEY_PASSPHRASE: 'bench passphrase' };
  await run(['init', '--data-dir', dataDir, '--node-id', 'bench-node', '--country', 'DE', '--agency', 'Bench', '--port', '0', '--federation-port', '0'], env);
  const ready: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await run(['start', '--data-dir', dataDir], env, /ready in (\d+) ms/);
    ready.push(r.readyMs ?? NaN);
    total.push(r.ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { runs, medianMs: Math.round(median(ready)), medianProcessMs: Math.round(median(total)) };
}
