import type { Program, School } from '../../src/catalog/schema.ts';
import type { LevelHeading } from '../messages/en.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { Question } from './Question.tsx';
import { questionId } from './QuestionSelect.tsx';
import { Region } from './Region.tsx';

// The program headings in display order, with the program levels each one gathers.
const HEADINGS: readonly [LevelHeading, readonly Program['level'][]][] = [
  ['doctorate', ['doctorate']],
  ['master', ['master']],
  ['bachelor', ['bachelor']],
  ['associate', ['associate']],
  ['certificate', ['certificate', 'graduate-certificate']],
];

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
      <ol ref={model.afterRender.ref('popular-list')}>
        {shown.slice(0, Math.min(limit, max)).map(({ school }) => (
          <li key={school.id}>
            <PopularSchool model={model} school={school} />
          </li>
        ))}
      </ol>
      {shown.length > limit && (
        <button
          onClick={() => {
            model.pages.value++;
            // Keyboard users continue from the first newly shown school.
            model.afterRender.request('popular-list', (list) =>
              list.querySelector<HTMLElement>(`li:nth-child(${limit + 1}) h3`)?.focus(),
            );
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

/** A popular school: its name, online note, programs under level headings, and its "Request info". */
function PopularSchool({ model, school }: { model: WidgetModel; school: School }) {
  const m = model.messages.value;
  const programs = model.schoolView(school).programs.value;
  return (
    <article aria-label={school.name}>
      <h3 tabIndex={-1}>{school.name}</h3>
      {school.online && <p>{m.online}</p>}
      {HEADINGS.map(([heading, levels]) => {
        const group = programs.filter((program) => levels.includes(program.level));
        return (
          group[0] && [
            <h4 key={`h-${heading}`}>{m.levelHeadings[heading]}</h4>,
            <ul key={`l-${heading}`}>
              {group.map((program) => (
                <li key={program.id}>{program.name}</li>
              ))}
            </ul>,
          ]
        );
      })}
      <Ask model={model} school={school} />
    </article>
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
      ref={model.afterRender.ref(place)}
      onClick={() => {
        const wasAsking = !!model.asking.peek()[school.id];
        const next = model.askFor(school);
        // Every question answered and none asked inline: nothing changes here, the form opens at once.
        if (!next && !wasAsking) return model.openRequest(school.id);
        model.afterRender.request(place, (element) => {
          if (next) return void (element.getRootNode() as Document).getElementById(questionId(next, place))?.focus();
          // "Continue" has just given way to the school's "Request info": the form hands the focus back to it.
          element.closest('article')?.querySelector<HTMLElement>('.sm-primary')?.focus();
          model.openRequest(school.id);
        });
      }}
    >
      {label}
    </button>
  );
  return asking ? (
    <fieldset>
      <legend>{m.requestInfo}</legend>
      {asking.questions.map((question) => (
        <Question key={question} model={model} question={question} place={place} />
      ))}
      {asking.incomplete && <p role="alert">{m.answerAll}</p>}
      {button(m.next)}
    </fieldset>
  ) : (
    button(m.requestInfo)
  );
}
