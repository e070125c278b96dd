import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAnswers, chooseAnswersIn, renderWidget } from './renderWidget.tsx';

afterEach(cleanup);

/** Runs axe-core's WCAG 2.x A/AA rules on the rendered widget and returns the violations, readably. */
async function violations(container: Element) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // happy-dom computes no layout or colours, so axe cannot judge contrast here; the defaults in
    // widget.css are chosen for >= 4.5:1 and the browser tests run axe with this rule on.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
}

describe('accessibility', () => {
  it('has no axe violations before any answer', async () => {
    const { container } = renderWidget();
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations with programs to pick, hidden schools and their reasons open', async () => {
    const { container } = renderWidget();
    chooseAnswers({ subject: 'healthcare-administration', educationLevel: 'associate', usCitizen: 'no' });
    fireEvent.click(screen.getByText(/schools? don't match your answers/));
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations while a popular school asks its questions before the form', async () => {
    const { container } = renderWidget({ maxSchools: 3 });
    const kaplan = within(screen.getByRole('region', { name: 'Popular Schools' })).getByRole('article', {
      name: 'Kaplan University',
    });
    fireEvent.click(within(kaplan).getByRole('button', { name: 'Request info' }));
    fireEvent.click(within(kaplan).getByRole('button', { name: 'Continue' }));
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations in Spanish with every card explaining why nothing matches', async () => {
    const { container } = renderWidget({ locale: 'es' });
    chooseAnswersIn('es', { educationLevel: 'no-diploma' });
    expect(await violations(container)).toEqual([]);
  });
});

describe('ids', () => {
  it('labels the same question in the answers summary, a featured card and a popular school each with its own select', () => {
    const { container } = renderWidget();
    const kaplan = within(screen.getByRole('region', { name: 'Popular Schools' })).getByRole('article', {
      name: 'Kaplan University',
    });
    fireEvent.click(within(kaplan).getByRole('button', { name: 'Request info' }));
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const subjects = screen.getAllByRole('combobox', { name: 'Which subject are you interested in?' });
    // The summary, the featured cards asking it next, and Kaplan's inline questions.
    expect(subjects.length).toBeGreaterThan(2);
    expect(
      within(kaplan).getByRole('combobox', { name: 'Which subject are you interested in?' }).closest('article'),
    ).toBe(kaplan);
  });
});
