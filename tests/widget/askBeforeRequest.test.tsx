import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAnswers, renderWidget } from './renderWidget.tsx';

afterEach(cleanup);

const school = (name: string) =>
  within(screen.getByRole('region', { name: 'Popular Schools' })).getByRole('article', { name });

describe('Request info from a popular school', () => {
  it("asks that school's unanswered questions first, in its order, then opens the form", () => {
    const { model } = renderWidget();
    fireEvent.click(within(school('Colorado Technical University')).getByRole('button', { name: 'Request info' }));
    expect(model.request.value).toBeNull();
    const questions = within(school('Colorado Technical University')).getAllByRole('combobox');
    expect(questions.map((q) => (q as HTMLSelectElement).labels?.[0]?.textContent)).toEqual([
      'Are you a US citizen?',
      'What is your highest level of education?',
      'Which subject are you interested in?',
    ]);
    expect(document.activeElement).toBe(questions[0]);

    fireEvent.change(questions[0]!, { target: { value: 'yes' } });
    fireEvent.click(within(school('Colorado Technical University')).getByRole('button', { name: 'Continue' }));
    expect(model.request.value).toBeNull();
    expect(within(school('Colorado Technical University')).getByRole('alert').textContent).toBe(
      'Answer every question above.',
    );
    expect(document.activeElement).toBe(questions[1]);

    fireEvent.change(questions[1]!, { target: { value: 'master' } });
    fireEvent.change(questions[2]!, { target: { value: 'healthcare-administration' } });
    fireEvent.click(within(school('Colorado Technical University')).getByRole('button', { name: 'Continue' }));
    expect(model.request.value).toEqual({ schoolId: 'colorado-technical-university' });
  });

  it('asks only what is still unanswered', () => {
    renderWidget();
    chooseAnswers({ subject: 'healthcare-administration', usCitizen: 'yes' });
    fireEvent.click(within(school('Herzing University')).getByRole('button', { name: 'Request info' }));
    const questions = within(school('Herzing University')).getAllByRole('combobox');
    expect(questions.map((q) => (q as HTMLSelectElement).labels?.[0]?.textContent)).toEqual([
      'What is your highest level of education?',
    ]);
  });

  it('opens the form at once when every question is already answered', () => {
    const { model } = renderWidget();
    chooseAnswers({ subject: 'healthcare-administration', educationLevel: 'bachelor', usCitizen: 'yes' });
    fireEvent.click(within(school('American University')).getByRole('button', { name: 'Request info' }));
    expect(model.request.value).toEqual({ schoolId: 'american-university' });
  });

  it("gives the focus back to the school's Request info when the form opened from Continue closes", () => {
    const { model } = renderWidget();
    chooseAnswers({ subject: 'healthcare-administration', educationLevel: 'bachelor' });
    fireEvent.click(within(school('Colorado Technical University')).getByRole('button', { name: 'Request info' }));
    fireEvent.change(within(school('Colorado Technical University')).getByRole('combobox'), {
      target: { value: 'yes' },
    });
    fireEvent.click(within(school('Colorado Technical University')).getByRole('button', { name: 'Continue' }));
    expect(model.request.value).toEqual({ schoolId: 'colorado-technical-university' });

    model.closeRequest();
    expect(document.activeElement).toBe(
      within(school('Colorado Technical University')).getByRole('button', { name: 'Request info' }),
    );
  });
});
