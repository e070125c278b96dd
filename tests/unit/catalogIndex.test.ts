import { describe, expect, it } from 'vitest';
import { catalogIndex } from '../../src/catalogIndex.ts';
import { catalog, program, school } from './coreCatalogs.ts';

describe('catalogIndex', () => {
  const indexed = catalog([
    school('late', [program('l-1', 'master', ['health-science']), program('l-2', 'bachelor')], { rank: 2 }),
    school('early', [program('e-1', 'certificate', ['health-science', 'health-science'])], { rank: 1, rules: { requiresUsCitizen: true } }),
  ]);

  it('is built once per catalog object', () => {
    expect(catalogIndex(indexed)).toBe(catalogIndex(indexed));
    expect(catalogIndex(catalog([...indexed.schools]))).not.toBe(catalogIndex(indexed));
  });

  it('lists schools in rank order with their programs flattened after one another', () => {
    const index = catalogIndex(indexed);
    expect(index.schools.map((s) => s.id)).toEqual(['early', 'late']);
    expect(index.programs.map((p) => p.id)).toEqual(['e-1', 'l-1', 'l-2']);
    expect([...index.start]).toEqual([0, 1, 3]);
    expect([...index.citizensOnly]).toEqual([1, 0]);
  });

  it('finds the programs of a subject once each, even when a program lists it twice', () => {
    expect([...(catalogIndex(indexed).bySubject.get('health-science') ?? [])]).toEqual([0, 1]);
  });
});
