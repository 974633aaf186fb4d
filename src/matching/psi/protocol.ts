import type { CrossMatchReveal } from '../../agreements/document.ts';
import { TAG_BYTES, blindElements, blindKeys, newBlindingKey, secureShuffle, type BlindingKey } from './group.ts';

/**
 * ECDH private set intersection, one side at a time. The requester holds X,
 * the responder Y; each raises the hashes of its keys to a fresh secret
 * (a, b). The requester sends H(x)^a; the responder returns H(x)^ab (in order,
 * or shuffled when only the count may be revealed) and H(y)^b; the requester
 * computes H(y)^ba and compares. Neither sees the other's keys, nor a plain hash of them.
 */

/** The requester's side of one run. */
export class PsiRequester {
  private readonly secret: BlindingKey = newBlindingKey();
  private readonly tags = new Set<string>();

  /** @param keys the requester's distinct normalised keys, in the order results refer to. */
  constructor(readonly keys: readonly string[]) {}

  /** Step 1: H(x)^a for every key, in order. */
  blindOwn(): Promise<Buffer[]> {
    return blindKeys(this.secret, this.keys);
  }

  /** Step 3: takes (a page of) the responder's H(y)^b and keeps H(y)^ba for comparison. */
  async absorbResponderElements(elements: readonly Uint8Array[]): Promise<void> {
    for (const e of await blindElements(this.secret, elements)) this.tags.add(tagOf(e));
  }

  /** Intersection mode: the indices of the requester's keys whose H(x)^ab (returned in order) the responder also holds. */
  matchedIndices(doublyBlinded: readonly Uint8Array[]): number[] {
    const matched: number[] = [];
    doublyBlinded.forEach((e, i) => {
      if (this.tags.has(tagOf(e))) matched.push(i);
    });
    return matched;
  }

  /** Cardinality mode: how many of the shuffled H(x)^ab the responder also holds. */
  matchedCount(doublyBlinded: readonly Uint8Array[]): number {
    return doublyBlinded.reduce((n, e) => n + (this.tags.has(tagOf(e)) ? 1 : 0), 0);
  }
}

/** The responder's side of one run. */
export class PsiResponder {
  private readonly secret: BlindingKey = newBlindingKey();
  private readonly keys: string[];

  /** @param keys the responder's distinct normalised keys; shuffled here, so their order says nothing about the store. */
  constructor(keys: readonly string[]) {
    this.keys = secureShuffle([...keys]);
  }

  /** How many keys the responder brings. */
  get size(): number {
    return this.keys.length;
  }

  /** Step 2b: H(y)^b for the keys in [start, end), computed on demand (pages). */
  blindOwn(start = 0, end = this.keys.length): Promise<Buffer[]> {
    return blindKeys(this.secret, this.keys.slice(start, end));
  }

  /** Step 2a: H(x)^ab for the requester's elements, truncated to tags, in the order received. */
  async reblind(elements: readonly Uint8Array[]): Promise<Buffer[]> {
    return (await blindElements(this.secret, elements)).map((e) => e.subarray(0, TAG_BYTES));
  }
}

const tagOf = (element: Uint8Array) => Buffer.from(element.buffer, element.byteOffset, TAG_BYTES).toString('base64');

/** What one run reveals to the requester. */
export type PsiOutcome = { reveal: 'intersection'; matched: number[] } | { reveal: 'cardinality'; count: number };

/**
 * Runs the whole protocol in one process (tests and the benchmark): the same
 * steps the two nodes take over the federation, without the envelopes.
 */
export async function runLocally(requesterKeys: readonly string[], responderKeys: readonly string[], reveal: CrossMatchReveal): Promise<PsiOutcome> {
  const requester = new PsiRequester(requesterKeys);
  const responder = new PsiResponder(responderKeys);
  const doubly = await responder.reblind(await requester.blindOwn());
  await requester.absorbResponderElements(await responder.blindOwn());
  if (reveal === 'intersection') return { reveal, matched: requester.matchedIndices(doubly) };
  return { reveal, count: requester.matchedCount(secureShuffle(doubly)) };
}
