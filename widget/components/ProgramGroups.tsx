import type { Program } from '../../src/catalog/schema.ts';
import { programHeadings } from '../../src/programHeadings.ts';
import type { Messages } from '../messages/Messages.ts';

/** Programs under the headings Doctorate, Master's, Bachelor's, Associate's, Certificate (empty ones left out). */
export function ProgramGroups({ programs, messages }: { programs: readonly Program[]; messages: Messages }) {
  return (
    <div class="sm-groups">
      {programHeadings(programs).map((group) => (
        <div key={group.heading} class="sm-group">
          <h4>{messages.programHeadings[group.heading]}</h4>
          <ul class="sm-programs">
            {group.programs.map((program) => (
              <li key={program.id}>{program.name}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
