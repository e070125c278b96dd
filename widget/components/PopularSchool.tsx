import { useId } from 'preact/hooks';
import type { SchoolMatch } from '../../src/matchSchools.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { ProgramGroups } from './ProgramGroups.tsx';
import { RequestSteps } from './RequestSteps.tsx';

/** One school of the ranked list: its name, online note, programs by heading, and its "Request info" action. */
export function PopularSchool({ model, match }: { model: WidgetModel; match: SchoolMatch }) {
  const headingId = useId();
  const messages = model.messages.value;
  const { school, programs } = match;
  return (
    <article class="sm-school" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {school.name}
      </h3>
      {school.online && <p class="sm-online">{messages.onlinePrograms}</p>}
      <ProgramGroups programs={programs} messages={messages} />
      <RequestSteps model={model} school={school} />
    </article>
  );
}
