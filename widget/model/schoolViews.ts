import { computed, type ReadonlySignal } from '@preact/signals';
import type { Program, School } from '../../src/catalog/schema.ts';
import { hiddenReasons, type HiddenReason } from '../../src/eligibility.ts';
import type { MatchResult } from '../../src/matchSchools.ts';
import type { Answers, QuestionId } from '../../src/questions.ts';

/**
 * What one school shows, as signals that change only when that school's own view changes: an answer
 * re-renders the schools whose programs, next question or reasons it changes, and no other.
 */
export interface SchoolView {
  /** The programs the answers admit, in catalog order ([] when the school is hidden). */
  programs: ReadonlySignal<readonly Program[]>;
  /** The school's next unanswered question, in its own order. */
  nextQuestion: ReadonlySignal<QuestionId | undefined>;
  /** Why the school shows no program, or fewer programs. */
  hiddenReasons: ReadonlySignal<readonly HiddenReason[]>;
}

const NONE: readonly Program[] = [];

const sameItems = <T>(before: readonly T[], after: readonly T[]): boolean =>
  before.length === after.length && before.every((item, index) => item === after[index]);

const sameReasons = (before: readonly HiddenReason[], after: readonly HiddenReason[]): boolean =>
  JSON.stringify(before) === JSON.stringify(after);

/** A derived list that keeps its previous array when the new one holds the same items, so nothing re-renders. */
function stableList<T>(
  derive: () => readonly T[],
  same: (before: readonly T[], after: readonly T[]) => boolean,
): ReadonlySignal<readonly T[]> {
  let previous: readonly T[] | undefined;
  return computed(() => {
    const next = derive();
    return previous && same(previous, next) ? previous : (previous = next);
  });
}

/** Creates, on first use, the per-school view signals of one widget instance. */
export function createSchoolViews(
  matches: ReadonlySignal<MatchResult>,
  answers: ReadonlySignal<Answers>,
): (school: School) => SchoolView {
  const programsBySchool = computed(() => new Map(matches.value.shown.map((match) => [match.school, match.programs])));
  const views = new WeakMap<School, SchoolView>();
  return (school) => {
    let view = views.get(school);
    if (!view) {
      view = {
        programs: stableList(() => programsBySchool.value.get(school) ?? NONE, sameItems),
        nextQuestion: computed(() => school.questions.find((question) => !answers.value[question])),
        hiddenReasons: stableList(() => hiddenReasons(school, answers.value), sameReasons),
      };
      views.set(school, view);
    }
    return view;
  };
}
