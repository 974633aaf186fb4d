import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { SeededRandom } from '../../core/random.ts';
import { acceptProfile } from './acceptance.ts';
import { compareProfiles, type MatchOptions } from './compare.ts';
import { DnaIndex, type DnaMatch, type DnaSearchOptions } from './index.ts';
import { ESS, LOCUS_NAMES, type LocusName } from './loci.ts';
import type { AcceptedProfile, Genotype } from './profile.ts';

/** What comparing the query with every profile by `compareProfiles` finds: the meaning of a search. */
function bruteForce(profiles: Map<string, AcceptedProfile>, query: AcceptedProfile, options: DnaSearchOptions = {}): DnaMatch[] {
  const matches: DnaMatch[] = [];
  for (const [id, profile] of profiles) {
    const { type, lociCompared, mismatches } = compareProfiles(query, profile, options);
    if (type !== 'none') matches.push({ id, type, lociCompared, mismatches });
  }
  matches.sort((a, b) => (a.type !== b.type ? (a.type === 'full' ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.limit === undefined ? matches : matches.slice(0, options.limit);
}

/** Few alleles per locus, so that random profiles often match: microvariants among them. */
const ALLELES = ['8', '9', '9.3', '10', '11'];

/** Random submitted profiles that often match each other: few alleles, wildcards, missing loci, homozygotes, three values, microvariants. */
function randomInput(random: SeededRandom, id: string): { id: string; kind: 'reference' | 'stain'; loci: Record<string, (string | number)[]> } {
  const loci: Record<string, (string | number)[]> = {};
  // Mostly ESS loci (posting lists), sometimes few of them (groups compared one by one).
  const essShare = random.chance(0.2) ? 0.2 : 0.85;
  for (const locus of LOCUS_NAMES) {
    if (!random.chance(ESS.includes(locus) ? essShare : 0.35)) continue;
    const values: (string | number)[] = [random.pick(ALLELES), random.pick(ALLELES)];
    if (random.chance(0.06)) values[random.int(0, 1)] = random.pick(['OL', '0', '99', 'na']);
    if (random.chance(0.02)) values.push(random.pick(ALLELES));
    if (random.chance(0.1)) values[0] = Number(values[0]) || values[0]!;
    loci[locus] = values;
  }
  return { id, kind: random.chance(0.5) ? 'reference' : 'stain', loci };
}

/** A copy of a profile with a few random changes: an allele changed, a locus dropped or made a wildcard. */
function mutate(random: SeededRandom, profile: AcceptedProfile, id: string): AcceptedProfile {
  const loci: Partial<Record<LocusName, Genotype>> = { ...profile.loci };
  const names = Object.keys(loci) as LocusName[];
  for (let changes = random.int(0, 2); changes > 0; changes--) {
    const locus = random.pick(names);
    const g = loci[locus];
    if (!g) continue;
    const roll = random.next();
    if (roll < 0.5) loci[locus] = [random.pick(ALLELES), g[1]];
    else if (roll < 0.75) delete loci[locus];
    else loci[locus] = [g[0], '*'];
  }
  return { ...profile, id, loci };
}

function acceptedOrUndefined(input: unknown): AcceptedProfile | undefined {
  try {
    return acceptProfile(input);
  } catch (error) {
    if (error instanceof LiaisonError) return undefined;
    throw error;
  }
}

const OPTIONS: DnaSearchOptions[] = [
  {},
  { maxMismatches: 0 },
  { minLoci: 3 },
  { minLoci: 1 },
  { minLoci: 2 },
  { minLoci: 2, maxMismatches: 0 },
  { minLoci: 8, maxMismatches: 1 },
  { stringency: 'high' },
  { stringency: 'moderate' },
  { stringency: 'low', minLoci: 4 },
  { limit: 3 },
];

describe('DnaIndex: the same results as compareProfiles with every profile (property test)', () => {
  it('on random synthetic profiles with wildcards, missing loci, homozygotes and microvariants, under every option', () => {
    const random = new SeededRandom(20260505);
    const index = new DnaIndex();
    const profiles = new Map<string, AcceptedProfile>();
    for (let i = 0; profiles.size < 2000; i++) {
      const profile = acceptedOrUndefined(randomInput(random, `p${i}`));
      if (!profile) continue;
      index.add(profile.id, profile);
      profiles.set(profile.id, profile);
      if (random.chance(0.2)) {
        const copy = mutate(random, profile, `p${i}-copy`);
        index.add(copy.id, copy);
        profiles.set(copy.id, copy);
      }
    }
    expect(index.size).toBe(profiles.size);
    const all = [...profiles.values()];
    let matched = 0;
    let near = 0;
    for (let k = 0; k < 300; k++) {
      const query = k % 3 === 0 ? acceptedOrUndefined(randomInput(random, `q${k}`)) : k % 3 === 1 ? random.pick(all) : mutate(random, random.pick(all), `q${k}`);
      if (!query) continue;
      const options = OPTIONS[k % OPTIONS.length]!;
      const expected = bruteForce(profiles, query, options);
      expect(index.search(query, options), `query ${query.id} with ${JSON.stringify(options)}`).toEqual(expected);
      expect(index.scan(query, options)).toEqual(expected);
      matched += expected.length;
      near += expected.filter((m) => m.type === 'near').length;
    }
    // The test is only worth something if it found many matches of both kinds.
    expect(matched).toBeGreaterThan(1000);
    expect(near).toBeGreaterThan(200);
  });

  it('after removals, replacements and the compaction they lead to', () => {
    const random = new SeededRandom(7);
    const index = new DnaIndex();
    const profiles = new Map<string, AcceptedProfile>();
    const seeds: AcceptedProfile[] = [];
    while (seeds.length < 300) {
      const profile = acceptedOrUndefined(randomInput(random, `s${seeds.length}`));
      if (profile) seeds.push(profile);
    }
    // 80,000 profiles (copies of the seeds with changes), then 90% of them removed: the index compacts itself.
    for (let i = 0; i < 80_000; i++) {
      const profile = mutate(random, seeds[i % seeds.length]!, `m${i}`);
      index.add(profile.id, profile);
      profiles.set(profile.id, profile);
    }
    for (let i = 0; i < 80_000; i++) {
      if (i % 10 === 0) continue;
      expect(index.remove(`m${i}`)).toBe(true);
      profiles.delete(`m${i}`);
    }
    expect(index.remove('m1')).toBe(false);
    expect((index as unknown as { used: number }).used).toBeLessThan(20_000); // compacted: the removed no longer take slots
    for (let i = 0; i < 14_000; i += 7) {
      const replacement = mutate(random, seeds[(i * 13) % seeds.length]!, `m${i}`);
      index.add(`m${i}`, replacement); // replaces the profile indexed under m0, m70, …, or adds it again
      profiles.set(`m${i}`, replacement);
    }
    expect(index.size).toBe(profiles.size);
    for (let k = 0; k < 40; k++) {
      const query = mutate(random, random.pick(seeds), `q${k}`);
      const options = OPTIONS[k % OPTIONS.length]!;
      expect(index.search(query, options)).toEqual(bruteForce(profiles, query, options));
    }
  });
});

describe('DnaIndex', () => {
  const ess = (changes: Record<string, (string | number)[]> = {}) => ({
    D3S1358: ['15', '16'], vWA: ['17', '18'], D8S1179: ['13', '14'], D21S11: ['29', '30'], D18S51: ['14', '17'], TH01: ['6', '9.3'], FGA: ['21', '22.2'], ...changes,
  });
  const profile = (id: string, changes?: Record<string, (string | number)[]>) => acceptProfile({ id, kind: 'reference', loci: ess(changes) });

  it('adds, finds, replaces and removes profiles by id', () => {
    const index = new DnaIndex();
    index.add('a', profile('a'));
    index.add('b', profile('b', { FGA: ['21', '23'] }));
    index.add('c', profile('c', { FGA: ['20', '23'] }));
    expect(index.size).toBe(3);
    expect(index.has('b')).toBe(true);
    const query = profile('q');
    expect(index.search(query)).toEqual([
      { id: 'a', type: 'full', lociCompared: 7, mismatches: 0 },
      { id: 'b', type: 'near', lociCompared: 7, mismatches: 1 },
    ]);
    expect(index.search(query, { maxMismatches: 0 })).toEqual([{ id: 'a', type: 'full', lociCompared: 7, mismatches: 0 }]);
    expect(index.search(query, { limit: 1 })).toEqual([{ id: 'a', type: 'full', lociCompared: 7, mismatches: 0 }]);
    index.add('c', profile('c'));
    expect(index.size).toBe(3);
    expect(index.search(query).map((m) => `${m.id}:${m.type}`)).toEqual(['a:full', 'c:full', 'b:near']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.has('a')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.search(query).map((m) => m.id)).toEqual(['c', 'b']);
  });

  it('lists full matches first, then near matches, each by id', () => {
    const index = new DnaIndex();
    for (const id of ['n2', 'f2', 'n1', 'f1']) index.add(id, profile(id, id.startsWith('n') ? { vWA: ['17', '19'] } : {}));
    expect(index.search(profile('q')).map((m) => m.id)).toEqual(['f1', 'f2', 'n1', 'n2']);
  });

  it('refuses bad options and ids', () => {
    const index = new DnaIndex();
    expect(() => index.search(profile('q'), { limit: 0 })).toThrow(/limit/);
    expect(() => index.search(profile('q'), { minLoci: 25 } as MatchOptions)).toThrow(/minLoci/);
    expect(() => index.add('', profile('q'))).toThrow(/id/);
  });

  it('finds nothing in an empty index', () => {
    expect(new DnaIndex().search(profile('q'))).toEqual([]);
  });
});
