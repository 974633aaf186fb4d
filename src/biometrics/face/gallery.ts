import { invalidInput, LiaisonError } from '../../core/errors.ts';
import { FaceIndex, type FaceCandidate, type FaceIndexOptions } from './face-index.ts';
import { parseFaceTemplate, type ParsedFaceTemplate } from './schema.ts';

/** The most candidates one search may ask for. */
export const MAX_FACE_CANDIDATES = 1000;

/** Options of a {@link FaceGallery}: those of each of its indexes, less the dimension (set by the first template of an engine version). */
export type FaceGalleryOptions = Omit<FaceIndexOptions, 'dimensions'>;

/** One engine version's part of a {@link FaceGallery}. */
export interface FaceGalleryPart {
  engine: string;
  engineVersion: string;
  dimensions: number;
  size: number;
  mode: 'exact' | 'approximate';
}

interface Part {
  engine: string;
  engineVersion: string;
  index: FaceIndex;
}

/**
 * Enrolled face templates, one {@link FaceIndex} per engine and engine
 * version: a search only ever compares templates of the query's own engine
 * version, and all templates of one engine version must have the dimension
 * of the first enrolled. Template ids are unique across the whole gallery.
 *
 * @example
 * const gallery = new FaceGallery();
 * gallery.enrol('t-1', { engine: 'acme-face', engineVersion: '2.1', vector });
 * gallery.search({ engine: 'acme-face', engineVersion: '2.1', vector: probe }, 10);
 */
export class FaceGallery {
  private readonly parts = new Map<string, Part>();
  private readonly partOfId = new Map<string, Part>();

  constructor(private readonly options: FaceGalleryOptions = {}) {}

  /** How many templates are enrolled, all engines together. */
  get size(): number {
    return this.partOfId.size;
  }

  /** The engine versions enrolled, with their dimension and size. */
  describe(): FaceGalleryPart[] {
    return [...this.parts.values()].map(({ engine, engineVersion, index }) => ({ engine, engineVersion, dimensions: index.dimensions, size: index.size, mode: index.mode }));
  }

  /**
   * Enrols a template under `id`. Throws `invalid_input` for an invalid
   * template or one whose dimension differs from its engine version's, and
   * `conflict` if the id is already enrolled (remove it first to replace it).
   */
  enrol(id: string, template: unknown): void {
    checkId(id);
    if (this.partOfId.has(id)) throw new LiaisonError('conflict', `face template ${id} is already enrolled`, [{ path: 'id', message: 'already enrolled' }]);
    const parsed = parseFaceTemplate(template);
    const part = this.part(parsed, true) as Part;
    part.index.add(id, parsed.vector);
    this.partOfId.set(id, part);
  }

  /**
   * Checks that a template could be enrolled, without enrolling it: valid,
   * and of its engine version's dimension if that engine version has
   * templates. Returns it parsed (vector normalised); throws as {@link enrol}.
   */
  check(template: unknown): ParsedFaceTemplate {
    const parsed = parseFaceTemplate(template);
    this.part(parsed, false);
    return parsed;
  }

  /** Removes the template of `id`; false if there was none. */
  remove(id: string): boolean {
    const part = this.partOfId.get(id);
    if (!part) return false;
    this.partOfId.delete(id);
    return part.index.remove(id);
  }

  /**
   * The `k` enrolled templates of the probe's engine version most similar to
   * it, best first, with their cosine similarity. Throws `invalid_input` for
   * an invalid probe, an engine version with no gallery, or a dimension that
   * differs from the gallery's.
   */
  search(template: unknown, k: number): FaceCandidate[] {
    if (!Number.isInteger(k) || k < 1 || k > MAX_FACE_CANDIDATES) {
      throw invalidInput(`k must be a whole number from 1 to ${MAX_FACE_CANDIDATES}`, [{ path: 'k', message: `not a whole number from 1 to ${MAX_FACE_CANDIDATES}` }]);
    }
    const parsed = parseFaceTemplate(template);
    const part = this.part(parsed, false);
    if (!part) {
      const message = `no templates of engine ${parsed.engine} ${parsed.engineVersion} are enrolled`;
      throw invalidInput(message, [{ path: 'template.engineVersion', message: 'no gallery for this engine version' }]);
    }
    return part.index.search(parsed.vector, k);
  }

  private part(template: ParsedFaceTemplate, create: boolean): Part | undefined {
    const { engine, engineVersion, vector } = template;
    const key = `${engine}\u0000${engineVersion}`;
    let part = this.parts.get(key);
    if (!part) {
      if (!create) return undefined;
      part = { engine, engineVersion, index: new FaceIndex({ ...this.options, dimensions: vector.length }) };
      this.parts.set(key, part);
    } else if (part.index.dimensions !== vector.length) {
      const message = `engine ${engine} ${engineVersion} templates have ${part.index.dimensions} dimensions; this one has ${vector.length}`;
      throw invalidInput(message, [{ path: 'template.vector', message }]);
    }
    return part;
  }
}

function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) throw invalidInput('id must be a string of 1 to 200 characters', [{ path: 'id', message: 'not a string of 1 to 200 characters' }]);
}
