import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useUniqueId } from '../components/useUniqueId.ts';
import type { School } from '../../src/catalog/schema.ts';
import { buildLead } from '../../src/lead/buildLead.ts';
import { consentText } from '../../src/lead/consentText.ts';
import { newLeadId } from '../../src/lead/newLeadId.ts';
import { CONTACT_FIELDS, type ContactField } from '../../src/lead/schema.ts';
import { validateContact } from '../../src/lead/validateContact.ts';
import { ProgramChoice } from '../components/ProgramChoice.tsx';
import type { WidgetModel } from '../model/createWidgetModel.ts';

type Errors = Partial<Record<ContactField | 'program' | 'consent', string>>;

// Where the form is: editing (no `s`, maybe with errors by control and a note), sending, or done.
type State = { s?: 'sending' | 'delivered' | 'queued'; errors?: Errors; note?: string };

// Per contact field, in CONTACT_FIELDS order: autofill token, input type and keyboard.
const INPUTS = ['given-name text', 'family-name text', 'email email email', 'tel-national tel tel', 'postal-code text numeric'];

/**
 * The request dialog: a fresh modal form whenever `model.request` names a school, and on closing focus
 * goes back to whatever opened it.
 */
export function RequestDialog({ model }: { model: WidgetModel }) {
  const request = model.request.value;
  const school = request && model.catalog.value.schools.find((candidate) => candidate.id === request.schoolId);
  const opener = useRef<Element | null>(null);
  // Read during render, before the form takes focus; inside shadow roots the focused element is deeper.
  if (request && !opener.current) {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    opener.current = active;
  }
  useEffect(() => {
    if (request) return;
    (opener.current as HTMLElement | null)?.focus();
    opener.current = null;
  }, [request]);
  // Keyed by school: another school offered after success gets a new form, consent and lead id.
  return school ? <RequestForm key={school.id} model={model} school={school} programId={request.programId} /> : null;
}

function RequestForm({ model, school, programId }: { model: WidgetModel; school: School; programId: string | undefined }) {
  const t = model.messages.value;
  const { shown } = model.matches.value;
  const programs = shown.find((match) => match.school === school)?.programs ?? [];
  const [state, setState] = useState<State>({});
  // One lead id per form, reused by every retry of it.
  const [opened] = useState(() => ({ openedAt: Date.now(), leadId: newLeadId() }));
  const ref = useRef<HTMLDialogElement>(null);
  const id = useUniqueId();
  const consent = consentText(school, model.config.value.locale);
  const done = state.s && state.s !== 'sending';
  const errors = state.errors ?? {};

  // A layout effect, so focus moves in the frame the dialog, the errors or the outcome appear.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    // Every supported browser has showModal(); elsewhere the dialog at least shows.
    if (!dialog.open) dialog.showModal ? dialog.showModal() : dialog.setAttribute('open', '');
    // With no form (no program matches), Close is the one thing to do.
    const find = (selector: string) => dialog.querySelector<HTMLElement>(selector);
    if (state.s !== 'sending') (find(done ? '[role=status]' : '[aria-invalid]') ?? find('[name=firstName]') ?? find('button'))!.focus();
  }, [state]);

  const close = (event: Event) => {
    // Stops the browser's own close, so the model decides and focus returns the same way everywhere.
    event.preventDefault();
    model.closeRequest();
  };
  const invalid = (key: keyof Errors) => errors[key] ? { 'aria-invalid': true, 'aria-describedby': id + key } : null;
  const error = (key: keyof Errors) => errors[key] && <p id={id + key}>{errors[key]}</p>;

  async function submit(event: Event) {
    event.preventDefault();
    if (state.s) return;
    const data = Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>;
    const checked = validateContact(data as Record<ContactField, string>);
    const found: Errors = {};
    if (!checked.ok) for (const field in checked.errors) found[field as ContactField] = t.errors[CONTACT_FIELDS.indexOf(field as ContactField)]!;
    if (!data['consent']) found.consent = t.errors[5]!;
    if (!checked.ok || found.consent) return setState({ errors: found, note: t.fix });
    const now = Date.now();
    // A filled honeypot or a form done in under 3 s is a bot's: it sees success, nothing is sent or reported.
    // Checked after validation, so a person who slips still sees why.
    if (data['website'] || now - opened.openedAt < 3000) return setState({ s: 'delivered' });
    const config = model.config.peek();
    const gpc = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    const built = buildLead({
      ...opened,
      now: new Date(now),
      catalog: model.catalog.peek(),
      schoolId: school.id,
      // Only radios of programs the answers admit exist, so a stale choice is never sent.
      programId: data['program'] ?? '',
      answers: model.answers.peek(),
      contact: checked.contact,
      consentText: consent,
      config,
      page: { url: location.href, referrer: document.referrer },
      client: { userAgent: navigator.userAgent, language: navigator.language, ...(gpc !== undefined && { gpc }) },
    });
    // A lead the answers do not admit (or an otherwise invalid one) is never sent.
    if (!built.ok) console.warn(built.message);
    else setState({ s: 'sending' });
    // Delivery reports failures as values; a throw is a bug, and the student can still submit again.
    const outcome = built.ok && (await model.delivery.send(config.endpoint, built.lead).catch((cause: unknown) => console.error('[schoolmatch]', cause)));
    if (!outcome) return setState({ note: t.failed });
    if (outcome.status === 'rejected') {
      const fields: Record<string, string> = {};
      for (const { path, message } of outcome.errors) {
        const [head, field] = path.split('.');
        // The first message about a control explains it; later ones repeat or follow from it.
        fields[(head === 'contact' ? field : head)!] ??= t.refused || message;
      }
      return setState({ errors: fields, note: t.rejected });
    }
    model.emit({
      type: 'schoolmatch:lead',
      detail: { leadId: outcome.leadId, schoolId: school.id, programId: data['program']!, status: outcome.status },
    });
    setState({ s: outcome.status });
  }

  const others = shown.filter((match) => match.school !== school);
  return (
    <dialog ref={ref} aria-labelledby={id} onKeyDown={(event) => event.key === 'Escape' && close(event)} onCancel={close}>
      <button type="button" onClick={close}>
        {t.close}
      </button>
      <h2 id={id}>{t.title(school.name)}</h2>
      <p role="status" tabIndex={-1}>
        {state.s && t[state.s](school.name)}
      </p>
      {done ? (
        others[0] && (
          <>
            <h3>{t.others}</h3>
            <ul>
              {others.map(({ school: other }) => (
                <li key={other.id}>
                  <button type="button" class="sm-primary" onClick={() => model.openRequest(other.id)}>
                    {t.title(other.name)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : programs[0] ? (
        <form noValidate onSubmit={submit}>
          {state.note && <p role="alert">{state.note}</p>}
          <ProgramChoice
            legend={t.program}
            programs={programs}
            checked={programs.find((program) => program.id === programId) ?? programs[0]}
            radio={invalid('program')}
          >
            {error('program')}
          </ProgramChoice>
          {CONTACT_FIELDS.map((field, index) => {
            const [autocomplete, type, inputmode] = INPUTS[index]!.split(' ');
            // The form is a grid, so each error sits right under its field.
            return [
              <label key={field}>
                {t.labels[index]}
                <input name={field} type={type as 'text'} autocomplete={autocomplete} inputmode={inputmode} required {...invalid(field)} />
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
          <button type="submit" class="sm-primary">
            {t.submit}
          </button>
        </form>
      ) : (
        <p>{t.noMatch(school.name)}</p>
      )}
    </dialog>
  );
}
