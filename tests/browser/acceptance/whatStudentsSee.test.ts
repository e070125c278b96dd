import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserAndServer } from '../support/testSetup.ts';
import {
  answerLabel,
  loadSeedCatalog,
  QUESTION_TEXT,
  shownPrograms,
  type Answers,
  type Question,
} from './support/expectedMatches.ts';
import { regions, settledMismatches } from './support/matchMismatches.ts';
import { assertMatches } from './support/studentJourney.ts';
import { collectPageErrors } from './support/openDemoPage.ts';

const setup = useBrowserAndServer();

const catalog = loadSeedCatalog();
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeEach(async () => {
  context = await setup.browser.newContext();
  page = await context.newPage();
  errors = collectPageErrors(page);
});
afterEach(async () => {
  await context.close();
});

async function open(path: string): Promise<void> {
  await page.goto(`${setup.server.origin}${path}`);
  await regions(page).popular.getByRole('article').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Answers a question in whichever featured card asks it now. */
async function answer(question: Question, value: string): Promise<void> {
  await regions(page)
    .featured.getByRole('combobox', { name: QUESTION_TEXT[question], exact: true })
    .first()
    .selectOption({ label: answerLabel(catalog, question, value) });
}

/** The widget's polite live region text. */
async function announced(): Promise<string> {
  const live = page.locator('school-match [aria-live="polite"], school-match [role="status"]');
  return (await live.allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
}

function expectedCounts(answers: Answers): { programs: number; schools: number; hidden: number } {
  const shown = catalog.schools.map((s) => shownPrograms(s, answers).length);
  return {
    programs: shown.reduce((a, b) => a + b, 0),
    schools: shown.filter((n) => n > 0).length,
    hidden: shown.filter((n) => n === 0).length,
  };
}

describe('what a student sees on the widget', () => {
  it('asks each question with a native select labelled by its text, first an empty "Select…", then the SPEC’s options', async () => {
    await open('/pages/en.html');
    const featured = regions(page).featured;
    const expected: Record<Question, string[]> = {
      subject: catalog.subjects.map((s) => s.label),
      educationLevel: [
        'Less than high school',
        'High school diploma or GED',
        'Some college, no degree',
        'Associate degree',
        "Bachelor's degree",
        "Master's degree",
        'Doctoral degree',
      ],
      usCitizen: ['Yes', 'No'],
    };
    for (const question of Object.keys(expected) as Question[]) {
      const select = featured.getByRole('combobox', { name: QUESTION_TEXT[question], exact: true }).first();
      expect(await select.evaluate((el) => el.tagName)).toBe('SELECT');
      const options = await select.evaluate((el) =>
        [...(el as HTMLSelectElement).options].map((o) => ({ label: o.textContent?.trim() ?? '', value: o.value })),
      );
      expect(options[0]).toEqual({ label: 'Select…', value: '' });
      expect(options.slice(1).map((o) => o.label)).toEqual(expected[question]);
    }
    expect(errors).toEqual([]);
  });

  it('lets every answer be changed or cleared later, and the lists follow the new answers', async () => {
    await open('/pages/en.html');
    const kaplan = regions(page).featured.getByRole('article', { name: 'Kaplan University', exact: true });
    await kaplan
      .getByRole('combobox', { name: QUESTION_TEXT.subject, exact: true })
      .selectOption({ label: answerLabel(catalog, 'subject', 'health-information-management') });
    await answer('educationLevel', 'bachelor');
    await assertMatches(
      page,
      catalog,
      { subject: 'health-information-management', educationLevel: 'bachelor' },
      'answering subject and education',
    );
    // Wherever the widget keeps the answered question, it is a select showing the answer.
    const answered = async (question: Question, value: string) => {
      for (const select of await page.getByRole('combobox', { name: QUESTION_TEXT[question], exact: true }).all()) {
        if ((await select.inputValue()) === value && (await select.isVisible())) return select;
      }
      throw new Error(`no visible select shows the answer ${question} = ${value}`);
    };
    await (
      await answered('subject', 'health-information-management')
    ).selectOption({ label: answerLabel(catalog, 'subject', 'health-science') });
    await assertMatches(
      page,
      catalog,
      { subject: 'health-science', educationLevel: 'bachelor' },
      'changing the subject',
    );
    await (await answered('educationLevel', 'bachelor')).selectOption({ label: 'Select…' });
    await assertMatches(page, catalog, { subject: 'health-science' }, 'clearing the education answer');
    expect(errors).toEqual([]);
  });

  it('with subject="medical-billing-coding" and sections="popular" shows only the popular list, already filtered to that subject', async () => {
    await open('/pages/en-billing.html');
    expect(await regions(page).featured.count()).toBe(0);
    const problems = await settledMismatches(page, catalog, { subject: 'medical-billing-coding' }, { featured: false });
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('marks both lists "Sponsored" and, one click away, says the schools pay to be shown and the order is not a ranking', async () => {
    await open('/pages/en.html');
    for (const region of Object.values(regions(page))) {
      await expect.poll(() => region.getByText('Sponsored', { exact: true }).isVisible()).toBe(true);
      const disclosure = region.getByText(/pay to be shown/);
      expect(await disclosure.isVisible()).toBe(false);
      await region.locator('summary, button[aria-expanded]').first().click();
      await expect.poll(() => disclosure.isVisible()).toBe(true);
      expect(await disclosure.textContent()).toMatch(/not a ranking of quality/);
    }
    expect(errors).toEqual([]);
  });

  it('says how many schools do not match and shows why in the SPEC’s words', async () => {
    await open('/pages/en.html');
    const answers: Required<Answers> = {
      usCitizen: 'no',
      educationLevel: 'high-school',
      subject: 'health-informatics',
    };
    await answer('usCitizen', answers.usCitizen);
    await answer('educationLevel', answers.educationLevel);
    await answer('subject', answers.subject);
    await assertMatches(page, catalog, answers, 'answering all three questions');
    const { hidden } = expectedCounts(answers);
    const summary = regions(page).popular.getByText(new RegExp(`\\b${hidden} schools?\\b`));
    await expect.poll(() => summary.count()).toBeGreaterThan(0);
    await summary.first().click();
    for (const reason of [
      "Requires a bachelor's degree",
      'Open to US citizens only',
      'No program in Health Informatics',
    ]) {
      await expect
        .poll(() => regions(page).popular.getByText(reason).first().isVisible(), { message: reason })
        .toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('announces the number of matching programs and schools in a polite live region as answers change', async () => {
    await open('/pages/en.html');
    const all = expectedCounts({});
    expect(await announced()).toMatch(new RegExp(`\\b${all.programs}\\b`));
    await answer('educationLevel', 'associate');
    const some = expectedCounts({ educationLevel: 'associate' });
    await expect
      .poll(announced)
      .toMatch(
        new RegExp(
          `\\b${some.programs} programs? at ${some.schools} schools?\\b|\\b${some.programs}\\b.*\\b${some.schools}\\b`,
        ),
      );
    expect(errors).toEqual([]);
  });

  it('shows max-schools popular schools first and the rest after "Show more"', async () => {
    await open('/pages/en-short.html');
    const popular = regions(page).popular;
    expect(await popular.getByRole('article').count()).toBe(3);
    await popular.getByRole('button', { name: 'Show more', exact: true }).click();
    await expect.poll(() => popular.getByRole('article').count()).toBeGreaterThan(3);
    expect(await popular.getByRole('article', { name: catalog.schools[3]?.name ?? '', exact: true }).isVisible()).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });
});
