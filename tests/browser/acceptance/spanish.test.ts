import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowserAndServer } from '../support/testSetup.ts';
import { loadSeedCatalog } from './support/expectedMatches.ts';
import { widgetStrings, withoutData } from './support/widgetText.ts';
import { ENGLISH_WORDS, SPEC_ENGLISH, englishTablePhrases } from './support/englishUiStrings.ts';
import { collectPageErrors } from './support/openDemoPage.ts';

const setup = useBrowserAndServer();

const catalog = loadSeedCatalog();
// School, program and subject names are the marketer's data, shown as written in any locale.
const DATA = [
  ...catalog.subjects.map((s) => s.label),
  ...catalog.schools.flatMap((s) => [s.name, ...s.programs.map((p) => p.name)]),
];

/** Opens every collapsed disclosure in the widget (sponsored note, reasons, show more). */
async function openDisclosures(page: Page): Promise<void> {
  if (await page.getByRole('dialog').isVisible()) return; // the page behind a modal dialog is inert
  const closed = page.locator('school-match [aria-expanded="false"], school-match details:not([open]) > summary');
  for (let i = 0; i < 20 && (await closed.count()) > 0; i += 1) {
    const toggle = closed.first();
    if (!(await toggle.isVisible())) break;
    await toggle.click();
  }
}

/** The English UI phrases found in the widget's strings once the catalog's data is taken out. */
async function englishFound(page: Page, state: string): Promise<string[]> {
  await openDisclosures(page);
  const strings = withoutData(await widgetStrings(page), DATA);
  const phrases = [...SPEC_ENGLISH, ...englishTablePhrases()];
  const found: string[] = [];
  for (const text of strings) {
    const phrase = phrases.find((p) => text.includes(p));
    const word = ENGLISH_WORDS.exec(text)?.[0];
    if (phrase !== undefined || word !== undefined) found.push(`[${state}] "${text}" (contains "${phrase ?? word}")`);
  }
  return found;
}

/** The form's submit button, found without reading its (Spanish) name: a button in the form that is not type="button". */
function submitButton(dialog: Locator): Locator {
  return dialog.locator('form button:not([type="button"]):not([type="reset"])').last();
}

/** Answers the question the card shows now, by option value (the test reads no Spanish labels). */
async function answerCard(card: Locator, value: string): Promise<void> {
  const select = card.locator('select');
  await select.first().waitFor({ state: 'visible' });
  await select.first().selectOption(value);
}

describe('a Spanish page (locale="es")', () => {
  it('shows no English UI string in the lists, the reasons, the request form, its errors or its success message', async () => {
    const context = await setup.browser.newContext({ locale: 'es-US' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${setup.server.origin}/pages/es.html`);
    const card = page.locator('school-match article').first();
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    const found: string[] = [];
    found.push(...(await englishFound(page, 'first view')));

    // Kaplan asks subject, education, citizenship; these answers also hide schools, so reasons show.
    await answerCard(card, 'healthcare-administration');
    await answerCard(card, 'associate');
    await answerCard(card, 'no');
    await card.getByRole('radio').first().waitFor({ state: 'visible' });
    found.push(...(await englishFound(page, 'answers given')));

    await card.getByRole('radio').first().check();
    await card
      .getByRole('button', { name: /Solicitar información/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    found.push(...(await englishFound(page, 'dialog open')));
    await submitButton(dialog).click();
    await dialog.locator('[aria-invalid="true"]').first().waitFor({ state: 'attached', timeout: 3000 });
    found.push(...(await englishFound(page, 'field errors')));

    // The success message and the other schools it offers are in Spanish too.
    await page.route('**/api/leads', async (route) => {
      const lead = route.request().postDataJSON() as { leadId: string };
      await route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({ leadId: lead.leadId, status: 'accepted' }),
      });
    });
    const contact = {
      firstName: 'Lucía',
      lastName: 'Fernández',
      email: 'lucia@example.com',
      phone: '(212) 734-5678',
      postalCode: '10001',
    };
    for (const [name, value] of Object.entries(contact)) await dialog.locator(`input[name="${name}"]`).fill(value);
    await dialog.getByRole('checkbox').last().check();
    await page.waitForTimeout(3300);
    await submitButton(dialog).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Kaplan University' })
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 });
    found.push(...(await englishFound(page, 'success')));

    expect([...new Set(found)]).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
