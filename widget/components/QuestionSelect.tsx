import { useUniqueId } from './useUniqueId.ts';
import { QUESTION_TEXT, type QuestionId } from '../../src/questions.ts';
import { questionOptions } from '../messages/questionOptions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/**
 * A qualifying question as a native select labelled by its text; choosing "Select…" clears the answer.
 * With `clear` (the answers summary) an answered question also gets its own Clear button.
 */
export function QuestionSelect({
  model,
  question,
  onAnswer,
  clear,
}: {
  model: WidgetModel;
  question: QuestionId;
  onAnswer?: () => void;
  clear?: boolean;
}) {
  const id = useUniqueId();
  const m = model.messages.value;
  const locale = model.config.value.locale;
  const value = model.answers.value[question];
  return (
    <div>
      <label for={id}>{QUESTION_TEXT[locale][question]}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          // Before the answer: the answer re-renders at once, and the focus request must be waiting for it.
          onAnswer?.();
          if (value) model.answer(question, value);
          else model.clearAnswer(question);
        }}
      >
        <option value="">{m.select}</option>
        {questionOptions(question, locale, model.catalog.value.subjects).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {clear && value && (
        <button
          aria-label={`${m.clear}: ${QUESTION_TEXT[locale][question]}`}
          onClick={(event) => {
            // The button goes away with the answer; its question keeps the focus.
            (event.currentTarget.previousSibling as HTMLElement).focus();
            model.clearAnswer(question);
          }}
        >
          {m.clear}
        </button>
      )}
    </div>
  );
}
