import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeConfig, type Environment } from '../core/config.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import { newToken } from '../core/ids.ts';
import { createPrivateKey } from 'node:crypto';
import { decryptKeys, encryptKeys, generateNodeKeys, publicJwks, type Jwks, type NodeKeys } from './node-keys.ts';
import { createTlsIdentity, type TlsIdentity } from './tls.ts';

/** A node as found in its data directory: configuration, unlocked keys, public JWKS and TLS identity. */
export interface NodeIdentity {
  dataDir: string;
  config: NodeConfig;
  keys: NodeKeys;
  jwks: Jwks;
  tls: TlsIdentity;
}

/** The public description of a node that partners pin: who it is, where it is, its keys. */
export interface NodeDescriptor {
  nodeId: string;
  country: string;
  agency: string;
  endpoints: { api: string; federation: string };
  keys: Jwks;
  /** The node's self-signed TLS certificate (PEM), pinned by partners. */
  tlsCertificate: string;
}

const paths = (dataDir: string) => ({
  config: join(dataDir, 'node.json'),
  keysDir: join(dataDir, 'keys'),
  signingKey: join(dataDir, 'keys', 'signing.key.pem'),
  encryptionKey: join(dataDir, 'keys', 'encryption.key.pem'),
  jwks: join(dataDir, 'keys', 'public.jwks.json'),
  defaultKeyFile: join(dataDir, 'keys', 'passphrase'),
  tlsCertificate: join(dataDir, 'keys', 'tls.cert.pem'),
  tlsKey: join(dataDir, 'keys', 'tls.key.pem'),
});

/** Writes a new TLS identity for the node, its key encrypted like the others. */
async function writeTlsIdentity(dataDir: string, config: NodeConfig, passphrase: string): Promise<TlsIdentity> {
  const p = paths(dataDir);
  const tls = await createTlsIdentity(config.nodeId, config.host);
  await writeFile(p.tlsCertificate, tls.certificatePem);
  await writeFile(p.tlsKey, tls.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string, { mode: 0o600 });
  return tls;
}

/** Reads the node's TLS identity, making one first for a node initialised before nodes had one. */
async function readTlsIdentity(dataDir: string, config: NodeConfig, passphrase: string): Promise<TlsIdentity> {
  const p = paths(dataDir);
  if (!existsSync(p.tlsCertificate)) return writeTlsIdentity(dataDir, config, passphrase);
  return {
    certificatePem: await readFile(p.tlsCertificate, 'utf8'),
    privateKey: createPrivateKey({ key: await readFile(p.tlsKey, 'utf8'), format: 'pem', passphrase }),
  };
}

/** The shortest passphrase accepted for the node's private keys (a generated key file holds 256 random bits). */
export const MIN_PASSPHRASE_LENGTH = 16;

/** True when `dataDir` holds an initialised node. */
export function isInitialised(dataDir: string): boolean {
  return existsSync(paths(dataDir).config);
}

async function passphraseFor(dataDir: string, env: Environment, create: boolean): Promise<string> {
  if (env.keyPassphrase) return env.keyPassphrase;
  const keyFile = env.keyFile ?? paths(dataDir).defaultKeyFile;
  if (existsSync(keyFile)) return (await readFile(keyFile, 'utf8')).trim();
  if (!create) throw new LiaisonError('unauthenticated', `no key passphrase: set LIAISON_KEY_PASSPHRASE or provide the key file ${keyFile}`);
  const passphrase = newToken();
  await writeFile(keyFile, passphrase + '\n', { mode: 0o600 });
  return passphrase;
}

/**
 * Creates a node in `dataDir`: its configuration, an Ed25519 signing key and an
 * X25519 encryption key, private keys encrypted at rest under a passphrase
 * (LIAISON_KEY_PASSPHRASE) or a key file (LIAISON_KEY_FILE, else `keys/passphrase`).
 */
