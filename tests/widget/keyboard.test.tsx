import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWidget } from './renderWidget.tsx';

afterEach(cleanup);

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const card = (name: string) =>
  within(screen.getByRole('region', { name: 'Featured Schools' })).getByRole('article', { name });

describe('keyboard use', () => {
  it('walks a featured card question by question with focus following each next step', () => {
    const { model } = renderWidget();
    const kaplan = card('Kaplan University');
    const subject = within(kaplan).getByRole('combobox', { name: 'Which subject are you interested in?' });
    subject.focus();
    expect(document.activeElement).toBe(subject);

    fireEvent.change(subject, { target: { value: 'health-information-management' } });
    const education = within(card('Kaplan University')).getByRole('combobox', {
      name: 'What is your highest level of education?',
    });
    expect(document.activeElement).toBe(education);

    fireEvent.change(education, { target: { value: 'bachelor' } });
    const citizen = within(card('Kaplan University')).getByRole('combobox', { name: 'Are you a US citizen?' });
    expect(document.activeElement).toBe(citizen);

    fireEvent.change(citizen, { target: { value: 'yes' } });
    const radio = within(card('Kaplan University')).getByRole('radio', {
      name: 'Master of Health Information Management',
    });
    expect(document.activeElement).toBe(radio);

    // Tab order inside the card: the program radios, then Request info; nothing else and nothing out of order.
    const order = [...card('Kaplan University').querySelectorAll<HTMLElement>(TABBABLE)];
    expect(order.map((el) => el.getAttribute('type') ?? el.tagName.toLowerCase())).toEqual(['radio', 'button']);
    fireEvent.click(radio);
    const request = within(card('Kaplan University')).getByRole('button', { name: 'Request info' });
    request.focus();
    fireEvent.click(request);
    expect(model.request.value).toEqual({ schoolId: 'kaplan-university', programId: 'kaplan-mhim' });
  });

  it('moves focus to the explanation when the last answer leaves a card with no program', () => {
    renderWidget();
    const ctu = card('Colorado Technical University');
    const citizen = within(ctu).getByRole('combobox', { name: 'Are you a US citizen?' });
    citizen.focus();
    fireEvent.change(citizen, { target: { value: 'no' } });
    expect(document.activeElement?.textContent).toContain('Open to US citizens only');
  });

  it('uses only native controls with no positive tabindex, so the tab order follows the page', () => {
    const { container } = renderWidget();
    const positive = [...container.querySelectorAll('[tabindex]')].filter(
      (el) => Number(el.getAttribute('tabindex')) > 0,
    );
    expect(positive).toEqual([]);
    const controls = [...container.querySelectorAll<HTMLElement>(TABBABLE)];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(['BUTTON', 'SELECT', 'SUMMARY', 'INPUT']).toContain(control.tagName);
    expect(container.querySelectorAll('[onclick], div[role="button"], span[role="button"]')).toHaveLength(0);
  });
});
