import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import {
  ALPHA_CONSENT,
  ANSWERS,
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

describe('the request dialog', () => {
  it('opens as a modal dialog named after the school with focus on the first field, and Escape closes it and returns focus', () => {
    setup();
    const dialog = openAlpha();
    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByLabelText('First name'));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open form' }));
  });

  it('closes with the Close button and returns focus to the button that opened it', () => {
    const { model } = setup();
    const dialog = openAlpha();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(model.request.value).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open form' }));
  });

  it('offers the school’s matching programs as radio buttons with the requested one chosen', () => {
    setup();
    const dialog = openAlpha();
    const radios = within(dialog).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['a-cert', 'a-bs']);
    expect(within(dialog).getByRole('radio', { name: 'BS Health Informatics' })).toHaveProperty('checked', true);
    expect(within(dialog).queryByRole('radio', { name: 'MS Health Informatics' })).toBeNull();
  });

  it('labels each contact field and asks the browser for the right autofill and keyboard', () => {
    setup();
    const dialog = openAlpha();
    const expected: [string, string, string, string | null][] = [
      ['First name', 'given-name', 'text', null],
      ['Last name', 'family-name', 'text', null],
      ['Email', 'email', 'email', 'email'],
      ['Phone', 'tel-national', 'tel', 'tel'],
      ['ZIP code', 'postal-code', 'text', 'numeric'],
    ];
    for (const [label, autocomplete, type, inputmode] of expected) {
      const input = within(dialog).getByRole('textbox', { name: label });
      expect([input.getAttribute('autocomplete'), input.getAttribute('type'), input.getAttribute('inputmode')]).toEqual(
        [autocomplete, type, inputmode],
      );
      expect(input.hasAttribute('required')).toBe(true);
    }
    const consent = within(dialog).getByRole('checkbox', { name: ALPHA_CONSENT });
    expect(consent).toHaveProperty('checked', false);
    expect(within(dialog).getByRole('button', { name: 'Submit request' })).toBeTruthy();
  });

  it('shows each field’s error beside it, announces them, focuses the first and sends nothing', async () => {
    const { delivery } = setup();
    const dialog = openAlpha();
    fill(dialog, { 'First name': 'R2-D2', Email: 'ana@', Phone: '123', 'ZIP code': '12' });
    waitPastMinimumTime();
    await submit(dialog);

    const field = (name: string) => within(dialog).getByRole('textbox', { name });
    expect(errorOf(field('First name'))).toBe("Enter up to 50 letters, spaces or ' - .");
    expect(errorOf(field('Last name'))).toBe("Enter up to 50 letters, spaces or ' - .");
    expect(errorOf(field('Email'))).toBe('Enter an email like name@example.com.');
    expect(errorOf(field('Phone'))).toBe('Enter a US phone like (212) 555-0123.');
    expect(errorOf(field('ZIP code'))).toBe('Enter a 5-digit ZIP like 10001.');
    expect(errorOf(within(dialog).getByRole('checkbox'))).toBe('Check this box to agree, or close the form.');
    expect(field('Email').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('alert').textContent).toContain('Fix the marked fields.');
    expect(document.activeElement).toBe(field('First name'));
    expect(delivery.sent).toEqual([]);
  });

  it('refuses a submission without consent, with the error beside the checkbox', async () => {
    const { delivery } = setup();
    const dialog = openAlpha();
    fill(dialog, VALID);
    waitPastMinimumTime();
    await submit(dialog);
    const consent = within(dialog).getByRole('checkbox');
    expect(consent.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(consent)).toBe('Check this box to agree, or close the form.');
    expect(document.activeElement).toBe(consent);
    expect(delivery.sent).toEqual([]);
  });

  it('says so, and offers no form, when the answers leave none of the school’s programs', () => {
    setup({ answers: { ...ANSWERS, educationLevel: 'no-diploma' } });
    const dialog = openAlpha();
    expect(dialog.textContent).toContain('No Alpha College program matches your answers');
    expect(within(dialog).queryByRole('button', { name: 'Submit request' })).toBeNull();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('speaks Spanish when the widget’s locale is es', async () => {
    const { delivery } = setup({ locale: 'es' });
    const dialog = openAlpha('Solicitar información a Alpha College');
    for (const label of ['Nombre', 'Apellido', 'Correo electrónico', 'Teléfono', 'Código postal (ZIP)']) {
      expect(within(dialog).getByRole('textbox', { name: label })).toBeTruthy();
    }
    const consent = within(dialog).getByRole('checkbox');
    const consentLabel = consent.closest('label')?.textContent ?? '';
    expect(consentLabel).toMatch(/^Al marcar esta casilla .* acepto que Alpha College se comunique conmigo/);
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeTruthy();

    expect(within(dialog).getByRole('button', { name: 'Enviar solicitud' })).toBeTruthy();
    waitPastMinimumTime();
    await submit(dialog);
    expect(errorOf(within(dialog).getByRole('textbox', { name: 'Nombre' }))).toBe(
      "Escribe hasta 50 letras, espacios o ' - .",
    );
    expect(within(dialog).getByRole('alert').textContent).toContain('Corrige los campos marcados.');

    fill(dialog, {
      Nombre: 'Ana',
      Apellido: 'García',
      'Correo electrónico': 'ana@example.com',
      Teléfono: '2125550123',
      'Código postal (ZIP)': '10001',
    });
    checkConsent(dialog);
    await submit(dialog);
    expect(within(dialog).getByRole('status').textContent).toBe('¡Gracias! Tu solicitud se envió a Alpha College.');
    expect(delivery.sent[0]?.lead.consent.text).toBe(consentLabel);
  });

  it('still shows the dialog, and Escape still closes it, where the browser lacks showModal()', () => {
    const original = HTMLDialogElement.prototype.showModal;
    // @ts-expect-error -- simulating a browser without native modal dialogs
    HTMLDialogElement.prototype.showModal = undefined;
    try {
      setup();
      const dialog = openAlpha();
      expect(dialog.hasAttribute('open')).toBe(true);
      expect(document.activeElement).toBe(within(dialog).getByLabelText('First name'));
      fireEvent.keyDown(dialog, { key: 'Escape' });
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open form' }));
    } finally {
      HTMLDialogElement.prototype.showModal = original;
    }
  });
});
