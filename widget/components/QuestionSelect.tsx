import { useId } from 'preact/hooks';
import { QUESTION_TEXT, type QuestionId } from '../../src/questions.ts';
import { questionOptions } from '../messages/questionOptions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** A qualifying question as a native select labelled by the question text; choosing "Select…" clears it. */
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
  const value = model.answers.value[question] ?? '';
  const options = questionOptions(question, locale, model.catalog.value.subjects);
  return (
    <div class="sm-question">
      <label for={id}>{QUESTION_TEXT[locale][question]}</label>
      <select
        id={id}
        data-question={question}
        value={value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (chosen === '') model.clearAnswer(question);
          else model.answer(question, chosen);
          onAnswer?.();
        }}
      >
        <option value="">{model.messages.value.selectPlaceholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
