import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from '../support/testSetup.ts';
import { loadSeedCatalog, schoolNamed, shownPrograms } from './support/expectedMatches.ts';
import { keyboardDriver } from './support/drivers.ts';
import { STUDENT, studentJourney, type JourneyPlan } from './support/studentJourney.ts';
import { assertOneStoredLead } from './support/leadExpectations.ts';
import { collectPageErrors, marketerView, openDemoPage } from './support/openDemoPage.ts';

const catalog = loadSeedCatalog();
const setup = useDemoJourneys();

describe('a student using the keyboard alone', () => {
  it('answers with Tab and typeahead, picks with the arrow keys, closes and reopens the form with Escape, and submits a lead that is stored once', async () => {
    // Each answer is the first option starting with its letter, as a keyboard user would type it.
    const plan: JourneyPlan = {
      school: 'Kaplan University',
      answers: { subject: 'medical-billing-coding', educationLevel: 'high-school', usCitizen: 'yes' },
      program: 'Medical Billing and Coding Certificate',
      contact: {
        ...STUDENT,
        firstName: 'Kenji',
        lastName: 'Watanabe',
        email: 'kenji@example.org',
        phone: '312 788 2345',
      },
      escapeFirst: true,
    };
    expect(shownPrograms(schoolNamed(catalog, plan.school), plan.answers).map((p) => p.name)).toContain(plan.program);

    const server = await setup.startDemo();
    const context = await setup.browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    // No mouse is ever used: fail loudly if anything in the journey clicks.
    await page.addInitScript(() => {
      window.addEventListener(
        'mousedown',
        (event) => {
          if (event.isTrusted) (window as unknown as { mouseUsed?: boolean }).mouseUsed = true;
        },
        true,
      );
    });
    const facts = await openDemoPage(page, server);

    const { consentLabel, statusText } = await studentJourney(page, keyboardDriver(page), catalog, plan);
    expect(statusText).toContain('Kaplan University');
    expect(await page.evaluate(() => (window as unknown as { mouseUsed?: boolean }).mouseUsed === true)).toBe(false);
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);
    expect((await marketerView(server)).withToken).toContain('Watanabe');
    expect(errors).toEqual([]);
    await context.close();
  });
});
