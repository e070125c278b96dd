import type { School } from '../../src/catalog/schema.ts';
import { hiddenReasons } from '../../src/eligibility.ts';
import { EDUCATION_LABELS } from '../../src/questions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The plain-language reasons a school shows no program for the current answers, one per line. */
export function HiddenReasons({ model, school }: { model: WidgetModel; school: School }) {
  const m = model.messages.value;
  return hiddenReasons(school, model.answers.value).map((reason, index) => (
    <p key={index}>
      {m[reason.kind].replace(
        '{0}',
        'subjectId' in reason
          ? (model.catalog.value.subjects.find((s) => s.id === reason.subjectId)?.label ?? reason.subjectId)
          : 'minimum' in reason
            ? EDUCATION_LABELS[model.config.value.locale][reason.minimum].toLowerCase()
            : '',
      )}
    </p>
  ));
}
