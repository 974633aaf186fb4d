import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { NodeDescriptor } from '../identity/node-directory.ts';
import { ApiClient, waitFor } from './api-client.ts';
import { DEMO_NODES, DEMO_PASSWORD, prepareDemoNode, type DemoNodeSpec } from './demo-seed.ts';
import { startNodeProcess } from './node-process.ts';

/** One running node of the demo federation: its own process, database and keys. */
export interface DemoNode {
  spec: DemoNodeSpec;
  url: string;
  process: ChildProcess;
  admin: ApiClient;
}

/** The terms of the demo agreement between two nodes. */
export function demoTerms(a: NodeDescriptor, b: NodeDescriptor, signingKeyIds: Record<string, string>) {
  return {
    id: `agr-${a.nodeId}-${b.nodeId}`,
    title: `Demo agreement ${a.country}–${b.country} on persons, documents, vehicles, DNA profiles, face templates, movements, alerts and judicial requests`,
    parties: [a, b].map((d) => ({ nodeId: d.nodeId, country: d.country, agency: d.agency, signingKeyId: signingKeyIds[d.nodeId] })),
    validFrom: new Date().toISOString().slice(0, 10),
    validUntil: `${new Date().getUTCFullYear() + 2}-12-31`,
    purposes: ['prevention', 'investigation', 'detection', 'prosecution'],
    queryable: ['person', 'document', 'vehicle', 'dna', 'face', 'movement'],
    autoRelease: { vehicle: ['plate', 'make', 'model'], movement: ['direction', 'at', 'crossingPoint', 'flight', 'documentType', 'issuingCountry'] },
    releasable: {
      person: ['names', 'dateOfBirth', 'nationalities', 'placeOfBirth', 'gender'],
      document: ['documentType', 'number', 'issuingState', 'validUntil'],
      vehicle: ['plate', 'registrationCountry', 'vin', 'make', 'model', 'colour'],
      dna: ['names', 'dateOfBirth', 'nationalities'],
      face: ['names', 'dateOfBirth', 'nationalities'],
    },
    ceilings: { handlingCode: 'H2', tlp: 'AMBER' },
    retentionDays: 90,
    deadlines: { urgentHours: 8, normalDays: 7 },
    onwardTransfer: false,
    alerts: ['arrest', 'missing', 'discreet_check', 'inquiry_check', 'specific_check', 'seizure', 'evidence'],
    judicial: { instruments: ['eaw', 'eio', 'mla', 'extradition'] },
  };
}

/**
 * Launches the demo federation under `baseDir`: three fictional agencies,
 * each created on the first run with its own embedded database, officers and
 * synthetic data, each run as a separate `liaison start` process; then pins
 * every node as the others' peer and has every pair sign an agreement.
 * `basePort` 0 lets every node take free ports.
 */
export async function launchDemoFederation(baseDir: string, options: { persons: number; basePort: number; log: (line: string) => void }): Promise<{ nodes: DemoNode[]; stop(): Promise<void> }> {
  const portsOf = (i: number) => (options.basePort === 0 ? { api: 0, federation: 0 } : { api: options.basePort + 10 * i, federation: options.basePort + 10 * i + 1 });
  for (const [i, spec] of DEMO_NODES.entries()) {
    if (await prepareDemoNode(join(baseDir, spec.nodeId), spec, options.persons, portsOf(i))) options.log(`created ${spec.nodeId}: ${spec.agency}, ${spec.country}`);
  }
  const started = await Promise.all(DEMO_NODES.map((spec, i) => {
      const ports = portsOf(i);
      return startNodeProcess(join(baseDir, spec.nodeId), { args: ['--port', String(ports.api), '--federation-port', String(ports.federation)], label: spec.nodeId });
    }));
  const nodes: DemoNode[] = await Promise.all(
    started.map(async ({ url, child }, i) => ({ spec: DEMO_NODES[i], url, process: child, admin: await new ApiClient(url).signIn('admin', DEMO_PASSWORD) })),
  );
  const stop = async () => {
    await Promise.all(
      nodes.map((n) => new Promise<void>((resolve) => (n.process.exitCode !== null ? resolve() : (n.process.once('exit', () => resolve()), n.process.kill('SIGTERM'))))),
    );
  };
  try {
    await connect(nodes, options.log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { nodes, stop };
}

/** Pins every node as every other's peer, and brings an agreement into force between every pair. */
async function connect(nodes: DemoNode[], log: (line: string) => void): Promise<void> {
  const descriptors = await Promise.all(nodes.map((n) => n.admin.call<NodeDescriptor>('GET', '/api/v1/node')));
  for (const [i, node] of nodes.entries()) {
    for (const [j, descriptor] of descriptors.entries()) if (i !== j) await node.admin.call('POST', '/api/v1/peers', descriptor);
  }
  const keyIds = Object.fromEntries(descriptors.map((d) => [d.nodeId, d.keys.keys.find((k) => k.use === 'sig')!.kid!]));
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const terms = demoTerms(descriptors[i], descriptors[j], keyIds);
      const find = async (n: DemoNode) =>
        (await n.admin.call<{ agreements: { document: { id: string }; effectiveState: string; awaiting: string[] }[] }>('GET', '/api/v1/agreements')).agreements.find(
          (a) => a.document.id === terms.id,
        );
      const state = async (n: DemoNode) => (await find(n))?.effectiveState;
      if ((await state(nodes[i])) === 'active' && (await state(nodes[j])) === 'active') continue;
      if (!(await find(nodes[i]))) await nodes[i].admin.call('POST', '/api/v1/agreements', terms);
      const atPartner = await waitFor(`${terms.id} to reach ${nodes[j].spec.nodeId}`, () => find(nodes[j]));
      if (atPartner.awaiting.includes(nodes[j].spec.nodeId)) await nodes[j].admin.call('POST', `/api/v1/agreements/${terms.id}/signature`);
      await waitFor(`${terms.id} to take effect`, async () => ((await state(nodes[i])) === 'active' && (await state(nodes[j])) === 'active' ? true : undefined));
      log(`agreement ${terms.id} in force`);
    }
  }
}
