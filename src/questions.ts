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

/** The question texts, per locale. */
export const QUESTION_TEXT: Record<Locale, Record<QuestionId, string>> = {
  en: {
    subject: 'Which subject are you interested in?',
    educationLevel: 'What is your highest level of education?',
    usCitizen: 'Are you a US citizen?',
  },
  es: {
    subject: '¿Qué área de estudio te interesa?',
    educationLevel: '¿Cuál es tu nivel de estudios más alto?',
    usCitizen: '¿Tienes la ciudadanía estadounidense?',
  },
};

/** The education-level option labels, per locale. */
export const EDUCATION_LABELS: Record<Locale, Record<EducationLevel, string>> = {
  en: {
    'no-diploma': 'Less than high school',
    'high-school': 'High school diploma or GED',
    'some-college': 'Some college, no degree',
    associate: 'Associate degree',
    bachelor: "Bachelor's degree",
    master: "Master's degree",
    doctorate: 'Doctoral degree',
  },
  es: {
    'no-diploma': 'Sin diploma de escuela secundaria',
    'high-school': 'Diploma de escuela secundaria o GED',
    'some-college': 'Estudios universitarios sin título',
    associate: 'Título de asociado',
    bachelor: 'Licenciatura',
    master: 'Maestría',
    doctorate: 'Doctorado',
  },
};

/** The citizenship option labels, per locale. */
export const CITIZENSHIP_LABELS: Record<Locale, Record<Citizenship, string>> = {
  en: { yes: 'Yes', no: 'No' },
  es: { yes: 'Sí', no: 'No' },
};
