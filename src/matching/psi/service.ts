import type { CrossMatchReveal } from '../../agreements/document.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import type { Actor } from '../../core/context.ts';
import { LiaisonError, invalidInput } from '../../core/errors.ts';
import type { Federation } from '../../federation/federation.ts';
import { pseudonymFor } from '../../federation/pseudonyms.ts';
import { requirePermission } from '../../identity/officers.ts';
import { parseInput } from '../../model/parse.ts';
import { requireJustification } from '../../records/service.ts';
import { findCrossMatchAgreement } from './agreement-check.ts';
import { ELEMENT_BYTES, TAG_BYTES, packElements, unpackElements } from './group.ts';
import { kindOf, type LinkageKey } from './linkage-keys.ts';
import { PsiRequester } from './protocol.ts';
import { requestKeys } from './request-keys.ts';
import { AckReply, CrossMatchRequest, ElementsReply, OpenReply, type CrossMatchHit, type CrossMatchResult } from './schema.ts';

/** What the officer can do with a matched key: the hit/no-hit query that yields a reference for a follow-up (Prüm steps 1 and 2). */
function followUpQuery(key: LinkageKey): Record<string, string> | undefined {
  const value = key.slice(key.indexOf(':') + 1);
  switch (kindOf(key)) {
    case 'document':
      return { recordType: 'document', number: value };
    case 'vin':
      return { recordType: 'vehicle', vin: value };
    case 'plate':
      return { recordType: 'vehicle', plate: value.slice(value.indexOf(':') + 1) };
    default:
      return undefined;
  }
}

/**
 * Private cross-matching, requesting side: finds the officer's keys that the
 * partner also holds (or, where the agreement says so, only how many),
 * without either node seeing the other's keys or a plain hash of them
 * (ECDH private set intersection over X25519, in chunks that fit envelopes).
 * The agreement's cross-matching clause is checked here before anything
 * leaves, and again by the partner. The disclosure (partner, agreement,
 * purpose, kinds, counts — never the keys) is audited.
 */
export async function crossMatch(federation: Federation, actor: Actor, input: unknown, why: unknown): Promise<CrossMatchResult> {
  requirePermission(actor, 'exchange:query');
  const { purpose, justification } = requireJustification(why);
  const request = parseInput(CrossMatchRequest, input, 'invalid cross-match');
  const { ctx } = federation;
  federation.peers.get(request.partner);
  const prepared = requestKeys(request.keys);
  if (prepared.keys.length === 0) throw invalidInput(`no usable key: ${prepared.invalid.slice(0, 5).map((i) => `item ${i.item}: ${i.reason}`).join('; ')}`);
  const keyKinds = Object.keys(prepared.byKind) as (keyof typeof prepared.byKind)[];
  const terms = { purpose, keyKinds, keys: prepared.keys.length, ...(request.offence && { offence: request.offence }) };

  const check = await findCrossMatchAgreement(ctx.db, federation, request.partner, { ...terms, reveal: request.reveal ?? 'cardinality' });
  const reveal: CrossMatchReveal = request.reveal ?? (check.allowed ? check.agreement.crossMatching!.reveal : 'cardinality');
  const allowed = request.reveal || !check.allowed ? check : await findCrossMatchAgreement(ctx.db, federation, request.partner, { ...terms, reveal });
  const result: CrossMatchResult = {
    run: null,
    partner: request.partner,
    agreement: allowed.allowed ? allowed.agreement.id : null,
    outcome: 'refused',
    reveal,
    sent: prepared.byKind,
    partnerKeys: null,
    matchedCount: null,
    matches: [],
    invalid: prepared.invalid,
    reasons: allowed.allowed ? [] : allowed.reasons,
  };
  if (allowed.allowed) await runProtocol(federation, actor, { ...terms, reveal, agreement: allowed.agreement.id, partner: request.partner }, prepared, result);

  await ctx.db.transaction(async (tx) => {
    const sentToPartner = result.run !== null;
    await appendAudit(tx, ctx.clock, [
      {
        actor: actor.id,
        action: sentToPartner ? 'disclosure' : 'request_refused',
        purpose,
        justification,
        recipients: sentToPartner ? [request.partner] : [],
        details: {
          kind: 'crossmatch',
          partner: request.partner,
          agreement: result.agreement,
          run: result.run,
          reveal,
          sent: result.sent,
          partnerKeys: result.partnerKeys,
          matchedCount: result.matchedCount,
          outcome: result.outcome,
          reasons: result.reasons,
        },
      },
    ]);
  });
  return result;
}

