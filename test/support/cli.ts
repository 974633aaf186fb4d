import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'liaison.js');

/** The outcome of one `liaison` run in its own process. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `liaison ARGS…` as a separate process. */
export function spawnCli(args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LIAISON_LOG: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `liaison ARGS…` in a separate process to its end. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves with the first match of `pattern` in a stream of the child's output. */
export function waitForOutput(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer) => {
      seen += d.toString();
      const match = seen.match(pattern);
      if (match) {
        child[stream]?.off('data', onData);
        resolve(match);
      }
    };
    child[stream]?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}; output: ${seen}`)));
  });
}

/** A TCP port free on 127.0.0.1 right now (for nodes that must keep their port across restarts). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
