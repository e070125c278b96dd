import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../widget/messages/en.ts';
import { chooseAnswers, renderWidget, seedCatalog } from './renderWidget.tsx';
import { admits } from './seedRules.ts';

afterEach(cleanup);

const featured = () => screen.getByRole('region', { name: 'Featured Schools' });
const card = (name: string) => within(featured()).getByRole('article', { name });
const questionIn = (name: string) => within(card(name)).queryByRole('combobox');
const programsIn = (name: string) =>
  within(card(name))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('Featured Schools', () => {
  it('shows one card per featured school in rank order with its featured programs and first question', () => {
    renderWidget();
    const catalog = seedCatalog();
    const schools = catalog.schools.filter((school) => school.featured !== undefined);
    expect(schools).toHaveLength(8);
    const cards = within(featured()).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual(
      schools.map((school) => school.name),
    );
    for (const school of schools) {
      const names = (school.featured ?? []).map((id) => school.programs.find((p) => p.id === id)?.name);
      expect(programsIn(school.name)).toEqual(names);
      const question = questionIn(school.name);
      expect(question?.getAttribute('id')).toBeTruthy();
      expect(within(card(school.name)).getByRole('combobox', { name: en.questions[school.questions[0]!] })).toBe(
        question,
      );
    }
  });

  it('asks Kaplan the subject, Colorado Tech citizenship and George Mason education first, as in the seed', () => {
    renderWidget();
    expect(questionIn('Kaplan University')).toBe(
      within(card('Kaplan University')).getByRole('combobox', { name: 'Which subject are you interested in?' }),
    );
    expect(
      within(card('Colorado Technical University')).getByRole('combobox', { name: 'Are you a US citizen?' }),
    ).toBeTruthy();
    expect(
      within(card('George Mason University')).getByRole('combobox', {
        name: 'What is your highest level of education?',
      }),
    ).toBeTruthy();
  });

  it('offers a first empty "Select…" option and the SPEC labels', () => {
    renderWidget();
    const select = within(card('George Mason University')).getByRole('combobox');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Select…',
      'Less than high school',
      'High school diploma or GED',
      'Some college, no degree',
      'Associate degree',
      "Bachelor's degree",
      "Master's degree",
      'Doctoral degree',
    ]);
    const citizen = within(card('Colorado Technical University')).getByRole('combobox');
    expect(
      within(citizen)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Select…', 'Yes', 'No']);
    const subject = within(card('Kaplan University')).getByRole('combobox');
    expect(
      within(subject)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Select…', ...seedCatalog().subjects.map((s) => s.label)]);
  });

  it('advances every card that asked a question when one card answers it', () => {
    renderWidget();
    fireEvent.change(within(card('George Mason University')).getByRole('combobox'), { target: { value: 'bachelor' } });
    for (const name of [
      'George Mason University',
      'The George Washington University',
      'Herzing University',
      'American University',
      'Southern New Hampshire University',
    ]) {
      expect(within(card(name)).getByRole('combobox', { name: 'Which subject are you interested in?' })).toBeTruthy();
    }
    expect(
      within(card('Kaplan University')).getByRole('combobox', { name: 'Which subject are you interested in?' }),
    ).toBeTruthy();
    expect(
      within(card('Colorado Technical University')).getByRole('combobox', { name: 'Are you a US citizen?' }),
    ).toBeTruthy();
    const summary = screen.getByRole('group', { name: 'Your answers' });
    const education = within(summary).getByRole('combobox', { name: 'What is your highest level of education?' });
    expect((education as HTMLSelectElement).value).toBe('bachelor');
  });

  it('filters featured programs by the answers and leaves hidden ones out', () => {
    renderWidget();
    chooseAnswers({ educationLevel: 'high-school' });
    expect(programsIn('Kaplan University')).toEqual(['Health Information Management', 'Medical Office Administration']);
    expect(programsIn('Colorado Technical University')).toEqual(['B.S. - Health Care Management']);
    expect(screen.queryByText('Master of Health Information Management')).toBeNull();
  });

  it("lists the school's matching programs as radio buttons with Request info once all its questions are answered", () => {
    const { model } = renderWidget();
    const answers = { subject: 'healthcare-administration', educationLevel: 'bachelor', usCitizen: 'yes' } as const;
    chooseAnswers(answers);
    const school = seedCatalog().schools.find((s) => s.id === 'colorado-technical-university')!;
    const expected = school.programs.filter((p) => admits(school, p, answers)).map((p) => p.name);
    const ctu = card('Colorado Technical University');
    expect(
      within(ctu)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toHaveLength(expected.length);
    for (const name of expected) expect(within(ctu).getByRole('radio', { name })).toBeTruthy();
    expect(
      within(ctu)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expected);
    fireEvent.click(within(ctu).getByRole('radio', { name: 'MS - Healthcare Management' }));
    fireEvent.click(within(ctu).getByRole('button', { name: 'Request info' }));
    expect(model.request.value).toEqual({ schoolId: 'colorado-technical-university', programId: 'ctu-ms-hcm' });
  });

  it("says why in plain language when none of a school's programs match", () => {
    renderWidget();
    chooseAnswers({ usCitizen: 'no' });
    expect(within(card('Colorado Technical University')).getByText('Open to US citizens only')).toBeTruthy();
    expect(within(card('Colorado Technical University')).queryByRole('combobox')).toBeNull();
    chooseAnswers({ usCitizen: 'yes', subject: 'health-informatics' });
    expect(within(card('The George Washington University')).getByText('No program in Health Informatics')).toBeTruthy();
    chooseAnswers({ subject: 'healthcare-administration', educationLevel: 'no-diploma' });
    expect(
      within(card('Kaplan University')).getByText('These programs need a high school diploma or GED'),
    ).toBeTruthy();
    chooseAnswers({ educationLevel: 'associate' });
    expect(within(card('American University')).getByText("Requires a bachelor's degree")).toBeTruthy();
  });
});
