import { GIVEN_NAME_VARIANTS } from './tables/given-name-variants.ts';

let index: Map<string, string> | undefined;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of GIVEN_NAME_VARIANTS) for (const spelling of group) map.set(spelling, group[0]);
  return map;
}

/**
 * The canonical key of the given-name variant group a spelling belongs to
 * (lower-case a–z, as `latinSpellings` returns it), or undefined when it
 * belongs to none. Two spellings with the same key are the same name:
 * `variantGroupOf('mohammed') === variantGroupOf('muhammad')`.
 */
export function variantGroupOf(spelling: string): string | undefined {
  index ??= buildIndex();
  return index.get(spelling);
}
