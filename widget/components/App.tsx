import type { WidgetModel } from '../model/createWidgetModel.ts';
import { RequestDialog } from '../request/RequestDialog.tsx';
import { FeaturedSchools } from './FeaturedSchools.tsx';
import { PopularSchools } from './PopularSchools.tsx';
import { Question } from './Question.tsx';
import { ResultCount } from './ResultCount.tsx';

/** The whole widget: every answer (changeable), the announced result count, the sections and the request dialog. */
export function App({ model }: { model: WidgetModel }) {
  const m = model.messages.value;
  const { locale, sections, maxSchools } = model.config.value;
  let left = model.rendered.value;
  return (
    <div lang={locale}>
      <fieldset>
        <legend>{m.answers}</legend>
        {model.questions.value.map((question) => (
          <Question key={question} model={model} question={question} />
        ))}
        <button onClick={model.startOver}>{m.reset}</button>
      </fieldset>
      <ResultCount model={model} />
      {sections.map((section) => {
        // What is left of the schools rendered so far, after the sections before this one.
        const max = left;
        left -= section === 'featured' ? model.featured.value.length : maxSchools;
        if (max <= 0) return null;
        return section === 'featured' ? (
          <FeaturedSchools key={section} model={model} max={max} />
        ) : (
          <PopularSchools key={section} model={model} max={max} />
        );
      })}
      <RequestDialog model={model} />
    </div>
  );
}
