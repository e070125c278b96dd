import type { WidgetModel } from '../model/createWidgetModel.ts';
import { FOCUSABLE, questionId } from './QuestionSelect.tsx';

/**
 * (v2) The ZIP code question as a text field labelled by its text. What was typed is checked once the
 * student is done with it (the change event: leaving the field or Enter), not on every keystroke: a US ZIP
 * code answers the question, anything else shows "Enter a 5-digit US ZIP code" beside it and is no answer.
 * In the answers summary (no `place`) an answered question also gets its own Clear button. With
 * `replacedOnAnswer` (a featured card's next question), answering moves the focus to what replaced it.
 */
export function ZipCodeField({
  model,
  place,
  replacedOnAnswer,
}: {
  model: WidgetModel;
  place?: string;
  replacedOnAnswer?: boolean;
}) {
  const id = questionId('postalCode', place);
  const m = model.messages.value;
  const text = m.questions.postalCode;
  const value = model.answerOf('postalCode').value;
  const draft = model.zipDraft.value;
  const invalid = draft?.field === id;
  return (
    <div>
      <label for={id}>{text}</label>
      <input
        id={id}
        inputmode="numeric"
        autocomplete="postal-code"
        value={invalid ? draft.text : (value ?? '')}
        {...(invalid && { 'aria-invalid': true, 'aria-describedby': `${id}-error` })}
        onChange={(event) => {
          if (model.typeZip(event.currentTarget.value, id) && place && replacedOnAnswer) {
            model.afterRender.request(place, (element) => element.querySelector<HTMLElement>(FOCUSABLE)?.focus());
          }
        }}
      />
      {invalid && <p id={`${id}-error`}>{m.zipInvalid}</p>}
      {!place && value && (
        <button
          aria-label={`${m.clear}: ${text}`}
          onClick={(event) => {
            // The button goes away with the answer; the field keeps the focus.
            (event.currentTarget.previousSibling as HTMLElement).focus();
            model.answer('postalCode', '');
          }}
        >
          {m.clear}
        </button>
      )}
    </div>
  );
}
