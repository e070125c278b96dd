import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDemoJourneys } from '../support/testSetup.ts';
import { loadSeedCatalog, schoolNamed, shownPrograms } from './support/expectedMatches.ts';
import { mouseDriver } from './support/drivers.ts';
import { STUDENT, studentJourney, type JourneyPlan } from './support/studentJourney.ts';
import { assertOneStoredLead } from './support/leadExpectations.ts';
import { openDemoPage } from './support/openDemoPage.ts';
import { fetchLeadsCsv } from './support/storedLeads.ts';

const OUTBOX_KEY = 'schoolmatch:outbox:v1';
const catalog = loadSeedCatalog();
const setup = useDemoJourneys();

/** How many leads wait in the page's persistent outbox (0 when the key is absent or empty). */
function outboxSize(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (raw === null) return 0;
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.length;
    if (parsed !== null && typeof parsed === 'object') {
      const entries = (parsed as { entries?: unknown }).entries;
      return Array.isArray(entries) ? entries.length : Object.keys(parsed).length;
    }
    return 0;
  }, OUTBOX_KEY);
}

describe('a student whose lead endpoint is down', () => {
  it('is told the request is saved, and the lead is delivered exactly once on the next visit after the endpoint is back', async () => {
    const plan: JourneyPlan = {
      school: 'Kaplan University',
      answers: { subject: 'health-science', educationLevel: 'high-school', usCitizen: 'yes' },
      program: 'Bachelor: Health Science',
      contact: { ...STUDENT, firstName: 'Dana', lastName: 'Okafor', email: 'dana@example.com' },
      expectStatus: /saved/i,
    };
    expect(shownPrograms(schoolNamed(catalog, plan.school), plan.answers).map((p) => p.name)).toContain(plan.program);

    const server = await setup.startDemo();
    const context = await setup.browser.newContext();
    const page = await context.newPage();
    let attempts = 0;
    const refuse = async (route: import('playwright-core').Route): Promise<void> => {
      attempts += 1;
      await route.abort('connectionrefused');
    };
    await page.route('**/api/leads', refuse);
    const facts = await openDemoPage(page, server);

    const { consentLabel, statusText } = await studentJourney(page, mouseDriver(), catalog, plan);
    expect(statusText).toContain('Kaplan University');
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(await outboxSize(page)).toBe(1);
    expect(await fetchLeadsCsv(server.origin, server.token)).toEqual([]);

    // The student leaves; the endpoint comes back; the next visit sends what the outbox kept.
    await page.goto('about:blank');
    await page.unroute('**/api/leads', refuse);
    await openDemoPage(page, server);
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);
    const deadline = Date.now() + 10_000;
    while ((await outboxSize(page)) > 0 && Date.now() < deadline) await page.waitForTimeout(200);
    expect(await outboxSize(page), 'the outbox should be empty once the lead is delivered').toBe(0);

    // A further visit sends nothing again.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await fetchLeadsCsv(server.origin, server.token)).toHaveLength(1);
    await context.close();
  });

  it('sends the saved request on its own, without a reload, once the browser is back online', async () => {
    const plan: JourneyPlan = {
      school: 'Kaplan University',
      answers: { subject: 'medical-office-administration', educationLevel: 'high-school', usCitizen: 'yes' },
      program: 'Medical Office Administration',
      contact: { ...STUDENT, firstName: 'Sam', lastName: 'Rivera', email: 'sam@example.com' },
      expectStatus: /saved/i,
    };
    const server = await setup.startDemo();
    const context = await setup.browser.newContext();
    const page = await context.newPage();
    const facts = await openDemoPage(page, server);
    await page
      .getByRole('region', { name: 'Featured Schools', exact: true })
      .waitFor({ state: 'visible', timeout: 15_000 });
    await context.setOffline(true);
    const { consentLabel } = await studentJourney(page, mouseDriver(), catalog, plan);
    expect(await outboxSize(page)).toBe(1);
    expect(await fetchLeadsCsv(server.origin, server.token)).toEqual([]);

    await context.setOffline(false); // fires the page's 'online' event
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);
    await expect.poll(() => outboxSize(page), { timeout: 10_000 }).toBe(0);
    await context.close();
  });
});
