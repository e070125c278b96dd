import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from './support/testSetup.ts';
import { readStoredLeadDocuments, waitForLeadCount } from './acceptance/support/storedLeads.ts';
import type { DemoServer } from './acceptance/support/startDemoServer.ts';

const setup = useDemoJourneys();

// The page's own hidden inputs (demo/states.html), which the widget copies because of evidence="trustedform jornaya".
const CERT = 'https://cert.trustedform.com/0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';
const LEADID = 'D3M0D3M0-1EAD-4D1D-8000-000000000001';

/** Opens /states.html and returns the page, its [schoolmatch] warnings and its console errors. */
async function openStatesPage(server: DemoServer): Promise<{ page: Page; warnings: string[]; errors: string[] }> {
  const context = await setup.browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('[schoolmatch]')) warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/states.html`);
  await page.getByRole('region', { name: 'Popular Schools' }).getByRole('article').first().waitFor({ timeout: 15_000 });
  return { page, warnings, errors };
}

/** Types a ZIP code into the shared answers and leaves the field (the widget checks it then). */
async function answerZip(page: Page, zip: string): Promise<void> {
  const field = page
    .getByRole('group', { name: 'Your answers' })
    .getByRole('textbox', { name: 'What is your ZIP code?' });
  await field.fill(zip);
  await field.press('Tab');
}

const popular = (page: Page): Locator => page.getByRole('region', { name: 'Popular Schools' });
const popularArticle = (page: Page, name: string): Locator => popular(page).getByRole('article', { name, exact: true });

/** Asks Colorado Technical University for information from the popular list: its questions, then the form. */
async function requestCtu(page: Page, zip: string): Promise<Locator> {
  const ctu = popularArticle(page, 'Colorado Technical University');
  await ctu.getByRole('button', { name: 'Request info' }).click();
  for (const [name, label] of [
    ['Are you a US citizen?', 'Yes'],
    ['What is your highest level of education?', "Bachelor's degree"],
    ['Which subject are you interested in?', 'Healthcare Administration & Management'],
    ['Are you affiliated with the US military?', 'Veteran'],
    ['When would you like to start?', 'In 1–3 months'],
  ] as const) {
    await ctu.getByRole('combobox', { name, exact: true }).selectOption({ label });
  }
  await ctu.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request info from Colorado Technical University' });
  await dialog.waitFor({ timeout: 5000 });
  expect(await dialog.getByLabel('ZIP code', { exact: true }).inputValue()).toBe(zip);
  return dialog;
}

/** Fills and submits the request form past the 3 s minimum. */
async function submitForm(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByLabel('First name', { exact: true }).fill('Rosa');
  await dialog.getByLabel('Last name', { exact: true }).fill('Díaz');
  await dialog.getByLabel('Email', { exact: true }).fill('rosa.diaz@example.com');
  await dialog.getByLabel('Phone', { exact: true }).fill('(214) 555-0142');
  await dialog.getByRole('checkbox').check();
  await page.waitForTimeout(3300);
  await dialog.getByRole('button', { name: 'Submit request' }).click();
}

describe('the states page (/states.html)', () => {
  it('tells a student in an excluded state why a school is missing, and offers no way to request it', async () => {
    const server = await setup.startDemo();
    const { page, errors } = await openStatesPage(server);
    await expect.poll(() => popularArticle(page, 'Colorado Technical University').count()).toBe(1);
    await answerZip(page, '72201');
    await expect.poll(() => popularArticle(page, 'Colorado Technical University').count()).toBe(0);
    await popular(page)
      .getByText(/schools? don't match your answers/)
      .click();
    const hidden = popular(page).getByRole('listitem').filter({ hasText: 'Colorado Technical University' });
    expect(await hidden.textContent()).toContain('Not available in Arkansas');
    const card = page
      .getByRole('region', { name: 'Featured Schools' })
      .getByRole('article', { name: 'Colorado Technical University' });
    expect(await card.textContent()).toContain('Not available in Arkansas');
    expect(await card.getByRole('button', { name: /Request info/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets a student in an allowed state request it, and the lead carries the answers, the state and the evidence of the page', async () => {
    const server = await setup.startDemo();
    const { page, warnings, errors } = await openStatesPage(server);
    await answerZip(page, '75201');
    const dialog = await requestCtu(page, '75201');
    await submitForm(page, dialog);
    await dialog.getByRole('status').filter({ hasText: 'Colorado Technical University' }).waitFor({ timeout: 15_000 });
    expect(await waitForLeadCount(server.origin, server.token, 1)).toHaveLength(1);
    const [lead] = readStoredLeadDocuments(server.dbFile) as Record<string, any>[];
    expect(lead?.['answers']).toEqual({
      subject: 'healthcare-administration',
      educationLevel: 'bachelor',
      usCitizen: true,
      postalCode: '75201',
      military: 'veteran',
      startDate: '1-3-months',
    });
    expect(lead?.['contact']?.state).toBe('TX');
    expect(lead?.['evidence']).toEqual({ trustedFormCertUrl: CERT, jornayaLeadId: LEADID });
    expect([warnings, errors]).toEqual([[], []]);
  });

  it('refuses in the form a ZIP code of a state the school does not enrol, and sends nothing', async () => {
    const server = await setup.startDemo();
    const { page } = await openStatesPage(server);
    await answerZip(page, '75201');
    const dialog = await requestCtu(page, '75201');
    await dialog.getByLabel('ZIP code', { exact: true }).fill('02134');
    await submitForm(page, dialog);
    const zip = dialog.getByLabel('ZIP code', { exact: true });
    await expect.poll(() => zip.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await zip.getAttribute('aria-describedby')) ?? '';
    expect(await dialog.locator(`[id="${describedBy}"]`).textContent()).toBe('Not available in Massachusetts');
    expect(await waitForLeadCount(server.origin, server.token, 0, 0)).toEqual([]);
  });

  it('sends the lead without evidence the page lacks or holds malformed, with one warning', async () => {
    const server = await setup.startDemo();
    const { page, warnings } = await openStatesPage(server);
    // The page lost its TrustedForm field, and its LeadiD token is cut short.
    await page.evaluate(() => {
      document.querySelector('input[name="xxTrustedFormCertUrl"]')?.remove();
      (document.getElementById('leadid_token') as HTMLInputElement).value = 'D3M0-short';
    });
    await answerZip(page, '75201');
    const dialog = await requestCtu(page, '75201');
    await submitForm(page, dialog);
    await dialog.getByRole('status').filter({ hasText: 'Colorado Technical University' }).waitFor({ timeout: 15_000 });
    expect(await waitForLeadCount(server.origin, server.token, 1)).toHaveLength(1);
    const [lead] = readStoredLeadDocuments(server.dbFile);
    expect(lead).not.toHaveProperty('evidence');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'evidence left out of the lead: input[name="xxTrustedFormCertUrl"] and #leadid_token',
    );
  });
});
