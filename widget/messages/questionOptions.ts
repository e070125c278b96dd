import type { Subject } from '../../src/catalog/schema.ts';
import { QUESTION_OPTIONS, type QuestionId } from '../../src/questions.ts';
import type { Messages } from './en.ts';

/** A question's options as { id, label } in display order: subjects labelled by the catalog, the rest by the messages. */
export function questionOptions(question: QuestionId, messages: Messages, subjects: readonly Subject[]): { id: string; label: string }[] {
  const source = QUESTION_OPTIONS[question];
  if (source.from === 'catalog-subjects') return subjects.map((subject) => ({ id: subject.id, label: subject.label }));
  const labels: Record<string, string> = messages.options[question as keyof Messages['options']];
  return source.ids.map((id) => ({ id, label: labels[id] ?? id }));
}
