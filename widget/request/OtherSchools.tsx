import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The other schools that match the answers, each one click from its own request form. */
export function OtherSchools({ model, schoolId }: { model: WidgetModel; schoolId: string }) {
  const t = model.messages.value.request;
  const others = model.matches.value.shown.filter((match) => match.school.id !== schoolId);
  if (others.length === 0) return null;
  return (
    <div class="sm-request__others">
      <h3>{t.otherSchools}</h3>
      <ul>
        {others.map(({ school }) => (
          <li key={school.id}>
            <button type="button" class="sm-primary" onClick={() => model.openRequest(school.id)}>
              {t.title(school.name)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
