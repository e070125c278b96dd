import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questions.ts';
import { chooseAnswers, renderWidget, seedCatalog } from './renderWidget.tsx';
import { expectedPopular } from './seedRules.ts';

afterEach(cleanup);

const popular = () => screen.getByRole('region', { name: 'Popular Schools' });

/** What the Popular Schools region shows: each article's name and its program list items, in order. */
function shownPopular() {
  return within(popular())
    .queryAllByRole('article')
    .map((article) => ({
      name: article.getAttribute('aria-label') === nameOf(article) ? nameOf(article) : '',
      programs: within(article)
        .queryAllByRole('listitem')
        .map((item) => item.textContent),
    }));
}

function nameOf(article: HTMLElement): string {
  return within(article).getByRole('heading', { level: 3 }).textContent ?? '';
}

describe('Popular Schools', () => {
  it('lists the ten seed schools in rank order with every program before any answer', () => {
    renderWidget();
    const catalog = seedCatalog();
    const articles = within(popular()).getAllByRole('article');
    expect(
      articles.map((article) => article.getAttribute('aria-label') === nameOf(article) && nameOf(article)),
    ).toEqual([
      'Kaplan University',
      'George Mason University',
      'The George Washington University',
      'Colorado Technical University',
      'Herzing University',
      'American InterContinental University',
      'American University',
      'Southern New Hampshire University',
      'Northcentral University',
      "Saint Joseph's University",
    ]);
    expect(shownPopular()).toEqual(expectedPopular(catalog, {}));
    expect(shownPopular().flatMap((school) => school.programs)).toHaveLength(
      catalog.schools.reduce((sum, school) => sum + school.programs.length, 0),
    );
  });

  it('names each school article by its heading and marks online schools', () => {
    renderWidget();
    const kaplan = within(popular()).getByRole('article', { name: 'Kaplan University' });
    expect(within(kaplan).getByText('Online Programs Available')).toBeTruthy();
  });

  it("groups a school's programs under Doctorate, Master's, Bachelor's, Associate's and Certificate in that order", () => {
    renderWidget();
    const herzing = within(popular()).getByRole('article', { name: 'Herzing University' });
    const headings = within(herzing)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["Master's", "Bachelor's", "Associate's", 'Certificate']);
    const ctu = within(popular()).getByRole('article', { name: 'Colorado Technical University' });
    expect(
      within(ctu)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Doctorate', "Master's", "Bachelor's"]);
    const gwu = within(popular()).getByRole('article', { name: 'The George Washington University' });
    expect(
      within(gwu)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["Master's", 'Certificate']);
  });

  const combinations: Answers[] = [
    { educationLevel: 'no-diploma' },
    { educationLevel: 'high-school' },
    { educationLevel: 'some-college' },
    { educationLevel: 'associate' },
    { educationLevel: 'bachelor' },
    { educationLevel: 'master' },
    { educationLevel: 'doctorate' },
    { usCitizen: 'yes' },
    { usCitizen: 'no' },
    { subject: 'health-informatics' },
    { subject: 'medical-billing-coding' },
    { subject: 'health-care-quality' },
    { subject: 'healthcare-administration', educationLevel: 'master' },
    { subject: 'health-information-management', educationLevel: 'high-school', usCitizen: 'no' },
    { subject: 'healthcare-administration', educationLevel: 'bachelor', usCitizen: 'no' },
    { subject: 'health-science', usCitizen: 'yes' },
    { educationLevel: 'associate', usCitizen: 'no' },
  ];
  for (const answers of combinations) {
    it(`shows exactly the programs the rules admit for ${JSON.stringify(answers)}`, () => {
      renderWidget();
      chooseAnswers(answers);
      expect(shownPopular()).toEqual(expectedPopular(seedCatalog(), answers));
    });
  }

  it('counts the schools that do not match and says why for each', () => {
    renderWidget();
    chooseAnswers({ usCitizen: 'no' });
    const hidden = within(popular()).getByText("2 schools don't match your answers");
    const details = hidden.closest('details');
    expect(details).not.toBeNull();
    fireEvent.click(hidden);
    const reasons = within(details as HTMLElement);
    expect(reasons.getByText('Colorado Technical University')).toBeTruthy();
    expect(reasons.getAllByText('Open to US citizens only')).toHaveLength(2);
  });

  it('says "1 school doesn\'t match" in the singular and names the missing subject', () => {
    renderWidget();
    chooseAnswers({ subject: 'healthcare-administration' });
    expect(within(popular()).getByText("1 school doesn't match your answers")).toBeTruthy();
    expect(within(popular()).getByText('No program in Healthcare Administration & Management')).toBeTruthy();
    chooseAnswers({ subject: 'health-science' });
    expect(within(popular()).getByText("8 schools don't match your answers")).toBeTruthy();
    expect(within(popular()).getAllByText('No program in Health Science')).toHaveLength(8);
  });

  it('explains education requirements in plain language', () => {
    renderWidget();
    chooseAnswers({ educationLevel: 'associate' });
    const details = within(popular()).getByText("5 schools don't match your answers").closest('details');
    const northcentral = within(details as HTMLElement)
      .getByText('Northcentral University')
      .closest('li');
    expect(within(northcentral as HTMLElement).getByText("Requires a bachelor's degree")).toBeTruthy();
    expect(within(northcentral as HTMLElement).getByText("Requires a master's degree")).toBeTruthy();
    chooseAnswers({ educationLevel: 'no-diploma' });
    expect(within(popular()).getByText("10 schools don't match your answers")).toBeTruthy();
    expect(within(popular()).getAllByText('These programs need a high school diploma or GED')).toHaveLength(10);
  });

  it('hides the count when every school matches', () => {
    renderWidget();
    chooseAnswers({ usCitizen: 'yes' });
    expect(within(popular()).queryByText(/match your answers/)).toBeNull();
  });

  it('shows max-schools schools first and more with each "Show more", moving focus to the first new school', () => {
    renderWidget({ maxSchools: 4 });
    expect(within(popular()).getAllByRole('article')).toHaveLength(4);
    fireEvent.click(within(popular()).getByRole('button', { name: 'Show more' }));
    expect(within(popular()).getAllByRole('article')).toHaveLength(8);
    expect(document.activeElement?.textContent).toBe('Herzing University');
    fireEvent.click(within(popular()).getByRole('button', { name: 'Show more' }));
    expect(within(popular()).getAllByRole('article')).toHaveLength(10);
    expect(within(popular()).queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('counts only matching schools against max-schools', () => {
    renderWidget({ maxSchools: 2 });
    chooseAnswers({ subject: 'health-science' });
    expect(within(popular()).getAllByRole('article').map(nameOf)).toEqual([
      'Kaplan University',
      'Southern New Hampshire University',
    ]);
    expect(within(popular()).queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
