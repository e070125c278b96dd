import type { School } from '../../src/catalog/schema.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';
import { ProgramChoice } from './ProgramChoice.tsx';
import { Question } from './Question.tsx';
import { Region } from './Region.tsx';

/** The "Featured Schools" region: one card per featured school, in rank order (the first `max` of them). */
export function FeaturedSchools({ model, max }: { model: WidgetModel; max: number }) {
  return (
    <Region model={model} name="featured">
      {/* The card grid (widget.css: section > div). */}
      <div>
        {model.featured.value.slice(0, max).map((school) => (
          <FeaturedCard key={school.id} model={model} school={school} />
        ))}
      </div>
    </Region>
  );
}

/**
 * A featured school: its featured programs and next question, then its matching programs to pick from.
 * It re-renders only when its own programs or next question change.
 */
function FeaturedCard({ model, school }: { model: WidgetModel; school: School }) {
  const view = model.schoolView(school);
  const programs = view.programs.value;
  const next = view.nextQuestion.value;
  const m = model.messages.value;
  const place = `f-${school.id}`;
  // In the order the catalog lists them as featured; only those the answers admit.
  const featured = (school.featured ?? []).flatMap((programId) =>
    programs.filter((program) => program.id === programId),
  );
  return (
    <article aria-label={school.name} ref={model.afterRender.ref(place)}>
      <h3>{school.name}</h3>
      {next && featured[0] && (
        <ul>
          {featured.map((program) => (
            <li key={program.id}>{program.name}</li>
          ))}
        </ul>
      )}
      {!programs[0] ? (
        <div tabIndex={-1}>
          <HiddenReasons model={model} school={school} />
        </div>
      ) : next ? (
        // Answering replaces the question here: the focus follows to what replaced it.
        <Question key={next} model={model} question={next} place={place} replacedOnAnswer />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Radios of programs the answers no longer admit are gone, so a stale choice is never sent.
            model.openRequest(
              school.id,
              (new FormData(event.currentTarget).get('program') as string | null) ?? undefined,
            );
          }}
        >
          <ProgramChoice legend={m.program} programs={programs} />
          <button class="sm-primary">{m.requestInfo}</button>
        </form>
      )}
    </article>
  );
}
