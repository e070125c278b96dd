import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Program, School } from '../../src/catalog/schema.ts';
import { hiddenReasons, isProgramShown, openLevels } from '../../src/eligibility.ts';
import { matchSchools } from '../../src/matchSchools.ts';
import {
  CITIZENSHIP_OPTIONS,
  EDUCATION_LEVELS,
  QUESTION_IDS,
  type Answers,
  type QuestionId,
} from '../../src/questions.ts';
import { answersArb, catalogArb, SUBJECTS } from './coreCatalogs.ts';

const shownIds = (catalog: Catalog, answers: Answers): Set<string> =>
  new Set(matchSchools(catalog, answers).shown.flatMap((m) => m.programs.map((p) => p.id)));

// The rules written out once more, independently of src/, as the oracle.
function admits(school: School, program: Program, answers: Answers): boolean {
  if (answers.subject !== undefined && !program.subjects.includes(answers.subject)) return false;
  if (answers.educationLevel !== undefined && !openLevels(answers.educationLevel).includes(program.level)) return false;
  return !(answers.usCitizen === 'no' && school.rules.requiresUsCitizen);
}

const questionAnswerArb = fc.oneof(
  fc.record({ question: fc.constant<QuestionId>('subject'), value: fc.constantFrom<string>(...SUBJECTS) }),
  fc.record({
    question: fc.constant<QuestionId>('educationLevel'),
    value: fc.constantFrom<string>(...EDUCATION_LEVELS),
  }),
  fc.record({ question: fc.constant<QuestionId>('usCitizen'), value: fc.constantFrom<string>(...CITIZENSHIP_OPTIONS) }),
);

function withAnswer(answers: Answers, question: QuestionId, value: string): Answers {
  return { ...answers, [question]: value } as Answers;
}

describe('matchSchools, for any catalog and answers', () => {
  it('never shows more programs when one more question is answered', () => {
    fc.assert(
      fc.property(catalogArb, answersArb, questionAnswerArb, (catalog, answers, { question, value }) => {
        fc.pre(answers[question] === undefined);
        const before = shownIds(catalog, answers);
        const after = shownIds(catalog, withAnswer(answers, question, value));
        for (const id of after) expect(before.has(id)).toBe(true);
        expect(after.size).toBeLessThanOrEqual(before.size);
      }),
    );
  });

  it('shows exactly the programs that every answered question admits', () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (catalog, answers) => {
        const shown = shownIds(catalog, answers);
        for (const school of catalog.schools) {
          for (const program of school.programs) {
            expect(shown.has(program.id)).toBe(admits(school, program, answers));
            expect(isProgramShown(school, program, answers)).toBe(admits(school, program, answers));
          }
        }
      }),
    );
  });

  it('gives the same result whatever order the questions were answered in', () => {
    fc.assert(
      fc.property(
        catalogArb,
        answersArb,
        fc.shuffledSubarray([...QUESTION_IDS], { minLength: 3, maxLength: 3 }),
        (catalog, answers, order) => {
          let stepByStep: Answers = {};
          for (const question of order) {
            const value = answers[question];
            if (value !== undefined) stepByStep = withAnswer(stepByStep, question, value);
          }
          expect(matchSchools(catalog, stepByStep)).toEqual(matchSchools(catalog, answers));
        },
      ),
    );
  });

  it('splits the schools into shown and hidden, both in rank order, and counts the shown programs', () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (catalog, answers) => {
        const result = matchSchools(catalog, answers);
        const ranked = [...catalog.schools].sort((a, b) => a.rank - b.rank);
        const isShown = new Set(result.shown.map((m) => m.school.id));
        expect(result.shown.map((m) => m.school.id)).toEqual(ranked.filter((s) => isShown.has(s.id)).map((s) => s.id));
        expect(result.hidden.map((s) => s.id)).toEqual(ranked.filter((s) => !isShown.has(s.id)).map((s) => s.id));
        for (const match of result.shown) expect(match.programs.length).toBeGreaterThan(0);
        expect(result.programCount).toBe(result.shown.reduce((sum, m) => sum + m.programs.length, 0));
      }),
    );
  });

  it('explains every hidden school, and gives no reason when all its programs are shown', () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (catalog, answers) => {
        const result = matchSchools(catalog, answers);
        for (const school of result.hidden) expect(hiddenReasons(school, answers).length).toBeGreaterThan(0);
        for (const { school, programs } of result.shown) {
          if (programs.length === school.programs.length) expect(hiddenReasons(school, answers)).toEqual([]);
        }
      }),
    );
  });

  it('never repeats a hidden reason', () => {
    fc.assert(
      fc.property(catalogArb, answersArb, (catalog, answers) => {
        for (const school of catalog.schools) {
          const reasons = hiddenReasons(school, answers).map((reason) => JSON.stringify(reason));
          expect(new Set(reasons).size).toBe(reasons.length);
        }
      }),
    );
  });
});
