import { fireEvent, within } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import {
  checkConsent,
  fill,
  openAlpha,
  setup,
  submit,
  useRequestTestClock,
  VALID,
  waitPastMinimumTime,
} from './requestHarness.tsx';

useRequestTestClock();

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // happy-dom computes no layout or colours, so contrast cannot be judged here (the browser tests do it).
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

async function submitValid(dialog: HTMLElement): Promise<void> {
  fill(dialog, VALID);
  checkConsent(dialog);
  waitPastMinimumTime();
  await submit(dialog);
}

describe('the request dialog’s accessibility', () => {
  it('has no axe violation when it opens', async () => {
    setup();
    openAlpha();
    expect(await violations()).toEqual([]);
  });

  it('has no axe violation while it shows every field’s error', async () => {
    setup();
    const dialog = openAlpha();
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    expect(
      within(dialog)
        .getAllByRole('textbox')
        .every((input) => input.getAttribute('aria-invalid') === 'true'),
    ).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it('has no axe violation while it shows an endpoint’s rejection beside a field', async () => {
    setup({
      outcomes: [
        (lead: Lead) => ({
          status: 'rejected',
          leadId: lead.leadId,
          errors: [{ path: 'contact.email', message: 'is not accepted' }],
        }),
      ],
    });
    const dialog = openAlpha();
    await submitValid(dialog);
    expect(within(dialog).getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe('true');
    expect(await violations()).toEqual([]);
  });

  it('has no axe violation when it thanks the student and offers the other schools', async () => {
    setup();
    const dialog = openAlpha();
    await submitValid(dialog);
    expect(within(dialog).getByRole('button', { name: 'Request info from Beta University' })).toBeTruthy();
    expect(await violations()).toEqual([]);
  });

  it('has no axe violation in Spanish with every field’s error', async () => {
    setup({ locale: 'es' });
    const dialog = openAlpha('Solicitar información a Alpha College');
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    expect(within(dialog).getByRole('alert').textContent).toContain('Corrige los campos marcados.');
    expect(await violations()).toEqual([]);
  });
});
