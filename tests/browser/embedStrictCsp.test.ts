import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { embedPage, GOOD_ATTRIBUTES, watchPage } from './support/watchPage.ts';

const setup = useBrowserAndServer();

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let page: Page;
afterEach(async () => {
  await page?.close();
});

describe('on a page with a strict Content-Security-Policy', () => {
  it('renders, styles itself and works without a single violation', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.defineProperty(window, '__violations', { value: violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(
      setup.server.page('/csp.html', {
        html: embedPage(`<school-match id="w" ${GOOD_ATTRIBUTES}></school-match>`),
        headers: { 'Content-Security-Policy': CSP },
      }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    const widget = page.locator('school-match');
    await widget
      .getByLabel('What is your highest level of education?')
      .first()
      .selectOption({ label: "Bachelor's degree" });
    await widget
      .getByRole('button', { name: /Request info/ })
      .first()
      .click();
    // The school's remaining questions appear inline and take focus: the widget re-rendered under the policy.
    await page.waitForFunction(
      () => document.querySelector('school-match')!.shadowRoot!.activeElement?.localName === 'select',
    );
    const state = await page.evaluate(() => {
      const root = document.querySelector('school-match')!.shadowRoot!;
      return {
        violations: (window as unknown as { __violations: string[] }).__violations,
        sheets: root.adoptedStyleSheets.length,
        styled: getComputedStyle(root.querySelector('select')!).display,
      };
    });
    expect(state).toEqual({ violations: [], sheets: 1, styled: 'block' });
    expect(watch.errors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
