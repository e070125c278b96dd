import { useRef } from 'preact/hooks';
import { QUESTION_IDS, QUESTION_TEXT, type QuestionId } from '../../src/questions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { QuestionSelect } from './QuestionSelect.tsx';

/** Every question with its current answer, each changeable or clearable, and "Start over". */
export function AnswerSummary({ model }: { model: WidgetModel }) {
  const messages = model.messages.value;
  return (
    <fieldset class="sm-answers">
      <legend>{messages.yourAnswers}</legend>
      <div class="sm-answer-rows">
        {QUESTION_IDS.map((question) => (
          <AnswerRow key={question} model={model} question={question} />
        ))}
      </div>
      <button type="button" class="sm-secondary" onClick={() => model.startOver()}>
        {messages.startOver}
      </button>
    </fieldset>
  );
}

function AnswerRow({ model, question }: { model: WidgetModel; question: QuestionId }) {
  const row = useRef<HTMLDivElement>(null);
  const messages = model.messages.value;
  const answered = model.answers.value[question] !== undefined;
  return (
    <div class="sm-answer" ref={row}>
      <QuestionSelect model={model} question={question} />
      {answered && (
        <button
          type="button"
          class="sm-link"
          aria-label={messages.clearAnswer(QUESTION_TEXT[model.config.value.locale][question])}
          onClick={() => {
            model.clearAnswer(question);
            // The button goes away with the answer; its question keeps the focus.
            row.current?.querySelector('select')?.focus();
          }}
        >
          {messages.clear}
        </button>
      )}
    </div>
  );
}
