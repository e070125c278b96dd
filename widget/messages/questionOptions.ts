import type { Subject } from '../../src/catalog/schema.ts';
import type { Locale } from '../../src/embedConfig.ts';
import {
  CITIZENSHIP_LABELS,
  CITIZENSHIP_OPTIONS,
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  type QuestionId,
} from '../../src/questions.ts';

/** One option of a question's select. */
export interface QuestionOption {
  value: string;
  label: string;
}

/** The labelled options of a question in a locale (subjects are labelled by the catalog). */
export function questionOptions(question: QuestionId, locale: Locale, subjects: readonly Subject[]): QuestionOption[] {
  switch (question) {
    case 'subject':
      return subjects.map((subject) => ({ value: subject.id, label: subject.label }));
    case 'educationLevel':
      return EDUCATION_LEVELS.map((level) => ({ value: level, label: EDUCATION_LABELS[locale][level] }));
    case 'usCitizen':
      return CITIZENSHIP_OPTIONS.map((option) => ({ value: option, label: CITIZENSHIP_LABELS[locale][option] }));
    default:
      return assertNever(question);
  }
}

function assertNever(value: never): never {
  throw new Error(`[schoolmatch] unknown question ${JSON.stringify(value)}.`);
}
