import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { isoDate } from '../core/clock.ts';
import type { Actor } from '../core/context.ts';
import { LiaisonError, invalidInput } from '../core/errors.ts';
import type { Envelope } from '../federation/envelope.ts';
import { EnvelopeRejected } from '../federation/envelope.ts';
import type { Federation } from '../federation/federation.ts';
import { enqueue } from '../federation/outbox.ts';
import { requirePermission } from '../identity/officers.ts';
import { parseInput } from '../model/parse.ts';
import { text } from '../model/primitives.ts';
import type { Queryable } from '../store/database.ts';
import { AgreementDocument, agreementDigest } from './document.ts';
import { activeDocumentsWith, findAgreement, insertAgreement, insertSignature, listAgreementIds, setState, type StoredAgreement } from './repository.ts';

/** The state an officer sees: stored state, or `expired` / `not_yet_valid` by the dates. */
export type AgreementState = 'proposed' | 'active' | 'suspended' | 'revoked' | 'expired' | 'not_yet_valid';

/** An agreement as shown: document, signatures, effective state, and who has yet to sign. */
export interface AgreementView extends StoredAgreement {
  effectiveState: AgreementState;
  awaiting: string[];
}

/** The state in force on `today`. */
export function effectiveState(agreement: StoredAgreement, today: string): AgreementState {
  if (agreement.state !== 'active') return agreement.state;
  if (today > agreement.document.validUntil) return 'expired';
  if (today < agreement.document.validFrom) return 'not_yet_valid';
  return 'active';
}

function view(agreement: StoredAgreement, today: string): AgreementView {
  const signed = new Set(agreement.signatures.map((s) => s.nodeId));
  return { ...agreement, effectiveState: effectiveState(agreement, today), awaiting: agreement.document.parties.map((p) => p.nodeId).filter((n) => !signed.has(n)) };
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const otherParties = (federation: Federation, document: AgreementDocument) =>
  document.parties.map((p) => p.nodeId).filter((n) => n !== federation.ctx.nodeId);

/** Checks that every party's key is the one this node pins for it, and that this node is a party. */
function checkParties(federation: Federation, document: AgreementDocument): void {
  const self = document.parties.find((p) => p.nodeId === federation.ctx.nodeId);
  if (!self) throw invalidInput(`this node (${federation.ctx.nodeId}) is not a party to ${document.id}`, [{ path: 'parties', message: 'must include this node' }]);
  for (const [i, party] of document.parties.entries()) {
    const pinned = party.nodeId === federation.ctx.nodeId ? federation.signingKeyId : federation.peers.get(party.nodeId).signingKeyId;
    if (party.signingKeyId !== pinned) {
      throw invalidInput(`the signing key given for ${party.nodeId} is not the one pinned for it`, [{ path: `parties.${i}.signingKeyId`, message: `must be ${pinned}` }]);
    }
  }
}

/** Activates an agreement once every party has signed it. */
async function activateIfComplete(tx: Queryable, federation: Federation, id: string): Promise<void> {
  const agreement = await findAgreement(tx, id);
  if (agreement?.state === 'proposed' && view(agreement, '').awaiting.length === 0) {
    await setState(tx, id, 'active', 'signed by every party', federation.ctx.clock.now().toISOString());
  }
}

/**
 * Proposes an agreement: stores it, signs it for this node and sends it with
 * that signature to every other party. It takes effect when all have signed.
 */
export async function proposeAgreement(federation: Federation, actor: Actor, input: unknown): Promise<AgreementView> {
  requirePermission(actor, 'agreements:manage');
  const document = parseInput(AgreementDocument, input, 'invalid agreement');
  checkParties(federation, document);
  const { ctx } = federation;
  const digest = agreementDigest(document);
  const signature = { nodeId: ctx.nodeId, keyId: federation.signingKeyId, signature: federation.sign(digest), signedAt: ctx.clock.now().toISOString() };
  await ctx.db.transaction(async (tx) => {
    if (await findAgreement(tx, document.id)) throw new LiaisonError('conflict', `agreement ${document.id} exists already`);
    await insertAgreement(tx, document, hex(digest), signature.signedAt);
    await insertSignature(tx, document.id, signature);
    for (const receiver of otherParties(federation, document)) {
      await enqueue(tx, federation, { receiver, kind: 'agreement.propose', agreement: document.id, body: { document, signature } });
    }
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: 'agreement_proposed', recipients: otherParties(federation, document), details: { agreement: document.id, digest: hex(digest) } },
    ]);
  });
  return showAgreement(federation, actor, document.id);
}

