import type { ComponentChildren } from 'preact';
import type { Program } from '../../src/catalog/schema.ts';

/**
 * The programs to pick from: a group of radio buttons named "program", each a list item named by the program,
 * on a featured card and in the request form.
 */
export function ProgramChoice({
  legend,
  programs,
  checked,
  children,
  radio,
}: {
  legend: string;
  programs: readonly Program[];
  checked?: Program | undefined;
  children?: ComponentChildren;
  /** Extra attributes for every radio (the request form's error state). */
  radio?: object | null;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul>
        {programs.map((program) => (
          <li key={program.id}>
            <label class="sm-choice">
              <input type="radio" name="program" value={program.id} defaultChecked={program === checked} {...radio} />
              {program.name}
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}
