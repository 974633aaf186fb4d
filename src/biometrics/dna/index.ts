import { invalidInput } from '../../core/errors.ts';
import { ABSENT, AlleleCodes, WILD } from './allele-codes.ts';
import { resolveMatchOptions, type MatchOptions, type ResolvedMatchOptions } from './compare.ts';
import { IdTable } from './id-table.ts';
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
/**
 * The pivot loci, whose genotypes have posting lists and by which profiles are grouped: 8 of
 * the ESS loci, chosen for their many alleles (so their genotypes are rare) and so that the 7
 * original ESS loci, which reference profiles have, include 5 of them. A choice for speed
 * only: any set of loci gives the same results.
 */
const PIVOT_LOCI: readonly LocusName[] = ['D1S1656', 'D12S391', 'D18S51', 'FGA', 'D21S11', 'vWA', 'D8S1179', 'D3S1358'];
const PIVOT_MASK = PIVOT_LOCI.reduce((mask, locus) => mask | (1 << LOCUS_INDEX.get(locus)!), 0);
/** Groups this small are compared profile by profile: cheaper than looking up their posting lists. */
const SMALL_GROUP = 4;
const EMPTY = new IntList(0);

if (LOCUS_NAMES.length > STRIDE || ESS.some((l, i) => LOCUS_INDEX.get(l) !== i) || PIVOT_LOCI.some((l) => !ESS.includes(l))) throw new Error('the locus catalogue no longer fits the DNA index layout');

