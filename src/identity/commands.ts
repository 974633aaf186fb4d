import type { Command } from '../cli/command.ts';
import { parseCommandArgs, required, say } from '../cli/command.ts';
import { readEnvironment } from '../core/config.ts';
import { newToken } from '../core/ids.ts';
import { portOption } from '../node/commands.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import { initNodeDirectory, undoInitNodeDirectory } from './node-directory.ts';
import { createOfficer } from './officers.ts';

const INIT_USAGE =
  'liaison init --data-dir DIR [--node-id ID] [--country CC] [--agency NAME] [--host HOST] [--port PORT] [--federation-port PORT] [--public-url URL]';

/** `liaison init`: creates a node — configuration, keys, database — and its first administrator. */
export const initCommand: Command = {
  path: ['init'],
  usage: INIT_USAGE,
  summary: 'create a node: keys, configuration, database and a first administrator',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      {
        'data-dir': { type: 'string' },
        'node-id': { type: 'string', default: 'local-node' },
        country: { type: 'string', default: 'LU' },
        agency: { type: 'string', default: 'Local Liaison node' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '7400' },
        'federation-port': { type: 'string', default: '7401' },
        'public-url': { type: 'string' },
      },
      INIT_USAGE,
    );
    const dataDir = required(values['data-dir'], 'data-dir', INIT_USAGE);
    const port = portOption(values.port, 'port');
    const federationPort = portOption(values['federation-port'], 'federation-port');
    const env = readEnvironment();
    const identity = await initNodeDirectory(
      dataDir,
      {
        nodeId: values['node-id'],
        country: values.country?.toUpperCase(),
        agency: values.agency,
        host: values.host,
        port,
        federationPort,
        ...(values['public-url'] && { publicUrl: values['public-url'] }),
      },
      env,
    );
    try {
      return await withNode(dataDir, async (node) => {
        const password = process.env.LIAISON_ADMIN_PASSWORD || newToken();
        await createOfficer(node.ctx, cliActor(), { username: 'admin', displayName: 'Administrator', roles: ['administrator'], password });
        say(`initialised node ${identity.config.nodeId} (${identity.config.country}, ${identity.config.agency}) in ${dataDir}`);
        say(`storage: ${env.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite in ' + dataDir + '/db'}`);
        say(`signing key ${identity.keys.signing.keyId}, encryption key ${identity.keys.encryption.keyId}`);
        if (!process.env.LIAISON_ADMIN_PASSWORD) say(`administrator: admin / ${password}  (shown once: keep it safe)`);
        return 0;
      });
    } catch (error) {
      await undoInitNodeDirectory(dataDir);
      throw error;
    }
  },
};

const OFFICER_USAGE = 'liaison officer add --data-dir DIR --username NAME --display-name TEXT --roles ROLE[,ROLE]';

/** `liaison officer add`: creates an officer account; the password comes from LIAISON_OFFICER_PASSWORD or is generated and shown once. */
export const officerAddCommand: Command = {
  path: ['officer', 'add'],
  usage: OFFICER_USAGE,
  summary: 'create an officer account',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' }, roles: { type: 'string' } },
      OFFICER_USAGE,
    );
    return withNode(required(values['data-dir'], 'data-dir', OFFICER_USAGE), async (node) => {
      const password = process.env.LIAISON_OFFICER_PASSWORD || newToken();
      const officer = await createOfficer(node.ctx, cliActor(), {
        username: required(values.username, 'username', OFFICER_USAGE),
        displayName: required(values['display-name'], 'display-name', OFFICER_USAGE),
        roles: required(values.roles, 'roles', OFFICER_USAGE).split(',').map((r) => r.trim()),
        password,
      });
      say(`created officer ${officer.username} (${officer.roles.join(', ')})`);
      if (!process.env.LIAISON_OFFICER_PASSWORD) say(`password: ${password}  (shown once)`);
      return 0;
    });
  },
};
