import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenReasons } from './HiddenReasons.tsx';

/** How many schools the answers hide, with a disclosure saying why for each. */
export function HiddenSchools({ model }: { model: WidgetModel }) {
  const hidden = model.matches.value.hidden;
  if (hidden.length === 0) return null;
  return (
    <details class="sm-disclosure sm-hidden">
      <summary>{model.messages.value.hiddenSchools(hidden.length)}</summary>
      <ul>
        {hidden.map((school) => (
          <li key={school.id}>
            <strong>{school.name}</strong>
            <HiddenReasons model={model} school={school} />
          </li>
        ))}
      </ul>
    </details>
  );
}
