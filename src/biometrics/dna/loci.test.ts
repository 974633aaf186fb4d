import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { CODIS_CORE, ESS, ESS_ORIGINAL, LOCUS_NAMES, canonicalLocus } from './loci.ts';

describe('the locus catalogue', () => {
  it('holds the 12 ESS loci, the CODIS 20 core loci and the others, each once', () => {
    expect(ESS).toHaveLength(12);
    expect(CODIS_CORE).toHaveLength(20);
    expect(ESS.every((l) => CODIS_CORE.includes(l))).toBe(true);
    expect(ESS_ORIGINAL.every((l) => ESS.includes(l))).toBe(true);
    expect(new Set(LOCUS_NAMES).size).toBe(LOCUS_NAMES.length);
    expect(LOCUS_NAMES).toEqual(expect.arrayContaining(['Penta D', 'Penta E', 'SE33', 'D6S1043', 'CSF1PO', 'TPOX']));
  });

  it('reads common spellings case-insensitively and gives the canonical name', () => {
    expect(canonicalLocus('VWA')).toBe('vWA');
    expect(canonicalLocus('vwa')).toBe('vWA');
    expect(canonicalLocus('THO1')).toBe('TH01');
    expect(canonicalLocus('th01')).toBe('TH01');
    expect(canonicalLocus('PENTA D')).toBe('Penta D');
    expect(canonicalLocus('Penta_D')).toBe('Penta D');
    expect(canonicalLocus('pentae')).toBe('Penta E');
    expect(canonicalLocus('CSF1P0')).toBe('CSF1PO');
    expect(canonicalLocus('d3s1358')).toBe('D3S1358');
    expect(canonicalLocus('Amelogenin')).toBe('AMEL');
    expect(canonicalLocus('AMEL')).toBe('AMEL');
  });

  it('refuses an unknown locus naming it, and a Y-STR saying what it is', () => {
    const error = (name: string) => {
      try {
        canonicalLocus(name);
      } catch (e) {
        return e as LiaisonError;
      }
      throw new Error(`${name} was accepted`);
    };
    expect(error('D99S999')).toMatchObject({ code: 'invalid_input', message: 'unknown locus "D99S999"', issues: [{ path: 'loci.D99S999' }] });
    expect(error('DYS391').message).toMatch(/"DYS391" is a Y-chromosome STR/);
  });
});
