import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { Catalog } from '../../src/catalog/schema.ts';
import { isAvailableIn } from '../../src/stateAvailability.ts';
import { STATE_CODES, type StateCode } from '../../src/zipState.ts';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));

function parsed(path: string) {
  const result = parseCatalog(fixture(path));
  if (!result.ok) throw new Error(`${path}: ${result.error.path}: ${result.error.message}`);
  return result;
}

const { catalog, skipped, warnings } = parsed('catalog-states.json');
const seed: Catalog = parsed('catalog.json').catalog;
const school = (id: string) => catalog.schools.find((item) => item.id === id)!;
const programsIn = (id: string, state: StateCode) =>
  school(id)
    .programs.filter((program) => isAvailableIn(school(id), program, state))
    .map((program) => program.id);

describe('the catalog with state rules (fixtures/catalog-states.json)', () => {
  it('parses cleanly: nothing skipped, nothing to warn about', () => {
    expect([skipped, warnings]).toEqual([[], []]);
  });

  it("holds the seed's schools and programs, in the same order with the same names", () => {
    const names = (from: Catalog) =>
      from.schools.map((item) => [
        item.id,
        item.name,
        item.programs.map((program) => [program.id, program.name, program.level]),
      ]);
    expect(names(catalog)).toEqual(names(seed));
    expect(catalog.subjects).toEqual(seed.subjects);
  });

  it('closes Colorado Technical University to Arkansas, Massachusetts, Minnesota and the territories, and keeps it open to the military codes', () => {
    const closed = STATE_CODES.filter((state) => !programsIn('colorado-technical-university', state).length);
    expect([...closed].sort()).toEqual(['AR', 'AS', 'GU', 'MA', 'MN', 'MP', 'PR', 'VI']);
    expect(programsIn('colorado-technical-university', 'TX')).toHaveLength(8);
    expect(programsIn('colorado-technical-university', 'AA')).toHaveLength(8);
  });

  it('opens George Mason University in six states around it, and its programs nowhere else', () => {
    expect(STATE_CODES.filter((state) => programsIn('george-mason-university', state).length)).toEqual([
      'PA',
      'DC',
      'VA',
      'MD',
      'WV',
      'NC',
    ]);
  });

  it("offers Herzing's billing and coding associate degree in its ten licensure states only, and its other programs everywhere", () => {
    const states = STATE_CODES.filter((state) => programsIn('herzing-university', state).includes('herzing-as-ibcs'));
    expect([...states].sort()).toEqual(['AL', 'FL', 'GA', 'KY', 'LA', 'MN', 'NE', 'OH', 'TX', 'WI']);
    expect(programsIn('herzing-university', 'NY')).toHaveLength(school('herzing-university').programs.length - 1);
  });

  it('has schools asking each optional question, and schools asking none', () => {
    const asking = (question: string) =>
      catalog.schools.filter((item) => (item.questions as string[]).includes(question)).map((item) => item.id);
    expect(asking('postalCode')).toEqual([
      'george-mason-university',
      'colorado-technical-university',
      'herzing-university',
    ]);
    expect(asking('military')).toEqual(['colorado-technical-university', 'northcentral-university']);
    expect(asking('startDate')).toEqual(['kaplan-university', 'colorado-technical-university', 'herzing-university']);
    expect(catalog.schools.filter((item) => item.questions.length === 3)).toHaveLength(5);
  });
});
