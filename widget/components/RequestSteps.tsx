import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { School } from '../../src/catalog/schema.ts';
import type { QuestionId } from '../../src/questions.ts';
import { unansweredQuestions } from '../../src/unansweredQuestions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { QuestionSelect } from './QuestionSelect.tsx';

/** A school's "Request info" action: asks that school's unanswered questions inline, then opens the form. */
export function RequestSteps({ model, school }: { model: WidgetModel; school: School }) {
  const introId = useId();
  const box = useRef<HTMLDivElement>(null);
  // The questions asked stay on screen once answered, so the student can still see and change them.
  const [asking, setAsking] = useState<readonly QuestionId[] | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const messages = model.messages.value;

  useLayoutEffect(() => {
    if (asking !== null) box.current?.querySelector('select')?.focus();
  }, [asking]);

  const proceed = (): void => {
    const pending = unansweredQuestions(school, model.answers.peek());
    if (pending.length === 0) {
      setAsking(null);
      setIncomplete(false);
      model.openRequest(school.id);
    } else if (asking === null) {
      setAsking(pending);
    } else {
      setIncomplete(true);
      box.current?.querySelector<HTMLSelectElement>(`select[data-question="${pending[0]}"]`)?.focus();
    }
  };

  if (asking === null) {
    return (
      <button type="button" class="sm-primary" onClick={proceed}>
        {messages.requestInfo}
      </button>
    );
  }
  return (
    <div class="sm-ask" role="group" aria-labelledby={introId} ref={box}>
      <p id={introId}>{messages.beforeRequest}</p>
      {asking.map((question) => (
        <QuestionSelect key={question} model={model} question={question} />
      ))}
      {incomplete && <p class="sm-error" role="alert">{messages.answerAllFirst}</p>}
      <button type="button" class="sm-primary" onClick={proceed}>
        {messages.continueRequest}
      </button>
    </div>
  );
}
