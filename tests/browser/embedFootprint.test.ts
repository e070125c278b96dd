import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { embedPage, GOOD_ATTRIBUTES, watchPage } from './support/watchPage.ts';

const setup = useBrowserAndServer();

/** What a script could have left on the page outside the widget's own elements. */
async function footprint(page: Page) {
  return page.evaluate(() => ({
    globals: Object.getOwnPropertyNames(window).sort(),
    head: document.head.outerHTML,
    documentSheets: document.adoptedStyleSheets.length,
    styleSheets: document.styleSheets.length,
    bodyChildren: [...document.body.children].map((element) => element.localName),
  }));
}

describe('the script on a publisher page', () => {
  it('adds no global but SchoolMatch and leaves document.head alone', async () => {
    const body = `<school-match id="w" ${GOOD_ATTRIBUTES}></school-match>`;
    const baselinePage = await setup.browser.newPage();
    await watchPage(baselinePage);
    await baselinePage.goto(setup.server.page('/baseline.html', { html: embedPage(body, { script: false }) }));
    const baseline = await footprint(baselinePage);
    await baselinePage.close();

    const page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(setup.server.page('/with-widget.html', { html: embedPage(body) }));
    await watch.waitForEvents('schoolmatch:ready');
    await page
      .locator('school-match')
      .getByLabel('What is your highest level of education?')
      .first()
      .selectOption({ label: "Master's degree" });
    await watch.waitForEvents('schoolmatch:answer');
    const after = await footprint(page);
    await page.close();

    expect(after.globals.filter((name) => !baseline.globals.includes(name))).toEqual(['SchoolMatch']);
    expect(after.head).toBe(baseline.head);
    expect(after.documentSheets).toBe(0);
    expect(after.styleSheets).toBe(baseline.styleSheets);
    expect(after.bodyChildren).toEqual([...baseline.bodyChildren, 'script']);
  });
});
