import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { readEnvironment } from '../core/config.ts';
import { invalidInput } from '../core/errors.ts';
import { openNode } from './open-node.ts';
import { serveNode, type RunningNode } from './serve.ts';

const USAGE = 'liaison start --data-dir DIR [--port PORT] [--federation-port PORT]';

/** A port given on the command line, or undefined when not given. */
export function portOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalidInput(`--${flag} must be a port number`, [{ path: flag, message: 'not a port' }]);
  return port;
}

/** Stops the node on SIGINT or SIGTERM, signing the audit head first. */
export function stopOnSignal(nodes: RunningNode[]): Promise<void> {
  return new Promise((resolve) => {
    const stop = async () => {
      say('stopping…');
      await Promise.allSettled(nodes.map((n) => n.stop()));
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** `liaison start`: serves the node's API until stopped. */
export const startCommand: Command = {
  path: ['start'],
  usage: USAGE,
  summary: 'run a node: its HTTP API on its configured address',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'federation-port': { type: 'string' } }, USAGE);
    const dataDir = required(values['data-dir'], 'data-dir', USAGE);
    const ports = { api: portOption(values.port, 'port'), federation: portOption(values['federation-port'], 'federation-port') };
    const started = Date.now();
    const node = await openNode(dataDir, readEnvironment());
    const running = await serveNode(node, ports);
    say(`node ${node.identity.config.nodeId} listening on ${running.url}, federation on ${running.federationUrl} (ready in ${Date.now() - started} ms)`);
    await stopOnSignal([running]);
    return 0;
  },
};
