import { useId } from 'preact/hooks';
import { QUESTION_TEXT, type QuestionId } from '../../src/questions.ts';
import { questionOptions } from '../messages/questionOptions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** A qualifying question as a native select labelled by its text; choosing "Select…" clears the answer. */
export function QuestionSelect({
  model,
  question,
  onAnswer,
}: {
  model: WidgetModel;
  question: QuestionId;
  onAnswer?: () => void;
}) {
  const id = useId();
  const locale = model.config.value.locale;
  return (
    <div>
      <label for={id}>{QUESTION_TEXT[locale][question]}</label>
      <select
        id={id}
        value={model.answers.value[question] ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value) model.answer(question, value);
          else model.clearAnswer(question);
          onAnswer?.();
        }}
      >
        <option value="">{model.messages.value.select}</option>
        {questionOptions(question, locale, model.catalog.value.subjects).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
