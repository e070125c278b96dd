import type { School } from '../../src/catalog/schema.ts';
import { buildLead, type BuildLeadFailure } from '../../src/lead/buildLead.ts';
import type { ContactField, Lead } from '../../src/lead/schema.ts';
import { validateContact } from '../../src/lead/validateContact.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import type { RequestStrings } from './messages.ts';
import type { FieldErrors } from './requestState.ts';

/** A submission must take at least this long from the form opening, or it is a bot's. */
export const MIN_TIME_TO_COMPLETE_MS = 3000;

/** What the student (or a bot) put into the form. */
export interface Submission {
  contact: Record<ContactField, string>;
  programId: string | undefined;
  consent: boolean;
  /** The hidden honeypot field; people never see it, so anything in it came from a bot. */
  honeypot: string;
}

/** What to do with a submission: show errors, pretend to a bot, refuse, or send the lead. */
export type Prepared =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'bot' }
  | { kind: 'refused'; reason: BuildLeadFailure }
  | { kind: 'ready'; lead: Lead };

/** Everything besides the submission that a lead is made from. */
export interface PrepareContext {
  model: WidgetModel;
  school: School;
  consentText: string;
  openedAt: number;
  now: number;
  /** Gives the lead id of this form, made on first use, so every attempt of one form reuses it. */
  leadId: () => string;
  t: RequestStrings;
}

/** Checks a submission and builds its lead; a bot's submission is recognised and never becomes a lead. */
export function prepareLead(submission: Submission, context: PrepareContext): Prepared {
  const { t } = context;
  const checked = validateContact(submission.contact);
  const errors: FieldErrors = {};
  if (submission.programId === undefined) errors.program = t.programRequired;
  if (!checked.ok) for (const [field, code] of entries(checked.errors)) errors[field] = t.errors[code];
  if (!submission.consent) errors.consent = t.consentRequired;
  if (!checked.ok || Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  // Bots are told nothing: checked after validation so a person who slips still sees why.
  if (submission.honeypot !== '' || context.now - context.openedAt < MIN_TIME_TO_COMPLETE_MS) return { kind: 'bot' };
  const { model } = context;
  const config = model.config.peek();
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
  const built = buildLead({
    leadId: context.leadId(),
    now: new Date(context.now),
    openedAt: context.openedAt,
    catalog: model.catalog.peek(),
    schoolId: context.school.id,
    programId: submission.programId as string,
    answers: model.answers.peek(),
    contact: checked.contact,
    consentText: context.consentText,
    config,
    page: { url: location.href, referrer: document.referrer },
    client: {
      userAgent: navigator.userAgent,
      language: navigator.language,
      ...(typeof gpc === 'boolean' && { gpc }),
    },
  });
  if (!built.ok) {
    console.warn(built.message);
    return { kind: 'refused', reason: built.reason };
  }
  return { kind: 'ready', lead: built.lead };
}

function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record) as [K, V][];
}
