import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { useBrowserAndServer } from '../support/testSetup.ts';
import { loadSeedCatalog } from './support/expectedMatches.ts';
import { mouseDriver } from './support/drivers.ts';
import { STUDENT, requestDialog, studentJourney, type JourneyPlan } from './support/studentJourney.ts';

const setup = useBrowserAndServer();

const catalog = loadSeedCatalog();
let context: BrowserContext;
let page: Page;
let posts: Request[];

beforeEach(async () => {
  context = await setup.browser.newContext();
  page = await context.newPage();
  posts = [];
});
afterEach(async () => {
  await context.close();
});

const PLAN: JourneyPlan = {
  school: 'Kaplan University',
  answers: { subject: 'health-information-management', educationLevel: 'some-college', usCitizen: 'yes' },
  program: 'Health Information Management',
  contact: STUDENT,
};

describe('what happens to a submitted lead', () => {
  it('looks accepted to a bot that submits within 3 seconds of the form opening, and nothing is sent', async () => {
    await page.route('**/api/leads', async (route) => {
      posts.push(route.request());
      await route.fulfill({ status: 201, contentType: 'application/json', body: '{"status":"accepted"}' });
    });
    await page.goto(`${setup.server.origin}/pages/en.html`);
    const result = await studentJourney(page, mouseDriver(), catalog, { ...PLAN, hurried: true });
    expect(result.submittedAt - result.openedAt).toBeLessThan(2500);
    expect(result.statusText).toContain('Kaplan University');
    await page.waitForTimeout(1500);
    expect(posts).toHaveLength(0);
    expect(await page.evaluate(() => localStorage.getItem('schoolmatch:outbox:v1') ?? '[]')).not.toContain('Lopez');
  });

  it('sends one JSON POST with an Idempotency-Key equal to the leadId, carrying placement, sub-id and test-mode', async () => {
    await page.route('**/api/leads', async (route) => {
      posts.push(route.request());
      const lead = route.request().postDataJSON() as { leadId: string };
      await route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ leadId: lead.leadId, status: 'accepted' }),
      });
    });
    await page.goto(`${setup.server.origin}/pages/en-tracking.html`);
    await studentJourney(page, mouseDriver(), catalog, PLAN);
    await page.waitForTimeout(1000);
    expect(posts).toHaveLength(1);
    const request = posts[0];
    const headers = await request?.allHeaders();
    const lead = request?.postDataJSON() as { leadId: string; testMode: boolean; source: Record<string, unknown> };
    expect(headers?.['content-type']).toMatch(/^application\/json/);
    expect(headers?.['idempotency-key']).toBe(lead.leadId);
    expect(lead.testMode).toBe(true);
    expect(lead.source).toMatchObject({ publisherId: 'pub-acceptance', placementId: 'sidebar', subId: 'campaign-7' });
  });

  it('shows the endpoint’s 422 message beside the field it names and does not send again', async () => {
    await page.route('**/api/leads', async (route) => {
      posts.push(route.request());
      await route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ path: 'contact.email', message: 'must be an address this school accepts.' }],
        }),
      });
    });
    await page.goto(`${setup.server.origin}/pages/en.html`);
    await studentJourney(page, mouseDriver(), catalog, { ...PLAN, expectStatus: null });
    const dialog = requestDialog(page, PLAN.school);
    const email = dialog.getByLabel('Email', { exact: true });
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const described = await email.evaluate((el) => {
      const root = el.getRootNode() as ShadowRoot;
      const ids = `${el.getAttribute('aria-describedby') ?? ''} ${el.getAttribute('aria-errormessage') ?? ''}`;
      return ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ');
    });
    expect(described).toContain('must be an address this school accepts');
    await page.waitForTimeout(3000);
    expect(posts).toHaveLength(1);
  });
});
