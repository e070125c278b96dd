import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAnswers, renderWidget, seedCatalog } from './renderWidget.tsx';
import { expectedPopular } from './seedRules.ts';

afterEach(cleanup);

const summary = () => screen.getByRole('group', { name: 'Your answers' });
const summarySelect = (name: string) => within(summary()).getByRole('combobox', { name }) as HTMLSelectElement;
const popularNames = () =>
  within(screen.getByRole('region', { name: 'Popular Schools' }))
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
const allPrograms = () =>
  within(screen.getByRole('region', { name: 'Popular Schools' }))
    .getAllByRole('article')
    .flatMap((article) => within(article).queryAllByRole('listitem'))
    .map((item) => item.textContent);

describe('answers', () => {
  it('shows every question in the summary, changeable at any time', () => {
    renderWidget();
    expect(summarySelect('Which subject are you interested in?').value).toBe('');
    chooseAnswers({ subject: 'health-science' });
    expect(popularNames()).toEqual(['Kaplan University', 'Southern New Hampshire University']);
    chooseAnswers({ subject: 'health-care-quality' });
    expect(popularNames()).toEqual(['The George Washington University']);
    expect(summarySelect('Which subject are you interested in?').value).toBe('health-care-quality');
  });

  it('restores the programs when an answer is cleared with its Clear button', () => {
    renderWidget();
    const before = allPrograms();
    chooseAnswers({ educationLevel: 'associate', usCitizen: 'no' });
    expect(allPrograms()).not.toEqual(before);
    fireEvent.click(within(summary()).getByRole('button', { name: 'Clear: What is your highest level of education?' }));
    expect(allPrograms()).toEqual(expectedPopular(seedCatalog(), { usCitizen: 'no' }).flatMap((s) => s.programs));
    expect(document.activeElement).toBe(summarySelect('What is your highest level of education?'));
    fireEvent.click(within(summary()).getByRole('button', { name: 'Clear: Are you a US citizen?' }));
    expect(allPrograms()).toEqual(before);
    expect(within(summary()).queryByRole('button', { name: /^Clear/ })).toBeNull();
  });

  it('clears an answer when "Select…" is chosen again', () => {
    renderWidget();
    chooseAnswers({ subject: 'health-science' });
    fireEvent.change(summarySelect('Which subject are you interested in?'), { target: { value: '' } });
    expect(popularNames()).toHaveLength(10);
  });

  it('starts over: every answer cleared, every school and program back', () => {
    const { model } = renderWidget();
    chooseAnswers({ subject: 'health-informatics', educationLevel: 'master', usCitizen: 'no' });
    expect(popularNames().length).toBeLessThan(10);
    fireEvent.click(within(summary()).getByRole('button', { name: 'Start over' }));
    expect(model.answers.value).toEqual({});
    expect(popularNames()).toHaveLength(10);
    expect(allPrograms()).toEqual(expectedPopular(seedCatalog(), {}).flatMap((s) => s.programs));
    const kaplan = within(screen.getByRole('region', { name: 'Featured Schools' })).getByRole('article', {
      name: 'Kaplan University',
    });
    expect(within(kaplan).getByRole('combobox', { name: 'Which subject are you interested in?' })).toBeTruthy();
  });

  it('announces the result counts politely after each answer', () => {
    renderWidget();
    const status = screen.getByRole('status');
    // role="status" is a polite live region.
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('53 programs at 10 schools');
    chooseAnswers({ subject: 'health-science' });
    expect(status.textContent).toBe('2 programs at 2 schools match your answers');
    chooseAnswers({ subject: 'health-care-quality', educationLevel: 'master' });
    expect(status.textContent).toBe('1 program at 1 school matches your answers');
    chooseAnswers({ educationLevel: 'no-diploma' });
    expect(status.textContent).toBe('0 programs at 0 schools match your answers');
  });

  it('reports each answer to the page as a schoolmatch:answer event', () => {
    const { events } = renderWidget();
    chooseAnswers({ subject: 'health-science', usCitizen: 'yes' });
    expect(events).toEqual([
      { type: 'schoolmatch:answer', detail: { question: 'subject', value: 'health-science' } },
      { type: 'schoolmatch:answer', detail: { question: 'usCitizen', value: 'yes' } },
    ]);
  });
});

describe('subject preset', () => {
  it('pre-answers the subject from the configuration and the student can still change it', () => {
    const { events } = renderWidget({ subject: 'medical-billing-coding' });
    expect(summarySelect('Which subject are you interested in?').value).toBe('medical-billing-coding');
    expect(allPrograms()).toEqual([
      'Medical Billing and Coding Certificate',
      'Associate of Science - Insurance Billing and Coding Specialist',
    ]);
    expect(events).toEqual([]);
    chooseAnswers({ subject: 'health-science' });
    expect(allPrograms()).toEqual(['Bachelor: Health Science', 'BS Health Science']);
  });

  it('follows a new preset from the publisher and keeps it on start over', () => {
    const { model } = renderWidget({ subject: 'medical-billing-coding' });
    act(() => {
      model.config.value = { ...model.config.value, subject: 'health-science' };
    });
    expect(summarySelect('Which subject are you interested in?').value).toBe('health-science');
    chooseAnswers({ subject: 'health-informatics', usCitizen: 'no' });
    fireEvent.click(within(summary()).getByRole('button', { name: 'Start over' }));
    expect(model.answers.value).toEqual({ subject: 'health-science' });
  });

  it('ignores a preset subject the catalog does not have', () => {
    const { model } = renderWidget({ subject: 'astronomy' });
    expect(model.answers.value).toEqual({});
    expect(popularNames()).toHaveLength(10);
  });
});
