import type { Catalog } from './catalog/schema.ts';
import { CITIZENSHIP_OPTIONS, EDUCATION_LEVELS, type QuestionId } from './questions.ts';

/** Whether `value` is one of the options of `question` (subjects come from the catalog). */
export function isAnswerOption(catalog: Catalog, question: QuestionId, value: string): boolean {
  switch (question) {
    case 'subject':
      return catalog.subjects.some((subject) => subject.id === value);
    case 'educationLevel':
      return (EDUCATION_LEVELS as readonly string[]).includes(value);
    case 'usCitizen':
      return (CITIZENSHIP_OPTIONS as readonly string[]).includes(value);
    default:
      return assertNever(question);
  }
}

function assertNever(value: never): never {
  throw new Error(`[schoolmatch] unknown question ${JSON.stringify(value)}.`);
}
