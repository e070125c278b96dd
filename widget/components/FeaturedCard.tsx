import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { School } from '../../src/catalog/schema.ts';
import { isProgramShown } from '../../src/eligibility.ts';
import { featuredPrograms } from '../../src/featuredPrograms.ts';
import { unansweredQuestions } from '../../src/unansweredQuestions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { ProgramPicker } from './ProgramPicker.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';

/** A featured school: its featured programs and next question, then its matching programs to pick from. */
export function FeaturedCard({ model, school }: { model: WidgetModel; school: School }) {
  const headingId = useId();
  const step = useRef<HTMLDivElement>(null);
  const answeredHere = useRef(false);
  const answers = model.answers.value;
  const messages = model.messages.value;
  const programs = model.matches.value.shown.find((match) => match.school.id === school.id)?.programs ?? [];
  const featured = featuredPrograms(school).filter((program) => isProgramShown(school, program, answers));
  const next = unansweredQuestions(school, answers)[0];

  // Answering here replaces the select, so focus follows to what replaced it (next question, programs or reason).
  useLayoutEffect(() => {
    if (!answeredHere.current) return;
    answeredHere.current = false;
    step.current?.querySelector<HTMLElement>('select, input, [tabindex="-1"]')?.focus();
  });

  const picking = programs.length > 0 && next === undefined;
  return (
    <article class="sm-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{school.name}</h3>
      {!picking && featured.length > 0 && (
        <ul class="sm-programs" aria-label={messages.featuredPrograms(school.name)}>
          {featured.map((program) => (
            <li key={program.id}>{program.name}</li>
          ))}
        </ul>
      )}
      <div class="sm-step" ref={step}>
        {programs.length === 0 ? (
          <div class="sm-nomatch" tabIndex={-1}>
            <p>{messages.noMatch}</p>
            <HiddenReasons model={model} school={school} />
          </div>
        ) : next !== undefined ? (
          <QuestionSelect
            key={next}
            model={model}
            question={next}
            onAnswer={() => {
              answeredHere.current = true;
            }}
          />
        ) : (
          <ProgramPicker model={model} school={school} programs={programs} />
        )}
      </div>
    </article>
  );
}
