import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Catalog, School } from '../../src/catalog/schema.ts';
import type { Delivery } from '../../src/delivery/createDelivery.ts';
import type { EmbedConfig } from '../../src/embedConfig.ts';
import { newLeadId } from '../../src/lead/newLeadId.ts';
import type { ContactField } from '../../src/lead/schema.ts';
import { matchSchools, type MatchResult } from '../../src/matchSchools.ts';
import { OPTIONAL_QUESTION_IDS } from '../../src/optionalQuestions.ts';
import { isAnswer, QUESTION_IDS, type Answers, type QuestionId } from '../../src/questions.ts';
import type { Messages } from '../messages/en.ts';
import { messageTables } from '../messages/messageTables.ts';
import { createAfterRender, type AfterRender } from './afterRender.ts';
import { createSchoolViews, type SchoolView } from './schoolViews.ts';

/** An event the widget reports to the page (the embed layer dispatches it as a CustomEvent). */
export type WidgetEvent =
  | { type: 'schoolmatch:answer'; detail: { question: QuestionId; value: string } }
  | {
      type: 'schoolmatch:lead';
      detail: { leadId: string; schoolId: string; programId: string; status: 'delivered' | 'queued' };
    };

/** Reports a widget event to the page: its type and the detail that type carries. */
export type Emit = <T extends WidgetEvent['type']>(
  type: T,
  detail: Extract<WidgetEvent, { type: T }>['detail'],
) => void;

/** What a widget instance is made from. */
export interface WidgetOptions {
  catalog: Catalog;
  config: EmbedConfig;
  emit: Emit;
  delivery: Delivery;
}

/** The school (and optionally program) the student is requesting information from. */
export interface OpenRequest {
  schoolId: string;
  programId?: string | undefined;
}

/** The request form's error messages, by control. */
export type FormErrors = Partial<Record<ContactField | 'program' | 'consent', string>>;

/**
 * The open request form: when it opened (for the 3 s minimum), its lead id (reused by every retry), and where
 * it is: being edited (maybe with errors and a note), sending, or done (delivered, or queued to send later).
 */
export type RequestForm = { openedAt: number; leadId: string } & (
  | { status: 'editing'; errors: FormErrors; note?: string }
  | { status: 'sending' }
  | { status: 'delivered' }
  | { status: 'queued' }
);

/** A popular school asking its questions inline: which, and whether "Continue" came with some unanswered. */
export interface Asking {
  questions: QuestionId[];
  incomplete: boolean;
}

/** (v2) A ZIP code typed in one field (its id) that is not a US ZIP code, so not an answer. */
export interface ZipDraft {
  field: string;
  text: string;
}

/** One widget instance's state (signals) and the verbs that change it. */
export interface WidgetModel {
  catalog: Signal<Catalog>;
  config: Signal<EmbedConfig>;
  answers: Signal<Answers>;
  /** The questions of the shared answers: the three qualifying ones, then the optional ones some school asks. */
  questions: ReadonlySignal<QuestionId[]>;
  /** A ZIP code typed that is not one, shown with its error where it was typed. */
  zipDraft: Signal<ZipDraft | null>;
  matches: ReadonlySignal<MatchResult>;
  messages: ReadonlySignal<Messages>;
  request: Signal<OpenRequest | null>;
  /** The form of the open request. */
  form: Signal<RequestForm>;
  /** How many times `maxSchools` popular schools are shown. */
  pages: Signal<number>;
  /**
   * How many schools the sections render, cards and popular schools counted together in section order.
   * Infinity (all) unless the mount renders a large catalog in slices (widget/renderInSlices.ts, its one writer).
   */
  rendered: Signal<number>;
  /** The featured schools, in rank order. */
  featured: ReadonlySignal<School[]>;
  /** The popular schools asking their questions inline, by school id. */
  asking: Signal<Record<string, Asking>>;
  /** One question's answer, as a signal that changes only when that answer does. */
  answerOf(question: QuestionId): ReadonlySignal<string | undefined>;
  /** One school's programs, next question and reasons, as signals that change only when they do. */
  schoolView(school: School): SchoolView;
  /** Work (moving the focus) to do once a change has rendered. */
  afterRender: AfterRender;
  /** Answers a question; an empty value clears the answer. */
  answer(question: QuestionId, value: string): void;
  /**
   * (v2) The ZIP code typed in a field (its id), once the student is done with it (change, not every keystroke):
   * a US ZIP code answers the question; anything else clears the answer and shows its error there. True when answered.
   */
  typeZip(text: string, field: string): boolean;
  startOver(): void;
  openRequest(schoolId: string, programId?: string): void;
  /** Closes the request form and gives the focus back to what opened it. */
  closeRequest(): void;
  /**
   * A popular school's "Request info" step: asks its unanswered questions inline and returns the one to answer
   * next, or, when none is left, ends the inline step and returns undefined (the caller then opens the form).
   */
  askFor(school: School): QuestionId | undefined;
  emit: Emit;
  delivery: Delivery;
  dispose(): void;
}

