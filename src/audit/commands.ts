import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from '../cli/command.ts';
import { parseCommandArgs, progress, required, say } from '../cli/command.ts';
import { readEnvironment } from '../core/config.ts';
import { readNodePublic } from '../identity/node-directory.ts';
import { jwksVerifier } from '../identity/node-keys.ts';
import { cliActor, withNode } from '../node/open-node.ts';
import { lockDataDir } from '../store/data-dir-lock.ts';
import { openDatabase } from '../store/open.ts';
import { readAnchor } from './anchor.ts';
import { exportAudit } from './service.ts';
import { verifyAuditLog } from './verify.ts';

const VERIFY_USAGE = 'liaison audit verify --data-dir DIR';

/**
 * `liaison audit verify`: checks the whole chain and every signed checkpoint
 * with the node's public key only; exits 7 naming the first bad entry.
 */
export const auditVerifyCommand: Command = {
  path: ['audit', 'verify'],
  usage: VERIFY_USAGE,
  summary: 'verify the audit log: hash chain, sequence and signed checkpoints',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, VERIFY_USAGE);
    const dataDir = required(values['data-dir'], 'data-dir', VERIFY_USAGE);
    const env = readEnvironment();
    const { jwks } = await readNodePublic(dataDir);
    const unlock = env.databaseUrl ? () => undefined : lockDataDir(dataDir);
    try {
      const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir });
      try {
        const started = Date.now();
        let lastReport = 0;
        const report = await verifyAuditLog(db, jwksVerifier(jwks), {
          anchor: await readAnchor(dataDir),
          onProgress: (checked) => {
            if (checked - lastReport >= 100_000) {
              progress(`checked ${checked} entries`);
              lastReport = checked;
            }
          },
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (!report.ok) {
          say(`audit log FAILED verification at entry ${report.firstBad?.seq}: ${report.firstBad?.problem}`);
          return 7;
        }
        say(`audit log verified: ${report.entries} entries, ${report.checkpoints} signed checkpoints, in ${seconds} s`);
        return 0;
      } finally {
        await db.close();
      }
    } finally {
      unlock();
    }
  },
};

const EXPORT_USAGE = 'liaison audit export --data-dir DIR --recipient AUTHORITY [--from ISO] [--to ISO] [--out FILE]';

/** `liaison audit export`: the log as JSON Lines for a supervisory authority (the export is audited). */
export const auditExportCommand: Command = {
  path: ['audit', 'export'],
  usage: EXPORT_USAGE,
  summary: 'export the audit log as JSON Lines for a supervisory authority',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, recipient: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
      EXPORT_USAGE,
    );
    return withNode(required(values['data-dir'], 'data-dir', EXPORT_USAGE), async (node) => {
      const recipient = required(values.recipient, 'recipient', EXPORT_USAGE);
      const lines = await exportAudit(node.ctx, cliActor(['data_protection_officer']), { from: values.from, to: values.to }, recipient);
      const out = values.out ? createWriteStream(values.out) : process.stdout;
      for await (const line of lines) if (!out.write(line)) await once(out, 'drain');
      if (values.out) {
        (out as ReturnType<typeof createWriteStream>).end();
        await once(out, 'finish');
        progress(`wrote ${values.out}`);
      }
      return 0;
    });
  },
};

const CHECKPOINT_USAGE = 'liaison audit checkpoint --data-dir DIR';

/** `liaison audit checkpoint`: signs the current head of the audit log now. */
export const auditCheckpointCommand: Command = {
  path: ['audit', 'checkpoint'],
  usage: CHECKPOINT_USAGE,
  summary: 'sign the current head of the audit log',
  async run(args) {
    const { values } = parseCommandArgs(args, { 'data-dir': { type: 'string' } }, CHECKPOINT_USAGE);
    return withNode(required(values['data-dir'], 'data-dir', CHECKPOINT_USAGE), async (node) => {
      const checkpoint = await node.checkpoint();
      say(checkpoint ? `signed checkpoint at entry ${checkpoint.seq}` : 'nothing new to sign');
      return 0;
    });
  },
};
