import { consentText } from '../../src/lead/consentText.ts';
import { CONTACT_FIELDS, type ContactField } from '../../src/lead/schema.ts';
import { ProgramChoice } from '../components/ProgramChoice.tsx';
import type { FormErrors, RequestForm as FormState, WidgetModel } from '../model/createWidgetModel.ts';
import { submitRequest } from '../model/submitRequest.ts';

/** How each contact field is typed: its autofill token, input type and on-screen keyboard. */
const INPUTS: Record<
  ContactField,
  { autocomplete: string; type: 'text' | 'email' | 'tel'; inputMode?: 'email' | 'tel' | 'numeric' }
> = {
  firstName: { autocomplete: 'given-name', type: 'text' },
  lastName: { autocomplete: 'family-name', type: 'text' },
  email: { autocomplete: 'email', type: 'email', inputMode: 'email' },
  phone: { autocomplete: 'tel-national', type: 'tel', inputMode: 'tel' },
  postalCode: { autocomplete: 'postal-code', type: 'text', inputMode: 'numeric' },
};

// The form states the focus has already moved for: it moves once per state, as the dialog, errors or outcome appear.
const focused = new WeakSet<FormState>();

/**
 * The request dialog: a fresh modal form whenever `model.request` names a school; closing it gives the focus
 * back to whatever opened it (see `model.closeRequest`).
 */
export function RequestDialog({ model }: { model: WidgetModel }) {
  const request = model.request.value;
  const school = request && model.catalog.value.schools.find((candidate) => candidate.id === request.schoolId);
  if (!school) return null;
  const t = model.messages.value;
  const { shown } = model.matches.value;
  const programs = shown.find((match) => match.school === school)?.programs ?? [];
  const state = model.form.value;
  const consent = consentText(school, t.defaultConsent);
  const done = state.status === 'delivered' || state.status === 'queued';
  const errors = state.status === 'editing' ? state.errors : {};

  // Called after every render, with the dialog in the page.
  const opened = (dialog: HTMLDialogElement | null): void => {
    if (!dialog) return;
    // Every supported browser has showModal(); elsewhere the dialog at least shows.
    if (!dialog.open) dialog.showModal ? dialog.showModal() : dialog.setAttribute('open', '');
    if (focused.has(state)) return;
    focused.add(state);
    // With no form (no program matches), Close is the one thing to do.
    const find = (selector: string) => dialog.querySelector<HTMLElement>(selector);
    if (state.status !== 'sending')
      (find(done ? '[role=status]' : '[aria-invalid]') ?? find('[name=firstName]') ?? find('button'))!.focus();
  };
  const close = (event: Event) => {
    // Stops the browser's own close, so focus returns the same way everywhere. The dialog closes at once
    // (it is removed on the next render), so the page behind it is not inert when the opener takes the focus.
    event.preventDefault();
    (event.currentTarget as Element).closest('dialog')?.close();
    model.closeRequest();
  };
  // Ids need only be unique in the widget's shadow root, where one request form is open at a time.
  const invalid = (key: keyof FormErrors) =>
    errors[key] ? { 'aria-invalid': true, 'aria-describedby': 'sm-f-' + key } : null;
  const error = (key: keyof FormErrors) => errors[key] && <p id={'sm-f-' + key}>{errors[key]}</p>;

  const others = shown.filter((match) => match.school !== school);
  return (
    // Keyed by school: another school offered after success gets a new dialog element, opened modally again.
    <dialog
      key={school.id}
      ref={opened}
      aria-label={t.title(school.name)}
      onKeyDown={(event) => event.key === 'Escape' && close(event)}
      onCancel={close}
    >
      {/* Outside the form, so a plain button that submits nothing. */}
      <button onClick={close}>{t.close}</button>
      <h2>{t.title(school.name)}</h2>
      <p role="status" tabIndex={-1}>
        {state.status !== 'editing' && t.sent[state.status](school.name)}
      </p>
      {done ? (
        others[0] && (
          <>
            <h3>{t.others}</h3>
            <ul>
              {others.map(({ school: other }) => (
                <li key={other.id}>
                  <button class="sm-primary" onClick={() => model.openRequest(other.id)}>
                    {t.title(other.name)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : programs[0] ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submitRequest(
              model,
              school,
              Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>,
            );
          }}
        >
          {state.status === 'editing' && state.note && <p role="alert">{state.note}</p>}
          <ProgramChoice
            legend={t.program}
            programs={programs}
            checked={programs.find((program) => program.id === request.programId) ?? programs[0]}
            radio={invalid('program')}
          >
            {error('program')}
          </ProgramChoice>
          {CONTACT_FIELDS.map((field) => {
            const { autocomplete, type, inputMode } = INPUTS[field];
            // The form is a grid, so each error sits right under its field.
            return [
              <label key={field}>
                {t.fieldLabels[field]}
                <input
                  name={field}
                  type={type as 'text'}
                  autocomplete={autocomplete}
                  inputmode={inputMode}
                  required
                  // (v2) The ZIP code answered to the questions fills its field.
                  defaultValue={field === 'postalCode' ? model.answers.value.postalCode : undefined}
                  {...invalid(field)}
                />
              </label>,
              error(field),
            ];
          })}
          <label class="sm-choice">
            <input name="consent" type="checkbox" required {...invalid('consent')} />
            {consent}
          </label>
          {error('consent')}
          {/* The honeypot: out of sight and out of the accessibility tree, but in the form for bots to fill. */}
          <label aria-hidden="true">
            {t.honeypot}
            <input name="website" tabIndex={-1} autocomplete="off" />
          </label>
          <button class="sm-primary">{t.submit}</button>
        </form>
      ) : (
        <p>{t.noMatch(school.name)}</p>
      )}
    </dialog>
  );
}
