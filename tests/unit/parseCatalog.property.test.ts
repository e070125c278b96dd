import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type CatalogResult } from '../../src/catalog/parseCatalog.ts';
import { catalogArb, toJson } from './coreCatalogs.ts';

function explained(result: CatalogResult): void {
  if (result.ok) {
    for (const item of result.skipped) {
      expect(item.path).toMatch(/^\$\.schools\[\d+\]/);
      expect(item.reason.startsWith(item.path)).toBe(true);
      expect(item.reason.length).toBeGreaterThan(item.path.length + 2);
    }
  } else {
    expect(result.error.path).toMatch(/^\$/);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

// Replaces one value somewhere inside a JSON value, to turn good catalogs into subtly broken ones.
function corrupt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  copy[key] = corrupt((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('parseCatalog, for any input', () => {
  it('never throws on arbitrary JSON and always explains a rejection or skip', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => explained(parseCatalog(input))));
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true }),
        (input) => explained(parseCatalog(input)),
      ),
    );
  });

  it('never throws on catalogs with random parts replaced, and explains what it left out', () => {
    fc.assert(
      fc.property(
        catalogArb,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        (catalog, path, replacement) => {
          explained(parseCatalog(corrupt(toJson(catalog), path, replacement)));
        },
      ),
    );
  });

  it('accepts every valid catalog whole, with its schools in rank order', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const result = parseCatalog(toJson(catalog));
        if (catalog.schools.length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(result.error.message);
        expect(result.skipped).toEqual([]);
        expect(result.catalog.schools).toEqual([...catalog.schools].sort((a, b) => a.rank - b.rank));
      }),
    );
  });

  it('keeps every school and program ids unique, however many duplicates the input has', () => {
    fc.assert(
      fc.property(catalogArb, fc.array(fc.nat(), { maxLength: 4 }), (catalog, copies) => {
        const raw = toJson(catalog) as { schools: unknown[] };
        for (const k of copies) if (raw.schools.length > 0) raw.schools.push(raw.schools[k % raw.schools.length]);
        const result = parseCatalog(raw);
        if (!result.ok) return;
        const schoolIds = result.catalog.schools.map((s) => s.id);
        const programIds = result.catalog.schools.flatMap((s) => s.programs.map((p) => p.id));
        expect(new Set(schoolIds).size).toBe(schoolIds.length);
        expect(new Set(programIds).size).toBe(programIds.length);
        expect(result.skipped.length).toBe(raw.schools.length - catalog.schools.length);
      }),
    );
  });
});
