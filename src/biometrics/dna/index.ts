import { invalidInput } from '../../core/errors.ts';
import { ABSENT, AlleleCodes, WILD } from './allele-codes.ts';
import { resolveMatchOptions, type MatchOptions, type ResolvedMatchOptions } from './compare.ts';
import { IdSlots } from './id-slots.ts';
import { IntList } from './int-list.ts';
import { ESS, LOCUS_INDEX, LOCUS_NAMES, type LocusName } from './loci.ts';
import type { AcceptedProfile, Genotype } from './profile.ts';

/** One profile found by a search. */
export interface DnaMatch {
  id: string;
  type: 'full' | 'near';
  /** Loci present in both profiles (see `ProfileComparison.lociCompared`). */
  lociCompared: number;
  /** Alleles that differ (0 for a full match). */
  mismatches: number;
}

/** The options of `DnaIndex.search`: the match options, and the most matches to return. */
export interface DnaSearchOptions extends MatchOptions {
  /** Return at most this many matches (full matches first). */
  limit?: number;
}

/** 16-bit genotype codes per profile row: the catalogue's 29 loci, padded to 64 bytes (one cache line). */
const STRIDE = 32;
/** Profiles per storage chunk (2^16: 4 MiB of rows), so that growing never copies the rows. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const OFFSET = CHUNK - 1;
/** The pivot loci, whose genotypes have posting lists: the 12 ESS loci, catalogue positions 0 to 11. */
const PIVOTS = ESS.length;
const PIVOT_MASK = (1 << PIVOTS) - 1;

if (LOCUS_NAMES.length > STRIDE || ESS.some((l, i) => LOCUS_INDEX.get(l) !== i)) throw new Error('the locus catalogue no longer fits the DNA index layout');

/**
 * The profiles fully designated at exactly the same ESS loci, with a posting list of each
 * fully designated genotype at each of those loci.
 */
interface Group {
  /** The ESS loci (bits 0 to 11) where every member is fully designated; at the others none is. */
  mask: number;
  /** The union of the members' fully designated loci (all loci): no member has more in common with a query. */
  unionFull: number;
  members: IntList;
  /** By ESS locus position, the members with each fully designated genotype code. */
  postings: Map<number, IntList>[];
}

/** A query profile encoded with the index's dictionary. */
interface Query {
  /** Its loci (catalogue positions), the most polymorphic first, so that a mismatch is found early. */
  loci: Int32Array;
  codes: Int32Array;
  /** 1 where the query is fully designated at loci[i]. */
  full: Uint8Array;
  /** Bit per catalogue position where the query is fully designated. */
  fullMask: number;
  /** Genotype code by catalogue position (ABSENT where the query lacks the locus). */
  codeAt: Int32Array;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function fullCode(code: number): boolean {
  return code !== ABSENT && (code & 0xff) !== WILD;
}

/**
 * An in-memory index of accepted DNA profiles, searched under the Prüm rules (or a CODIS-style
 * stringency) with exactly the results of `compareProfiles` applied to every indexed profile.
 *
 * Layout: each profile is one row of 32 genotype codes (64 bytes; alleles as 8-bit codes of
 * the index's dictionary), in chunks of 65,536 rows. Profiles are grouped by the ESS loci at
 * which they are fully designated, and each group has a posting list per fully designated ESS
 * genotype.
 *
 * Why the pruning is exact (Prüm, at most `m` mismatching alleles, m = 0 or 1): a match has at
 * most m loci with a differing allele, so among any m + 1 loci fully designated in both the query
 * and the profile, it has one where the genotypes are equal, hence one of the posting lists of
 * the query's genotypes at those loci holds it. In each group the m + 1 shortest such lists are
 * read and every profile in them is compared in full; a group where query and members share
 * fewer than m + 1 fully designated ESS loci is compared profile by profile, and a group whose
 * members cannot share `minLoci` fully designated loci with the query is skipped. The CODIS
 * stringencies `moderate` and `low` compare every profile (`scan`).
 *
 * Memory: about 64 bytes a profile for the rows, 4 bytes per fully designated ESS locus for the
 * postings (plus growth slack), and the ids (a JavaScript string and a map entry each).
 *
 * @example
 * const index = new DnaIndex();
 * index.add('P-1', acceptProfile(line));
 * index.search(acceptProfile(query)); // [{ id: 'P-1', type: 'near', lociCompared: 16, mismatches: 1 }]
 */
export class DnaIndex {
  private readonly codes = new AlleleCodes();
  private chunks: Uint16Array[] = [];
  private alive = new Uint8Array(CHUNK);
  private ids: string[] = [];
  private slots = new IdSlots((slot) => this.ids[slot]!);
  private readonly row = new Uint16Array(STRIDE);
  private groups = new Map<number, Group>();
  private used = 0;
  private live = 0;
  private candidates = 0;