interface RunTerms {
  partner: string;
  agreement: string;
  purpose: string;
  reveal: CrossMatchReveal;
  keyKinds: string[];
  keys: number;
  offence?: string;
}

async function runProtocol(federation: Federation, actor: Actor, terms: RunTerms, prepared: ReturnType<typeof requestKeys>, result: CrossMatchResult): Promise<void> {
  const { ctx } = federation;
  const requester = await pseudonymFor(ctx.db, actor.id, ctx.clock.now().toISOString());
  const request = async (kind: string, body: Record<string, unknown>) =>
    (await federation.request({ receiver: terms.partner, kind, agreement: terms.agreement, purpose: terms.purpose, requester, body, ttlSeconds: 300 })).body;
  // Every step after `open` may be sent again (the partner answers a repeated chunk without counting it twice):
  // once, when the connection failed (e.g. a kept-alive socket the partner closed while it computed).
  const send = (kind: string, body: Record<string, unknown>) =>
    request(kind, body).catch((error: unknown) => {
      if (kind === 'crossmatch.open' || !(error instanceof LiaisonError && error.code === 'peer_unavailable')) throw error;
      return request(kind, body);
    });
  try {
    const opened = OpenReply.parse(await send('crossmatch.open', { keyKinds: terms.keyKinds, keys: terms.keys, reveal: terms.reveal, ...(terms.offence && { offence: terms.offence }) }));
    if (opened.outcome === 'refused') {
      result.reasons = opened.reasons.map((r) => `${terms.partner}: ${r}`);
      return;
    }
    result.run = opened.run;
    result.partnerKeys = opened.keys;
    const chunk = opened.chunk;
    const psi = new PsiRequester(prepared.keys);
    const blinded = await psi.blindOwn();
    // Our elements go out while the partner's come in: both nodes compute at once.
    const sending = (async () => {
      const doubly: Buffer[] = [];
      for (let offset = 0; offset < blinded.length; offset += chunk) {
        const reply = await send('crossmatch.blind', { run: opened.run, offset, elements: packElements(blinded.slice(offset, offset + chunk), ELEMENT_BYTES) });
        if (terms.reveal === 'intersection') doubly.push(...unpackElements(ElementsReply.parse(reply).elements, TAG_BYTES));
        else AckReply.parse(reply);
      }
      return doubly;
    })();
    const receiving = (async () => {
      for (let offset = 0; offset < opened.keys; offset += chunk) {
        const reply = ElementsReply.parse(await send('crossmatch.fetch', { run: opened.run, set: 'responder', offset }));
        await psi.absorbResponderElements(unpackElements(reply.elements, ELEMENT_BYTES));
      }
    })();
    let [doubly] = await Promise.all([sending, receiving]);
    if (terms.reveal === 'cardinality') {
      doubly = [];
      while (doubly.length < blinded.length) {
        const page = unpackElements(ElementsReply.parse(await send('crossmatch.fetch', { run: opened.run, set: 'doubly', offset: doubly.length })).elements, TAG_BYTES);
        if (page.length === 0) throw new Error('the partner returned fewer elements than it received');
        doubly.push(...page);
      }
      result.matchedCount = psi.matchedCount(doubly);
    } else {
      if (doubly.length !== blinded.length) throw new Error('the partner returned a different number of elements');
      const matched = psi.matchedIndices(doubly);
      result.matchedCount = matched.length;
      result.matches = matched.map((i): CrossMatchHit => {
        const key = prepared.keys[i];
        const query = followUpQuery(key);
        return { items: prepared.items[i], kind: kindOf(key), key: key.slice(key.indexOf(':') + 1), ...(query && { followUpQuery: query }) };
      });
    }
    result.outcome = 'completed';
    await send('crossmatch.close', { run: opened.run }).catch(() => undefined);
  } catch (error) {
    result.outcome = 'unavailable';
    result.reasons = [(error as Error).message];
    result.matchedCount = null;
    result.matches = [];
  }
}
