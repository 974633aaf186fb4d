import { readFile } from 'node:fs/promises';
import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { invalidInput } from '../core/errors.ts';
import { nodeDescriptor, readNodePublic } from '../identity/node-directory.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import { addPeer, removePeer } from './peers.ts';

/** Reads a JSON file, or an `invalid_input` error naming it. */
export async function readJsonFile(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw invalidInput(`${file} is not a readable JSON file: ${(error as Error).message}`);
  }
}

const DESCRIPTOR_USAGE = 'liaison node descriptor --data-dir DIR';

/** `liaison node descriptor`: prints the node's public descriptor (JSON) for partners to pin. */
export const nodeDescriptorCommand: Command = {
  path: ['node', 'descriptor'],
  usage: DESCRIPTOR_USAGE,
  summary: 'print this node’s public descriptor (id, endpoints, keys, TLS certificate) for partners',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, DESCRIPTOR_USAGE);
    const dataDir = required(values['data-dir'], 'data-dir', DESCRIPTOR_USAGE);
    say(JSON.stringify(nodeDescriptor(await readNodePublic(dataDir)), null, 2));
    return 0;
  },
};

const PEER_ADD_USAGE = 'liaison peer add --data-dir DIR DESCRIPTOR.json';

/** `liaison peer add`: pins a partner node from the descriptor it gave. */
export const peerAddCommand: Command = {
  path: ['peer', 'add'],
  usage: PEER_ADD_USAGE,
  summary: 'add a partner node from its descriptor file',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, PEER_ADD_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give one descriptor file\nusage: ${PEER_ADD_USAGE}`);
    const descriptor = await readJsonFile(positionals[0]);
    return withNode(required(values['data-dir'], 'data-dir', PEER_ADD_USAGE), async (node) => {
      const peer = await addPeer(node.federation, cliActor(), descriptor);
      say(`added peer ${peer.descriptor.nodeId} (${peer.descriptor.agency}, ${peer.descriptor.country}) at ${peer.descriptor.endpoints.federation}`);
      return 0;
    });
  },
};

const PEER_LIST_USAGE = 'liaison peer list --data-dir DIR';

/** `liaison peer list`: the partner nodes this node knows. */
export const peerListCommand: Command = {
  path: ['peer', 'list'],
  usage: PEER_LIST_USAGE,
  summary: 'list the partner nodes',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, PEER_LIST_USAGE);
    return withNode(required(values['data-dir'], 'data-dir', PEER_LIST_USAGE), async (node) => {
      for (const p of node.federation.peers.all()) say(`${p.descriptor.nodeId.padEnd(16)} ${p.descriptor.country}  ${p.descriptor.endpoints.federation}  ${p.descriptor.agency}`);
      return 0;
    });
  },
};

const PEER_REMOVE_USAGE = 'liaison peer remove --data-dir DIR NODE_ID';

/** `liaison peer remove`: stops trusting a partner node's keys. */
export const peerRemoveCommand: Command = {
  path: ['peer', 'remove'],
  usage: PEER_REMOVE_USAGE,
  summary: 'remove a partner node (its keys are no longer trusted)',
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, PEER_REMOVE_USAGE);
    if (positionals.length !== 1) throw invalidInput(`give one node id\nusage: ${PEER_REMOVE_USAGE}`);
    return withNode(required(values['data-dir'], 'data-dir', PEER_REMOVE_USAGE), async (node) => {
      await removePeer(node.federation, cliActor(), positionals[0]);
      say(`removed peer ${positionals[0]}`);
      return 0;
    });
  },
};
