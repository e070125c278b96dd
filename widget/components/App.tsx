import { QUESTION_IDS, QUESTION_TEXT } from '../../src/questions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { RequestDialog } from '../request/RequestDialog.tsx';
import { FeaturedSchools } from './FeaturedSchools.tsx';
import { PopularSchools } from './PopularSchools.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';

/** The whole widget: every answer (changeable), the announced result count, the sections and the request dialog. */
export function App({ model }: { model: WidgetModel }) {
  const m = model.messages.value;
  const { locale, sections } = model.config.value;
  const answers = model.answers.value;
  const { shown, programCount } = model.matches.value;
  return (
    <div class="sm-root" lang={locale}>
      <fieldset class="sm-box">
        <legend>{m.answers}</legend>
        {QUESTION_IDS.map((question) => (
          <div key={question}>
            <QuestionSelect model={model} question={question} />
            {answers[question] && (
              <button
                aria-label={`${m.clear}: ${QUESTION_TEXT[locale][question]}`}
                onClick={(event) => {
                  // The button goes away with the answer; its question keeps the focus.
                  event.currentTarget.parentElement?.querySelector('select')?.focus();
                  model.clearAnswer(question);
                }}
              >
                {m.clear}
              </button>
            )}
          </div>
        ))}
        <button onClick={() => model.startOver()}>
          {m.reset}
        </button>
      </fieldset>
      <p role="status">
        {m.results(programCount, shown.length, !Object.keys(answers).length)}
      </p>
      {sections.map((section) =>
        section === 'featured' ? (
          <FeaturedSchools key={section} model={model} />
        ) : (
          <PopularSchools key={section} model={model} />
        ),
      )}
      <RequestDialog model={model} />
    </div>
  );
}
