import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { Catalog } from '../../src/catalog/schema.ts';
import type { Delivery } from '../../src/delivery/createDelivery.ts';
import type { EmbedConfig } from '../../src/embedConfig.ts';
import { matchSchools, type MatchResult } from '../../src/matchSchools.ts';
import type { Answers, QuestionId } from '../../src/questions.ts';
import type { Messages } from '../messages/en.ts';
import { messageTables } from '../messages/messageTables.ts';
import { questionOptions } from '../messages/questionOptions.ts';

/** An event the widget reports to the page (the embed layer dispatches it as a CustomEvent). */
export type WidgetEvent =
  | { type: 'schoolmatch:answer'; detail: { question: QuestionId; value: string } }
  | {
      type: 'schoolmatch:lead';
      detail: { leadId: string; schoolId: string; programId: string; status: 'delivered' | 'queued' };
    };

/** What a widget instance is made from. */
export interface WidgetOptions {
  catalog: Catalog;
  config: EmbedConfig;
  emit: (event: WidgetEvent) => void;
  delivery: Delivery;
}

/** The school (and optionally program) the student is requesting information from. */
export interface OpenRequest {
  schoolId: string;
  programId?: string | undefined;
}

/** One widget instance's state (signals) and the verbs that change it. */
export interface WidgetModel {
  catalog: Signal<Catalog>;
  config: Signal<EmbedConfig>;
  answers: Signal<Answers>;
  matches: ReadonlySignal<MatchResult>;
  messages: ReadonlySignal<Messages>;
  request: Signal<OpenRequest | null>;
  answer(question: QuestionId, value: string): void;
  clearAnswer(question: QuestionId): void;
  startOver(): void;
  openRequest(schoolId: string, programId?: string): void;
  closeRequest(): void;
  emit(event: WidgetEvent): void;
  delivery: Delivery;
  dispose(): void;
}

/** Creates the state model of one widget instance. */
export function createWidgetModel({ emit, delivery, ...options }: WidgetOptions): WidgetModel {
  const catalog = signal(options.catalog);
  const config = signal(options.config);
  const answers = signal<Answers>({});
  const request = signal<OpenRequest | null>(null);
  const isOption = (question: QuestionId, value: string): boolean =>
    questionOptions(question, 'en', catalog.value.subjects).some(([id]) => id === value);
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

  return {
    catalog,
    config,
    answers,
    matches: computed(() => matchSchools(catalog.value, answers.value)),
    messages: computed(() => messageTables[config.value.locale]),
    request,
    answer(question, value) {
      if (!isOption(question, value)) return;
      answers.value = { ...answers.peek(), [question]: value };
      emit({ type: 'schoolmatch:answer', detail: { question, value } });
    },
    clearAnswer(question) {
      const { [question]: _cleared, ...rest } = answers.peek();
      answers.value = rest;
    },
    startOver() {
      request.value = null;
      answers.value = preset();
    },
    openRequest(schoolId, programId) {
      request.value = { schoolId, programId };
    },
    closeRequest() {
      request.value = null;
    },
    emit,
    delivery,
    dispose,
  };
}
