import { randomBytes } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.ts';
import type { CrossMatchReveal } from '../../agreements/document.ts';
import { LiaisonError, invalidInput } from '../../core/errors.ts';
import type { Envelope } from '../../federation/envelope.ts';
import type { Federation } from '../../federation/federation.ts';
import { checkCrossMatchEnvelope } from './agreement-check.ts';
import { ELEMENT_BYTES, TAG_BYTES, packElements, secureShuffle, unpackElements } from './group.ts';
import { PsiResponder } from './protocol.ts';
import { responderKeys } from './responder-keys.ts';
import { BlindBody, CHUNK, CloseBody, FetchBody, OpenBody } from './schema.ts';

/** How long a run stays open without a message. */
const RUN_IDLE_SECONDS = 600;
/** Runs a node answers at once (each holds its keys in memory). */
const MAX_OPEN_RUNS = 8;

/** One run this node answers, held in memory only (its secret never leaves the process). */
interface Run {
  id: string;
  partner: string;
  agreement: string;
  reveal: CrossMatchReveal;
  declared: number;
  responder: PsiResponder;
  received: number;
  /** The last chunk of elements taken, so that a chunk re-sent after a lost reply is answered again, not counted twice. */
  last: { offset: number; count: number };
  /** Cardinality mode: the partner's doubly blinded tags, shuffled once all have arrived. */
  doubly: Buffer[];
  shuffled: boolean;
  idleUntil: number;
}

/**
 * The responding side of private cross-matching (envelope kinds
 * `crossmatch.open|blind|fetch|close`). `open` checks the named agreement's
 * cross-matching clause for the sender, kinds and size, derives this node's
 * keys from its store, and audits the partner's consultation with its
 * pseudonymous requester; `blind` re-blinds the partner's elements; `fetch`
 * pages out this node's blinded keys (and, for a count only, the shuffled
 * re-blinded elements); `close` forgets the run.
 */
export function registerCrossMatchHandlers(federation: Federation): void {
  const { ctx } = federation;
  const runs = new Map<string, Run>();
  const now = () => ctx.clock.now().getTime() / 1000;
  const runOf = (envelope: Envelope, id: string): Run => {
    const run = runs.get(id);
    if (!run || run.partner !== envelope.sender || run.agreement !== envelope.agreement || run.idleUntil < now()) {
      throw new LiaisonError('not_found', `no open cross-match run ${id} for ${envelope.sender}`);
    }
    run.idleUntil = now() + RUN_IDLE_SECONDS;
    return run;
  };

  federation.on('crossmatch.open', async (tx, envelope) => {
    const parsed = OpenBody.safeParse(envelope.body);
    if (!parsed.success) return { body: { outcome: 'refused', reasons: ['the cross-match request is malformed'] } };
    const { keyKinds, keys, reveal, offence } = parsed.data;
    const who = { actor: `node:${envelope.sender}`, purpose: envelope.purpose ?? undefined };
    const about = { requester: envelope.requester, agreement: envelope.agreement, kind: envelope.kind, keyKinds, reveal, requesterKeys: keys };
    const check = await checkCrossMatchEnvelope(tx, federation, envelope, { keyKinds, keys, reveal, ...(offence && { offence }) });
    for (const [id, run] of runs) if (run.idleUntil < now()) runs.delete(id);
    const reasons = !check.allowed ? check.reasons : runs.size >= MAX_OPEN_RUNS ? ['this node is answering too many cross-matches; try again later'] : [];
    if (!check.allowed || reasons.length > 0) {
      await appendAudit(tx, ctx.clock, [{ ...who, action: 'request_refused', details: { ...about, reasons } }]);
      return { body: { outcome: 'refused', reasons } };
    }
    const own = await responderKeys(tx, check.agreement, keyKinds);
    const run: Run = {
      id: `run-${randomBytes(16).toString('base64url')}`,
      partner: envelope.sender,
      agreement: check.agreement.id,
      reveal,
      declared: keys,
      responder: new PsiResponder(own),
      received: 0,
      last: { offset: -1, count: 0 },
      doubly: [],
      shuffled: false,
      idleUntil: now() + RUN_IDLE_SECONDS,
    };
    runs.set(run.id, run);
    await appendAudit(tx, ctx.clock, [{ ...who, action: 'consultation', details: { ...about, run: run.id, ownKeys: own.length } }]);
    return { body: { outcome: 'open', run: run.id, keys: own.length, chunk: CHUNK } };
  });

  federation.on('crossmatch.blind', async (_tx, envelope) => {
    const body = BlindBody.safeParse(envelope.body);
    if (!body.success) throw invalidInput('malformed cross-match elements');
    const run = runOf(envelope, body.data.run);
    const elements = unpackElements(body.data.elements, ELEMENT_BYTES);
    const repeated = body.data.offset === run.last.offset && elements.length === run.last.count && body.data.offset + elements.length === run.received;
    if (!repeated && body.data.offset !== run.received) throw invalidInput(`elements must come in order: expected offset ${run.received}`);
    if (elements.length > CHUNK || body.data.offset + elements.length > run.declared) throw invalidInput(`more elements than the ${run.declared} declared, or more than ${CHUNK} at once`);
    const tags = await run.responder.reblind(elements);
    if (!repeated) {
      run.received += elements.length;
      run.last = { offset: body.data.offset, count: elements.length };
      if (run.reveal === 'cardinality') run.doubly.push(...tags);
    }
    if (run.reveal === 'cardinality') return { body: { received: run.received } };
    return { body: { elements: packElements(tags, TAG_BYTES) } };
  });

  federation.on('crossmatch.fetch', async (_tx, envelope) => {
    const body = FetchBody.safeParse(envelope.body);
    if (!body.success) throw invalidInput('malformed cross-match fetch');
    const run = runOf(envelope, body.data.run);
    const { offset } = body.data;
    if (body.data.set === 'responder') {
      return { body: { elements: packElements(await run.responder.blindOwn(offset, Math.min(run.responder.size, offset + CHUNK)), ELEMENT_BYTES) } };
    }
    if (run.reveal !== 'cardinality' || run.received !== run.declared) throw invalidInput('the shuffled elements come only in cardinality mode, after all elements');
    if (!run.shuffled) {
      secureShuffle(run.doubly);
      run.shuffled = true;
    }
    return { body: { elements: packElements(run.doubly.slice(offset, offset + CHUNK * 2), TAG_BYTES) } };
  });

  federation.on('crossmatch.close', async (_tx, envelope) => {
    const body = CloseBody.safeParse(envelope.body);
    if (!body.success) throw invalidInput('malformed cross-match close');
    const run = runs.get(body.data.run);
    if (run && run.partner === envelope.sender) runs.delete(run.id);
    return { body: { received: run?.received ?? 0 } };
  });
}
