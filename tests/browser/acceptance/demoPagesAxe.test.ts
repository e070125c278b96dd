import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from '../support/testSetup.ts';
import { watchPage } from '../support/watchPage.ts';
import { formatViolations, runAxe } from './support/runAxe.ts';

const setup = useDemoJourneys();

const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];

describe('the demo article, server-rendered at / and script-only at /client.html (axe-core, WCAG 2.2 AA)', () => {
  it('has no violation on either page at 375×667 and at 1280×800, nor on the server-rendered page without its script', async () => {
    const server = await setup.startDemo();
    // The demo's strict CSP would refuse the injected axe-core script; the widget itself is unchanged.
    const context = await setup.browser.newContext({ bypassCSP: true });
    const report: string[] = [];
    const audited: string[] = [];
    for (const path of ['/', '/client.html']) {
      for (const viewport of VIEWPORTS) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        const watch = await watchPage(page);
        await page.goto(`${server.origin}${path}`);
        const state = `${path} at ${viewport.width}×${viewport.height}`;
        await watch.waitForEvents('schoolmatch:ready');
        const violations = await runAxe(page);
        audited.push(state);
        if (violations.length > 0) report.push(formatViolations(state, violations));
        expect(
          await page.evaluate(
            () => document.querySelector('school-match')!.shadowRoot!.querySelectorAll('article').length,
          ),
        ).toBeGreaterThan(10);
        await page.close();
      }
    }
    // What visitors get before the script runs, or without it (and crawlers): the server-rendered first view alone.
    // axe-core needs JavaScript, so the page keeps it but the widget's script is never delivered.
    const noScript = await setup.browser.newContext({ bypassCSP: true });
    await noScript.route('**/schoolmatch.js', (route) => route.abort());
    for (const viewport of VIEWPORTS) {
      const page = await noScript.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/`);
      const state = `/ without the script at ${viewport.width}×${viewport.height}`;
      expect(await page.evaluate(() => customElements.get('school-match'))).toBeUndefined();
      const violations = await runAxe(page);
      audited.push(state);
      if (violations.length > 0) report.push(formatViolations(state, violations));
      await page.close();
    }
    await noScript.close();
    expect(audited).toEqual([
      '/ at 375×667',
      '/ at 1280×800',
      '/client.html at 375×667',
      '/client.html at 1280×800',
      '/ without the script at 375×667',
      '/ without the script at 1280×800',
    ]);
    expect(report.join('\n'), 'axe-core violations').toBe('');
    await context.close();
  });
});
