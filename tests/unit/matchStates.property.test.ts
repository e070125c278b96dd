import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRAM_LEVELS, type Catalog } from '../../src/catalog/schema.ts';
import { hiddenReasons } from '../../src/eligibility.ts';
import { matchSchools, type SchoolMatch } from '../../src/matchSchools.ts';
import { stateOfZip, type StateCode } from '../../src/zipState.ts';
import { answersArb, catalog, program, school, SUBJECTS } from './coreCatalogs.ts';

// A few states and ZIP codes in them (and two of no state), so that random rules and ZIP codes often meet.
const STATES: StateCode[] = ['AR', 'TX', 'NY', 'DC', 'PR', 'AE'];
const ZIPS = ['72201', '75201', '10001', '20500', '00901', '09021', '00000', '96940'];

const statesArb = fc.option(fc.subarray(STATES, { minLength: 1 }), { nil: undefined });

/** Random catalogs whose schools and programs may have states rules. */
const statesCatalogArb: fc.Arbitrary<Catalog> = fc
  .array(
    fc.record({
      requiresUsCitizen: fc.boolean(),
      states: statesArb,
      programs: fc.array(
        fc.record({
          level: fc.constantFrom(...PROGRAM_LEVELS),
          subjects: fc.subarray([...SUBJECTS]),
          states: statesArb,
        }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
    { maxLength: 8 },
  )
  .map((drafts) =>
    catalog(
      drafts.map((draft, s) =>
        school(
          `s${s}`,
          draft.programs.map((p, k) => ({
            ...program(`s${s}-p${k}`, p.level, p.subjects),
            ...(p.states && { states: p.states }),
          })),
          { rules: { requiresUsCitizen: draft.requiresUsCitizen, ...(draft.states && { states: draft.states }) } },
        ),
      ),
    ),
  );

describe('matchSchools with a ZIP code answer, for any catalog and answers', () => {
  it("never shows a program its school does not offer in the ZIP code's state", () => {
    fc.assert(
      fc.property(statesCatalogArb, answersArb, fc.constantFrom(...ZIPS), (catalog, answers, postalCode) => {
        const state = stateOfZip(postalCode);
        for (const { school, programs } of matchSchools(catalog, { ...answers, postalCode }).shown) {
          for (const program of programs) {
            if (state === undefined) continue;
            expect(school.rules.states ?? [state]).toContain(state);
            expect(program.states ?? [state]).toContain(state);
          }
        }
      }),
    );
  });

  it('shows exactly the programs shown without it that are offered in its state', () => {
    fc.assert(
      fc.property(
        statesCatalogArb,
        answersArb,
        fc.constantFrom(...ZIPS.slice(0, 6)),
        (catalog, answers, postalCode) => {
          const state = stateOfZip(postalCode)!;
          const offered = (matches: readonly SchoolMatch[]) =>
            matches.flatMap(({ school, programs }) =>
              programs
                .filter(
                  (p) => (school.rules.states ?? [state]).includes(state) && (p.states ?? [state]).includes(state),
                )
                .map((p) => p.id),
            );
          const without = matchSchools(catalog, answers).shown;
          const withZip = matchSchools(catalog, { ...answers, postalCode }).shown.flatMap(({ programs }) =>
            programs.map((p) => p.id),
          );
          expect(withZip).toEqual(offered(without));
        },
      ),
    );
  });

  it('gives back exactly the earlier matches once the ZIP code answer is cleared', () => {
    fc.assert(
      fc.property(statesCatalogArb, answersArb, fc.constantFrom(...ZIPS), (catalog, answers, postalCode) => {
        const before = matchSchools(catalog, answers);
        matchSchools(catalog, { ...answers, postalCode });
        const { postalCode: _cleared, ...cleared } = { ...answers, postalCode };
        expect(matchSchools(catalog, cleared)).toEqual(before);
      }),
    );
  });

  it('names the state among the reasons of every school it hides, and never hides one without a reason', () => {
    fc.assert(
      fc.property(
        statesCatalogArb,
        answersArb,
        fc.constantFrom(...ZIPS.slice(0, 6)),
        (catalog, answers, postalCode) => {
          const shownBefore = new Set(matchSchools(catalog, answers).shown.map(({ school }) => school.id));
          for (const school of matchSchools(catalog, { ...answers, postalCode }).hidden) {
            const reasons = hiddenReasons(school, { ...answers, postalCode });
            expect(reasons.length).toBeGreaterThan(0);
            if (shownBefore.has(school.id))
              expect(reasons).toContainEqual({ kind: 'state', state: stateOfZip(postalCode) });
          }
        },
      ),
    );
  });
});
