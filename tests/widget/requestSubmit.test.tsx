import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { DeliveryOutcome } from '../../src/delivery/createDelivery.ts';
import { LeadSchema, type Lead } from '../../src/lead/schema.ts';
import {
  ALPHA_CONSENT,
  checkConsent,
  errorOf,
  fill,
  openAlpha,
  settle,
  setup,
  submit,
  useRequestTestClock,
  VALID,
  waitPastMinimumTime,
} from './requestHarness.tsx';

useRequestTestClock();

describe('submitting the request form', () => {
  it('sends one valid lead for the chosen program with the consent text exactly as shown', async () => {
    const { delivery } = setup();
    const dialog = openAlpha();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Certificate in Health Informatics' }));
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);

    expect(delivery.sent).toHaveLength(1);
    const { endpoint, lead } = delivery.sent[0] as { endpoint: string; lead: Lead };
    expect(endpoint).toBe('https://leads.example.com/api/leads');
    expect(v.safeParse(LeadSchema, lead).success).toBe(true);
    const checkbox = within(dialog).queryByRole('checkbox');
    expect(checkbox).toBeNull(); // the form gave way to the outcome
    expect(lead.consent.text).toBe(ALPHA_CONSENT);
    expect(lead.program).toEqual({ id: 'a-cert', name: 'Certificate in Health Informatics', level: 'certificate' });
    expect(lead.contact).toEqual({
      firstName: 'Ana',
      lastName: 'García',
      email: 'ana@example.com',
      phone: '+12125550123',
      postalCode: '10001',
      state: 'NY',
    });
    expect(lead.client.timeToCompleteMs).toBe(4000);
  });

  it('keeps the program the student picked when the form shows errors, and sends that one', async () => {
    const { delivery } = setup();
    const dialog = openAlpha();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Certificate in Health Informatics' }));
    await submit(dialog);
    expect(within(dialog).getByRole('radio', { name: 'Certificate in Health Informatics' })).toHaveProperty(
      'checked',
      true,
    );
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    expect(delivery.sent.map(({ lead }) => lead.program.id)).toEqual(['a-cert']);
  });

  it('thanks the student by school name once delivered and offers the other matching schools, each with its own form', async () => {
    const { delivery, events } = setup();
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);

    expect(within(dialog).getByRole('status').textContent).toBe('Thanks! Your request was sent to Alpha College.');
    expect(events).toEqual([
      {
        type: 'schoolmatch:lead',
        detail: { leadId: delivery.sent[0]?.lead.leadId, schoolId: 'alpha', programId: 'a-bs', status: 'delivered' },
      },
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Request info from Alpha College' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Request info from Gamma Institute' }));

    const gamma = screen.getByRole('dialog', { name: 'Request info from Gamma Institute' });
    const consent = within(gamma).getByRole('checkbox', {
      name: 'I agree that Gamma Institute may call and email me about its programs.',
    });
    expect(consent).toHaveProperty('checked', false);
    expect(within(gamma).getByRole('radio', { name: 'AS Health Informatics' })).toHaveProperty('checked', true);
    fill(gamma, VALID);
    checkConsent(gamma);
    waitPastMinimumTime();
    await submit(gamma);
    expect(delivery.sent.map(({ lead }) => lead.school.id)).toEqual(['alpha', 'gamma']);
    expect(delivery.sent[1]?.lead.leadId).not.toBe(delivery.sent[0]?.lead.leadId);
  });

  it('says "Sending…" while the request is on its way and ignores a second submit meanwhile', async () => {
    let finish: (outcome: DeliveryOutcome) => void = () => {};
    const { delivery } = setup({ outcomes: [() => new Promise((resolve) => (finish = resolve))] });
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe('Sending…');
    await submit(dialog);
    expect(delivery.sent).toHaveLength(1);
    await act(async () => {
      finish({ status: 'delivered', leadId: delivery.sent[0]?.lead.leadId ?? '' });
      await settle();
    });
    expect(within(dialog).getByRole('status').textContent).toBe('Thanks! Your request was sent to Alpha College.');
  });

  it('tells the student a queued request is saved and will be sent', async () => {
    const { events } = setup({ outcomes: [(lead) => ({ status: 'queued', leadId: lead.leadId })] });
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Saved: your request to Alpha College will be sent once you are online.',
    );
    expect(events.map((event) => event.type === 'schoolmatch:lead' && event.detail.status)).toEqual(['queued']);
  });

  it('shows a rejected request’s messages beside the right fields, does not resend it, and reuses its lead id once fixed', async () => {
    const { delivery, events } = setup({
      outcomes: [
        (lead) => ({
          status: 'rejected',
          leadId: lead.leadId,
          errors: [
            { path: 'contact.email', message: 'must be an email address like name@example.com' },
            { path: 'contact.phone', message: 'must have a valid US area code and exchange' },
          ],
        }),
      ],
    });
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);

    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    expect(errorOf(email)).toBe('must be an email address like name@example.com');
    expect(errorOf(within(dialog).getByRole('textbox', { name: 'Phone' }))).toBe(
      'must have a valid US area code and exchange',
    );
    expect(errorOf(within(dialog).getByRole('textbox', { name: 'First name' }))).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toContain('Not accepted: fix the marked fields');
    expect(document.activeElement).toBe(email);
    expect(delivery.sent).toHaveLength(1);
    expect(events).toEqual([]);

    fill(dialog, { Email: 'ana.garcia@example.com' });
    await submit(dialog);
    expect(delivery.sent).toHaveLength(2);
    expect(delivery.sent[1]?.lead.leadId).toBe(delivery.sent[0]?.lead.leadId);
    expect(within(dialog).getByRole('status').textContent).toBe('Thanks! Your request was sent to Alpha College.');
  });

  it('shows success to a bot that fills the hidden field but sends and reports nothing', async () => {
    const { delivery, events } = setup();
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    const honeypot = dialog.querySelector<HTMLInputElement>('input[name="website"]') as HTMLInputElement;
    expect(honeypot.getAttribute('tabindex')).toBe('-1');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.input(honeypot, { target: { value: 'https://spam.example' } });
    waitPastMinimumTime();
    await submit(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe('Thanks! Your request was sent to Alpha College.');
    expect(delivery.sent).toEqual([]);
    expect(events).toEqual([]);
  });

  it('shows success to a submission made within 3 seconds of opening but sends and reports nothing', async () => {
    const { delivery, events } = setup();
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    vi.setSystemTime(Date.now() + 2900);
    await submit(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe('Thanks! Your request was sent to Alpha College.');
    expect(delivery.sent).toEqual([]);
    expect(events).toEqual([]);
  });

  it('reports the lead to the page with ids and status only, never contact details', async () => {
    const { events } = setup();
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    await waitFor(() => expect(events).toHaveLength(1));
    const detail = events[0]?.detail ?? {};
    expect(Object.keys(detail).sort()).toEqual(['leadId', 'programId', 'schoolId', 'status']);
    const text = JSON.stringify(events);
    for (const value of ['Ana', 'García', 'ana@example.com', '555', '10001']) expect(text).not.toContain(value);
  });

  it('still reports a lead sent from a form closed while sending, without its outcome showing in the form opened next', async () => {
    let finish: (outcome: DeliveryOutcome) => void = () => {};
    const { delivery, events } = setup({ outcomes: [() => new Promise((resolve) => (finish = resolve))] });
    const dialog = openAlpha();
    fill(dialog, VALID);
    checkConsent(dialog);
    waitPastMinimumTime();
    await submit(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    const again = openAlpha();
    await act(async () => {
      finish({ status: 'delivered', leadId: delivery.sent[0]?.lead.leadId ?? '' });
      await settle();
    });
    expect(within(again).getByRole('status').textContent).toBe('');
    expect(document.activeElement).toBe(within(again).getByLabelText('First name'));
    expect(events.map((event) => event.type)).toEqual(['schoolmatch:lead']);
  });
});
