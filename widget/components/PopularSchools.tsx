import { useState } from 'preact/hooks';
import type { School } from '../../src/catalog/schema.ts';
import type { QuestionId } from '../../src/questions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';
import { Region } from './Region.tsx';
import { useFocusAfter } from './useFocusAfter.ts';

// Heading order; both certificate levels end in "certificate" and share the last heading.
const LEVELS = ['doctorate', 'master', 'bachelor', 'associate', 'certificate'];

/** The "Popular Schools" region: the ranked, filtered list with "Show more" and the schools that do not match. */
export function PopularSchools({ model }: { model: WidgetModel }) {
  const m = model.messages.value;
  const step = model.config.value.maxSchools;
  const [limit, setLimit] = useState(step);
  const [list, focusAfter] = useFocusAfter<HTMLOListElement>();
  const { shown, hidden } = model.matches.value;
  return (
    <Region model={model} name="popular">
      <ol ref={list}>
        {/* Each school: its name, online note, programs under level headings, and its "Request info". */}
        {shown.slice(0, limit).map(({ school, programs }) => (
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
          onClick={() => {
            // Keyboard users continue from the first newly shown school.
            focusAfter(`li:nth-child(${limit + 1}) h3`);
            setLimit(limit + step);
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
  const [box, focusAfter] = useFocusAfter<HTMLFieldSetElement>();
  // The questions asked stay on screen once answered, so the student can still see and change them.
  const [asking, setAsking] = useState<QuestionId[] | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const m = model.messages.value;
  const proceed = (): void => {
    const pending = school.questions.filter((question) => !model.answers.peek()[question]);
    if (!pending.length) {
      setAsking(null);
      setIncomplete(false);
      model.openRequest(school.id);
    } else if (asking) {
      setIncomplete(true);
      box.current?.querySelectorAll('select')[asking.indexOf(pending[0]!)]?.focus();
    } else {
      focusAfter('select');
      setAsking(pending);
    }
  };
  const button = (label: string) => (
    <button class="sm-primary" onClick={proceed}>
      {label}
    </button>
  );
  return asking ? (
    <fieldset ref={box}>
      <legend>{m.requestInfo}</legend>
      {asking.map((question) => (
        <QuestionSelect key={question} model={model} question={question} />
      ))}
      {incomplete && <p role="alert">{m.answerAll}</p>}
      {button(m.next)}
    </fieldset>
  ) : (
    button(m.requestInfo)
  );
}
