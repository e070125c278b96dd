import type { QuestionId } from '../../src/questions.ts';
import { questionOptions } from '../messages/questionOptions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/**
 * The id of a question's select: `place` tells apart the same question asked in several places ("q": the
 * answers summary). Ids need only be unique in the widget's shadow root.
 */
export const questionId = (question: QuestionId, place = 'q'): string => `${place}-${question}`;

// What the focus moves to when an answer replaces its question: the next question, reasons or programs.
export const FOCUSABLE = 'select,input,[tabindex]';

/**
 * A qualifying question as a native select labelled by its text; choosing "Select…" clears the answer.
 * In the answers summary (no `place`) an answered question also gets its own Clear button. With
 * `replacedOnAnswer` (a featured card's next question), answering moves the focus to what replaced the
 * question in `place`'s element. It re-renders only when its own answer (or the locale) changes.
 */
export function QuestionSelect({
  model,
  question,
  place,
  replacedOnAnswer,
}: {
  model: WidgetModel;
  question: QuestionId;
  place?: string;
  replacedOnAnswer?: boolean;
}) {
  const id = questionId(question, place);
  const m = model.messages.value;
  const text = m.questions[question];
  const value = model.answerOf(question).value;
  return (
    <div>
      <label for={id}>{text}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          model.answer(question, chosen);
          if (chosen && place && replacedOnAnswer)
            model.afterRender.request(place, (element) => element.querySelector<HTMLElement>(FOCUSABLE)?.focus());
        }}
      >
        <option value="">{m.select}</option>
        {questionOptions(question, m, model.catalog.value.subjects).map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {!place && value && (
        <button
          aria-label={`${m.clear}: ${text}`}
          onClick={(event) => {
            // The button goes away with the answer; its question keeps the focus.
            (event.currentTarget.previousSibling as HTMLElement).focus();
            model.answer(question, '');
          }}
        >
          {m.clear}
        </button>
      )}
    </div>
  );
}