export async function initNodeDirectory(dataDir: string, input: unknown, env: Environment): Promise<NodeIdentity> {
  if (isInitialised(dataDir)) throw new LiaisonError('conflict', `${dataDir} already holds a node`);
  const parsed = NodeConfig.safeParse(input);
  if (!parsed.success) {
    throw invalidInput(
      'invalid node configuration',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  if (env.keyPassphrase !== undefined && env.keyPassphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw invalidInput(`LIAISON_KEY_PASSPHRASE must have at least ${MIN_PASSPHRASE_LENGTH} characters`, [
      { path: 'LIAISON_KEY_PASSPHRASE', message: 'too short' },
    ]);
  }
  const p = paths(dataDir);
  await mkdir(p.keysDir, { recursive: true, mode: 0o700 });
  // The data directory holds keys and, when embedded, the database: its owner only.
  await chmod(dataDir, 0o700);
  await chmod(p.keysDir, 0o700);
  const keys = await generateNodeKeys();
  const passphrase = await passphraseFor(dataDir, env, true);
  const encrypted = encryptKeys(keys, passphrase);
  const jwks = await publicJwks(keys);
  const tls = await writeTlsIdentity(dataDir, parsed.data, passphrase);
  await writeFile(p.signingKey, encrypted.signingKeyPem, { mode: 0o600 });
  await writeFile(p.encryptionKey, encrypted.encryptionKeyPem, { mode: 0o600 });
  await writeFile(p.jwks, JSON.stringify(jwks, null, 2) + '\n');
  await writeFile(p.config, JSON.stringify(parsed.data, null, 2) + '\n');
  return { dataDir, config: parsed.data, keys, jwks, tls };
}

/** Reads a node's configuration, public keys and TLS certificate, without unlocking its private keys. */
export async function readNodePublic(dataDir: string): Promise<{ config: NodeConfig; jwks: Jwks; tls: Pick<TlsIdentity, 'certificatePem'> }> {
  if (!isInitialised(dataDir)) throw new LiaisonError('not_found', `${dataDir} holds no node: run liaison init first`);
  const p = paths(dataDir);
  const config = NodeConfig.parse(JSON.parse(await readFile(p.config, 'utf8')));
  const jwks = JSON.parse(await readFile(p.jwks, 'utf8')) as Jwks;
  const certificatePem = existsSync(p.tlsCertificate) ? await readFile(p.tlsCertificate, 'utf8') : '';
  return { config, jwks, tls: { certificatePem } };
}

/** Reads a node and unlocks its private keys. */
export async function loadNodeDirectory(dataDir: string, env: Environment): Promise<NodeIdentity> {
  const { config, jwks } = await readNodePublic(dataDir);
  if ((await stat(dataDir)).mode & 0o077) {
    throw new LiaisonError('forbidden', `${dataDir} is open to other users of this machine: run chmod 700 ${dataDir}`);
  }
  const p = paths(dataDir);
  const passphrase = await passphraseFor(dataDir, env, false);
  const keys = await decryptKeys(
    { signingKeyPem: await readFile(p.signingKey, 'utf8'), encryptionKeyPem: await readFile(p.encryptionKey, 'utf8') },
    passphrase,
  );
  return { dataDir, config, keys, jwks, tls: await readTlsIdentity(dataDir, config, passphrase) };
}

/**
 * The descriptor partners pin for this node. `ports` are the ports actually
 * bound, when the configuration asked for any free port (0).
 */
export function nodeDescriptor(
  identity: { config: NodeConfig; jwks: Jwks; tls: Pick<TlsIdentity, 'certificatePem'> },
  ports?: { api: number; federation: number },
): NodeDescriptor {
  const { config } = identity;
  return {
    nodeId: config.nodeId,
    country: config.country,
    agency: config.agency,
    endpoints: {
      api: config.publicUrl ?? `http://${config.host}:${ports?.api ?? config.port}`,
      federation: config.federationUrl ?? `https://${config.host}:${ports?.federation ?? config.federationPort}`,
    },
    keys: identity.jwks,
    tlsCertificate: identity.tls.certificatePem,
  };
}

/** Removes what {@link initNodeDirectory} wrote, after an init that failed half-way, so that it can be run again. */
export async function undoInitNodeDirectory(dataDir: string): Promise<void> {
  const p = paths(dataDir);
  await rm(p.config, { force: true });
  await rm(p.keysDir, { recursive: true, force: true });
  await rm(join(dataDir, 'db'), { recursive: true, force: true });
}
