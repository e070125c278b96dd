import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { embedPage, GOOD_ATTRIBUTES, watchPage } from './support/watchPage.ts';

const setup = useBrowserAndServer();

const EDUCATION = 'What is your highest level of education?';

let page: Page;
afterEach(async () => {
  await page?.close();
});

describe('several widgets and their lifecycle', () => {
  it('keeps two instances on one page independent', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/two.html', {
        html: embedPage(
          `<school-match id="one" ${GOOD_ATTRIBUTES}></school-match><school-match id="two" ${GOOD_ATTRIBUTES} locale="es"></school-match>`,
        ),
      }),
    );
    await watch.waitForEvents('schoolmatch:ready', 2);
    await page.locator('#one').getByLabel(EDUCATION).first().selectOption({ label: "Bachelor's degree" });
    const answers = await watch.waitForEvents('schoolmatch:answer');
    expect(answers.map((event) => event.from)).toEqual(['one']);
    const secondValues = await page.evaluate(() =>
      [...document.querySelector('#two')!.shadowRoot!.querySelectorAll('select')].map((select) => select.value),
    );
    expect(secondValues.length).toBeGreaterThan(0);
    expect(secondValues.every((value) => value === '')).toBe(true);
    await expect(page.locator('#two').getByText('Escuelas destacadas').isVisible()).resolves.toBe(true);
    expect(watch.errors).toEqual([]);
  });

  it('tears an element down when it is removed, and renders a new one added later', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/swap.html', {
        html: embedPage(`<div id="slot"><school-match id="old" ${GOOD_ATTRIBUTES}></school-match></div>`),
      }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    const leftOver = await page.evaluate((attributes) => {
      const old = document.querySelector('#old')!;
      old.remove();
      const slot = document.querySelector('#slot')!;
      slot.insertAdjacentHTML('beforeend', `<school-match id="new" ${attributes}></school-match>`);
      return old.shadowRoot!.childElementCount;
    }, GOOD_ATTRIBUTES);
    expect(leftOver).toBe(0);
    const ready = await watch.waitForEvents('schoolmatch:ready', 2);
    expect(ready.map((event) => event.from)).toEqual(['old', 'new']);
    await expect(page.locator('#new').getByText('Kaplan University').first().isVisible()).resolves.toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('applies attribute changes live', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/live.html', { html: embedPage(`<school-match id="w" ${GOOD_ATTRIBUTES}></school-match>`) }),
    );
    await watch.waitForEvents('schoolmatch:ready');
    await page.evaluate(() => document.querySelector('#w')!.setAttribute('locale', 'es'));
    await expect(page.locator('#w').getByText('Escuelas destacadas').waitFor()).resolves.toBeUndefined();
  });

  it('renders elements present before the script loads and elements added after it', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    await page.goto(
      setup.server.page('/before-after.html', {
        html: embedPage(`<school-match id="before" ${GOOD_ATTRIBUTES}></school-match>`),
      }),
    );
    await page.evaluate(
      (attributes) =>
        document.body.insertAdjacentHTML('beforeend', `<school-match id="after" ${attributes}></school-match>`),
      GOOD_ATTRIBUTES,
    );
    const ready = await watch.waitForEvents('schoolmatch:ready', 2);
    expect(ready.map((event) => event.from).sort()).toEqual(['after', 'before']);
  });

  it('renders an inline catalog given as a child script', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    const catalog = JSON.stringify({
      version: 1,
      subjects: [{ id: 'health-science', label: 'Health Science' }],
      schools: [
        {
          id: 'inline-u',
          name: 'Inline University',
          rank: 1,
          questions: ['subject', 'educationLevel', 'usCitizen'],
          programs: [{ id: 'inline-bs', name: 'BS Health Science', level: 'bachelor', subjects: ['health-science'] }],
        },
      ],
    });
    await page.goto(
      setup.server.page('/inline.html', {
        html: embedPage(
          `<school-match id="w" endpoint="/api/leads" publisher="pub-123"><script type="application/json">${catalog}</script></school-match>`,
        ),
      }),
    );
    const [ready] = await watch.waitForEvents('schoolmatch:ready');
    expect(ready?.detail).toEqual({ schools: 1, programs: 1 });
    await expect(page.locator('#w').getByText('Inline University').first().isVisible()).resolves.toBe(true);
  });

  it('replays mount() calls queued by the snippet before the script loaded, in order', async () => {
    page = await setup.browser.newPage();
    const watch = await watchPage(page);
    const config = "{ catalog: '/fixtures/catalog.json', endpoint: '/api/leads', publisher: 'pub-123' }";
    await page.goto(
      setup.server.page('/queue.html', {
        html: embedPage(`<div id="a"></div><div id="b"></div>
<script>window.SchoolMatch=window.SchoolMatch||{q:[],mount:function(){this.q.push(arguments)}}</script>
<script>SchoolMatch.mount('#a', ${config}); SchoolMatch.mount(document.querySelector('#b'), Object.assign(${config}, { locale: 'es' }));</script>`),
      }),
    );
    const ready = await watch.waitForEvents('schoolmatch:ready', 2);
    expect(ready.map((event) => event.from).sort()).toEqual(['a', 'b']);
    const api = await page.evaluate(() => {
      const api = (window as unknown as { SchoolMatch: { version: string; q?: unknown; mount: unknown } }).SchoolMatch;
      return { version: api.version, queue: 'q' in api, mount: typeof api.mount };
    });
    expect(api).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), queue: false, mount: 'function' });
    await expect(page.locator('#b').getByText('Escuelas destacadas').isVisible()).resolves.toBe(true);
  });
});