  /** How many profiles the index holds. */
  get size(): number {
    return this.live;
  }

  /** How many profiles the last `search` compared in full (a measure of the pruning). */
  get lastCandidates(): number {
    return this.candidates;
  }

  /** Whether a profile with this id is indexed. */
  has(id: string): boolean {
    return this.slots.get(id) !== undefined;
  }

  /**
   * Adds a profile under `id`, replacing the profile indexed under that id if any.
   * Throws `invalid_input` when a locus would exceed the 253 distinct alleles an index can hold.
   */
  add(id: string, profile: AcceptedProfile): void {
    if (typeof id !== 'string' || id === '') throw invalidInput('a profile id is a non-empty string', [{ path: 'id', message: 'a non-empty string' }]);
    const { row } = this;
    row.fill(ABSENT);
    for (const name in profile.loci) {
      const locus = LOCUS_INDEX.get(name as LocusName);
      if (locus === undefined) throw invalidInput(`unknown locus ${JSON.stringify(name)}`, [{ path: `loci.${name}`, message: 'unknown locus' }]);
      row[locus] = this.codes.encodeIndexed(locus, profile.loci[name as LocusName]!);
    }
    if (this.slots.get(id) !== undefined) this.remove(id);
    this.place(id, row);
  }

  /** Removes the profile indexed under `id`; false when there is none. */
  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.alive[slot] = 0;
    this.ids[slot] = '';
    this.live--;
    const dead = this.used - this.live;
    if (dead > CHUNK && dead > this.live) this.compact();
    return true;
  }

  /**
   * The indexed profiles that match `query` (see `compareProfiles` for the rules and the
   * defaults: Prüm, near matches included, 6 loci): full matches first, then near matches,
   * each by id; at most `limit`. Throws `invalid_input` for bad options.
   */
  search(query: AcceptedProfile, options: DnaSearchOptions = {}): DnaMatch[] {
    const resolved = resolveMatchOptions(options);
    const limit = resolveLimit(options.limit);
    if (resolved.stringency === 'moderate' || resolved.stringency === 'low') return this.scan(query, options);
    const q = this.encode(query);
    const maxMismatches = resolved.stringency === 'high' ? 0 : resolved.maxMismatches;
    const need = maxMismatches + 1;
    const { minLoci } = resolved;
    const found: number[] = [];
    this.candidates = 0;
    for (const group of this.groups.values()) {
      if (popcount(group.unionFull & q.fullMask) < minLoci) continue;
      let common = group.mask & q.fullMask;
      if (popcount(common) < need) {
        const { items, length } = group.members;
        for (let k = 0; k < length; k++) this.verify(items[k]!, q, maxMismatches, minLoci, found);
        this.candidates += length;
        continue;
      }
      let first: IntList | undefined;
      let second: IntList | undefined;
      let firstLocus = -1;
      let firstLength = Infinity;
      let secondLength = Infinity;
      while (common !== 0) {
        const locus = 31 - Math.clz32(common & -common);
        common &= common - 1;
        const list = group.postings[locus]!.get(q.codeAt[locus]!);
        const length = list ? list.length : 0;
        if (length < firstLength) {
          if (need === 2) {
            second = first;
            secondLength = firstLength;
          }
          first = list;
          firstLength = length;
          firstLocus = locus;
        } else if (need === 2 && length < secondLength) {
          second = list;
          secondLength = length;
        }
      }
      if (first) {
        const { items, length } = first;
        for (let k = 0; k < length; k++) this.verify(items[k]!, q, maxMismatches, minLoci, found);
        this.candidates += length;
      }
      if (second) {
        // Profiles with the query's genotype at the first locus were in the first list already.
        const { items, length } = second;
        const skip = q.codeAt[firstLocus]!;
        for (let k = 0; k < length; k++) {
          const slot = items[k]!;
          if (this.chunks[slot >>> CHUNK_BITS]![(slot & OFFSET) * STRIDE + firstLocus] === skip) continue;
          this.verify(slot, q, maxMismatches, minLoci, found);
          this.candidates++;
        }
      }
    }
    return this.finish(found, limit);
  }

