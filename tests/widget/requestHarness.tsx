// Test helper for the request dialog: a small catalog, a scripted delivery, a Date-only fake clock.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import * as v from 'valibot';
import { afterEach, beforeEach, vi } from 'vitest';
import { CatalogSchema } from '../../src/catalog/schema.ts';
import type { Delivery, DeliveryOutcome } from '../../src/delivery/createDelivery.ts';
import type { EmbedConfig, Locale } from '../../src/embedConfig.ts';
import type { Lead } from '../../src/lead/schema.ts';
import type { Answers } from '../../src/questions.ts';
import { createWidgetModel, type WidgetEvent } from '../../widget/model/createWidgetModel.ts';
import { RequestDialog } from '../../widget/request/RequestDialog.tsx';
import { render } from 'preact';

/** Three schools; with ANSWERS, Alpha shows two of its three programs and Gamma has its own consent text. */
export const catalog = v.parse(CatalogSchema, {
  version: 1,
  subjects: [{ id: 'health-informatics', label: 'Health Informatics' }],
  schools: [
    {
      id: 'alpha',
      name: 'Alpha College',
      rank: 1,
      questions: ['educationLevel', 'subject', 'usCitizen'],
      programs: [
        {
          id: 'a-cert',
          name: 'Certificate in Health Informatics',
          level: 'certificate',
          subjects: ['health-informatics'],
        },
        { id: 'a-bs', name: 'BS Health Informatics', level: 'bachelor', subjects: ['health-informatics'] },
        { id: 'a-ms', name: 'MS Health Informatics', level: 'master', subjects: ['health-informatics'] },
      ],
    },
    {
      id: 'beta',
      name: 'Beta University',
      rank: 2,
      questions: ['educationLevel', 'subject', 'usCitizen'],
      programs: [{ id: 'b-bs', name: 'BS Health Information', level: 'bachelor', subjects: ['health-informatics'] }],
    },
    {
      id: 'gamma',
      name: 'Gamma Institute',
      rank: 3,
      questions: ['usCitizen', 'educationLevel', 'subject'],
      rules: { requiresUsCitizen: true },
      consentText: 'I agree that {school} may call and email me about its programs.',
      programs: [{ id: 'g-as', name: 'AS Health Informatics', level: 'associate', subjects: ['health-informatics'] }],
    },
  ],
});

/** Answers under which every school matches. */
export const ANSWERS: Answers = { subject: 'health-informatics', educationLevel: 'high-school', usCitizen: 'yes' };
/** Valid contact details, by field label. */
export const VALID = {
  'First name': 'Ana',
  'Last name': 'García',
  Email: 'ana@example.com',
  Phone: '(212) 555-0123',
  'ZIP code': '10001',
};
/** The default consent text for Alpha College. */
export const ALPHA_CONSENT =
  'By checking this box and submitting this form, I agree that Alpha College may contact me about its programs ' +
  'by email, phone and text message, including by automated means, at the email and phone number I provided. ' +
  'Consent is not a condition of enrollment or purchase. Message and data rates may apply.';

/** A scripted answer of the fake delivery. */
export type Outcome = (lead: Lead) => DeliveryOutcome | Promise<DeliveryOutcome>;

/** A delivery that records every send and answers with scripted outcomes; it never touches the network. */
export class ScriptedDelivery implements Delivery {
  readonly sent: { endpoint: string; lead: Lead }[] = [];
  constructor(private readonly outcomes: Outcome[]) {}
  send(endpoint: string, lead: Lead): Promise<DeliveryOutcome> {
    this.sent.push({ endpoint, lead });
    const next = this.outcomes.shift() ?? ((l: Lead) => ({ status: 'delivered', leadId: l.leadId }) as const);
    return Promise.resolve(next(lead));
  }
  resume(): void {}
  destroy(): void {}
}

/** Renders the dialog beside an "Open form" button that requests Alpha's BS program. */
export function setup(
  options: {
    outcomes?: Outcome[];
    locale?: Locale;
    answers?: Answers;
    evidence?: EmbedConfig['evidence'];
    catalog?: typeof catalog;
  } = {},
) {
  const events: WidgetEvent[] = [];
  const delivery = new ScriptedDelivery(options.outcomes ?? []);
  const config: EmbedConfig = {
    catalog: { inline: {} },
    endpoint: 'https://leads.example.com/api/leads',
    publisher: 'pub-123',
    sections: ['featured', 'popular'],
    maxSchools: 10,
    locale: options.locale ?? 'en',
    testMode: false,
    evidence: options.evidence ?? [],
  };
  const model = createWidgetModel({
    catalog: options.catalog ?? catalog,
    config,
    emit: (type, detail) => events.push({ type, detail } as WidgetEvent),
    delivery,
  });
  model.answers.value = options.answers ?? ANSWERS;
  const container = document.body.appendChild(document.createElement('div'));
  // Rendered the way the embed layer renders it, so signal changes re-render exactly as in the product.
  act(() => {
    render(
      <div>
        <button type="button" onClick={() => model.openRequest('alpha', 'a-bs')}>
          Open form
        </button>
        <RequestDialog model={model} />
      </div>,
      container,
    );
    // A render error fails the test loudly: with no error boundary, Preact throws it out of the render.
    mounted.push(() => (render(null, container), container.remove()));
  });
  return { model, events, delivery };
}

/** Focuses and clicks "Open form", returning the dialog that opens. */
export function openAlpha(name = 'Request info from Alpha College'): HTMLElement {
  const opener = screen.getByRole('button', { name: 'Open form' });
  opener.focus();
  fireEvent.click(opener);
  return screen.getByRole('dialog', { name });
}

/** Types values into the dialog's fields, by label. */
export function fill(dialog: HTMLElement, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.input(within(dialog).getByLabelText(label), { target: { value } });
  }
}

/** Checks the consent checkbox. */
export function checkConsent(dialog: HTMLElement): void {
  fireEvent.click(within(dialog).getByRole('checkbox'));
}

/** Moves the fake clock past the 3 s minimum time to complete. */
export function waitPastMinimumTime(): void {
  vi.setSystemTime(Date.now() + 4000);
}

/** Submits the form and lets the (fake, instant) delivery answer before returning. */
export async function submit(dialog: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    await settle();
  });
}

/** Lets pending promises (the fake delivery's answer) settle. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The text of the error a control's aria-describedby points at, or null when it has none. */
export function errorOf(field: HTMLElement): string | null | undefined {
  const id = field.getAttribute('aria-describedby');
  return id === null ? null : document.getElementById(id)?.textContent;
}

const mounted: Array<() => void> = [];

/** Fakes only Date (so the 3 s minimum is under the test's control while promises stay real) and cleans up. */
export function useRequestTestClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
  });
  afterEach(() => {
    cleanup();
    for (const unmount of mounted.splice(0)) unmount();
    vi.useRealTimers();
  });
}
