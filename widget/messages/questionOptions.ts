import type { Subject } from '../../src/catalog/schema.ts';
import { isListQuestion, QUESTION_OPTIONS, type QuestionId } from '../../src/questions.ts';
import type { Messages } from './en.ts';

/**
 * A select question's options as { id, label } in display order: subjects labelled by the catalog, the rest by
 * the messages (none for the ZIP code, which is typed).
 */
export function questionOptions(
  question: QuestionId,
  messages: Messages,
  subjects: readonly Subject[],
): { id: string; label: string }[] {
  // The ZIP code is typed, not chosen.
  if (!isListQuestion(question))
    return question === 'subject' ? subjects.map((subject) => ({ id: subject.id, label: subject.label })) : [];
  const labels: Record<string, string> = messages.options[question];
  return QUESTION_OPTIONS[question].ids.map((id) => ({ id, label: labels[id] ?? id }));
}
