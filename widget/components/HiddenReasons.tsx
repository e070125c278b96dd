import type { School } from '../../src/catalog/schema.ts';
import { hiddenReasons } from '../../src/eligibility.ts';
import { describeHiddenReason } from '../messages/describeHiddenReason.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The plain-language reasons a school shows no program for the current answers, one per line. */
export function HiddenReasons({ model, school }: { model: WidgetModel; school: School }) {
  const messages = model.messages.value;
  const subjects = model.catalog.value.subjects;
  return (
    <>
      {hiddenReasons(school, model.answers.value).map((reason, index) => (
        <p key={index} class="sm-reason">
          {describeHiddenReason(reason, messages, subjects)}
        </p>
      ))}
    </>
  );
}
