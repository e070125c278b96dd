import { describe, expect, it } from 'vitest';
import { parseCatalog, type CatalogResult } from '../../src/catalog/parseCatalog.ts';
import { isAvailableIn } from '../../src/stateAvailability.ts';

type Json = Record<string, unknown>;

const rawProgram = (id: string, extra: Json = {}): Json => ({
  id,
  name: `Program ${id}`,
  level: 'bachelor',
  subjects: ['health-science'],
  ...extra,
});

const rawSchool = (id: string, programs: unknown[], extra: Json = {}): Json => ({
  id,
  name: `School ${id}`,
  rank: 1,
  questions: ['educationLevel', 'subject', 'usCitizen'],
  programs,
  ...extra,
});

const rawCatalog = (schools: unknown[], extra: Json = {}): Json => ({
  version: 1,
  subjects: [{ id: 'health-science', label: 'Health Science' }],
  schools,
  ...extra,
});

function accepted(result: CatalogResult) {
  if (!result.ok) throw new Error(`expected a usable catalog, got ${result.error.path}: ${result.error.message}`);
  return result;
}

describe('parseCatalog, v2', () => {
  it('keeps the optional questions in the order the school asks them', () => {
    const school = rawSchool('a', [rawProgram('a-1')], {
      questions: ['postalCode', 'educationLevel', 'military', 'subject', 'usCitizen', 'startDate'],
    });
    const { catalog, skipped, warnings } = accepted(parseCatalog(rawCatalog([school])));
    expect(catalog.schools[0]?.questions).toEqual([
      'postalCode',
      'educationLevel',
      'military',
      'subject',
      'usCitizen',
      'startDate',
    ]);
    expect([skipped, warnings]).toEqual([[], []]);
  });

  it.each([
    ['an unknown question', ['educationLevel', 'subject', 'usCitizen', 'zipCode']],
    ['an optional question twice', ['educationLevel', 'subject', 'usCitizen', 'military', 'military']],
    ['a qualifying question missing', ['educationLevel', 'subject', 'military']],
  ])('skips a school whose questions hold %s, at its questions path', (_, questions) => {
    const result = accepted(
      parseCatalog(
        rawCatalog([rawSchool('a', [rawProgram('a-1')]), rawSchool('b', [rawProgram('b-1')], { questions })]),
      ),
    );
    expect(result.catalog.schools.map(({ id }) => id)).toEqual(['a']);
    expect(result.skipped).toEqual([
      {
        path: '$.schools[1]',
        id: 'b',
        reason:
          '$.schools[1].questions: must list each of subject, educationLevel, usCitizen once, and may add postalCode, military, startDate',
      },
    ]);
  });

  it('keeps the states of a school and of a program', () => {
    const school = rawSchool('a', [rawProgram('a-1', { states: ['AR', 'TX'] }), rawProgram('a-2')], {
      questions: ['educationLevel', 'subject', 'usCitizen', 'postalCode'],
      rules: { states: ['AR', 'TX', 'PR', 'DC', 'AE'] },
    });
    const { catalog, warnings } = accepted(parseCatalog(rawCatalog([school])));
    expect(catalog.schools[0]?.rules).toEqual({ requiresUsCitizen: false, states: ['AR', 'TX', 'PR', 'DC', 'AE'] });
    expect(catalog.schools[0]?.programs.map((program) => program.states)).toEqual([['AR', 'TX'], undefined]);
    expect(warnings).toEqual([]);
  });

  it('skips a school whose rules name a code that is not a USPS state code, naming the code', () => {
    const school = rawSchool('b', [rawProgram('b-1')], { rules: { states: ['AR', 'XX'] } });
    const result = accepted(parseCatalog(rawCatalog([rawSchool('a', [rawProgram('a-1')]), school])));
    expect(result.catalog.schools.map(({ id }) => id)).toEqual(['a']);
    expect(result.skipped[0]?.path).toBe('$.schools[1]');
    expect(result.skipped[0]?.reason).toBe(
      '$.schools[1].rules.states: must list two-letter USPS state codes like "AR"; got ["AR","XX"]',
    );
  });

  it.each([
    ['a lower-case code', ['ar']],
    ['an empty list', []],
    ['a string instead of a list', 'AR'],
  ])('skips a program whose states are %s and keeps its school', (_, states) => {
    const school = rawSchool('a', [rawProgram('a-1'), rawProgram('a-2', { states })]);
    const result = accepted(parseCatalog(rawCatalog([school])));
    expect(result.catalog.schools[0]?.programs.map(({ id }) => id)).toEqual(['a-1']);
    expect(result.skipped.map(({ path, id }) => ({ path, id }))).toEqual([
      { path: '$.schools[0].programs[1]', id: 'a-2' },
    ]);
    expect(result.skipped[0]?.reason).toMatch(
      /^\$\.schools\[0\]\.programs\[1\]\.states: must list two-letter USPS state codes/,
    );
  });

  it('asks postalCode last, with a warning naming the school, when a state rule needs it and the school does not ask it', () => {
    const bySchoolRule = rawSchool('by-rule', [rawProgram('r-1')], { rules: { states: ['AR'] } });
    const byProgram = rawSchool('by-program', [rawProgram('p-1', { states: ['TX'] })], { rank: 2 });
    const { catalog, warnings, skipped } = accepted(parseCatalog(rawCatalog([bySchoolRule, byProgram])));
    expect(catalog.schools.map(({ questions }) => questions)).toEqual([
      ['educationLevel', 'subject', 'usCitizen', 'postalCode'],
      ['educationLevel', 'subject', 'usCitizen', 'postalCode'],
    ]);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([
      {
        path: '$.schools[0].questions',
        message:
          'school "by-rule" has a state rule but does not ask postalCode; it is asked last. Add "postalCode" to its questions',
      },
      {
        path: '$.schools[1].questions',
        message:
          'school "by-program" has a state rule but does not ask postalCode; it is asked last. Add "postalCode" to its questions',
      },
    ]);
  });

  it('does not ask postalCode when the only program with states was skipped', () => {
    const school = rawSchool('a', [rawProgram('a-1'), rawProgram('a-2', { states: ['AR'], level: 'phd' })]);
    const { catalog, warnings } = accepted(parseCatalog(rawCatalog([school])));
    expect(catalog.schools[0]?.questions).toEqual(['educationLevel', 'subject', 'usCitizen']);
    expect(warnings).toEqual([]);
  });

  it('accepts a top-level "$schema" key for editors', () => {
    const result = parseCatalog(
      rawCatalog([rawSchool('a', [rawProgram('a-1')])], {
        $schema: './node_modules/schoolmatch/dist/catalog.schema.json',
      }),
    );
    expect(accepted(result).skipped).toEqual([]);
  });
});

