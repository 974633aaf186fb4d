import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ELEMENT_BYTES, blindKeys, hashToElement, newBlindingKey, packElements, unpackElements } from './group.ts';
import { PsiRequester, PsiResponder, runLocally } from './protocol.ts';

const keys = (prefix: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => `document:${prefix}${from + i}`);

describe('ECDH private set intersection over X25519', () => {
  it('finds exactly the shared keys when the sets overlap', async () => {
    const mine = [...keys('A', 50), ...keys('S', 10)];
    const theirs = [...keys('S', 10), ...keys('B', 80)];
    const outcome = await runLocally(mine, theirs, 'intersection');
    expect(outcome.reveal === 'intersection' && outcome.matched.map((i) => mine[i])).toEqual(keys('S', 10));
  });

  it('finds nothing when the sets do not overlap, and handles empty sets', async () => {
    expect(await runLocally(keys('A', 20), keys('B', 20), 'intersection')).toEqual({ reveal: 'intersection', matched: [] });
    expect(await runLocally(keys('A', 5), [], 'intersection')).toEqual({ reveal: 'intersection', matched: [] });
    expect(await runLocally([], keys('B', 5), 'cardinality')).toEqual({ reveal: 'cardinality', count: 0 });
  });

  it('counts a key held twice by the responder once, and matches every requester copy', async () => {
    const outcome = await runLocally(['phone:+4930123', 'phone:+4930123', 'iban:X'], ['phone:+4930123', 'phone:+4930123'], 'intersection');
    expect(outcome).toEqual({ reveal: 'intersection', matched: [0, 1] });
  });

  it('keeps kinds apart: the same value of another kind does not match', async () => {
    expect(await runLocally(['document:123456'], ['phone:123456', 'plate:DE:123456'], 'intersection')).toEqual({ reveal: 'intersection', matched: [] });
  });

  it('in cardinality mode reveals only a count, shuffled so positions say nothing', async () => {
    const mine = [...keys('S', 7), ...keys('A', 30)];
    const outcome = await runLocally(mine, [...keys('B', 30), ...keys('S', 7)], 'cardinality');
    expect(outcome).toEqual({ reveal: 'cardinality', count: 7 });
    expect(Object.keys(outcome)).not.toContain('matched');
  });

  it('sends neither the keys nor a plain hash of them', async () => {
    const key = 'document:X1234567';
    const [blinded] = await blindKeys(newBlindingKey(), [key]);
    const plain = [hashToElement(key), createHash('sha256').update(key).digest(), Buffer.from(key)];
    for (const p of plain) expect(blinded.equals(p.subarray(0, ELEMENT_BYTES))).toBe(false);
    expect(packElements([blinded], ELEMENT_BYTES)).not.toContain('X1234567');
  });

  it('blinds the same key differently in every run', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => new PsiRequester(['vin:WVWZZZ1JZXW000001']).blindOwn()));
    expect(new Set(runs.map(([e]) => e.toString('hex'))).size).toBe(3);
    const responder = new PsiResponder(['vin:WVWZZZ1JZXW000001']);
    const again = new PsiResponder(['vin:WVWZZZ1JZXW000001']);
    expect((await responder.blindOwn())[0].equals((await again.blindOwn())[0])).toBe(false);
  });

  it('commutes: blinding by a then b equals blinding by b then a', async () => {
    const [a, b] = [newBlindingKey(), newBlindingKey()];
    const elements = keys('C', 50).map(hashToElement);
    const { blindElements } = await import('./group.ts');
    const ab = await blindElements(b, await blindElements(a, elements));
    const ba = await blindElements(a, await blindElements(b, elements));
    expect(ab.map((e) => e.toString('hex'))).toEqual(ba.map((e) => e.toString('hex')));
  });

  it('packs and unpacks elements, refusing a ragged length', () => {
    const elements = keys('P', 3).map(hashToElement);
    expect(unpackElements(packElements(elements, ELEMENT_BYTES), ELEMENT_BYTES).map((e) => e.toString('hex'))).toEqual(elements.map((e) => e.toString('hex')));
    expect(() => unpackElements(Buffer.alloc(33).toString('base64'), ELEMENT_BYTES)).toThrow(/multiple of 32/);
  });

  it('refuses an element of small order from a deviating peer', async () => {
    const { blindElements } = await import('./group.ts');
    await expect(blindElements(newBlindingKey(), [Buffer.alloc(32)])).rejects.toThrow(/not a usable group element/);
  });
});
