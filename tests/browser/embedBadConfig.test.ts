import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { embedPage, watchPage } from './support/watchPage.ts';

const setup = useBrowserAndServer();

let page: Page;
afterEach(async () => {
  await page?.close();
});

const CASES = [
  [
    'a missing endpoint',
    'catalog="/fixtures/catalog.json" publisher="pub-123"',
    'config-invalid',
    'attribute "endpoint" is missing',
  ],
  [
    'an ftp endpoint',
    'catalog="/fixtures/catalog.json" endpoint="ftp://x" publisher="pub-123"',
    'config-invalid',
    'attribute "endpoint" must be',
  ],
  [
    'plain http to another host',
    'catalog="/fixtures/catalog.json" endpoint="http://leads.example.com/api" publisher="pub-123"',
    'config-invalid',
    'attribute "endpoint" must be',
  ],
  [
    'a missing publisher',
    'catalog="/fixtures/catalog.json" endpoint="/api/leads"',
    'config-invalid',
    'attribute "publisher" is missing',
  ],
  [
    'an unreachable catalog',
    'catalog="http://127.0.0.1:9/catalog.json" endpoint="/api/leads" publisher="pub-123"',
    'catalog-unreachable',
    'attribute "catalog" could not be loaded',
  ],
  [
    'a catalog that is not there',
    'catalog="/fixtures/missing.json" endpoint="/api/leads" publisher="pub-123"',
    'catalog-unreachable',
    'HTTP 404',
  ],
  [
    'a catalog of the wrong shape',
    'catalog="/fixtures/broken/wrong-top-level.json" endpoint="/api/leads" publisher="pub-123"',
    'catalog-invalid',
    'is invalid at $.schools',
  ],
  [
    'a catalog that is not JSON',
    'catalog="/fixtures/broken/not-json.txt" endpoint="/api/leads" publisher="pub-123"',
    'catalog-invalid',
    'is not valid JSON',
  ],
] as const;

describe('a publisher mistake', () => {
  it.each(CASES)(
    'with %s shows nothing, logs one [schoolmatch] error and dispatches schoolmatch:error',
    async (_, attributes, code, says) => {
      page = await setup.browser.newPage();
      const watch = await watchPage(page);
      const url = setup.server.page('/bad.html', {
        html: embedPage(`<p>Before</p><school-match id="widget" ${attributes}></school-match><p>After</p>`),
      });
      await page.goto(url);
      const [event] = await watch.waitForEvents('schoolmatch:error');
      expect(event).toMatchObject({ from: 'widget', detail: { code } });
      expect((event?.detail as { message: string }).message).toContain(says);
      const box = await page.locator('#widget').boundingBox();
      expect(box?.height ?? 0).toBe(0);
      expect(await page.evaluate(() => document.querySelector('school-match')!.shadowRoot?.textContent ?? '')).toBe('');
      const ours = watch.errors.filter((text) => text.startsWith('[schoolmatch]'));
      expect(ours).toEqual([(event?.detail as { message: string }).message]);
      expect(watch.pageErrors).toEqual([]);
      await expect(page.locator('p', { hasText: 'After' }).isVisible()).resolves.toBe(true);
    },
  );
});
