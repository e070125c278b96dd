import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { consentText } from '../../src/lead/consentText.ts';
import { newLeadId } from '../../src/lead/newLeadId.ts';
import { CONTACT_FIELDS, type ContactField } from '../../src/lead/schema.ts';
import { unansweredQuestions } from '../../src/unansweredQuestions.ts';
import type { OpenRequest, WidgetModel } from '../model/createWidgetModel.ts';
import { deliverLead } from './deliverLead.ts';
import type { RequestStrings } from './messages.ts';
import { FormField } from './FormField.tsx';
import { OtherSchools } from './OtherSchools.tsx';
import { prepareLead } from './prepareLead.ts';
import { assertNever, FIELD_ORDER, isFinished, type FieldErrors, type RequestState } from './requestState.ts';
import { useModalDialog } from './useModalDialog.ts';

/** The modal request form for one school: one form, one lead id, one consent. */
export function RequestForm({ model, request }: { model: WidgetModel; request: OpenRequest }) {
  const t = model.messages.value.request;
  const school = model.catalog.value.schools.find((candidate) => candidate.id === request.schoolId);
  const programs = model.matches.value.shown.find((match) => match.school.id === request.schoolId)?.programs ?? [];
  const [state, setState] = useState<RequestState>({ status: 'editing', errors: {} });
  const [picked, setPicked] = useState(request.programId);
  const [openedAt] = useState(() => Date.now());
  const leadId = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const modal = useModalDialog(() => model.closeRequest());
  const uid = useId();

  useLayoutEffect(() => {
    (form.current?.querySelector<HTMLElement>('[name="firstName"]') ?? heading.current)?.focus();
  }, []);
  // A layout effect, so focus moves in the same frame the errors or the outcome appear.
  useLayoutEffect(() => {
    switch (state.status) {
      case 'editing':
      case 'rejected': {
        const first = FIELD_ORDER.find((key) => state.errors[key] !== undefined);
        if (first !== undefined) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
        break;
      }
      case 'sending':
        break;
      case 'delivered':
      case 'queued':
        status.current?.focus();
        break;
      default:
        assertNever(state);
    }
  }, [state]);

  if (school === undefined) return null;
  const consent = consentText(school, model.config.value.locale);
  const chosen = programs.find((program) => program.id === picked)?.id ?? programs[0]?.id;
  const errors: FieldErrors = state.status === 'editing' || state.status === 'rejected' ? state.errors : {};
  const general = state.status === 'editing' || state.status === 'rejected' ? state.general : undefined;
  const errorCount = Object.keys(errors).length;
  const id = (key: string) => `${uid}-${key}`;
  const describe = (key: keyof FieldErrors) =>
    errors[key] === undefined ? {} : { 'aria-invalid': 'true' as const, 'aria-describedby': id(`${key}-error`) };

  async function submit(event: Event) {
    event.preventDefault();
    if (state.status === 'sending' || form.current === null || school === undefined) return;
    const data = new FormData(form.current);
    const text = (name: string) => String(data.get(name) ?? '');
    const contact = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, text(field)])) as Record<ContactField, string>;
    const prepared = prepareLead(
      { contact, programId: chosen, consent: data.get('consent') !== null, honeypot: text('website') },
      { model, school, consentText: consent, openedAt, now: Date.now(), leadId: () => (leadId.current ??= newLeadId()), t },
    );
    switch (prepared.kind) {
      case 'invalid':
        return setState({ status: 'editing', errors: prepared.errors });
      case 'bot':
        // Looks accepted to the bot; nothing is sent and nothing is reported to the page.
        return setState({ status: 'delivered' });
      case 'refused':
        // A program the answers no longer admit is never sent; the student picks another.
        if (prepared.reason === 'not-admitted') return setState({ status: 'editing', errors: { program: t.notAdmitted } });
        return setState({
          status: 'editing',
          errors: {},
          general: prepared.reason === 'missing-answer' ? t.missingAnswers : t.failed,
        });
      case 'ready':
        setState({ status: 'sending' });
        return setState(await deliverLead(model, prepared.lead, t));
      default:
        assertNever(prepared);
    }
  }

  return (
    <dialog ref={modal.ref} class="sm-request" aria-labelledby={id('title')} onKeyDown={modal.onKeyDown} onCancel={modal.onCancel}>
      <div class="sm-request__header">
        <h2 id={id('title')} ref={heading} tabIndex={-1}>
          {t.title(school.name)}
        </h2>
        <button type="button" class="sm-request__close" onClick={() => model.closeRequest()}>
          {t.close}
        </button>
      </div>
      <div ref={status} role="status" class="sm-request__status" tabIndex={-1}>
        {statusText(state, t, school.name)}
      </div>
      {isFinished(state) ? (
        <OtherSchools model={model} schoolId={school.id} />
      ) : programs.length === 0 ? (
        <p>{t.noMatch(school.name)}</p>
      ) : unansweredQuestions(school, model.answers.value).length > 0 ? (
        <p>{t.missingAnswers}</p>
      ) : (
        <form ref={form} noValidate onSubmit={submit}>
          {(general !== undefined || errorCount > 0) && (
            <div role="alert" class="sm-request__alert">
              {general !== undefined && <p>{general}</p>}
              {errorCount > 0 && <p>{t.summary(errorCount)}</p>}
            </div>
          )}
          <fieldset class="sm-request__programs">
            <legend>{t.program}</legend>
            {programs.map((program) => (
              <label key={program.id} class="sm-choice">
                <input type="radio" name="program" value={program.id} checked={program.id === chosen} onChange={() => setPicked(program.id)} {...describe('program')} />
                {program.name}
              </label>
            ))}
            {errors.program !== undefined && <p id={id('program-error')} class="sm-error">{errors.program}</p>}
          </fieldset>
          {CONTACT_FIELDS.map((field) => (
            <FormField key={field} id={id(field)} field={field} label={t.fields[field]} error={errors[field]} />
          ))}
          <div class="sm-request__consent">
            <input id={id('consent')} name="consent" type="checkbox" required {...describe('consent')} />
            <label for={id('consent')}>{consent}</label>
            {errors.consent !== undefined && <p id={id('consent-error')} class="sm-error">{errors.consent}</p>}
          </div>
          <div class="sm-request__hp" aria-hidden="true">
            <label for={id('website')}>{t.honeypot}</label>
            <input id={id('website')} name="website" type="text" tabIndex={-1} autocomplete="off" />
          </div>
          <button type="submit" class="sm-primary" aria-disabled={state.status === 'sending' ? 'true' : undefined}>
            {t.submit}
          </button>
        </form>
      )}
    </dialog>
  );
}

// What the polite status region says in each state; empty while the student is editing.
function statusText(state: RequestState, t: RequestStrings, school: string): string {
  switch (state.status) {
    case 'sending':
      return t.sending;
    case 'delivered':
      return t.delivered(school);
    case 'queued':
      return t.queued(school);
    case 'editing':
    case 'rejected':
      return '';
    default:
      return assertNever(state);
  }
}