  /**
   * The same results as `search`, found by comparing the query with every indexed profile,
   * without the posting lists: the path of the `moderate` and `low` stringencies, and the
   * brute-force baseline of the benchmark.
   */
  scan(query: AcceptedProfile, options: DnaSearchOptions = {}): DnaMatch[] {
    const resolved = resolveMatchOptions(options);
    const limit = resolveLimit(options.limit);
    const q = this.encode(query);
    const found: number[] = [];
    const { stringency, minLoci } = resolved;
    const codis = stringency === 'moderate' || stringency === 'low';
    const maxMismatches = stringency === 'high' ? 0 : resolved.maxMismatches;
    for (let slot = 0; slot < this.used; slot++) {
      if (codis) this.verifyCodis(slot, q, resolved, found);
      else this.verify(slot, q, maxMismatches, minLoci, found);
    }
    this.candidates = this.used;
    return this.finish(found, limit);
  }

  private encode(query: AcceptedProfile): Query {
    const present: { locus: number; code: number }[] = [];
    for (const [name, genotype] of Object.entries(query.loci) as [LocusName, Genotype][]) {
      const locus = LOCUS_INDEX.get(name);
      if (locus === undefined) throw invalidInput(`unknown locus ${JSON.stringify(name)}`, [{ path: `loci.${name}`, message: 'unknown locus' }]);
      present.push({ locus, code: this.codes.encodeQuery(locus, genotype) });
    }
    present.sort((a, b) => this.codes.distinct(b.locus) - this.codes.distinct(a.locus) || a.locus - b.locus);
    const q: Query = {
      loci: Int32Array.from(present, (p) => p.locus),
      codes: Int32Array.from(present, (p) => p.code),
      full: Uint8Array.from(present, (p) => (fullCode(p.code) ? 1 : 0)),
      fullMask: 0,
      codeAt: new Int32Array(STRIDE),
    };
    for (const { locus, code } of present) {
      q.codeAt[locus] = code;
      if (fullCode(code)) q.fullMask |= 1 << locus;
    }
    return q;
  }

  /** Compares a profile with the query under the Prüm rules (at most `maxMismatches`); pushes a match to `found`. */
  private verify(slot: number, q: Query, maxMismatches: number, minLoci: number, found: number[]): void {
    if (this.alive[slot] === 0) return;
    const row = this.chunks[slot >>> CHUNK_BITS]!;
    const base = (slot & OFFSET) * STRIDE;
    const { loci, codes, full } = q;
    let compared = 0;
    let fullCompared = 0;
    let mismatches = 0;
    for (let i = 0; i < loci.length; i++) {
      const c = row[base + loci[i]!]!;
      if (c === ABSENT) continue;
      compared++;
      const qc = codes[i]!;
      if (c !== qc) {
        const qa = qc >> 8;
        const qb = qc & 0xff;
        const xa = c >> 8;
        const xb = c & 0xff;
        const straight = (qa !== xa && qa !== WILD && xa !== WILD ? 1 : 0) + (qb !== xb && qb !== WILD && xb !== WILD ? 1 : 0);
        if (straight !== 0) {
          const crossed = (qa !== xb && qa !== WILD && xb !== WILD ? 1 : 0) + (qb !== xa && qb !== WILD && xa !== WILD ? 1 : 0);
          mismatches += straight < crossed ? straight : crossed;
          if (mismatches > maxMismatches) return;
        }
      }
      if (full[i] === 1 && (c & 0xff) !== WILD) fullCompared++;
    }
    if (fullCompared < minLoci) return;
    found.push(slot, compared, mismatches);
  }

