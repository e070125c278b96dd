import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { embedPage, GOOD_ATTRIBUTES, watchPage } from './support/watchPage.ts';

const setup = useBrowserAndServer();

// What careless or hostile publisher CSS looks like: global !important rules on every element.
const HOSTILE_CSS = `<style>
  html { font-size: 40px !important; }
  * { font: italic 40px serif !important; color: red !important; display: inline !important;
      box-sizing: content-box !important; line-height: 5 !important; letter-spacing: 10px !important;
      text-transform: uppercase !important; text-align: right !important; visibility: visible !important;
      background: yellow !important; }
  select, button, label, h2, h3, article { display: none !important; }
  head, style, script { display: none !important; }
</style>`;

let page: Page;
afterEach(async () => {
  await page?.close();
});

describe('on a host page with hostile global CSS', () => {
  it('keeps the widget block-level with its own font and colours', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/hostile-css.html', {
        html: embedPage(`<school-match id="w" ${GOOD_ATTRIBUTES}></school-match>`, { head: HOSTILE_CSS }),
      }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    const styles = await page.evaluate(() => {
      const host = document.querySelector('school-match')!;
      const root = host.shadowRoot!;
      const pick = (element: Element) => {
        const style = getComputedStyle(element);
        return {
          display: style.display,
          fontFamily: style.fontFamily,
          fontStyle: style.fontStyle,
          fontSize: style.fontSize,
          color: style.color,
          letterSpacing: style.letterSpacing,
          textTransform: style.textTransform,
        };
      };
      return {
        host: getComputedStyle(host).display,
        background: getComputedStyle(root.querySelector('.sm-embed')!).backgroundColor,
        heading: pick(root.querySelector('h2')!),
        select: pick(root.querySelector('select')!),
        article: pick(root.querySelector('article')!),
      };
    });
    expect(styles.host).toBe('block');
    expect(styles.background).toBe('rgb(255, 255, 255)');
    for (const element of [styles.heading, styles.select, styles.article]) {
      expect(element.display).not.toBe('none');
      expect(element.display).not.toBe('inline');
      expect(element.fontFamily).not.toMatch(/^serif$/);
      expect(element.fontStyle).toBe('normal');
      expect(element.color).not.toBe('rgb(255, 0, 0)');
      expect(element.letterSpacing).toBe('normal');
      expect(element.textTransform).toBe('none');
    }
    expect(Number.parseFloat(styles.select.fontSize)).toBeLessThan(24);
    expect(Number.parseFloat(styles.heading.fontSize)).toBeLessThan(32);
  });

  it('still lets the student answer a question', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/hostile-css.html', {
        html: embedPage(`<school-match id="w" ${GOOD_ATTRIBUTES}></school-match>`, { head: HOSTILE_CSS }),
      }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    const select = page.locator('school-match').getByLabel('What is your highest level of education?').first();
    await expect(select.isVisible()).resolves.toBe(true);
    await select.selectOption({ label: "Bachelor's degree" });
    const [answer] = await watch.waitForEvents('schoolmatch:answer');
    expect(answer).toEqual({
      type: 'schoolmatch:answer',
      detail: { question: 'educationLevel', value: 'bachelor' },
      from: 'w',
    });
    expect(watch.pageErrors).toEqual([]);
  });
});

describe('a catalog full of HTML and script strings', () => {
  it('is shown as text and runs nothing', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/hostile-catalog.html', {
        html: embedPage(
          '<school-match id="w" catalog="/fixtures/hostile.json" endpoint="/api/leads" publisher="pub-123"></school-match>',
        ),
      }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    const widget = page.locator('school-match');
    await expect(widget.getByText('<img src=x onerror=alert(1)> University').first().isVisible()).resolves.toBe(true);
    // Open everything a student could open: every question answered with its first option, every details element.
    for (const select of await widget.locator('select').all()) {
      if (await select.isVisible()) await select.selectOption({ index: 1 }).catch(() => undefined);
    }
    await page.evaluate(() => {
      for (const details of document.querySelector('school-match')!.shadowRoot!.querySelectorAll('details'))
        details.open = true;
    });
    await page.waitForTimeout(300);
    const created = await page.evaluate(() => ({
      images:
        document.querySelectorAll('img').length +
        document.querySelector('school-match')!.shadowRoot!.querySelectorAll('img, script, iframe, object').length,
      scripts: document.scripts.length,
    }));
    expect(created).toEqual({ images: 0, scripts: 1 });
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
