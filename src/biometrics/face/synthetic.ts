import { SeededRandom } from '../../core/random.ts';

/** Range of the per-sample noise level σ (see {@link SyntheticFaces}). */
export const DEFAULT_SAMPLE_NOISE: readonly [number, number] = [0.35, 0.8];

/**
 * How synthetic identities spread. Each identity belongs to one of
 * `clusters` groups of look-alikes (drawn at random) and is the sum of its
 * group's centre, a variation inside the group's own random subspace of
 * `rank` dimensions, and independent noise, with shares `centre`,
 * `variation` and 1 − both of its squared length, then normalised.
 * With `clusters: 0` identities are independent random directions.
 */
export interface SyntheticPopulation {
  clusters: number;
  rank: number;
  centre: number;
  variation: number;
}

/**
 * Identities as independent random unit vectors: impostor similarities
 * 0 ± 1/√d with nothing nearer than chance. A worst case for approximate
 * search, unlike real face embeddings.
 */
export const ISOTROPIC_POPULATION: Readonly<SyntheticPopulation> = { clusters: 0, rank: 0, centre: 0, variation: 0 };

/**
 * Identities in 1,000 groups of look-alikes varying along 16 directions each:
 * real face embeddings cluster (by sex, age, ancestry, appearance) and have a
 * low intrinsic dimension (10–40 is typically measured for 512-dimensional
 * face models), so nearest neighbours have structure. Impostor similarity is
 * ≈ 0 ± 0.04 between groups and ≈ 0.1 ± 0.13 inside one.
 */
export const CLUSTERED_POPULATION: Readonly<SyntheticPopulation> = { clusters: 1000, rank: 16, centre: 0.1, variation: 0.5 };

/** Options of {@link SyntheticFaces}. */
export interface SyntheticFacesOptions {
  dimensions: number;
  seed: number;
  /** How identities spread; {@link ISOTROPIC_POPULATION} unless told. */
  population?: SyntheticPopulation;
  /** Range of σ, drawn per sample: a sample is identity + σ·g/√d with g standard normal, then normalised. */
  noise?: readonly [number, number];
}

/**
 * Synthetic face templates, reproducible and addressable: identity `i` is a
 * random unit vector (spread as its {@link SyntheticPopulation} says), and
 * sample `j` of it is that vector plus Gaussian noise of a level σ drawn per
 * sample, normalised. With the default noise, two samples of one identity
 * have cosine similarity ≈ 1/√((1+σ₁²)(1+σ₂²)), between 0.6 and 0.9, like
 * genuine pairs of a real engine; samples of different identities are near
 * orthogonal (similarity ≈ 0), like impostor pairs. Any identity or sample can be recomputed alone, so a
 * benchmark can make fresh probes of enrolled identities without keeping them.
 * No real person's data is involved.
 */
export class SyntheticFaces {
  readonly dimensions: number;
  readonly noise: readonly [number, number];
  readonly population: Readonly<SyntheticPopulation>;
  private readonly seed: number;
  private readonly groups = new Map<number, Float32Array>();
  private cached = -1;
  private cachedVector: Float32Array = new Float32Array(0);

  constructor(options: SyntheticFacesOptions) {
    this.dimensions = options.dimensions;
    this.seed = options.seed;
    this.noise = options.noise ?? DEFAULT_SAMPLE_NOISE;
    this.population = options.population ?? ISOTROPIC_POPULATION;
  }

  /** The unit vector of identity `identity` (any non-negative whole number). */
  identity(identity: number): Float32Array {
    return this.base(identity).slice();
  }

  /** Sample `sample` of identity `identity`: a noisy, normalised template. */
  sample(identity: number, sample: number): Float32Array {
    const out = new Float32Array(this.dimensions);
    this.sampleInto(identity, sample, out, 0);
    return out;
  }

  /** Writes sample `sample` of identity `identity` into `out` at `offset`. */
  sampleInto(identity: number, sample: number, out: Float32Array, offset: number): void {
    const base = this.base(identity);
    const random = new SeededRandom(mix(this.seed, identity, sample + 0x100));
    const [low, high] = this.noise;
    const scale = (low + (high - low) * random.next()) / Math.sqrt(this.dimensions);
    const gauss = gaussian(random);
    const v = out.subarray(offset, offset + this.dimensions);
    for (let i = 0; i < v.length; i++) v[i] = base[i] + scale * gauss();
    normalise(v);
  }

  // Samples come identity by identity: the last identity vector is kept rather than drawn again.
  private base(identity: number): Float32Array {
    if (identity !== this.cached) {
      const random = new SeededRandom(mix(this.seed, identity, 0x1d));
      const gauss = gaussian(random);
      const d = this.dimensions;
      const v = new Float32Array(d);
      const { clusters, rank, centre, variation } = this.population;
      if (clusters > 0) {
        const group = this.group(Math.floor(random.next() * clusters));
        const residual = Math.sqrt(Math.max(0, 1 - centre - variation));
        const c = Math.sqrt(centre);
        for (let i = 0; i < d; i++) v[i] = c * group[i] + residual * gauss();
        // The group's basis vectors have length ≈ √d, like g: each term's share is set by its weight alone.
        const w = Math.sqrt(variation / rank);
        for (let r = 0; r < rank; r++) {
          const z = w * gauss();
          const basis = group.subarray((r + 1) * d, (r + 2) * d);
          for (let i = 0; i < d; i++) v[i] += z * basis[i];
        }
      } else {
        for (let i = 0; i < d; i++) v[i] = gauss();
      }
      this.cachedVector = normalise(v);
      this.cached = identity;
    }
    return this.cachedVector;
  }

  // A group's centre (scaled to length √d) followed by the `rank` basis vectors of its variation.
  private group(group: number): Float32Array {
    let vectors = this.groups.get(group);
    if (!vectors) {
      const d = this.dimensions;
      const gauss = gaussian(new SeededRandom(mix(this.seed, group, 0x3c)));
      vectors = new Float32Array((this.population.rank + 1) * d);
      for (let i = 0; i < vectors.length; i++) vectors[i] = gauss();
      this.groups.set(group, vectors);
    }
    return vectors;
  }
}

/** The id of a synthetic template: `face-<identity>-<sample>`. */
export function syntheticTemplateId(identity: number, sample: number): string {
  return `face-${identity}-${sample}`;
}

/**
 * `identities` consecutive identities from `firstIdentity`, each with samples
 * 0..samplesPerIdentity-1, as ids and one flat array of vectors (ready for
 * `FaceIndex.addMany`).
 */
export function syntheticBatch(faces: SyntheticFaces, firstIdentity: number, identities: number, samplesPerIdentity: number): { ids: string[]; vectors: Float32Array } {
  const ids: string[] = [];
  const vectors = new Float32Array(identities * samplesPerIdentity * faces.dimensions);
  for (let i = firstIdentity; i < firstIdentity + identities; i++) {
    for (let s = 0; s < samplesPerIdentity; s++) {
      faces.sampleInto(i, s, vectors, ids.length * faces.dimensions);
      ids.push(syntheticTemplateId(i, s));
    }
  }
  return { ids, vectors };
}

/** A standard normal generator (Box–Muller) drawing from `random`. */
export function gaussian(random: SeededRandom): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - random.next();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * random.next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}

function normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  const scale = 1 / Math.sqrt(sum);
  for (let i = 0; i < v.length; i++) v[i] *= scale;
  return v;
}

function mix(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(b + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  return (h ^ (h >>> 16)) >>> 0;
}
