import type { Command } from '../cli/command.ts';
import { parseCommandArgs, progress, say } from '../cli/command.ts';
import { invalidInput } from '../core/errors.ts';
import { launchDemoFederation } from './demo-federation.ts';
import { DEMO_OFFICERS, DEMO_PASSWORD } from './demo-seed.ts';

const USAGE = 'liaison demo [--dir DIR] [--port PORT] [--persons N]';

/**
 * `liaison demo` (what `npm start` runs): a local federation of three
 * fictional agencies, each a separate node process with its own embedded
 * database and synthetic data, with agreements between them.
 */
export const demoCommand: Command = {
  path: ['demo'],
  usage: USAGE,
  summary: 'run a local demo federation of three nodes with synthetic data (what npm start runs)',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { dir: { type: 'string', default: '.liaison/demo' }, port: { type: 'string', default: '7400' }, persons: { type: 'string', default: '2000' } },
      USAGE,
    );
    const basePort = Number(values.port);
    const persons = Number(values.persons);
    if (!Number.isInteger(basePort) || !Number.isInteger(persons) || persons < 1) throw invalidInput('--port and --persons must be whole numbers');
    say(`starting the demo federation in ${values.dir} (the first run creates three nodes: about half a minute)…`);
    const federation = await launchDemoFederation(values.dir as string, { persons, basePort, log: progress });
    say('');
    say('Liaison demo federation: three fictional agencies, each its own node, process and database');
    for (const node of federation.nodes) say(`  ${node.spec.nodeId.padEnd(8)} ${node.spec.country}  ${node.url}  ${node.spec.agency}`);
    say(`  the console of each: open its address in a browser (e.g. ${federation.nodes[0].url}/)`);
    say(`  API description of each: <address>/openapi.json`);
    say(`  sign in on any node as: ${DEMO_OFFICERS.map((o) => `${o.username} (${o.role})`).join(', ')}`);
    say(`  demo password for all: ${DEMO_PASSWORD}`);
    say(`  e.g. curl -s -X POST ${federation.nodes[0].url}/api/v1/sessions -H 'content-type: application/json' \\`);
    say(`         -d '{"username":"officer","password":"${DEMO_PASSWORD}"}'`);
    say('  then send Authorization: Bearer <token>, and Liaison-Purpose / Liaison-Justification headers to read personal data.');
    say('  npm run demo:scenario walks a cross-border hit, a DNA candidate and a European arrest warrant through the federation.');
    say('Synthetic data only. Stop with Ctrl+C.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      for (const node of federation.nodes) node.process.once('exit', (code) => code !== 0 && code !== null && (say(`${node.spec.nodeId} stopped (exit ${code})`), resolve()));
    });
    say('stopping…');
    await federation.stop();
    return 0;
  },
};
