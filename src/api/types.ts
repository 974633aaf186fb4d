import type { Checkpoint, SignatureVerifier } from '../audit/checkpoint.ts';
import type { NodeContext } from '../core/context.ts';
import type { Federation } from '../federation/federation.ts';
import type { NodeDescriptor } from '../identity/node-directory.ts';
import type { Jwks } from '../identity/node-keys.ts';
import type { OfficerActor } from '../identity/officers.ts';

/** Everything the HTTP API needs from the running node. */
export interface ApiDeps {
  ctx: NodeContext;
  /** The node's descriptor, with the ports actually bound. */
  descriptor(): NodeDescriptor;
  federation: Federation;
  /** The latest signed audit checkpoint kept outside the database. */
  readAnchor(): Promise<Checkpoint | null>;
  jwks: Jwks;
  verifier: SignatureVerifier;
  sessionMinutes: number;
  maxBodyBytes: number;
}

/** Hono's environment: the signed-in officer and their token, set by the auth middleware. */
export interface AppEnv {
  Variables: { actor: OfficerActor; token: string };
}