/** Signs a proposed agreement for this node and sends the signature to every other party. */
export async function signAgreement(federation: Federation, actor: Actor, id: string): Promise<AgreementView> {
  requirePermission(actor, 'agreements:manage');
  const { ctx } = federation;
  await ctx.db.transaction(async (tx) => {
    const agreement = await findAgreement(tx, id, true);
    if (!agreement) throw new LiaisonError('not_found', `no agreement ${id}`);
    if (agreement.state !== 'proposed') throw new LiaisonError('conflict', `agreement ${id} is ${agreement.state}, not proposed`);
    if (agreement.signatures.some((s) => s.nodeId === ctx.nodeId)) throw new LiaisonError('conflict', `this node has signed ${id} already`);
    checkParties(federation, agreement.document);
    const signature = {
      nodeId: ctx.nodeId,
      keyId: federation.signingKeyId,
      signature: federation.sign(agreementDigest(agreement.document)),
      signedAt: ctx.clock.now().toISOString(),
    };
    await insertSignature(tx, id, signature);
    for (const receiver of otherParties(federation, agreement.document)) {
      await enqueue(tx, federation, { receiver, kind: 'agreement.signature', agreement: id, body: { agreementId: id, digest: agreement.digest, signature } });
    }
    await activateIfComplete(tx, federation, id);
    await appendAudit(tx, ctx.clock, [{ actor: actor.id, action: 'agreement_signed', recipients: otherParties(federation, agreement.document), details: { agreement: id } }]);
  });
  return showAgreement(federation, actor, id);
}

/** A decision to suspend, resume or revoke an agreement. */
export const StateChange = z.strictObject({ change: z.enum(['suspend', 'resume', 'revoke']), reason: text(500, 5) });

const TARGET: Record<z.infer<typeof StateChange>['change'], 'suspended' | 'active' | 'revoked'> = { suspend: 'suspended', resume: 'active', revoke: 'revoked' };

/** Any party may suspend, resume or revoke an agreement; the change is sent to every other party. Revocation is final. */
export async function changeAgreementState(federation: Federation, actor: Actor, id: string, input: unknown): Promise<AgreementView> {
  requirePermission(actor, 'agreements:manage');
  const { change, reason } = parseInput(StateChange, input, 'invalid state change');
  const { ctx } = federation;
  await ctx.db.transaction(async (tx) => {
    const agreement = await findAgreement(tx, id, true);
    if (!agreement) throw new LiaisonError('not_found', `no agreement ${id}`);
    assertTransition(agreement, change);
    await setState(tx, id, TARGET[change], reason, ctx.clock.now().toISOString());
    for (const receiver of otherParties(federation, agreement.document)) {
      await enqueue(tx, federation, { receiver, kind: 'agreement.state', agreement: id, body: { agreementId: id, change, reason } });
    }
    await appendAudit(tx, ctx.clock, [
      { actor: actor.id, action: change === 'revoke' ? 'agreement_revoked' : 'agreement_suspended', details: { agreement: id, change, reason } },
    ]);
  });
  return showAgreement(federation, actor, id);
}

function assertTransition(agreement: StoredAgreement, change: z.infer<typeof StateChange>['change']): void {
  const allowed = { suspend: ['active', 'proposed'], resume: ['suspended'], revoke: ['proposed', 'active', 'suspended'] }[change];
  if (!allowed.includes(agreement.state)) throw new LiaisonError('conflict', `cannot ${change} agreement ${agreement.document.id}: it is ${agreement.state}`);
}

/** An agreement with its signatures and effective state. */
export async function showAgreement(federation: Federation, actor: Actor, id: string): Promise<AgreementView> {
  requirePermission(actor, 'node:read');
  const agreement = await findAgreement(federation.ctx.db, id);
  if (!agreement) throw new LiaisonError('not_found', `no agreement ${id}`);
  return view(agreement, isoDate(federation.ctx.clock.now()));
}

