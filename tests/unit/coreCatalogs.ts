// Small catalog builders and fast-check arbitraries shared by the core unit tests.
import fc from 'fast-check';
import {
  PROGRAM_LEVELS,
  type Catalog,
  type Program,
  type ProgramLevel,
  type School,
} from '../../src/catalog/schema.ts';
import { CITIZENSHIP_OPTIONS, EDUCATION_LEVELS, QUESTION_IDS, type Answers } from '../../src/questions.ts';

export const SUBJECTS = ['health-informatics', 'medical-billing-coding', 'health-science'] as const;

/** A program with a readable default name. */
export function program(
  id: string,
  level: ProgramLevel,
  subjects: readonly string[] = ['health-informatics'],
): Program {
  return { id, name: `Program ${id}`, level, subjects: [...subjects] };
}

/** A school; rank, rules and other fields can be overridden. */
export function school(id: string, programs: Program[], extra: Partial<Omit<School, 'id' | 'programs'>> = {}): School {
  return {
    id,
    name: `School ${id}`,
    rank: 1,
    online: false,
    questions: [...QUESTION_IDS],
    rules: { requiresUsCitizen: false },
    programs,
    ...extra,
  };
}

/** A catalog of the given schools, in the given order. */
export function catalog(schools: School[]): Catalog {
  return { version: 1, subjects: SUBJECTS.map((id) => ({ id, label: id })), schools };
}

/** Random answers: each question independently unanswered or answered (subject may be unknown to the catalog). */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    subject: fc.constantFrom(...SUBJECTS, 'unknown-subject'),
    educationLevel: fc.constantFrom(...EDUCATION_LEVELS),
    usCitizen: fc.constantFrom(...CITIZENSHIP_OPTIONS),
  },
  { requiredKeys: [] },
);

/** Random valid catalogs (unique ids, ranks with ties and in any order) as typed values. */
export const catalogArb: fc.Arbitrary<Catalog> = fc
  .array(
    fc.record({
      rank: fc.integer({ min: 1, max: 6 }),
      requiresUsCitizen: fc.boolean(),
      programs: fc.array(
        fc.record({
          level: fc.constantFrom(...PROGRAM_LEVELS),
          subjects: fc.subarray([...SUBJECTS]),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    { minLength: 0, maxLength: 8 },
  )
  .map((drafts) =>
    catalog(
      drafts.map((draft, s) =>
        school(
          `s${s}`,
          draft.programs.map((p, k) => program(`s${s}-p${k}`, p.level, p.subjects)),
          { rank: draft.rank, rules: { requiresUsCitizen: draft.requiresUsCitizen } },
        ),
      ),
    ),
  );

/** The same catalog as plain JSON (what a marketer would publish). */
export function toJson(value: Catalog): unknown {
  return JSON.parse(JSON.stringify(value));
}
