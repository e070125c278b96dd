import { QUESTION_TEXT, type QuestionId } from '../../src/questions.ts';
import { questionOptions } from '../messages/questionOptions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/**
 * The id of a question's select: `place` tells apart the same question asked in several places ("q": the
 * answers summary). Ids need only be unique in the widget's shadow root.
 */
export const questionId = (question: QuestionId, place = 'q'): string => `${place}-${question}`;

/**
 * A qualifying question as a native select labelled by its text; choosing "Select…" clears the answer.
 * In the answers summary (no `place`) an answered question also gets its own Clear button.
 */
export function QuestionSelect({ model, question, place }: { model: WidgetModel; question: QuestionId; place?: string }) {
  const id = questionId(question, place);
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
          const select = event.currentTarget;
          const box = select.parentElement!.parentElement!;
          model.answer(question, select.value);
          // The answer re-renders at once. Where it replaced this select (a featured card's next question),
          // the focus follows to what replaced it.
          if (!select.isConnected) box.querySelector<HTMLElement>('select,input,[tabindex]')?.focus();
        }}
      >
        <option value="">{m.select}</option>
        {questionOptions(question, locale, model.catalog.value.subjects).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {!place && value && (
        <button
          aria-label={`${m.clear}: ${QUESTION_TEXT[locale][question]}`}
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
