import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import { CatalogSchema, CatalogTopSchema, PROGRAM_LEVELS, type Catalog } from '../../src/catalog/schema.ts';

const readFixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const fixture = (path: string): unknown => JSON.parse(readFixture(path));

function parsedCatalog(input: unknown): Catalog {
  const result = parseCatalog(input);
  if (!result.ok) throw new Error(`expected a usable catalog, got ${result.error.path}: ${result.error.message}`);
  return result.catalog;
}

describe('the broken catalog fixtures', () => {
  it('rejects a catalog whose schools are an object instead of a list, pointing at $.schools', () => {
    const input = fixture('broken/wrong-top-level.json');
    expect(v.is(CatalogTopSchema, input)).toBe(false);
    const result = parseCatalog(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.path).toBe('$.schools');
  });

  it('rejects a catalog of another version, pointing at $.version', () => {
    const input = fixture('broken/wrong-version.json');
    expect(v.is(CatalogTopSchema, input)).toBe(false);
    const result = parseCatalog(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.path).toBe('$.version');
  });

  it('keeps a catalog that is not JSON from ever parsing', () => {
    expect(() => JSON.parse(readFixture('broken/not-json.txt'))).toThrow(SyntaxError);
  });

  it('skips a program with an unknown level and a program without a name and keeps the good ones', () => {
    const input = fixture('broken/bad-program.json');
    expect(v.is(CatalogSchema, input)).toBe(false);
    const result = parseCatalog(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.skipped.map(({ path, id }) => ({ path, id }))).toEqual([
      { path: '$.schools[0].programs[1]', id: 'ncu-phd-hca' },
      { path: '$.schools[0].programs[2]', id: 'ncu-unnamed' },
    ]);
    expect(result.skipped[0]?.reason).toContain('level');
    expect(result.skipped[1]?.reason).toContain('name');
    expect(result.catalog.schools.map((s) => s.programs.map((p) => p.id))).toEqual([
      ['ncu-dba-hca', 'ncu-mba-hca'],
      ['sju-ms-ha'],
    ]);
  });

  it('skips the later of two schools or programs that share an id', () => {
    const input = fixture('broken/duplicate-ids.json');
    // The schema alone cannot see duplicates; only parseCatalog can.
    expect(v.is(CatalogSchema, input)).toBe(true);
    const result = parseCatalog(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.skipped.map(({ path, id }) => ({ path, id }))).toEqual([
      { path: '$.schools[0].programs[1]', id: 'au-ms-hcm' },
      { path: '$.schools[2]', id: 'american-university' },
    ]);
    expect(result.catalog.schools.map((s) => s.name)).toEqual(['American University', "Saint Joseph's University"]);
    expect(result.catalog.schools[0]?.programs.map((p) => p.name)).toEqual([
      'Master of Science in Healthcare Management',
    ]);
  });
});

describe('the hostile catalog fixture', () => {
  const raw = fixture('hostile.json') as {
    subjects: { label: string }[];
    schools: { name: string; consentText?: string; programs: { name: string }[] }[];
  };

  it('is a valid catalog with nothing skipped', () => {
    expect(v.is(CatalogSchema, raw)).toBe(true);
    const result = parseCatalog(raw);
    expect(result.ok && result.skipped).toEqual([]);
  });

  it('keeps markup, template braces, __proto__, RTL text, emoji and long names as the exact text written', () => {
    const catalog = parsedCatalog(raw);
    const texts = (c: typeof raw | Catalog): (string | undefined)[] => [
      ...c.subjects.map((s) => s.label),
      ...c.schools.flatMap((s) => [s.name, s.consentText, ...s.programs.map((p) => p.name)]),
    ];
    expect(texts(catalog)).toEqual(texts(raw));
    const all = texts(raw).join('\n');
    for (const needle of [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      '{{constructor}}',
      '__proto__',
      '\u202e',
      '👩🏽‍⚕️',
      'ماجستير',
      'תואר',
    ]) {
      expect(all, needle).toContain(needle);
    }
    expect(Math.max(...texts(raw).map((t) => t?.length ?? 0))).toBeGreaterThanOrEqual(240);
  });

  it('keeps a program and a subject whose id is "constructor"', () => {
    const school = parsedCatalog(raw).schools[0];
    expect(school?.featured).toEqual(['img-script', 'constructor']);
    expect(school?.programs.map((p) => [p.id, p.subjects])).toEqual([
      ['img-script', ['health-informatics']],
      ['constructor', ['constructor']],
      ['img-proto', ['constructor', 'health-informatics']],
    ]);
  });
});

describe('largeCatalog', () => {
  it('builds the same catalog for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(largeCatalog(50, 8, 7))).toBe(JSON.stringify(largeCatalog(50, 8, 7)));
    expect(JSON.stringify(largeCatalog(50, 8))).toBe(JSON.stringify(largeCatalog(50, 8, 1)));
    expect(JSON.stringify(largeCatalog(50, 8, 2))).not.toBe(JSON.stringify(largeCatalog(50, 8, 1)));
  });

  it('builds a valid catalog with the requested numbers of schools and programs and nothing skipped', () => {
    const input = largeCatalog(1000, 10);
    expect(v.is(CatalogSchema, input)).toBe(true);
    const result = parseCatalog(input);
    expect(result.ok && result.skipped).toEqual([]);
    const catalog = parsedCatalog(input);
    expect(catalog.schools).toHaveLength(1000);
    expect(catalog.schools.every((s) => s.programs.length === 10)).toBe(true);
  });

  it('gives every school and program a unique, well-formed id', () => {
    const catalog = parsedCatalog(largeCatalog(300, 12, 3));
    const ids = catalog.schools.flatMap((s) => [s.id, ...s.programs.map((p) => p.id)]);
    expect(new Set(ids).size).toBe(300 * 13);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('varies levels, subjects, question orders, citizenship rules, online flags and featured programs', () => {
    const catalog = parsedCatalog(largeCatalog(500, 10, 5));
    const programs = catalog.schools.flatMap((s) => s.programs);
    expect(new Set(programs.map((p) => p.level))).toEqual(new Set(PROGRAM_LEVELS));
    expect(new Set(programs.flatMap((p) => p.subjects)).size).toBe(catalog.subjects.length);
    expect(programs.some((p) => p.subjects.length > 1)).toBe(true);
    expect(new Set(catalog.schools.map((s) => s.questions.join())).size).toBe(6);
    expect(new Set(catalog.schools.map((s) => s.rules.requiresUsCitizen))).toEqual(new Set([true, false]));
    expect(new Set(catalog.schools.map((s) => s.online))).toEqual(new Set([true, false]));
    const featured = catalog.schools.filter((s) => s.featured !== undefined);
    expect(featured.length).toBeGreaterThan(50);
    expect(featured.length).toBeLessThan(500);
    expect(catalog.schools.some((s) => s.consentText !== undefined)).toBe(true);
  });

  it('builds 100,000 programs in well under a second', () => {
    const started = performance.now();
    const input = largeCatalog(10_000, 10) as { schools: { programs: unknown[] }[] };
    const elapsed = performance.now() - started;
    expect(input.schools.reduce((n, s) => n + s.programs.length, 0)).toBe(100_000);
    expect(elapsed).toBeLessThan(1000);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => largeCatalog(-1, 10)).toThrow(RangeError);
    expect(() => largeCatalog(10, 1.5)).toThrow(RangeError);
  });
});
