import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { parseFaceTemplate } from './schema.ts';

const template = (vector: unknown, rest: Record<string, unknown> = {}) => ({ engine: 'acme-face', engineVersion: '2.1', vector, ...rest });
const ones = (n: number) => Array.from({ length: n }, () => 1);

function issuesOf(input: unknown) {
  try {
    parseFaceTemplate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(LiaisonError);
    expect((error as LiaisonError).code).toBe('invalid_input');
    return (error as LiaisonError).issues;
  }
  throw new Error('accepted');
}

describe('face template validation', () => {
  it('accepts a template and normalises its vector to unit length', () => {
    const parsed = parseFaceTemplate(template([3, 4, ...Array.from({ length: 30 }, () => 0)]));
    expect(parsed.engine).toBe('acme-face');
    expect(parsed.engineVersion).toBe('2.1');
    expect(parsed.vector).toBeInstanceOf(Float32Array);
    expect(parsed.vector.length).toBe(32);
    expect(parsed.vector[0]).toBeCloseTo(0.6, 6);
    expect(parsed.vector[1]).toBeCloseTo(0.8, 6);
  });

  it('normalises huge and tiny values without overflow', () => {
    expect(parseFaceTemplate(template(ones(64).map(() => 1e300))).vector[0]).toBeCloseTo(1 / 8, 6);
    expect(parseFaceTemplate(template(ones(64).map(() => 1e-300))).vector[0]).toBeCloseTo(1 / 8, 6);
  });

  it('names the element that is not a finite number', () => {
    const vector: unknown[] = ones(40);
    vector[3] = Number.NaN;
    vector[5] = Number.POSITIVE_INFINITY;
    vector[7] = '0.5';
    expect(issuesOf(template(vector))).toEqual([
      { path: 'template.vector.3', message: 'must be a finite number' },
      { path: 'template.vector.5', message: 'must be a finite number' },
      { path: 'template.vector.7', message: 'must be a finite number' },
    ]);
  });

  it('caps the issues listed for a vector of garbage', () => {
    const issues = issuesOf(template(ones(4096).map(() => Number.NaN)));
    expect(issues).toHaveLength(21);
    expect(issues[20]).toEqual({ path: 'template.vector', message: 'and 4076 more issues' });
  });

  it('refuses empty, too short, too long and all-zero vectors', () => {
    expect(issuesOf(template([]))).toEqual([{ path: 'template.vector', message: 'must not be empty' }]);
    expect(issuesOf(template(ones(31)))).toEqual([{ path: 'template.vector', message: 'must have between 32 and 4096 dimensions; this one has 31' }]);
    expect(issuesOf(template(ones(4097)))).toEqual([{ path: 'template.vector', message: 'must have between 32 and 4096 dimensions; this one has 4097' }]);
    expect(issuesOf(template(ones(64).map(() => 0)))).toEqual([{ path: 'template.vector', message: 'must not be all zeros' }]);
    expect(issuesOf(template('1,2,3'))).toEqual([{ path: 'template.vector', message: 'must be an array of numbers' }]);
  });

  it('refuses bad engine ids, versions, unknown fields and non-objects', () => {
    const paths = (input: unknown) => issuesOf(input).map((i) => i.path);
    expect(paths(template(ones(32), { engine: '' }))).toEqual(['template.engine']);
    expect(paths(template(ones(32), { engine: 'acme face' }))).toEqual(['template.engine']);
    expect(paths(template(ones(32), { engineVersion: 2.1 }))).toEqual(['template.engineVersion']);
    expect(paths(template(ones(32), { quality: 0.9 }))).toEqual(['template']);
    expect(issuesOf('a face')).toEqual([{ path: 'template', message: 'must be an object { engine, engineVersion, vector }' }]);
  });
});
