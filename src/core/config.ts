import { z } from 'zod';
import { CountryCode, NodeId, text } from '../model/primitives.ts';
import { CalendarConfig } from './calendar.ts';

/** A node's configuration, kept in `<data-dir>/node.json`. */
export const NodeConfig = z.strictObject({
  nodeId: NodeId,
  country: CountryCode,
  agency: text(200),
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(7400),
  /** The port of the node-to-node HTTPS listener (0: any free port). */
  federationPort: z.number().int().min(0).max(65535).default(7401),
  /** The address officers reach this node's API at. */
  publicUrl: z.url().optional(),
  /** The address partner nodes reach this node's federation listener at. */
  federationUrl: z.url().optional(),
  /** Largest request body the API accepts, in bytes. */
  maxBodyBytes: z.number().int().min(1024).default(1_048_576),
  /** How long an officer's session lasts, in minutes. */
  sessionMinutes: z.number().int().min(1).max(24 * 60).default(480),
  /** How often the audit head is signed, in seconds, while the node runs. */
  checkpointSeconds: z.number().int().min(1).default(60),
  /** How legal time limits are counted (judicial requests): calendar days, or working days with this node's holidays. */
  calendar: CalendarConfig.default({ kind: 'calendar' }),
});
export type NodeConfig = z.infer<typeof NodeConfig>;

/** Settings that come from the environment rather than the data directory. */
export interface Environment {
  /** A PostgreSQL URL; when set the node stores everything there instead of in PGlite. */
  databaseUrl?: string;
  /** The passphrase that decrypts the node's private keys. */
  keyPassphrase?: string;
  /** A file holding that passphrase, instead of LIAISON_KEY_PASSPHRASE. */
  keyFile?: string;
}

/** Reads DATABASE_URL, LIAISON_KEY_PASSPHRASE and LIAISON_KEY_FILE. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    keyPassphrase: env.LIAISON_KEY_PASSPHRASE || undefined,
    keyFile: env.LIAISON_KEY_FILE || undefined,
  };
}