/** A fresh form, being edited with nothing to fix yet. */
const newForm = (): RequestForm => ({ openedAt: Date.now(), leadId: newLeadId(), status: 'editing', errors: {} });

/** Creates the state model of one widget instance; it reads no DOM until a verb runs, so it renders on a server too. */
export function createWidgetModel({ emit, delivery, ...options }: WidgetOptions): WidgetModel {
  const catalog = signal(options.catalog);
  const config = signal(options.config);
  const answers = signal<Answers>({});
  const request = signal<OpenRequest | null>(null);
  const form = signal<RequestForm>({ openedAt: 0, leadId: '', status: 'editing', errors: {} });
  const asking = signal<Record<string, Asking>>({});
  const zipDraft = signal<ZipDraft | null>(null);
  const matches = computed(() => matchSchools(catalog.value, answers.value));
  const messages = computed(() => messageTables[config.value.locale]);
  const answerSignals = new Map<QuestionId, ReadonlySignal<string | undefined>>();
  // What had the focus when the first of a chain of request forms opened, to give it back on close.
  let opener: Element | null = null;
  const isOption = (question: QuestionId, value: string): boolean =>
    isAnswer(
      question,
      value,
      catalog.value.subjects.map((subject) => subject.id),
    );
  // The publisher's preset subject, when the catalog has it (reads are tracked inside the effect below).
  const preset = (): Answers => {
    const subject = config.value.subject;
    return subject && isOption('subject', subject) ? { subject } : {};
  };

  // The preset is the publisher's context, not a student's choice: it is applied on create and whenever
  // the publisher changes it, but a later catalog update must not overwrite what the student chose.
  let applied: string | undefined;
  const dispose = effect(() => {
    const { subject } = preset();
    if (subject && subject !== applied) answers.value = { ...answers.peek(), subject: (applied = subject) };
  });

  const answer = (question: QuestionId, value: string): void => {
    const { [question]: _before, ...rest } = answers.peek();
    if (!value) answers.value = rest;
    else if (isOption(question, value)) {
      answers.value = { ...rest, [question]: value };
      // A ZIP code is personal data: no event carries it.
      if (question !== 'postalCode') emit('schoolmatch:answer', { question, value });
    }
  };

  const openRequest = (schoolId: string, programId?: string): void => {
    if (!request.peek()) {
      // Inside shadow roots the focused element is deeper.
      opener = document.activeElement;
      while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    }
    // One update: a school's form never shows with the previous form's state.
    batch(() => {
      form.value = newForm();
      request.value = { schoolId, programId };
    });
  };
  const closeRequest = (): void => {
    request.value = null;
    // The dialog closes itself first (RequestDialog), so the page behind it is no longer inert.
    (opener as HTMLElement | null)?.focus();
    opener = null;
  };

  return {
    catalog,
    config,
    answers,
    questions: computed(() => [
      ...QUESTION_IDS,
      ...OPTIONAL_QUESTION_IDS.filter((question) =>
        catalog.value.schools.some((school) => school.questions.includes(question)),
      ),
    ]),
    zipDraft,
    matches,
    messages,
    request,
    form,
    pages: signal(1),
    rendered: signal(Infinity),
    featured: computed(() => catalog.value.schools.filter((school) => school.featured)),
    asking,
    answerOf(question) {
      let answer = answerSignals.get(question);
      if (!answer) answerSignals.set(question, (answer = computed(() => answers.value[question])));
      return answer;
    },
    schoolView: createSchoolViews(matches, answers),
    afterRender: createAfterRender(),
    answer,
    typeZip(text, field) {
      const zip = text.trim();
      const answered = isOption('postalCode', zip);
      batch(() => {
        zipDraft.value = zip && !answered ? { field, text } : null;
        answer('postalCode', answered ? zip : '');
      });
      return answered;
    },
    startOver() {
      closeRequest();
      zipDraft.value = null;
      answers.value = preset();
    },
    openRequest,
    closeRequest,
    askFor(school) {
      const pending = school.questions.filter((question) => !answers.peek()[question]);
      const { [school.id]: asked, ...others } = asking.peek();
      // Answered questions stay on screen, so the student can still see and change them; once all are
      // answered the form opens and the inline step is done.
      if (!pending[0]) {
        if (asked) asking.value = others;
      } else {
        const questions = school.questions.filter(
          (question) => pending.includes(question) || asked?.questions.includes(question),
        );
        asking.value = { ...others, [school.id]: { questions, incomplete: !!asked } };
      }
      return pending[0];
    },
    emit,
    delivery,
    dispose,
  };
}
