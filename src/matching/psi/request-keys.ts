import type { LinkageKeyKind } from '../../agreements/document.ts';
import { personLinkageKeys } from '../linkage-keys.ts';
import { identifierLinkageKey, kindOf, type LinkageKey } from './linkage-keys.ts';
import type { KeyInput } from './schema.ts';

/** The requester's keys, normalised and made distinct, with the positions of the items that gave each. */
export interface RequestKeys {
  keys: LinkageKey[];
  /** For each key, the positions of the items it came from. */
  items: number[][];
  /** Items that gave no usable key, and why. */
  invalid: { item: number; reason: string }[];
  /** Distinct keys by kind. */
  byKind: Partial<Record<LinkageKeyKind, number>>;
}

/** Normalises the officer's items to distinct linkage keys (a person gives several), reporting the unusable ones. */
export function requestKeys(inputs: readonly KeyInput[]): RequestKeys {
  const index = new Map<LinkageKey, number>();
  const result: RequestKeys = { keys: [], items: [], invalid: [], byKind: {} };
  const add = (key: LinkageKey, item: number) => {
    let at = index.get(key);
    if (at === undefined) {
      at = result.keys.push(key) - 1;
      index.set(key, at);
      result.items.push([]);
      const kind = kindOf(key);
      result.byKind[kind] = (result.byKind[kind] ?? 0) + 1;
    }
    if (!result.items[at].includes(item)) result.items[at].push(item);
  };
  inputs.forEach((input, item) => {
    if (input.kind === 'person') {
      const keys = personLinkageKeys({ id: `item-${item}`, ...input.person });
      if (keys.length === 0) return result.invalid.push({ item, reason: 'the person gives no linkage key (it needs a full date of birth and two name words)' });
      for (const key of keys) add(key, item);
      return;
    }
    const normalised = identifierLinkageKey(input.kind, input.value, input.kind === 'plate' ? input.country : undefined);
    if (normalised.ok) add(normalised.key, item);
    else result.invalid.push({ item, reason: normalised.reason });
  });
  return result;
}
