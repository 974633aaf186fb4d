import type { Command } from '../cli/command.ts';
import { parseCommandArgs, progress, say } from '../cli/command.ts';
import { isoDate } from '../core/clock.ts';
import { readEnvironment } from '../core/config.ts';
import { invalidInput } from '../core/errors.ts';
import { initNodeDirectory, isInitialised } from '../identity/node-directory.ts';
import { createOfficer } from '../identity/officers.ts';
import type { Role } from '../identity/roles.ts';
import { RecordInput } from '../model/record.ts';
import { collectRecordsInBulk, toRecordRow } from '../records/service.ts';
import { generateDataset } from '../synth/generator.ts';
import { stopOnSignal } from './commands.ts';
import { cliActor, openNode, type OpenNode } from './open-node.ts';
import { serveNode } from './serve.ts';

/** The demo sign-ins: one officer a role. Demo only: never use known passwords on a real node. */
export const DEMO_PASSWORD = 'liaison-demo-password';
const DEMO_OFFICERS: { username: string; displayName: string; role: Role }[] = [
  { username: 'officer', displayName: 'Demo Liaison Officer', role: 'liaison_officer' },
  { username: 'analyst', displayName: 'Demo Analyst', role: 'analyst' },
  { username: 'supervisor', displayName: 'Demo Supervisor', role: 'supervisor' },
  { username: 'judge', displayName: 'Demo Judicial Authority', role: 'judicial_authority' },
  { username: 'dpo', displayName: 'Demo Data-Protection Officer', role: 'data_protection_officer' },
  { username: 'admin', displayName: 'Demo Administrator', role: 'administrator' },
];

/** Creates the demo officers and loads a seeded synthetic data set. */
async function seedDemo(node: OpenNode, persons: number): Promise<void> {
  const actor = cliActor(['administrator']);
  for (const officer of DEMO_OFFICERS) {
    await createOfficer(node.ctx, actor, { username: officer.username, displayName: officer.displayName, roles: [officer.role], password: DEMO_PASSWORD });
  }
  const dataset = generateDataset({ seed: 2026, persons, nodeId: node.ctx.nodeId, today: isoDate(node.ctx.clock.now()) });
  const rows = dataset.records.map((record) => toRecordRow(node.ctx.nodeId, RecordInput.parse(record)));
  await collectRecordsInBulk(node.ctx, actor, rows, {
    source: { seed: 'synthetic demo data, seed 2026' },
    links: dataset.links,
    onProgress: (done, total) => progress(`seeding ${done}/${total} synthetic records`),
  });
}

const USAGE = 'liaison demo [--dir DIR] [--port PORT] [--persons N]';

/** `liaison demo` (what `npm start` runs): a local node on its embedded database, seeded with synthetic data. */
export const demoCommand: Command = {
  path: ['demo'],
  usage: USAGE,
  summary: 'run a local demo node with synthetic data (what npm start runs)',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { dir: { type: 'string', default: '.liaison/demo' }, port: { type: 'string', default: '7400' }, persons: { type: 'string', default: '2000' } },
      USAGE,
    );
    const dir = values.dir as string;
    const port = Number(values.port);
    const persons = Number(values.persons);
    if (!Number.isInteger(port) || !Number.isInteger(persons) || persons < 1) throw invalidInput('--port and --persons must be whole numbers');
    const env = { ...readEnvironment(), databaseUrl: undefined };
    const fresh = !isInitialised(dir);
    if (fresh) {
      say(`creating the demo node in ${dir} (first run only)…`);
      await initNodeDirectory(dir, { nodeId: 'demo-lu', country: 'LU', agency: 'Demo Police Cooperation Unit (fictional)', port }, env);
    }
    const node = await openNode(dir, env);
    if (fresh) await seedDemo(node, persons);
    const running = await serveNode(node, { api: port, federation: port + 1 });
    say('');
    say(`Liaison demo node ${node.ctx.nodeId} is running at ${running.url}`);
    say(`  API description:  ${running.url}/openapi.json`);
    say(`  sign in as one of: ${DEMO_OFFICERS.map((o) => `${o.username} (${o.role})`).join(', ')}`);
    say(`  demo password for all: ${DEMO_PASSWORD}`);
    say(`  e.g. curl -s -X POST ${running.url}/api/v1/sessions -H 'content-type: application/json' \\`);
    say(`         -d '{"username":"officer","password":"${DEMO_PASSWORD}"}'`);
    say('  then send Authorization: Bearer <token>, and Liaison-Purpose / Liaison-Justification headers to read personal data.');
    say('Synthetic data only. Stop with Ctrl+C.');
    await stopOnSignal([running]);
    return 0;
  },
};
