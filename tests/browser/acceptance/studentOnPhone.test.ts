import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDemoJourneys } from '../support/testSetup.ts';
import { loadSeedCatalog, schoolNamed, shownPrograms } from './support/expectedMatches.ts';
import { touchDriver } from './support/drivers.ts';
import { STUDENT, requestDialog, studentJourney, type JourneyPlan } from './support/studentJourney.ts';
import { assertOneStoredLead } from './support/leadExpectations.ts';
import { collectPageErrors, openDemoPage } from './support/openDemoPage.ts';

const catalog = loadSeedCatalog();
const VIEWPORT = { width: 375, height: 667 };
const setup = useDemoJourneys();

/** Elements inside the widget's shadow roots that stick out past the right edge of the screen. */
function overflowingWidgetParts(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const visit = (root: ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1 && getComputedStyle(el).visibility !== 'hidden') {
          out.push(
            `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right=${Math.round(box.right)}`,
          );
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('school-match')) if (host.shadowRoot) visit(host.shadowRoot);
    return out.slice(0, 10);
  }, VIEWPORT.width);
}

describe('a student on a 375 × 667 phone', () => {
  it('taps through the questions and the form without anything running off the screen, and the lead is stored once', async () => {
    const plan: JourneyPlan = {
      school: 'Kaplan University',
      answers: { subject: 'health-information-management', educationLevel: 'some-college', usCitizen: 'yes' },
      program: 'BS in Health Information Management',
      contact: {
        ...STUDENT,
        firstName: 'Ana',
        lastName: 'Silva',
        email: 'ana.silva@example.net',
        phone: '+1 415-738-2671',
      },
    };
    expect(shownPrograms(schoolNamed(catalog, plan.school), plan.answers).map((p) => p.name)).toContain(plan.program);

    const server = await setup.startDemo();
    const context = await setup.browser.newContext({
      viewport: VIEWPORT,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const facts = await openDemoPage(page, server);

    const overflowing: string[] = [];
    const dialogBoxes: string[] = [];
    const { consentLabel } = await studentJourney(page, touchDriver(), catalog, {
      ...plan,
      onState: async (state) => {
        overflowing.push(...(await overflowingWidgetParts(page)).map((p) => `${state}: ${p}`));
        if (state === 'dialog open') {
          const box = await requestDialog(page, plan.school).boundingBox();
          if (!box || box.x < 0 || box.x + box.width > VIEWPORT.width + 1) dialogBoxes.push(JSON.stringify(box));
        }
      },
    });
    expect(overflowing, 'widget parts wider than the phone screen').toEqual([]);
    expect(dialogBoxes, 'the request dialog should fit the phone screen').toEqual([]);
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);
    expect(errors).toEqual([]);
    await context.close();
  });
});
