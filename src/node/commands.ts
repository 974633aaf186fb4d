import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { readEnvironment } from '../core/config.ts';
import { invalidInput } from '../core/errors.ts';
import { openNode } from './open-node.ts';
import { serveNode, type RunningNode } from './serve.ts';

const USAGE = 'liaison start --data-dir DIR [--port PORT]';

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
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' }, port: { type: 'string' } }, USAGE);
    const dataDir = required(values['data-dir'], 'data-dir', USAGE);
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !Number.isInteger(port)) throw invalidInput('--port must be a whole number');
    const started = Date.now();
    const node = await openNode(dataDir, readEnvironment());
    const running = await serveNode(node, port);
    say(`node ${node.identity.config.nodeId} listening on ${running.url} (ready in ${Date.now() - started} ms)`);
    await stopOnSignal([running]);
    return 0;
  },
};
