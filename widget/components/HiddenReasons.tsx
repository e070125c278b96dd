import type { School } from '../../src/catalog/schema.ts';
import type { HiddenReason } from '../../src/eligibility.ts';
import type { Messages } from '../messages/en.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';

/** The plain-language reasons a school shows no program for the current answers, one per line. */
export function HiddenReasons({ model, school }: { model: WidgetModel; school: School }) {
  const m = model.messages.value;
  const subjects = model.catalog.value.subjects;
  const subjectLabel = (id: string) => subjects.find((subject) => subject.id === id)?.label ?? id;
  return model
    .schoolView(school)
    .hiddenReasons.value.map((reason, index) => <p key={index}>{reasonText(reason, m, subjectLabel)}</p>);
}

/** One reason in words. */
function reasonText(reason: HiddenReason, m: Messages, subjectLabel: (id: string) => string): string {
  switch (reason.kind) {
    case 'needs-diploma':
      return m.needsDiploma;
    case 'requires-education':
      return m.requiresEducation(m.options.educationLevel[reason.minimum]);
    case 'level-not-open':
      return m.levelNotOpen;
    case 'citizenship':
      return m.citizensOnly;
    case 'subject':
      return m.noProgramIn(subjectLabel(reason.subjectId));
    case 'state':
      return m.notAvailableIn(m.states[reason.state]);
  }
}