/** The profiles fully designated at exactly the same pivot loci, with their posting lists. */
interface Group {
  /** The pivot loci (bits of catalogue positions) where every member is fully designated; at the other pivots none is. */
  mask: number;
  /** The union of the members' fully designated loci (all loci): no member has more in common with a query. */
  unionFull: number;
  members: IntList;
  /** By locus (catalogue position), the members fully designated there with each genotype code, in increasing slot order. */
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
  /** The loci where the query is fully designated, its rarest genotype (in the whole index) first. */
  order: Int32Array;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Calls `visit` with each slot in at least two of the first `count` (2 or 3) lists, each sorted
 * ascending without repeats (slots are appended in increasing order); returns how many it visited.
 */
function inTwo(lists: IntList[], count: number, visit: (slot: number) => void): number {
  const a = lists[0]!.items;
  const b = lists[1]!.items;
  const c = count === 3 ? lists[2]!.items : EMPTY.items;
  const na = lists[0]!.length;
  const nb = lists[1]!.length;
  const nc = count === 3 ? lists[2]!.length : 0;
  let i = 0;
  let j = 0;
  let k = 0;
  let visited = 0;
  while ((i < na ? 1 : 0) + (j < nb ? 1 : 0) + (k < nc ? 1 : 0) >= 2) {
    const x = i < na ? a[i]! : 0x7fffffff;
    const y = j < nb ? b[j]! : 0x7fffffff;
    const z = k < nc ? c[k]! : 0x7fffffff;
    const low = x < y ? (x < z ? x : z) : y < z ? y : z;
    const hits = (x === low ? 1 : 0) + (y === low ? 1 : 0) + (z === low ? 1 : 0);
    if (hits >= 2) {
      visit(low);
      visited++;
    }
    if (x === low) i++;
    if (y === low) j++;
    if (z === low) k++;
  }
  return visited;
}

function fullCode(code: number): boolean {
  return code !== ABSENT && (code & 0xff) !== WILD;
}

/**
 * An in-memory index of accepted DNA profiles, searched under the Prüm rules (or a CODIS-style
 * stringency) with exactly the results of `compareProfiles` applied to every indexed profile.
 *
 * Layout: each profile is one row of 32 genotype codes (64 bytes; alleles as 8-bit codes of
 * the index's dictionary), in chunks of 65,536 rows. Profiles are grouped by the pivot loci (8
 * ESS loci) at which they are fully designated; each group has a posting list of its members
 * for each fully designated genotype at each locus.
 *
 * Why the pruning is exact (Prüm, at most m differing alleles, m = 0 or 1, so at most m loci
 * that differ): in each group,
 * - among any m + 2 loci fully designated in the query and in every member (the group's pivots),
 *   a match agrees exactly on at least 2, so it is in at least 2 of the posting lists of the
 *   query's genotypes there: those lists, of the query's rarest genotypes, are merged and only
 *   the profiles in two of them compared in full (with only m + 1 such loci: in one of them);
 * - with fewer such loci, a match still agrees exactly on at least `minLoci` - m of the loci
 *   fully designated in the query and in some member (say L of them), so it is in at least two
 *   of the lists of any L - (minLoci - m) + 2 of those loci: those are counted;
 * - a group whose members cannot share `minLoci` fully designated loci with the query is skipped,
 *   and a tiny group is compared profile by profile.
 * The CODIS stringencies `moderate` and `low` compare every profile (`scan`).
 *
 * Memory: about 64 bytes a profile for the rows, 4 bytes per fully designated locus for the
 * postings (plus growth slack), and the ids (see IdTable: two bytes a character and some 20 bytes).
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
  private ids = new IdTable();
  private readonly row = new Uint16Array(STRIDE);
  private groups = new Map<number, Group>();
  private used = 0;
  private live = 0;
  private candidates = 0;
  /** Per slot, how many chosen posting lists hold the profile (zero between searches). */
  private hits = new Uint8Array(CHUNK);
  /** The posting lists chosen for the group being searched. */
  private readonly lists: IntList[] = Array.from({ length: STRIDE }, () => EMPTY);
  /** How many indexed profiles have each fully designated genotype at each locus, at `(locus << 16) | code`. */
  private genotypeCounts = new Uint32Array(LOCUS_NAMES.length << 16);

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
    return this.ids.slotOf(id) !== undefined;
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
    if (this.ids.slotOf(id) !== undefined) this.remove(id);
    this.place(id, row);
  }

  /** Removes the profile indexed under `id`; false when there is none. */
  remove(id: string): boolean {
    const slot = this.ids.slotOf(id);
    if (slot === undefined) return false;
    this.ids.forget(id);
    this.alive[slot] = 0;
    const row = this.chunks[slot >>> CHUNK_BITS]!;
    const base = (slot & OFFSET) * STRIDE;
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) if (fullCode(row[base + locus]!)) this.genotypeCounts[(locus << 16) | row[base + locus]!]!--;
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
    const { lists } = this;
    this.candidates = 0;
    for (const group of this.groups.values()) {
      const possible = group.unionFull & q.fullMask;
      if (popcount(possible) < minLoci) continue;
      if (group.members.length <= SMALL_GROUP) {
        this.verifyAll(group.members, q, maxMismatches, minLoci, found);
        continue;
      }
      const common = group.mask & q.fullMask;
      const shared = popcount(common);
      if (shared >= need) {
        // Loci where the query and every member are fully designated, the query's rarest genotypes
        // first: with one more locus than mismatching loci allowed, a match is in at least one of
        // their lists; with two more, in at least two of them.
        const take = shared >= need + 1 ? need + 1 : need;
        this.chooseLists(group, q, common, take);
        if (take === need + 1) this.candidates += inTwo(lists, take, (slot) => this.verify(slot, q, maxMismatches, minLoci, found));
        else this.verifyInAny(lists, take, q, maxMismatches, minLoci, found);
        continue;
      }
      // Too few such loci: a match agrees exactly on at least `agree` of the loci fully designated
      // in the query and in some member, so on at least two of any (those loci - agree + 2) of them.
      const agree = minLoci - maxMismatches;
      const loci = popcount(possible);
      if (agree <= 0) this.verifyAll(group.members, q, maxMismatches, minLoci, found);
      else if (agree === 1) {
        this.chooseLists(group, q, possible, loci);
        this.verifyInAny(lists, loci, q, maxMismatches, minLoci, found);
      } else {
        this.chooseLists(group, q, possible, loci - agree + 2);
        this.verifyInTwo(lists, loci - agree + 2, q, maxMismatches, minLoci, found);
      }
    }
    return this.finish(found, limit);
  }

  /** Puts in `this.lists` the posting lists of the query's genotypes at `count` loci of `among`, its rarest genotypes first. */
  private chooseLists(group: Group, q: Query, among: number, count: number): void {
    let taken = 0;
    for (let k = 0; k < q.order.length && taken < count; k++) {
      const locus = q.order[k]!;
      if ((among & (1 << locus)) === 0) continue;
      this.lists[taken++] = group.postings[locus]!.get(q.codeAt[locus]!) ?? EMPTY;
    }
  }

  private verifyAll(members: IntList, q: Query, maxMismatches: number, minLoci: number, found: number[]): void {
    const { items, length } = members;
    for (let k = 0; k < length; k++) this.verify(items[k]!, q, maxMismatches, minLoci, found);
    this.candidates += length;
  }

  /** Compares each profile in any of the first `count` lists, once. */
  private verifyInAny(lists: IntList[], count: number, q: Query, maxMismatches: number, minLoci: number, found: number[]): void {
    const { hits } = this;
    for (let l = 0; l < count; l++) {
      const { items, length } = lists[l]!;
      for (let k = 0; k < length; k++) {
        const slot = items[k]!;
        if (hits[slot] !== 0) continue;
        hits[slot] = 1;
        this.verify(slot, q, maxMismatches, minLoci, found);
        this.candidates++;
      }
    }
    this.clearHits(lists, count);
  }

  /** Compares each profile in at least two of the first `count` lists, once. */
  private verifyInTwo(lists: IntList[], count: number, q: Query, maxMismatches: number, minLoci: number, found: number[]): void {
    const { hits } = this;
    for (let l = 0; l < count; l++) {
      const { items, length } = lists[l]!;
      for (let k = 0; k < length; k++) {
        const slot = items[k]!;
        if (++hits[slot]! !== 2) continue;
        this.verify(slot, q, maxMismatches, minLoci, found);
        this.candidates++;
      }
    }
    this.clearHits(lists, count);
  }

  private clearHits(lists: IntList[], count: number): void {
    for (let l = 0; l < count; l++) {
      const { items, length } = lists[l]!;
      for (let k = 0; k < length; k++) this.hits[items[k]!] = 0;
    }
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
      order: new Int32Array(0),
    };
    for (const { locus, code } of present) {
      q.codeAt[locus] = code;
      if (fullCode(code)) q.fullMask |= 1 << locus;
    }
    const full = present.filter((p) => fullCode(p.code)).map((p) => ({ locus: p.locus, count: this.genotypeCounts[(p.locus << 16) | p.code]! }));
    q.order = Int32Array.from(full.sort((a, b) => a.count - b.count || a.locus - b.locus), (p) => p.locus);
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
      matches.push({ id: this.ids.idOf(found[k]!), type: mismatches === 0 ? 'full' : 'near', lociCompared: found[k + 1]!, mismatches });
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
      this.hits = new Uint8Array(grown.length);
    }
    this.alive[slot] = 1;
    this.ids.append(slot, id);
    this.live++;
    let fullMask = 0;
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) if (fullCode(row[locus]!)) fullMask |= 1 << locus;
    const mask = fullMask & PIVOT_MASK;
    let group = this.groups.get(mask);
    if (!group) {
      group = { mask, unionFull: 0, members: new IntList(), postings: Array.from({ length: LOCUS_NAMES.length }, () => new Map()) };
      this.groups.set(mask, group);
    }
    group.unionFull |= fullMask;
    group.members.push(slot);
    for (let locus = 0; locus < LOCUS_NAMES.length; locus++) {
      if ((fullMask & (1 << locus)) === 0) continue;
      const postings = group.postings[locus]!;
      let list = postings.get(row[locus]!);
      if (!list) postings.set(row[locus]!, (list = new IntList()));
      list.push(slot);
      this.genotypeCounts[(locus << 16) | row[locus]!]!++;
    }
  }

  /** Rebuilds the storage without the removed profiles (their slots are otherwise only skipped). */
  private compact(): void {
    const { chunks, ids, alive, used } = this;
    this.chunks = [];
    this.alive = new Uint8Array(CHUNK);
    this.hits = new Uint8Array(CHUNK);
    this.lists.fill(EMPTY);
    this.ids = new IdTable();
    this.groups = new Map();
    this.genotypeCounts = new Uint32Array(LOCUS_NAMES.length << 16);
    this.used = 0;
    this.live = 0;
    for (let slot = 0; slot < used; slot++) {
      if (alive[slot] === 0) continue;
      const base = (slot & OFFSET) * STRIDE;
      this.place(ids.idOf(slot), chunks[slot >>> CHUNK_BITS]!.subarray(base, base + STRIDE));
    }
  }
}

function resolveLimit(limit: number | undefined): number {
  if (limit === undefined) return Infinity;
  if (!Number.isInteger(limit) || limit < 1) throw invalidInput('limit is a whole number of at least 1', [{ path: 'limit', message: 'a whole number of at least 1' }]);
  return limit;
}
