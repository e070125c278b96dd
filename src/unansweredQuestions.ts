import type { School } from './catalog/schema.ts';
import type { Answers, QuestionId } from './questions.ts';

/** The school's questions not answered yet, in the order that school asks them. */
export function unansweredQuestions(school: School, answers: Answers): QuestionId[] {
  return school.questions.filter((question) => answers[question] === undefined);
}
