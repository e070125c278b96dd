import { buildLead } from '../../src/lead/buildLead.ts';
import { readEvidence } from '../../src/lead/readEvidence.ts';
import { isAvailableIn } from '../../src/stateAvailability.ts';
import { consentText } from '../../src/lead/consentText.ts';
import { CONTACT_FIELDS, type ContactField } from '../../src/lead/schema.ts';
import { validateContact } from '../../src/lead/validateContact.ts';
import type { School } from '../../src/catalog/schema.ts';
import type { FormErrors, RequestForm, WidgetModel } from './createWidgetModel.ts';

/** A form state, without the fields every state of one form shares. */
type FormState = RequestForm extends infer F ? (F extends unknown ? Omit<F, 'openedAt' | 'leadId'> : never) : never;

/**
 * Submits the fields (FormData entries) of `school`'s open request form: shows what to fix, lets a bot believe it succeeded, or sends the
 * lead and shows the outcome, all through `model.form`.
 */
export async function submitRequest(model: WidgetModel, school: School, data: Record<string, string>): Promise<void> {
  const { form } = model;
  const { openedAt, leadId, status } = form.peek();
  // Not again while sending or once done.
  if (status !== 'editing') return;
  // Only while this form is still the open one: the student may close it, or open another, while it sends.
  const show = (state: FormState): void => {
    if (form.peek().leadId === leadId) form.value = { openedAt, leadId, ...state };
  };
  const t = model.messages.peek();
  const config = model.config.peek();
  const checked = validateContact(data as Record<ContactField, string>);
  const found: FormErrors = {};
  if (!checked.ok) for (const field of CONTACT_FIELDS) if (checked.errors[field]) found[field] = t.fieldErrors[field];
  if (!data['consent']) found.consent = t.fieldErrors.consent;
  // (v2) A ZIP code of a state where the school does not offer the chosen program is a field error, not a lead.
  const state = checked.ok && checked.contact.state;
  const program = school.programs.find(({ id }) => id === data['program']);
  if (state && program && !isAvailableIn(school, program, state)) found.postalCode = t.notAvailableIn(t.states[state]);
  if (!checked.ok || found.consent || found.postalCode) return show({ status: 'editing', errors: found, note: t.fix });
  const now = Date.now();
  // A filled honeypot or a form done in under 3 s is a bot's: it sees success, nothing is sent or reported.
  // Checked after validation, so a person who slips still sees why.
  if (data['website'] || now - openedAt < 3000) return show({ status: 'delivered' });
  const gpc = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  // (v2) The consent evidence the page collected, read now: a token missing or malformed is left out, with a warning.
  const { evidence, missing } = readEvidence(config.evidence, document);
  if (missing[0])
    console.warn(
      `[schoolmatch] evidence left out of the lead: ${missing.join(' and ')} is not on the page or holds no valid token. Check that its script runs on this page.`,
    );
  const built = buildLead({
    leadId,
    openedAt,
    now: new Date(now),
    catalog: model.catalog.peek(),
    schoolId: school.id,
    // Only radios of programs the answers admit exist, so a stale choice is never sent.
    programId: data['program'] ?? '',
    answers: model.answers.peek(),
    contact: checked.contact,
    consentText: consentText(school, t.defaultConsent),
    config,
    page: { url: location.href, referrer: document.referrer },
    client: { userAgent: navigator.userAgent, language: navigator.language, ...(gpc !== undefined && { gpc }) },
    ...(evidence && { evidence }),
  });
  // A lead the answers do not admit (or an otherwise invalid one) is never sent.
  if (!built.ok) console.warn(built.message);
  else show({ status: 'sending' });
  // Delivery reports failures as values; a throw is a bug, and the student can still submit again.
  const outcome =
    built.ok &&
    (await model.delivery
      .send(config.endpoint, built.lead)
      .catch((cause: unknown) => console.error('[schoolmatch]', cause)));
  if (!outcome) return show({ status: 'editing', errors: {}, note: t.failed });
  if (outcome.status === 'rejected') {
    const fields: Record<string, string> = {};
    for (const { path, message } of outcome.errors) {
      const [head, field] = path.split('.');
      // The first message about a control explains it; later ones repeat or follow from it.
      fields[(head === 'contact' ? field : head)!] ??= t.refused || message;
    }
    return show({ status: 'editing', errors: fields, note: t.rejected });
  }
  // The outcome is { status, leadId }: the lead event adds what it was for.
  model.emit('schoolmatch:lead', { ...outcome, schoolId: school.id, programId: data['program']! });
  show({ status: outcome.status });
}