/** Every agreement this node is party to. */
export async function listAgreements(federation: Federation, actor: Actor): Promise<AgreementView[]> {
  requirePermission(actor, 'node:read');
  const today = isoDate(federation.ctx.clock.now());
  const ids = await listAgreementIds(federation.ctx.db);
  return Promise.all(ids.map(async (id) => view((await findAgreement(federation.ctx.db, id))!, today)));
}

/** The agreements in force today between this node and `partner`. */
export async function agreementsInForce(tx: Queryable, federation: Federation, partner: string): Promise<AgreementDocument[]> {
  const today = isoDate(federation.ctx.clock.now());
  return (await activeDocumentsWith(tx, partner)).filter((d) => d.validFrom <= today && today <= d.validUntil);
}

/** Registers the handlers of agreement envelopes from partners. */
export function registerAgreementHandlers(federation: Federation): void {
  const { ctx } = federation;
  const party = (envelope: Envelope, document: AgreementDocument) => {
    if (!document.parties.some((p) => p.nodeId === envelope.sender)) throw new EnvelopeRejected('malformed', `${envelope.sender} is not a party to ${document.id}`);
  };

  federation.on('agreement.propose', async (tx, envelope) => {
    const body = envelope.body as { document: unknown; signature: { nodeId: string; keyId: string; signature: string; signedAt: string } };
    const parsed = AgreementDocument.safeParse(body?.document);
    if (!parsed.success) throw new EnvelopeRejected('malformed', 'not a valid agreement document');
    const document = parsed.data;
    party(envelope, document);
    checkParties(federation, document);
    const digest = agreementDigest(document);
    if (body.signature?.nodeId !== envelope.sender || !federation.verifySignature(envelope.sender, body.signature.keyId, digest, body.signature.signature)) {
      throw new EnvelopeRejected('bad_signature', `the proposer's signature on ${document.id} does not verify`);
    }
    if (await findAgreement(tx, document.id)) return undefined;
    await insertAgreement(tx, document, hex(digest), ctx.clock.now().toISOString());
    await insertSignature(tx, document.id, body.signature);
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'agreement_proposed', details: { agreement: document.id, digest: hex(digest) } }]);
    return undefined;
  });

  federation.on('agreement.signature', async (tx, envelope) => {
    const body = envelope.body as { agreementId: string; signature: { nodeId: string; keyId: string; signature: string; signedAt: string } };
    const agreement = await findAgreement(tx, String(body?.agreementId), true);
    // The proposal may still be on its way from the proposer: ask the sender to retry.
    if (!agreement) throw new LiaisonError('conflict', `agreement ${String(body?.agreementId)} is not known here yet`);
    party(envelope, agreement.document);
    if (body.signature?.nodeId !== envelope.sender || !federation.verifySignature(envelope.sender, body.signature.keyId, agreementDigest(agreement.document), body.signature.signature)) {
      throw new EnvelopeRejected('bad_signature', `the signature of ${envelope.sender} on ${agreement.document.id} does not verify`);
    }
    await insertSignature(tx, agreement.document.id, body.signature);
    await activateIfComplete(tx, federation, agreement.document.id);
    await appendAudit(tx, ctx.clock, [{ actor: `node:${envelope.sender}`, action: 'agreement_signed', details: { agreement: agreement.document.id } }]);
    return undefined;
  });

  federation.on('agreement.state', async (tx, envelope) => {
    const body = StateChange.extend({ agreementId: z.string() }).safeParse(envelope.body);
    if (!body.success) throw new EnvelopeRejected('malformed', 'not a valid state change');
    const agreement = await findAgreement(tx, body.data.agreementId, true);
    if (!agreement) throw new LiaisonError('conflict', `agreement ${body.data.agreementId} is not known here yet`);
    party(envelope, agreement.document);
    if (agreement.state === 'revoked') return undefined;
    await setState(tx, agreement.document.id, TARGET[body.data.change], `${envelope.sender}: ${body.data.reason}`, ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.clock, [
      {
        actor: `node:${envelope.sender}`,
        action: body.data.change === 'revoke' ? 'agreement_revoked' : 'agreement_suspended',
        details: { agreement: agreement.document.id, change: body.data.change, reason: body.data.reason },
      },
    ]);
    return undefined;
  });
}
