import type { Locator, Page } from 'playwright-core';
import type { Driver } from './drivers.ts';
import {
  answerLabel,
  QUESTION_TEXT,
  schoolNamed,
  type Answers,
  type Question,
  type RawCatalog,
} from './expectedMatches.ts';
import { regions, settledMismatches } from './matchMismatches.ts';

/** The moments of the journey the accessibility audit looks at. */
export type JourneyState = 'first view' | 'answers given' | 'dialog open' | 'field errors shown' | 'success';

/** What the student types into the request form. */
export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalCode: string;
}

/** One student's way through the widget. */
export interface JourneyPlan {
  school: string;
  answers: Required<Answers>;
  program: string;
  contact: ContactInput;
  /** Called at each state (for axe); failures there are collected by the caller. */
  onState?: (state: JourneyState) => Promise<void>;
  /** Fill and submit at once, as a bot does: no empty submission first, no waiting out the 3 s minimum. */
  hurried?: boolean;
  /** Close the dialog with Escape once and check focus returns to the opener before going on. */
  escapeFirst?: boolean;
  /** What the dialog says once the lead is sent (default: the school's name in a status); null: do not wait. */
  expectStatus?: RegExp | null;
}

/** What the journey observed, for the lead assertions afterwards. */
export interface JourneyResult {
  consentLabel: string;
  openedAt: number;
  submittedAt: number;
  statusText: string;
}

/** A student who fills the form as a person would: a real name in another script, a mixed-case email. */
export const STUDENT: ContactInput = {
  firstName: 'María',
  lastName: "O'Neil-Smith",
  email: 'Maria.Lopez@Example.COM',
  phone: '(212) 734-5678',
  postalCode: '10001',
};

/** The featured card of a school. */
export function featuredCard(page: Page, school: string): Locator {
  return regions(page).featured.getByRole('article', { name: school, exact: true });
}

/** The request dialog for a school, by its SPEC accessible name. */
export function requestDialog(page: Page, school: string): Locator {
  return page.getByRole('dialog', { name: `Request info from ${school}`, exact: true });
}

/** Whether focus (through shadow roots) is inside the element. */
export function focusIsInside(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && el.contains(active);
  });
}

/** Throws with every difference when the page does not follow the SPEC rules for the answers. */
export async function assertMatches(page: Page, catalog: RawCatalog, answers: Answers, when: string): Promise<void> {
  const problems = await settledMismatches(page, catalog, answers);
  if (problems.length > 0)
    throw new Error(`after ${when} (answers ${JSON.stringify(answers)}):\n  ${problems.join('\n  ')}`);
}

/**
 * Walks the SPEC journey: answer the school's three questions in its own card (checking every
 * card and the popular list after each answer), pick the program, open the request form, see the
 * field errors, fill it, consent, wait past the 3 s minimum and submit.
 */
export async function studentJourney(
  page: Page,
  driver: Driver,
  catalog: RawCatalog,
  plan: JourneyPlan,
): Promise<JourneyResult> {
  const school = schoolNamed(catalog, plan.school);
  const card = featuredCard(page, plan.school);
  await card.waitFor({ state: 'visible', timeout: 15_000 });
  await assertMatches(page, catalog, {}, 'the first view');
  await plan.onState?.('first view');

  const given: Answers = {};
  for (const question of school.questions as Question[]) {
    const select = card.getByRole('combobox', { name: QUESTION_TEXT[question], exact: true });
    await driver.choose(select, answerLabel(catalog, question, plan.answers[question]));
    Object.assign(given, { [question]: plan.answers[question] });
    await assertMatches(page, catalog, given, `answering ${question} in ${plan.school}'s card by ${driver.name}`);
  }
  await plan.onState?.('answers given');

  await driver.pickRadio(card.getByRole('radio', { name: plan.program, exact: true }));
  const opener = card.getByRole('button', { name: /Request info/ });
  await driver.press(opener.first());
  const dialog = requestDialog(page, plan.school);
  await dialog.waitFor({ state: 'visible', timeout: 5000 });
  if (plan.escapeFirst === true) {
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {
      throw new Error('Escape did not close the request dialog');
    });
    if (!(await focusIsInside(opener.first())))
      throw new Error('focus did not return to the "Request info" button after Escape closed the dialog');
    await driver.press(opener.first());
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
  }
  return completeRequestForm(page, driver, dialog, plan);
}

/**
 * In an open request dialog: see the chosen program (picking it when the dialog offers a choice),
 * see the field errors of an empty submission, fill the form, consent, wait past the 3 s minimum,
 * submit, and see the role="status" message.
 */
