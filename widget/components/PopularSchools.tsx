import type { School } from '../../src/catalog/schema.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { QuestionSelect, questionId } from './QuestionSelect.tsx';
import { Region } from './Region.tsx';

// Heading order; both certificate levels end in "certificate" and share the last heading.
const LEVELS = ['doctorate', 'master', 'bachelor', 'associate', 'certificate'];

/**
 * The "Popular Schools" region: the ranked, filtered list (at most `max` of it) with "Show more" and the schools
 * that do not match.
 */
export function PopularSchools({ model, max }: { model: WidgetModel; max: number }) {
  const m = model.messages.value;
  const limit = model.pages.value * model.config.value.maxSchools;
  const { shown, hidden } = model.matches.value;
  return (
    <Region model={model} name="popular">
      <ol>
        {/* Each school: its name, online note, programs under level headings, and its "Request info". */}
        {shown.slice(0, Math.min(limit, max)).map(({ school, programs }) => (
          <li key={school.id}>
            <article aria-label={school.name}>
              <h3 tabIndex={-1}>{school.name}</h3>
              {school.online && <p>{m.online}</p>}
              {LEVELS.map((level, index) => {
                const group = programs.filter((program) => program.level.endsWith(level));
                return (
                  group[0] && [
                    <h4>{m.levels[index]}</h4>,
                    <ul>
                      {group.map((program) => (
                        <li key={program.id}>{program.name}</li>
                      ))}
                    </ul>,
                  ]
                );
              })}
              <Ask model={model} school={school} />
            </article>
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button
          onClick={(event) => {
            const list = event.currentTarget.previousElementSibling!;
            model.pages.value++;
            // Rendered at once; keyboard users continue from the first newly shown school.
            list.querySelector<HTMLElement>(`li:nth-child(${limit + 1}) h3`)?.focus();
          }}
        >
          {m.more}
        </button>
      )}
      {hidden[0] && (
        <details>
          <summary>{m.hidden(hidden.length)}</summary>
          <ul>
            {hidden.map((school) => (
              <li key={school.id}>
                <strong>{school.name}</strong>
                <HiddenReasons model={model} school={school} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </Region>
  );
}

/** A school's "Request info": asks that school's unanswered questions inline, in its order, then opens the form. */
function Ask({ model, school }: { model: WidgetModel; school: School }) {
  const asking = model.asking.value[school.id];
  const m = model.messages.value;
  const place = `p-${school.id}`;
  const button = (label: string) => (
    <button
      class="sm-primary"
      onClick={(event) => {
        // The pressed button may be gone after the (immediate) re-render; the article stays.
        const article = event.currentTarget.closest('article')!;
        const next = model.askFor(school);
        if (next) (article.getRootNode() as Document).getElementById(questionId(next, place))?.focus();
        else {
          // "Continue" has just given way to the school's "Request info": the form hands the focus back to it.
          article.querySelector<HTMLElement>('.sm-primary')?.focus();
          model.openRequest(school.id);
        }
      }}
    >
      {label}
    </button>
  );
  return asking ? (
    <fieldset>
      <legend>{m.requestInfo}</legend>
      {asking.questions.map((question) => (
        <QuestionSelect key={question} model={model} question={question} place={place} />
      ))}
      {asking.incomplete && <p role="alert">{m.answerAll}</p>}
      {button(m.next)}
    </fieldset>
  ) : (
    button(m.requestInfo)
  );
}
