import { useId, useState } from 'preact/hooks';
import type { Program, School } from '../../src/catalog/schema.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The school's matching programs as radio buttons, and the "Request info" button for the chosen one. */
export function ProgramPicker({
  model,
  school,
  programs,
}: {
  model: WidgetModel;
  school: School;
  programs: readonly Program[];
}) {
  const name = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // A choice the answers no longer admit is forgotten rather than sent.
  const selected = programs.some((program) => program.id === chosen) ? chosen : undefined;
  const messages = model.messages.value;
  return (
    <div class="sm-picker">
      <fieldset>
        <legend>{messages.chooseProgram}</legend>
        <ul class="sm-programs">
          {programs.map((program) => (
            <li key={program.id}>
              <label class="sm-choice">
                <input
                  type="radio"
                  name={name}
                  value={program.id}
                  checked={selected === program.id}
                  onChange={() => setChosen(program.id)}
                />
                {program.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="button" class="sm-primary" onClick={() => model.openRequest(school.id, selected)}>
        {messages.requestInfo}
      </button>
    </div>
  );
}
