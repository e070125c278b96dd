import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from '../support/testSetup.ts';
import {
  answerLabel,
  loadSeedCatalog,
  QUESTION_TEXT,
  schoolNamed,
  shownPrograms,
  type Question,
} from './support/expectedMatches.ts';
import { mouseDriver } from './support/drivers.ts';
import {
  STUDENT,
  assertMatches,
  completeRequestForm,
  requestDialog,
  type JourneyPlan,
} from './support/studentJourney.ts';
import { regions } from './support/matchMismatches.ts';
import { assertOneStoredLead } from './support/leadExpectations.ts';
import { collectPageErrors, openDemoPage } from './support/openDemoPage.ts';

const catalog = loadSeedCatalog();
const setup = useDemoJourneys();

describe('a student who starts from a school in the Popular Schools list', () => {
  it('is asked that school’s unanswered questions before the form, chooses a program in the form and the lead is stored once', async () => {
    const plan: JourneyPlan = {
      school: "Saint Joseph's University",
      answers: { subject: 'healthcare-administration', educationLevel: 'bachelor', usCitizen: 'yes' },
      program: 'MS - Health Admin Informatics',
      contact: { ...STUDENT, firstName: 'Jo', lastName: 'Park', email: 'jo.park@example.com' },
    };
    const school = schoolNamed(catalog, plan.school);
    expect(school.featured ?? []).toEqual([]);
    expect(shownPrograms(school, plan.answers).length).toBeGreaterThan(1);

    const server = await setup.startDemo();
    const context = await setup.browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const facts = await openDemoPage(page, server);
    const driver = mouseDriver();
    const article = regions(page).popular.getByRole('article', { name: plan.school, exact: true });
    await article.waitFor({ state: 'visible', timeout: 15_000 });

    await driver.press(article.getByRole('button', { name: /Request info/ }));
    const given: Record<string, string> = {};
    for (const question of school.questions as Question[]) {
      const select = article.getByRole('combobox', { name: QUESTION_TEXT[question], exact: true });
      await select.waitFor({ state: 'visible', timeout: 3000 });
      await driver.choose(select, answerLabel(catalog, question, plan.answers[question]));
      given[question] = plan.answers[question];
    }
    // The answers given here count for the whole widget.
    await assertMatches(page, catalog, given, `answering ${plan.school}'s questions from the popular list`);

    const dialog = requestDialog(page, plan.school);
    if (!(await dialog.isVisible())) await driver.press(article.getByRole('button').last());
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    const { consentLabel } = await completeRequestForm(page, driver, dialog, plan);
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);
    expect(errors).toEqual([]);
    await context.close();
  });
});
