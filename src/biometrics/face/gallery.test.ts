import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { FaceGallery } from './gallery.ts';
import { SyntheticFaces } from './synthetic.ts';

const faces = new SyntheticFaces({ dimensions: 128, seed: 3 });
const acme = (vector: Float32Array | number[], engineVersion = '2.1') => ({ engine: 'acme-face', engineVersion, vector: [...vector] });

function errorOf(action: () => unknown): LiaisonError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(LiaisonError);
    return error as LiaisonError;
  }
  throw new Error('no error');
}

describe('FaceGallery', () => {
  it('finds the mates of a probe among other identities, best first', () => {
    const gallery = new FaceGallery();
    for (let identity = 0; identity < 50; identity++) for (let s = 0; s < 3; s++) gallery.enrol(`p${identity}-${s}`, acme(faces.sample(identity, s)));
    expect(gallery.size).toBe(150);
    const found = gallery.search(acme(faces.sample(7, 99)), 5);
    expect(found.slice(0, 3).map((c) => c.id).sort()).toEqual(['p7-0', 'p7-1', 'p7-2']);
    for (const mate of found.slice(0, 3)) expect(mate.similarity).toBeGreaterThan(0.55);
    for (const other of found.slice(3)) expect(other.similarity).toBeLessThan(0.45);
  });

  it('never compares templates of different engines or engine versions', () => {
    const gallery = new FaceGallery();
    const vector = faces.sample(1, 0);
    gallery.enrol('old', acme(vector, '2.0'));
    gallery.enrol('new', acme(vector, '2.1'));
    gallery.enrol('other', { engine: 'other-face', engineVersion: '2.1', vector: [...vector] });
    expect(gallery.search(acme(vector, '2.0'), 10).map((c) => c.id)).toEqual(['old']);
    expect(gallery.search(acme(vector, '2.1'), 10).map((c) => c.id)).toEqual(['new']);
    expect(gallery.describe()).toEqual([
      { engine: 'acme-face', engineVersion: '2.0', dimensions: 128, size: 1, mode: 'exact' },
      { engine: 'acme-face', engineVersion: '2.1', dimensions: 128, size: 1, mode: 'exact' },
      { engine: 'other-face', engineVersion: '2.1', dimensions: 128, size: 1, mode: 'exact' },
    ]);
  });

  it('refuses a template whose dimension differs from its engine version', () => {
    const gallery = new FaceGallery();
    gallery.enrol('a', { engine: 'acme-face', engineVersion: '2.1', vector: new Array(512).fill(0.5) });
    const message = 'engine acme-face 2.1 templates have 512 dimensions; this one has 128';
    for (const error of [errorOf(() => gallery.enrol('b', acme(faces.sample(1, 0)))), errorOf(() => gallery.search(acme(faces.sample(1, 0)), 5)), errorOf(() => gallery.check(acme(faces.sample(1, 0))))]) {
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(message);
      expect(error.issues).toEqual([{ path: 'template.vector', message }]);
    }
    gallery.enrol('c', acme(faces.sample(1, 0), '3.0'));
    expect(gallery.size).toBe(2);
  });

  it('refuses a search for an engine version with no gallery, and bad k', () => {
    const gallery = new FaceGallery();
    gallery.enrol('a', acme(faces.sample(1, 0)));
    const none = errorOf(() => gallery.search(acme(faces.sample(1, 1), '9.9'), 5));
    expect(none.code).toBe('invalid_input');
    expect(none.message).toBe('no templates of engine acme-face 9.9 are enrolled');
    expect(none.issues).toEqual([{ path: 'template.engineVersion', message: 'no gallery for this engine version' }]);
    expect(errorOf(() => gallery.search(acme(faces.sample(1, 1)), 0)).issues[0].path).toBe('k');
    expect(errorOf(() => gallery.search(acme(faces.sample(1, 1)), 1001)).issues[0].path).toBe('k');
  });

  it('refuses invalid templates and ids, and an id enrolled twice, without enrolling anything', () => {
    const gallery = new FaceGallery();
    gallery.enrol('a', acme(faces.sample(1, 0)));
    const bad = errorOf(() => gallery.enrol('b', { engine: 'acme-face', engineVersion: '2.1', vector: [Number.NaN, ...new Array(40).fill(1)] }));
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toEqual([{ path: 'template.vector.0', message: 'must be a finite number' }]);
    expect(errorOf(() => gallery.enrol('', acme(faces.sample(1, 0)))).issues[0].path).toBe('id');
    const twice = errorOf(() => gallery.enrol('a', { engine: 'other-face', engineVersion: '1', vector: [...faces.sample(1, 0)] }));
    expect(twice.code).toBe('conflict');
    expect(gallery.size).toBe(1);
    expect(gallery.describe().map((p) => p.engine)).toEqual(['acme-face']);
    expect(errorOf(() => gallery.check({ engine: 'acme-face', engineVersion: '2.1', vector: [] })).issues).toEqual([{ path: 'template.vector', message: 'must not be empty' }]);
    expect(gallery.check(acme([3, 4, ...new Array(126).fill(0)])).vector[1]).toBeCloseTo(0.8, 6);
  });

  it('removes templates, so that their id can be enrolled again', () => {
    const gallery = new FaceGallery();
    gallery.enrol('a', acme(faces.sample(1, 0)));
    gallery.enrol('b', acme(faces.sample(2, 0)));
    expect(gallery.remove('a')).toBe(true);
    expect(gallery.remove('a')).toBe(false);
    expect(gallery.search(acme(faces.sample(1, 1)), 5).map((c) => c.id)).toEqual(['b']);
    gallery.enrol('a', acme(faces.sample(3, 0), '2.2'));
    expect(gallery.search(acme(faces.sample(3, 1), '2.2'), 5).map((c) => c.id)).toEqual(['a']);
    expect(gallery.size).toBe(2);
  });
});
