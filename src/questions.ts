/** The ids of the three qualifying questions, in their default order. */
export const QUESTION_IDS = ['subject', 'educationLevel', 'usCitizen'] as const;

/** A qualifying question id. */
export type QuestionId = (typeof QUESTION_IDS)[number];

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
export interface Answers {
  subject?: string;
  educationLevel?: EducationLevel;
  usCitizen?: Citizenship;
}

/**
 * Where each question's options come from: the catalog's subjects, or a fixed list of option ids (in
 * display order; their labels live in the widget's messages). Adding a select question is adding a row.
 */
export const QUESTION_OPTIONS = {
  subject: { from: 'catalog-subjects' },
  educationLevel: { from: 'list', ids: EDUCATION_LEVELS },
  usCitizen: { from: 'list', ids: CITIZENSHIP_OPTIONS },
} as const satisfies Record<QuestionId, { from: 'catalog-subjects' } | { from: 'list'; ids: readonly string[] }>;

/** A question whose options are a fixed list of ids (labelled by the widget's messages). */
export type ListQuestion = { [Q in QuestionId]: (typeof QUESTION_OPTIONS)[Q] extends { from: 'list' } ? Q : never }[QuestionId];

/** Whether the question's options are a fixed list of ids. */
export const isListQuestion = (question: QuestionId): question is ListQuestion => QUESTION_OPTIONS[question].from === 'list';

/** The option ids of a question, in display order, given the catalog's subject ids. */
export function questionOptionIds(question: QuestionId, subjectIds: readonly string[]): readonly string[] {
  const source = QUESTION_OPTIONS[question];
  return source.from === 'catalog-subjects' ? subjectIds : source.ids;
}
