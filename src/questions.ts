import type { Locale } from './embedConfig.ts';

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

// Each table is written as one "|"-separated string per locale, in the order of its ids: shorter in the
// bundle than an object literal per locale.
const table = <K extends string>(ids: readonly K[], en: string, es: string): Record<Locale, Record<K, string>> => {
  const labels = (text: string) => Object.fromEntries(text.split('|').map((label, i) => [ids[i], label])) as Record<K, string>;
  return { en: labels(en), es: labels(es) };
};

/** The question texts, per locale. */
export const QUESTION_TEXT = table(
  QUESTION_IDS,
  'Which subject are you interested in?|What is your highest level of education?|Are you a US citizen?',
  '¿Qué área de estudio te interesa?|¿Cuál es tu nivel de estudios más alto?|¿Tienes la ciudadanía estadounidense?',
);

/** The education-level option labels, per locale. */
export const EDUCATION_LABELS = table(
  EDUCATION_LEVELS,
  "Less than high school|High school diploma or GED|Some college, no degree|Associate degree|Bachelor's degree|Master's degree|Doctoral degree",
  'Sin diploma de escuela secundaria|Diploma de escuela secundaria o GED|Estudios universitarios sin título|Título de asociado|Licenciatura|Maestría|Doctorado',
);

/** The citizenship option labels, per locale. */
export const CITIZENSHIP_LABELS = table(CITIZENSHIP_OPTIONS, 'Yes|No', 'Sí|No');