export async function completeRequestForm(
  page: Page,
  driver: Driver,
  dialog: Locator,
  plan: JourneyPlan,
): Promise<JourneyResult> {
  const openedAt = Date.now();
  if (!(await focusIsInside(dialog))) throw new Error('focus did not move into the request dialog when it opened');
  const choice = dialog.getByRole('radio', { name: plan.program, exact: true });
  if ((await choice.count()) > 0 && !(await choice.isChecked())) await driver.pickRadio(choice);
  if (!((await dialog.textContent()) ?? '').includes(plan.program))
    throw new Error(`the dialog does not show the chosen program "${plan.program}"`);
  await plan.onState?.('dialog open');

  const field = (label: string): Locator => dialog.getByLabel(label, { exact: true });
  const consent = dialog.getByRole('checkbox', { name: /By checking this box/ });
  if (await consent.isChecked()) throw new Error('the consent checkbox is checked before the student checks it');

  // Submitting the empty form shows an error beside each field, announced, and sends nothing.
  if (plan.hurried !== true) await showsFieldErrors(page, driver, dialog, plan);

  await driver.type(field('First name'), plan.contact.firstName);
  await driver.type(field('Last name'), plan.contact.lastName);
  await driver.type(field('Email'), plan.contact.email);
  await driver.type(field('Phone'), plan.contact.phone);
  await driver.type(field('ZIP code'), plan.contact.postalCode);
  const consentLabel = (
    await consent.evaluate((el) => {
      const input = el as HTMLInputElement;
      const root = el.getRootNode() as Document | ShadowRoot;
      const ids = el.getAttribute('aria-labelledby');
      if (ids)
        return ids
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ');
      return input.labels?.[0]?.textContent ?? '';
    })
  )
    .replace(/\s+/g, ' ')
    .trim();
  await driver.tick(consent);
  if (!(await consent.isChecked())) throw new Error('the consent checkbox did not become checked');

  const wait = openedAt + 3300 - Date.now();
  if (wait > 0 && plan.hurried !== true) await page.waitForTimeout(wait);
  const submittedAt = Date.now();
  await driver.press(dialog.getByRole('button', { name: 'Submit request', exact: true }));
  if (plan.expectStatus === null) return { consentLabel, openedAt, submittedAt, statusText: '' };

  const expected = plan.expectStatus ?? new RegExp(plan.school.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const status = dialog.getByRole('status').filter({ hasText: expected });
  await status
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 })
    .catch(async () => {
      throw new Error(
        `no role="status" message matching ${expected} after submitting; the dialog says: ${(await dialog.textContent().catch(() => ''))?.replace(/\s+/g, ' ')}`,
      );
    });
  const statusText = ((await status.first().textContent()) ?? '').trim();
  await plan.onState?.('success');
  return { consentLabel, openedAt, submittedAt, statusText };
}

/** Submits the empty form and checks each field is marked invalid with an error tied to it. */
async function showsFieldErrors(page: Page, driver: Driver, dialog: Locator, plan: JourneyPlan): Promise<void> {
  const field = (label: string): Locator => dialog.getByLabel(label, { exact: true });
  await driver.press(dialog.getByRole('button', { name: 'Submit request', exact: true }));
  for (const label of ['First name', 'Last name', 'Email', 'Phone', 'ZIP code']) {
    const input = field(label);
    const deadline = Date.now() + 3000;
    while ((await input.getAttribute('aria-invalid')) !== 'true' && Date.now() < deadline)
      await page.waitForTimeout(100);
    if ((await input.getAttribute('aria-invalid')) !== 'true')
      throw new Error(`submitting the empty form did not mark "${label}" invalid (aria-invalid)`);
    const described = await input.evaluate((el) => {
      const root = el.getRootNode() as Document | ShadowRoot;
      const ids = (el.getAttribute('aria-describedby') ?? '') + ' ' + (el.getAttribute('aria-errormessage') ?? '');
      return ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim();
    });
    if (described === '')
      throw new Error(`the error for "${label}" is not tied to the field (aria-describedby / aria-errormessage)`);
  }
  // "Errors … are announced": a live region (alert or status) in the dialog says something.
  const announced = await dialog
    .locator('[role="alert"], [aria-live="assertive"], [aria-live="polite"], [role="status"]')
    .allTextContents();
  if (!announced.some((text) => text.trim() !== ''))
    throw new Error('the field errors are not announced: no alert or live region in the dialog has text');
  await plan.onState?.('field errors shown');
}
