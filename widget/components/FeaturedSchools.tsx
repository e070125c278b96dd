import type { Program, School } from '../../src/catalog/schema.ts';
import { isQualifyingQuestion } from '../../src/optionalQuestions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { ProgramChoice } from './ProgramChoice.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';
import { Region } from './Region.tsx';

/** The "Featured Schools" region: one card per featured school, in rank order (the first `max` of them). */
export function FeaturedSchools({ model, max }: { model: WidgetModel; max: number }) {
  // Each school's matching programs, found once per render rather than by a search per card.
  const matching = new Map(model.matches.value.shown.map((match) => [match.school, match.programs]));
  return (
    <Region model={model} name="featured">
      {/* The card grid (widget.css: section > div). */}
      <div>
        {model.featured.value
          .slice(0, max)
          .map((school) => (
            <Card key={school.id} model={model} school={school} programs={matching.get(school) ?? []} />
          ))}
      </div>
    </Region>
  );
}

/** A featured school: its featured programs and next question, then its matching programs to pick from. */
function Card({ model, school, programs }: { model: WidgetModel; school: School; programs: readonly Program[] }) {
  const next = school.questions.filter(isQualifyingQuestion).find((question) => !model.answers.value[question]);
  // In the order the catalog lists them as featured; only those the answers admit.
  const featured = school.featured!.flatMap((programId) => programs.filter((p) => p.id === programId));
  return (
    <article aria-label={school.name}>
      <h3>{school.name}</h3>
      {next && featured[0] && (
        <ul>
          {featured.map((program) => (
            <li key={program.id}>{program.name}</li>
          ))}
        </ul>
      )}
      {/* Answering the next question replaces it here; QuestionSelect moves the focus to what replaced it. */}
      {!programs[0] ? (
        <div tabIndex={-1}>
          <HiddenReasons model={model} school={school} />
        </div>
      ) : next ? (
        <QuestionSelect key={next} model={model} question={next} place={`f-${school.id}`} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Radios of programs the answers no longer admit are gone, so a stale choice is never sent.
            model.openRequest(school.id, (new FormData(event.currentTarget).get('program') as string | null) ?? undefined);
          }}
        >
          <ProgramChoice legend={model.messages.value.program} programs={programs} />
          <button class="sm-primary">{model.messages.value.requestInfo}</button>
        </form>
      )}
    </article>
  );
}
