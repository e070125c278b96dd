import {
  MILITARY_OPTIONS,
  START_DATE_OPTIONS,
  type OptionalAnswers,
  type OptionalQuestionId,
} from './optionalQuestions.ts';
import { stateOfZip } from './zipState.ts';

/** The ids of the three qualifying questions, asked by every school, in their default order. */
export const QUESTION_IDS = ['subject', 'educationLevel', 'usCitizen'] as const;

/** A qualifying question id. */
export type QualifyingQuestionId = (typeof QUESTION_IDS)[number];

/** A question id: a qualifying question, or (v2) an optional one that only the schools listing it ask. */
export type QuestionId = QualifyingQuestionId | OptionalQuestionId;

/** The education-level option ids, lowest first. */
export const EDUCATION_LEVELS = [
  'no-diploma',
  'high-school',
  'some-college',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;

/** A student's highest level of education. */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The citizenship option ids. */
export const CITIZENSHIP_OPTIONS = ['yes', 'no'] as const;

/** An answer to the citizenship question. */
export type Citizenship = (typeof CITIZENSHIP_OPTIONS)[number];

/** The answers given so far; an absent key is an unanswered question. */
export interface Answers extends OptionalAnswers {
  subject?: string;
  educationLevel?: EducationLevel;
  usCitizen?: Citizenship;
}

/**
 * Where each question's answers come from: the catalog's subjects, a fixed list of option ids (in display
 * order; their labels live in the widget's messages), or (postalCode) a ZIP code the student types.
 * Adding a select question is adding a row.
 */
export const QUESTION_OPTIONS = {
  subject: { from: 'catalog-subjects' },
  educationLevel: { from: 'list', ids: EDUCATION_LEVELS },
  usCitizen: { from: 'list', ids: CITIZENSHIP_OPTIONS },
  postalCode: { from: 'zip-code' },
  military: { from: 'list', ids: MILITARY_OPTIONS },
  startDate: { from: 'list', ids: START_DATE_OPTIONS },
} as const satisfies Record<
  QuestionId,
  { from: 'catalog-subjects' | 'zip-code' } | { from: 'list'; ids: readonly string[] }
>;

/** A question whose options are a fixed list of ids (labelled by the widget's messages). */
export type ListQuestion = {
  [Q in QuestionId]: (typeof QUESTION_OPTIONS)[Q] extends { from: 'list' } ? Q : never;
}[QuestionId];

/** Whether the question's options are a fixed list of ids. */
export const isListQuestion = (question: QuestionId): question is ListQuestion =>
  QUESTION_OPTIONS[question].from === 'list';

/** The option ids of a select question, in display order, given the catalog's subject ids ([] for the ZIP code). */
export function questionOptionIds(question: QuestionId, subjectIds: readonly string[]): readonly string[] {
  const source = QUESTION_OPTIONS[question];
  return source.from === 'list' ? source.ids : source.from === 'catalog-subjects' ? subjectIds : [];
}

/** Whether `value` answers `question`: one of its options, or a 5-digit ZIP code of a US state. */
export const isAnswer = (question: QuestionId, value: string, subjectIds: readonly string[]): boolean =>
  question === 'postalCode' ? !!stateOfZip(value) : questionOptionIds(question, subjectIds).includes(value);
