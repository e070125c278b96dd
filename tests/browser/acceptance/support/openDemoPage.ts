import type { Page } from 'playwright-core';
import type { DemoServer } from './startDemoServer.ts';
import type { PageFacts } from './leadExpectations.ts';

/** Console errors, uncaught exceptions and failed requests of the page, for assertions. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their URL instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    // The browser asks for a favicon on its own; the page never links one.
    if (response.status() >= 400 && url.pathname !== '/favicon.ico')
      errors.push(`HTTP ${response.status()} for ${url.pathname}`);
  });
  return errors;
}

/** Opens the demo article (with optional query) and reads the embed attributes the lead should carry. */
export async function openDemoPage(page: Page, server: DemoServer, query = ''): Promise<PageFacts> {
  await page.goto(`${server.origin}/${query}`);
  const element = page.locator('school-match').first();
  await element.waitFor({ state: 'attached', timeout: 10_000 });
  const attributes = await element.evaluate((el) => ({
    publisher: el.getAttribute('publisher') ?? '',
    placement: el.getAttribute('placement'),
    subId: el.getAttribute('sub-id'),
    testMode: el.hasAttribute('test-mode'),
  }));
  const url = new URL(page.url());
  return { ...attributes, pageUrl: `${url.origin}${url.pathname}` };
}

/** The marketer's view of the leads, with and without the token. */
export async function marketerView(
  server: DemoServer,
): Promise<{ withToken: string; withoutToken: string; status: number }> {
  const withToken = await fetch(`${server.origin}/leads`, { headers: { authorization: `Bearer ${server.token}` } });
  const withoutToken = await fetch(`${server.origin}/leads`);
  return { withToken: await withToken.text(), withoutToken: await withoutToken.text(), status: withToken.status };
}
