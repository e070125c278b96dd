/** The ids of the optional questions (v2), asked only by the schools whose `questions` list them. */
export const OPTIONAL_QUESTION_IDS = ['postalCode', 'military', 'startDate'] as const;

/** An optional question id. */
export type OptionalQuestionId = (typeof OPTIONAL_QUESTION_IDS)[number];

/** The military-affiliation option ids. */
export const MILITARY_OPTIONS = ['no', 'active-duty', 'veteran', 'reserve', 'spouse'] as const;

/** An answer to the military question. */
export type Military = (typeof MILITARY_OPTIONS)[number];

/** The start-date option ids, soonest first. */
export const START_DATE_OPTIONS = [
  'immediately',
  '1-3-months',
  '4-6-months',
  '7-12-months',
  'over-1-year',
  'not-sure',
] as const;

/** An answer to the start-date question. */
export type StartDate = (typeof START_DATE_OPTIONS)[number];

/** The answers to the optional questions given so far; an absent key is an unanswered question. */
export interface OptionalAnswers {
  /** A 5-digit US ZIP code whose prefix has a state (anything else is not an answer). */
  postalCode?: string;
  military?: Military;
  startDate?: StartDate;
}
