import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The result count, announced through a polite live region whenever the answers change it. */
export function ResultCount({ model }: { model: WidgetModel }) {
  const { shown, programCount } = model.matches.value;
  const answered = Object.keys(model.answers.value).length > 0;
  return <p role="status">{model.messages.value.results(programCount, shown.length, !answered)}</p>;
}
