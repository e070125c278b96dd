import { within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/questions.ts';
import {
  ANSWERS,
  catalog,
  checkConsent,
  errorOf,
  fill,
  openAlpha,
  setup,
  submit,
  useRequestTestClock,
  VALID,
  waitPastMinimumTime,
} from './requestHarness.tsx';

useRequestTestClock();

// Alpha College enrols residents of Texas and Arkansas only, its BS only in Texas, and asks every optional question.
const statesCatalog = {
  ...catalog,
  schools: catalog.schools.map((school) =>
    school.id === 'alpha'
      ? {
          ...school,
          questions: [...school.questions, 'postalCode', 'military', 'startDate'] as typeof school.questions,
          rules: { ...school.rules, states: ['TX' as const, 'AR' as const] },
          programs: school.programs.map((program) =>
            program.id === 'a-bs' ? { ...program, states: ['TX' as const] } : program,
          ),
        }
      : school,
  ),
};
const V2_ANSWERS: Answers = { ...ANSWERS, postalCode: '75201', military: 'reserve', startDate: '4-6-months' };
const CERT = 'https://cert.trustedform.com/0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';
const LEADID = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';

/** Hidden inputs a publisher page holds, as TrustedForm's and Jornaya's scripts leave them. */
function pageInputs(trustedForm?: string, jornaya?: string): void {
  const form = document.body.appendChild(document.createElement('form'));
  form.className = 'host-page';
  if (trustedForm !== undefined)
    form.insertAdjacentHTML('beforeend', `<input type="hidden" name="xxTrustedFormCertUrl" value="${trustedForm}">`);
  if (jornaya !== undefined)
    form.insertAdjacentHTML('beforeend', `<input type="hidden" id="leadid_token" value="${jornaya}">`);
}
afterEach(() => {
  document.querySelectorAll('form.host-page').forEach((form) => form.remove());
  vi.restoreAllMocks();
});

async function sendWith(dialog: HTMLElement, zip = '75201') {
  fill(dialog, { ...VALID, 'ZIP code': zip });
  checkConsent(dialog);
  waitPastMinimumTime();
  await submit(dialog);
}

describe('the request form, v2', () => {
  it('fills the ZIP code from the answer', () => {
    setup({ catalog: statesCatalog, answers: V2_ANSWERS });
    expect((within(openAlpha()).getByLabelText('ZIP code') as HTMLInputElement).value).toBe('75201');
  });

  it('sends the answers to the optional questions and the state of the ZIP code', async () => {
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS });
    await sendWith(openAlpha());
    expect(delivery.sent).toHaveLength(1);
    const { lead } = delivery.sent[0]!;
    expect(lead.answers).toEqual({
      subject: 'health-informatics',
      educationLevel: 'high-school',
      usCitizen: true,
      postalCode: '75201',
      military: 'reserve',
      startDate: '4-6-months',
    });
    expect(lead.contact.state).toBe('TX');
    expect(lead).not.toHaveProperty('evidence');
  });

  it('refuses a ZIP code typed in the form in a state where the chosen program is not offered: a field error, not a lead', async () => {
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS });
    const dialog = openAlpha();
    await sendWith(dialog, '72201');
    expect(errorOf(within(dialog).getByLabelText('ZIP code'))).toBe('Not available in Arkansas');
    expect(delivery.sent).toEqual([]);
  });

  it('says so in Spanish', async () => {
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS, locale: 'es' });
    const dialog = openAlpha('Solicitar información a Alpha College');
    fill(dialog, {
      Nombre: 'Ana',
      Apellido: 'García',
      'Correo electrónico': 'ana@example.com',
      Teléfono: '(212) 555-0123',
      'Código postal (ZIP)': '10001',
    });
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    expect(errorOf(within(dialog).getByLabelText('Código postal (ZIP)'))).toBe('No disponible en Nueva York');
    expect(delivery.sent).toEqual([]);
  });

  it('copies the TrustedForm certificate and the Jornaya LeadiD token from the page when the embed asks for them', async () => {
    pageInputs(CERT, LEADID);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS, evidence: ['trustedform', 'jornaya'] });
    await sendWith(openAlpha());
    expect(delivery.sent[0]?.lead.evidence).toEqual({ trustedFormCertUrl: CERT, jornayaLeadId: LEADID });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads no evidence the embed does not ask for', async () => {
    pageInputs(CERT, LEADID);
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS, evidence: ['jornaya'] });
    await sendWith(openAlpha());
    expect(delivery.sent[0]?.lead.evidence).toEqual({ jornayaLeadId: LEADID });
  });

  it('sends the lead without a missing or malformed token, with one warning naming it', async () => {
    pageInputs('https://example.com/not-a-cert');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { delivery } = setup({ catalog: statesCatalog, answers: V2_ANSWERS, evidence: ['trustedform', 'jornaya'] });
    await sendWith(openAlpha());
    expect(delivery.sent).toHaveLength(1);
    expect(delivery.sent[0]?.lead).not.toHaveProperty('evidence');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^\[schoolmatch\] evidence left out of the lead: input\[name="xxTrustedFormCertUrl"\] and #leadid_token /,
    );
  });
});
