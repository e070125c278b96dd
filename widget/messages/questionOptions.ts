import type { Subject } from '../../src/catalog/schema.ts';
import type { Locale } from '../../src/embedConfig.ts';
import { CITIZENSHIP_LABELS, EDUCATION_LABELS, type QuestionId } from '../../src/questions.ts';

/** A question's options as [id, label] pairs in display order (subjects are labelled by the catalog). */
export const questionOptions = (question: QuestionId, locale: Locale, subjects: readonly Subject[]): [string, string][] =>
  question === 'subject'
    ? subjects.map((subject) => [subject.id, subject.label])
    : // The label tables list their ids in SPEC order, so they double as the option lists.
      Object.entries((question === 'usCitizen' ? CITIZENSHIP_LABELS : EDUCATION_LABELS)[locale]);