  /** Compares a profile with the query under a CODIS-style stringency (`moderate` or `low`); pushes a match to `found`. */
  private verifyCodis(slot: number, q: Query, { stringency, minLoci }: ResolvedMatchOptions, found: number[]): void {
    if (this.alive[slot] === 0) return;
    const row = this.chunks[slot >>> CHUNK_BITS]!;
    const base = (slot & OFFSET) * STRIDE;
    const moderate = stringency === 'moderate';
    const { loci, codes, full } = q;
    let compared = 0;
    let fullCompared = 0;
    let mismatches = 0;
    for (let i = 0; i < loci.length; i++) {
      const c = row[base + loci[i]!]!;
      if (c === ABSENT) continue;
      compared++;
      const qc = codes[i]!;
      if (c !== qc) {
        const qa = qc >> 8;
        const qb = qc & 0xff;
        const xa = c >> 8;
        const xb = c & 0xff;
        const straight = (qa !== xa && qa !== WILD && xa !== WILD ? 1 : 0) + (qb !== xb && qb !== WILD && xb !== WILD ? 1 : 0);
        const crossed = (qa !== xb && qa !== WILD && xb !== WILD ? 1 : 0) + (qb !== xa && qb !== WILD && xa !== WILD ? 1 : 0);
        const m = straight < crossed ? straight : crossed;
        if (m === 2) return;
        if (m === 1 && moderate && !((qa === qb && qa !== WILD && (xa === qa || xb === qa)) || (xa === xb && xa !== WILD && (qa === xa || qb === xa)))) return;
        mismatches += m;
      }
      if (full[i] === 1 && (c & 0xff) !== WILD) fullCompared++;
    }
    if (fullCompared < minLoci) return;
    found.push(slot, compared, mismatches);
  }

  private finish(found: number[], limit: number): DnaMatch[] {
    const matches: DnaMatch[] = [];
    for (let k = 0; k < found.length; k += 3) {
      const mismatches = found[k + 2]!;
      matches.push({ id: this.ids[found[k]!]!, type: mismatches === 0 ? 'full' : 'near', lociCompared: found[k + 1]!, mismatches });
    }
    matches.sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.type === 'full' ? -1 : 1));
    return matches.length > limit ? matches.slice(0, limit) : matches;
  }

  /** Stores an encoded row under a new slot and files it in its group. */
  private place(id: string, row: Uint16Array): void {
    const slot = this.used++;
    if (slot >>> CHUNK_BITS >= this.chunks.length) this.chunks.push(new Uint16Array(CHUNK * STRIDE));
    this.chunks[slot >>> CHUNK_BITS]!.set(row, (slot & OFFSET) * STRIDE);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(Math.ceil(this.alive.length * 1.5));
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.ids[slot] = id;
    this.slots.set(id, slot);
    this.live++;
    let fullMask = 0;
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) if (fullCode(row[locus]!)) fullMask |= 1 << locus;
    const mask = fullMask & PIVOT_MASK;
    let group = this.groups.get(mask);
    if (!group) {
      group = { mask, unionFull: 0, members: new IntList(), postings: Array.from({ length: PIVOTS }, () => new Map()) };
      this.groups.set(mask, group);
    }
    group.unionFull |= fullMask;
    group.members.push(slot);
    for (let locus = 0; locus < PIVOTS; locus++) {
      if ((mask & (1 << locus)) === 0) continue;
      const postings = group.postings[locus]!;
      let list = postings.get(row[locus]!);
      if (!list) postings.set(row[locus]!, (list = new IntList(2)));
      list.push(slot);
    }
  }

  /** Rebuilds the storage without the removed profiles (their slots are otherwise only skipped). */
  private compact(): void {
    const { chunks, ids, alive, used } = this;
    this.chunks = [];
    this.alive = new Uint8Array(CHUNK);
    this.ids = [];
    this.slots = new IdSlots((slot) => this.ids[slot]!);
    this.groups = new Map();
    this.used = 0;
    this.live = 0;
    for (let slot = 0; slot < used; slot++) {
      if (alive[slot] === 0) continue;
      const base = (slot & OFFSET) * STRIDE;
      this.place(ids[slot]!, chunks[slot >>> CHUNK_BITS]!.subarray(base, base + STRIDE));
    }
  }
}

function resolveLimit(limit: number | undefined): number {
  if (limit === undefined) return Infinity;
  if (!Number.isInteger(limit) || limit < 1) throw invalidInput('limit is a whole number of at least 1', [{ path: 'limit', message: 'a whole number of at least 1' }]);
  return limit;
}
