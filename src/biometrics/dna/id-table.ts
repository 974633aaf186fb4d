import { invalidInput } from '../../core/errors.ts';

/** UTF-16 code units per storage chunk of ids (4 MiB). */
const CHUNK = 1 << 21;

/**
 * The ids of an index's profiles by slot, and the slot of each id, outside the JavaScript heap:
 * the ids' UTF-16 code units in large typed-array chunks, and an open-addressing hash table of
 * slots. Millions of ids cost about two bytes a character and about 20 bytes of bookkeeping each,
 * and nothing for the garbage collector to trace (a string and a Map entry each would cost
 * some 60 bytes, and a Map holds at most 2^24 entries).
 */
export class IdTable {
  private chunks: Uint16Array[] = [];
  private fill = CHUNK;
  private starts = new Float64Array(1024);
  private lengths = new Uint16Array(1024);
  private hashes = new Uint32Array(1024);
  /** 0: empty; -1: removed; otherwise slot + 1. */
  private table = new Int32Array(1024);
  private entries = 0;
  private used = 0;

  /** Stores the id of a new slot (ids are stored in slot order, one call per slot) and records it for `slotOf`. */
  append(slot: number, id: string): void {
    if (id.length > 0xffff) throw invalidInput('a profile id is at most 65,535 characters', [{ path: 'id', message: 'too long' }]);
    if (this.fill + id.length > CHUNK) {
      this.chunks.push(new Uint16Array(CHUNK));
      this.fill = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1]!;
    for (let i = 0; i < id.length; i++) chunk[this.fill + i] = id.charCodeAt(i);
    if (slot >= this.starts.length) {
      const size = Math.ceil(this.starts.length * 1.5);
      const starts = new Float64Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const lengths = new Uint16Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const hashes = new Uint32Array(size);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.starts[slot] = (this.chunks.length - 1) * CHUNK + this.fill;
    this.lengths[slot] = id.length;
    this.fill += id.length;
    this.hashes[slot] = hash(id);
    this.insert(slot);
  }

  /** The id stored for a slot. */
  idOf(slot: number): string {
    const start = this.starts[slot]!;
    const chunk = this.chunks[Math.floor(start / CHUNK)]!;
    const from = start % CHUNK;
    return String.fromCharCode.apply(null, chunk.subarray(from, from + this.lengths[slot]!) as unknown as number[]);
  }

  /** The slot recorded for an id, if any. */
  slotOf(id: string): number | undefined {
    const at = this.find(id);
    return at < 0 ? undefined : this.table[at]! - 1;
  }

  /** Forgets the slot of an id (its characters stay stored until the index is rebuilt); false when unknown. */
  forget(id: string): boolean {
    const at = this.find(id);
    if (at < 0) return false;
    this.table[at] = -1;
    this.entries--;
    return true;
  }

  private equals(slot: number, id: string): boolean {
    if (this.lengths[slot] !== id.length) return false;
    const start = this.starts[slot]!;
    const chunk = this.chunks[Math.floor(start / CHUNK)]!;
    const from = start % CHUNK;
    for (let i = 0; i < id.length; i++) if (chunk[from + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private find(id: string): number {
    const mask = this.table.length - 1;
    for (let at = hash(id) & mask; ; at = (at + 1) & mask) {
      const entry = this.table[at]!;
      if (entry === 0) return -1;
      if (entry > 0 && this.equals(entry - 1, id)) return at;
    }
  }

  private insert(slot: number): void {
    if ((this.used + 1) * 2 > this.table.length) this.rehash();
    const mask = this.table.length - 1;
    for (let at = this.hashes[slot]! & mask; ; at = (at + 1) & mask) {
      const entry = this.table[at]!;
      if (entry <= 0) {
        if (entry === 0) this.used++;
        this.table[at] = slot + 1;
        this.entries++;
        return;
      }
    }
  }

  private rehash(): void {
    const old = this.table;
    let size = 1024;
    while (size < this.entries * 4) size *= 2;
    this.table = new Int32Array(size);
    this.used = 0;
    this.entries = 0;
    for (const entry of old) if (entry > 0) this.insert(entry - 1);
  }
}

/** FNV-1a over the UTF-16 code units of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
