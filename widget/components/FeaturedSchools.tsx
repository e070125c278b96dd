import type { School } from '../../src/catalog/schema.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { ProgramChoice } from './ProgramChoice.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';
import { Region } from './Region.tsx';

/** The "Featured Schools" region: one card per featured school, in rank order. */
export function FeaturedSchools({ model }: { model: WidgetModel }) {
  return (
    <Region model={model} name="featured">
      {/* The card grid (widget.css: section > div). */}
      <div>
        {model.catalog.value.schools
          .filter((school) => school.featured?.length)
          .map((school) => (
            <Card key={school.id} model={model} school={school} />
          ))}
      </div>
    </Region>
  );
}

/** A featured school: its featured programs and next question, then its matching programs to pick from. */
function Card({ model, school }: { model: WidgetModel; school: School }) {
  const programs = model.matches.value.shown.find((match) => match.school === school)?.programs ?? [];
  const next = school.questions.find((question) => !model.answers.value[question]);
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