describe('isAvailableIn', () => {
  const { catalog } = accepted(
    parseCatalog(
      rawCatalog([
        rawSchool('everywhere', [rawProgram('e-1'), rawProgram('e-nursing', { states: ['AR', 'TX'] })]),
        rawSchool('closed', [rawProgram('c-1'), rawProgram('c-nursing', { states: ['TX', 'OK'] })], {
          rank: 2,
          rules: { states: ['AR', 'TX'] },
        }),
      ]),
    ),
  );
  const [everywhere, closed] = catalog.schools as [(typeof catalog.schools)[0], (typeof catalog.schools)[0]];
  const [open, nursing] = everywhere.programs as [(typeof everywhere.programs)[0], (typeof everywhere.programs)[0]];
  const [closedAny, closedNursing] = closed.programs as [(typeof closed.programs)[0], (typeof closed.programs)[0]];

  it('offers a program without states of a school without states in every state', () => {
    expect(['AR', 'NY', 'PR', 'AP'].map((state) => isAvailableIn(everywhere, open, state as 'AR'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('offers a program with states only in those states', () => {
    expect(['AR', 'TX', 'NY'].map((state) => isAvailableIn(everywhere, nursing, state as 'AR'))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('offers a school with states only in its states, and a program of it only where both allow', () => {
    expect(['AR', 'TX', 'OK'].map((state) => isAvailableIn(closed, closedAny, state as 'AR'))).toEqual([
      true,
      true,
      false,
    ]);
    expect(['AR', 'TX', 'OK'].map((state) => isAvailableIn(closed, closedNursing, state as 'AR'))).toEqual([
      false,
      true,
      false,
    ]);
  });
});
