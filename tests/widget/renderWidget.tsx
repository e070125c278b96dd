// Test helper: renders the widget with the seed catalog, a recording delivery and a recording emit.
import { act, fireEvent, getQueriesForElement, screen, within } from '@testing-library/preact';
import { afterEach } from 'vitest';
import rawCatalog from '../../fixtures/catalog.json';
import type { Catalog } from '../../src/catalog/schema.ts';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { Delivery, DeliveryOutcome } from '../../src/delivery/createDelivery.ts';
import type { EmbedConfig, Locale } from '../../src/embedConfig.ts';
import { QUESTION_IDS, type Answers } from '../../src/questions.ts';
import type { Lead } from '../../src/lead/schema.ts';
import { renderApp } from '../../widget/renderApp.tsx';
import { messageTables } from '../../widget/messages/messageTables.ts';
import { createWidgetModel, type WidgetEvent, type WidgetModel } from '../../widget/model/createWidgetModel.ts';

/** The seed catalog, parsed the way the widget parses it. */
export function seedCatalog(): Catalog {
  const result = parseCatalog(rawCatalog);
  if (!result.ok) throw new Error(`seed catalog does not parse: ${result.error.path} ${result.error.message}`);
  return result.catalog;
}

/** A delivery that records what it is asked to send and never touches the network. */
export class RecordingDelivery implements Delivery {
  readonly sent: { endpoint: string; lead: Lead }[] = [];
  resumed = 0;
  destroyed = 0;
  send(endpoint: string, lead: Lead): Promise<DeliveryOutcome> {
    this.sent.push({ endpoint, lead });
    return Promise.resolve({ status: 'delivered', leadId: lead.leadId });
  }
  resume(): void {
    this.resumed += 1;
  }
  destroy(): void {
    this.destroyed += 1;
  }
}

/** A valid configuration for tests; override any field. */
export function testConfig(overrides: Partial<EmbedConfig> = {}): EmbedConfig {
  return {
    catalog: { inline: rawCatalog },
    endpoint: '/api/leads',
    publisher: 'pub-test',
    sections: ['featured', 'popular'],
    maxSchools: 10,
    locale: 'en',
    testMode: true,
    evidence: [],
    ...overrides,
  };
}

/** Renders the whole widget and returns the model, the recorded events and the testing-library result. */
export function renderWidget(overrides: Partial<EmbedConfig> = {}, catalog: Catalog = seedCatalog()) {
  const events: WidgetEvent[] = [];
  const delivery = new RecordingDelivery();
  const model: WidgetModel = createWidgetModel({
    catalog,
    config: testConfig(overrides),
    emit: (type, detail) => events.push({ type, detail } as WidgetEvent),
    delivery,
  });
  const container = document.body.appendChild(document.createElement('div'));
  // Rendered the way the embed layer renders it, so signal changes re-render exactly as in the product.
  act(() => {
    // A render error fails the test loudly instead of being swallowed.
    const stop = renderApp(model, container, (error) => {
      throw error;
    });
    mounted.push(() => (stop(), container.remove()));
  });
  return { model, events, delivery, container, ...getQueriesForElement(container) };
}

const mounted: Array<() => void> = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

/** Answers like a student would: by choosing options in the "Your answers" selects. */
export function chooseAnswers(answers: Answers): void {
  chooseAnswersIn('en', answers);
}

/** Like chooseAnswers, for a widget in the given locale. */
export function chooseAnswersIn(locale: Locale, answers: Answers): void {
  const summary = screen.getByRole('group', { name: messageTables[locale].answers });
  for (const question of QUESTION_IDS) {
    const value = answers[question];
    if (value === undefined) continue;
    const select = within(summary).getByRole('combobox', { name: messageTables[locale].questions[question] });
    fireEvent.change(select, { target: { value } });
  }
}
