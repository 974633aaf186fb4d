import type { ParsedName } from './names/parse-name.ts';
import type { PreparedRecord } from './prepare.ts';

/** The key of a name for counting: the first Latin spellings of its words, sorted (word order does not make another name). */
export function nameKey(name: ParsedName): string {
  return name.content
    .map((w) => w.features.spellings[0] ?? w.features.text)
    .sort()
    .join(' ');
}

/**
 * How often each full name occurs among the records of an index: the term
 * frequencies that say whether agreeing on a name is telling (a rare name) or
 * not (a common one). A record with several names counts once per name.
 */
export class NameFrequencies {
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** Counts a record in (1) or out (-1). */
  add(record: PreparedRecord, delta: 1 | -1): void {
    this.total += delta;
    for (const key of new Set(record.names.map(nameKey))) {
      const n = (this.counts.get(key) ?? 0) + delta;
      if (n > 0) this.counts.set(key, n);
      else this.counts.delete(key);
    }
  }

  /** The number of records counted. */
  get records(): number {
    return this.total;
  }

  /**
   * The share of the other records bearing this name (the record compared left
   * out), or undefined when no other record bears it: rarer than the data can
   * measure.
   */
  share(name: ParsedName): number | undefined {
    const others = (this.counts.get(nameKey(name)) ?? 0) - 1;
    return others > 0 ? others / this.total : undefined;
  }
}
