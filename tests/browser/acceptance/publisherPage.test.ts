import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndServer } from '../support/testSetup.ts';

const setup = useBrowserAndServer();

/** A publisher page with one element carrying these attributes, and the SPEC's script tag. */
function publisherPage(attributes: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Publisher</title>
<link rel="stylesheet" href="data:text/css,">
</head><body><main><h1>Article</h1><p>Text.</p>${before}
<school-match ${attributes}></school-match>
</main><script async src="/dist/schoolmatch.js"></script></body></html>`;
}

/** Console output and widget events of a page, recorded from before its first script. */
async function recordedPage(
  path: string,
): Promise<{ page: Page; logs: { type: string; text: string }[]; uncaught: string[] }> {
  const page = await setup.browser.newPage();
  const logs: { type: string; text: string }[] = [];
  const uncaught: string[] = [];
  page.on('console', (m) => {
    // The browser's own favicon request 404s on these bare pages; that is not the widget talking.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      logs.push({ type: m.type(), text: m.text() });
  });
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(() => {
    const events: { type: string; detail: unknown }[] = [];
    Object.defineProperty(window, '__smEvents', { value: events });
    for (const type of ['schoolmatch:ready', 'schoolmatch:answer', 'schoolmatch:lead', 'schoolmatch:error']) {
      document.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    }
    Object.defineProperty(window, '__smGlobalsBefore', { value: Object.getOwnPropertyNames(window) });
  });
  await page.goto(`${setup.server.origin}${path}`);
  return { page, logs, uncaught };
}

const events = (page: Page): Promise<{ type: string; detail: Record<string, unknown> }[]> =>
  page.evaluate(
    () => (window as unknown as { __smEvents: { type: string; detail: Record<string, unknown> }[] }).__smEvents,
  );

describe('a publisher embedding the widget', () => {
  it('gets a visible widget, a schoolmatch:ready event with the catalog counts, one new global and an untouched <head>', async () => {
    setup.server.put(
      '/publisher/ok.html',
      publisherPage('catalog="/fixtures/catalog.json" endpoint="/api/leads" publisher="pub-1"'),
    );
    const { page, logs, uncaught } = await recordedPage('/publisher/ok.html');
    const headBefore = await page.evaluate(() => document.head.innerHTML);
    await page
      .getByRole('region', { name: 'Popular Schools', exact: true })
      .waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'schoolmatch:ready')).toBe(true);
    const ready = (await events(page)).find((e) => e.type === 'schoolmatch:ready');
    expect(ready?.detail).toEqual({ schools: 10, programs: 53 });
    const newGlobals = await page.evaluate(() => {
      const before = new Set((window as unknown as { __smGlobalsBefore: string[] }).__smGlobalsBefore);
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && !name.startsWith('__sm'));
    });
    expect(newGlobals).toEqual(['SchoolMatch']);
    expect(await page.evaluate(() => document.head.innerHTML)).toBe(headBefore);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(logs).toEqual([]);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('renders an element present before the script, one queued with SchoolMatch.mount() and one added later, each answering on its own', async () => {
    setup.server.put(
      '/publisher/three.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Three</title>
<script>window.SchoolMatch=window.SchoolMatch||{q:[],mount:function(){this.q.push(arguments)}}</script>
</head><body><main><h1>Article</h1>
<school-match catalog="/fixtures/catalog.json" endpoint="/api/leads" publisher="pub-1"></school-match>
<div id="mount-here"></div>
<script>SchoolMatch.mount('#mount-here', { catalog: '/fixtures/catalog.json', endpoint: '/api/leads', publisher: 'pub-2' });</script>
<div id="later"></div>
</main><script async src="/dist/schoolmatch.js"></script></body></html>`,
    );
    const { page, logs, uncaught } = await recordedPage('/publisher/three.html');
    const featured = page.getByRole('region', { name: 'Featured Schools', exact: true });
    await expect.poll(() => featured.count(), { timeout: 15_000 }).toBe(2);
    await page.evaluate(() => {
      const element = document.createElement('school-match');
      element.setAttribute('catalog', '/fixtures/catalog.json');
      element.setAttribute('endpoint', '/api/leads');
      element.setAttribute('publisher', 'pub-3');
      document.getElementById('later')?.append(element);
    });
    await expect.poll(() => featured.count(), { timeout: 15_000 }).toBe(3);
    const subject = (n: number) =>
      featured
        .nth(n)
        .getByRole('article', { name: 'Kaplan University', exact: true })
        .getByRole('combobox', { name: 'Which subject are you interested in?', exact: true });
    await subject(0).selectOption({ label: 'Health Science' });
    await expect.poll(() => subject(0).count()).toBe(0);
    expect(await subject(1).isVisible()).toBe(true);
    expect(await subject(2).isVisible()).toBe(true);
    await page.evaluate(() => document.querySelector('school-match')?.remove());
    await expect.poll(() => featured.count()).toBe(2);
    expect(logs).toEqual([]);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('shows a catalog full of markup and script as plain text, runs none of it, and keeps long names inside the widget', async () => {
    setup.server.put(
      '/publisher/hostile.html',
      publisherPage('catalog="/fixtures/hostile.json" endpoint="/api/leads" publisher="pub-1"'),
    );
    const { page, uncaught } = await recordedPage('/publisher/hostile.html');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const popular = page.getByRole('region', { name: 'Popular Schools', exact: true });
    await popular
      .getByRole('article', { name: '<img src=x onerror=alert(1)> University', exact: true })
      .waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('school-match img, school-match svg[onload], school-match script').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    const widest = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widest.page).toBeLessThanOrEqual(widest.viewport);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it.each([
    ['a missing endpoint', 'catalog="/fixtures/catalog.json" publisher="pub-1"', /endpoint/],
    [
      'an ftp endpoint',
      'catalog="/fixtures/catalog.json" endpoint="ftp://leads.example.com/" publisher="pub-1"',
      /endpoint/,
    ],
    [
      'a catalog of the wrong shape',
      'catalog="/fixtures/broken/wrong-top-level.json" endpoint="/api/leads" publisher="pub-1"',
      /\$/,
    ],
    ['an unreachable catalog', 'catalog="/fixtures/missing.json" endpoint="/api/leads" publisher="pub-1"', /catalog/],
  ])(
    'with %s sees one [schoolmatch] console error and a schoolmatch:error event, and visitors see nothing',
    async (label, attributes, names) => {
      const path = `/publisher/bad-${label.replace(/\W+/g, '-')}.html`;
      setup.server.put(path, publisherPage(attributes));
      const { page, logs, uncaught } = await recordedPage(path);
      await expect
        .poll(async () => (await events(page)).filter((e) => e.type === 'schoolmatch:error').length, {
          timeout: 10_000,
        })
        .toBe(1);
      await page.waitForTimeout(300);
      const errors = logs.filter((l) => l.type === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.text).toMatch(/^\[schoolmatch\]/);
      expect(errors[0]?.text).toMatch(names);
      const error = (await events(page)).find((e) => e.type === 'schoolmatch:error');
      expect(typeof error?.detail['code']).toBe('string');
      expect(typeof error?.detail['message']).toBe('string');
      const visibleText = await page.evaluate(() => {
        const host = document.querySelector('school-match');
        const box = host?.getBoundingClientRect();
        return {
          height: box?.height ?? 0,
          text: (host?.shadowRoot as unknown as { textContent?: string } | null)?.textContent?.trim() ?? '',
        };
      });
      expect(visibleText.height).toBe(0);
      expect(uncaught).toEqual([]);
      await page.close();
    },
  );
});
