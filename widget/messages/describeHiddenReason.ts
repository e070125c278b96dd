import type { Subject } from '../../src/catalog/schema.ts';
import type { HiddenReason } from '../../src/eligibility.ts';
import type { Messages } from './Messages.ts';

/** The plain-language sentence for one reason a school's programs are hidden. */
export function describeHiddenReason(reason: HiddenReason, messages: Messages, subjects: readonly Subject[]): string {
  switch (reason.kind) {
    case 'needs-diploma':
      return messages.needsDiploma;
    case 'requires-education':
      return messages.requiresEducation(messages.educationNoun[reason.minimum]);
    case 'level-not-open':
      return messages.levelNotOpen(messages.educationNoun[reason.education]);
    case 'citizenship':
      return messages.citizenshipOnly;
    case 'subject': {
      const label = subjects.find((subject) => subject.id === reason.subjectId)?.label ?? reason.subjectId;
      return messages.noProgramInSubject(label);
    }
    default:
      return assertNever(reason);
  }
}

function assertNever(value: never): never {
  throw new Error(`[schoolmatch] unknown hidden reason ${JSON.stringify(value)}; add a message for it.`);
}
