import type { WidgetModel } from '../model/createWidgetModel.ts';

/** A polite live region with the result counts, so answering is heard as well as seen. */
export function ResultAnnouncer({ model }: { model: WidgetModel }) {
  const messages = model.messages.value;
  const { shown, programCount } = model.matches.value;
  const answered = Object.keys(model.answers.value).length > 0;
  return (
    <p class="sm-status" role="status" aria-live="polite" aria-atomic="true">
      {answered ? messages.resultCount(programCount, shown.length) : messages.allResults(programCount, shown.length)}
    </p>
  );
}
