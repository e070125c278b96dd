import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { builtServer, seedEmbed } from './support/serverRendered.ts';
import { embedPage, watchPage, type PageWatch } from './support/watchPage.ts';
import { projectPath } from './acceptance/support/expectedMatches.ts';

const setup = useBrowserAndServer();
let renderEmbed: Awaited<ReturnType<typeof builtServer>>['renderEmbed'];
let version: string;
beforeAll(async () => {
  ({ renderEmbed, version } = await builtServer());
});

let page: Page | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

interface Loaded {
  page: Page;
  watch: PageWatch;
  /** Requests for JSON (a catalog fetch) the page made. */
  jsonRequests: string[];
  /** The layout shifts so far. */
  shifts(): Promise<number[]>;
  /** Adds the widget's script now, as a late `async` script would arrive, and waits for it to load. */
  runScript(): Promise<void>;
}

/**
 * Opens a page with `body` (server-rendered elements) and no script yet, so the test can look at the server
 * view, act on it, and then let the script run.
 */
async function openServerRendered(body: string): Promise<Loaded> {
  page = await setup.browser.newPage();
  const current = page;
  const watch = await watchPage(current);
  const jsonRequests: string[] = [];
  current.on('request', (request) => /\.json(\?|$)/.test(request.url()) && jsonRequests.push(request.url()));
  await current.addInitScript(() => {
    const shifts: number[] = [];
    Object.defineProperty(window, '__shifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await current.goto(setup.server.page('/ssr-hydration.html', { html: embedPage(body, { script: false }) }));
  return {
    page: current,
    watch,
    jsonRequests,
    shifts: () => current.evaluate(() => [...(window as unknown as { __shifts: number[] }).__shifts]),
    runScript: async () => void (await current.addScriptTag({ url: '/dist/schoolmatch.js' })),
  };
}

/** Keeps references to server-rendered nodes in the page (window.__kept), to compare after the script ran. */
const keepNodes = (target: Page) =>
  target.evaluate(() => {
    const root = document.querySelector('school-match')!.shadowRoot!;
    const kept = {
      featuredProgram: root.querySelector('section[aria-label="Featured Schools"] article li')!,
      popularProgram: root.querySelector('section[aria-label="Popular Schools"] article ul li')!,
      view: root.querySelector('.sm-embed')!,
      select: root.querySelector('select')!,
    };
    Object.defineProperty(window, '__kept', { value: kept });
    return Object.fromEntries(Object.entries(kept).map(([name, node]) => [name, node.textContent?.slice(0, 60)]));
  });

const sameNodes = (target: Page) =>
  target.evaluate(() => {
    const root = document.querySelector('school-match')!.shadowRoot!;
    const kept = (window as unknown as { __kept: Record<string, Element> }).__kept;
    return {
      featuredProgram: kept.featuredProgram === root.querySelector('section[aria-label="Featured Schools"] article li'),
      popularProgram: kept.popularProgram === root.querySelector('section[aria-label="Popular Schools"] article ul li'),
      view: kept.view === root.querySelector('.sm-embed'),
      select: kept.select === root.querySelector('select'),
      connected: Object.values(kept).every((node) => node.isConnected),
      views: root.querySelectorAll('.sm-embed').length,
    };
  });

const shadowText = (target: Page, selector: string) =>
  target.evaluate(
    (s) =>
      Array.from(
        document.querySelector('school-match')!.shadowRoot!.querySelectorAll(s),
        (node) => node.textContent ?? '',
      ),
    selector,
  );

describe('the script on a server-rendered <school-match>', () => {
  it('hydrates the view: keeps its nodes, fetches no catalog, shifts nothing, says ready and then answers as usual', async () => {
    const loaded = await openServerRendered(renderEmbed(seedEmbed()));
    const before = await keepNodes(loaded.page);
    expect(before.featuredProgram).toBeTruthy();
    expect(before.popularProgram).toBeTruthy();
    await loaded.runScript();
    const [ready] = await loaded.watch.waitForEvents('schoolmatch:ready');
    expect(ready?.detail).toEqual({ schools: 10, programs: 53 });
    expect(await sameNodes(loaded.page)).toEqual({
      featuredProgram: true,
      popularProgram: true,
      view: true,
      select: true,
      connected: true,
      views: 1,
    });
    expect(loaded.jsonRequests).toEqual([]);
    expect(await loaded.shifts()).toEqual([]);
    // The hydrated view handles the student: an answer filters the programs and is reported.
    await loaded.page
      .locator('school-match')
      .getByLabel('What is your highest level of education?')
      .first()
      .selectOption({ label: 'Less than high school' });
    const [answer] = await loaded.watch.waitForEvents('schoolmatch:answer');
    expect(answer?.detail).toEqual({ question: 'educationLevel', value: 'no-diploma' });
    expect(await shadowText(loaded.page, 'p[role=status]')).not.toEqual(['53 programs at 10 schools']);
    expect(loaded.watch.errors).toEqual([]);
    expect(loaded.watch.pageErrors).toEqual([]);
  });

  it('keeps answers given before it ran: the selects keep their values, count as answers and filter the programs', async () => {
    const loaded = await openServerRendered(renderEmbed(seedEmbed()));
    const widget = loaded.page.locator('school-match');
    await widget
      .getByLabel('What is your highest level of education?')
      .first()
      .selectOption({ label: 'Less than high school' });
    // A featured card's own question, answered in the card.
    await widget
      .getByRole('article', { name: 'Kaplan University' })
      .getByLabel('Which subject are you interested in?')
      .selectOption({ label: 'Health Informatics' });
    await loaded.runScript();
    await loaded.watch.waitForEvents('schoolmatch:ready');
    const answers = await loaded.watch.waitForEvents('schoolmatch:answer', 2);
    expect(answers.map((event) => event.detail)).toEqual([
      { question: 'educationLevel', value: 'no-diploma' },
      { question: 'subject', value: 'health-informatics' },
    ]);
    const values = await loaded.page.evaluate(() => {
      const root = document.querySelector('school-match')!.shadowRoot!;
      return ['#q-educationLevel', '#q-subject'].map((id) => root.querySelector<HTMLSelectElement>(id)!.value);
    });
    expect(values).toEqual(['no-diploma', 'health-informatics']);
    // Nothing is open to a student without a diploma: no program is listed, and the reason is given.
    expect(await shadowText(loaded.page, 'section[aria-label="Popular Schools"] article li')).toEqual([]);
    expect((await shadowText(loaded.page, 'details li')).join(' ')).toContain(
      'These programs need a high school diploma or GED',
    );
    expect(loaded.watch.errors).toEqual([]);
  });

  it('keeps a ZIP code typed and an optional question answered before it ran (v2 catalog), as answers', async () => {
    const states = JSON.parse(readFileSync(projectPath('fixtures/catalog-states.json'), 'utf8')) as object;
    const loaded = await openServerRendered(renderEmbed({ ...seedEmbed(), catalog: states }));
    const answers = loaded.page.locator('school-match').locator('fieldset').first();
    await answers.getByLabel('What is your ZIP code?').fill('10001');
    await answers.getByLabel('Are you affiliated with the US military?').selectOption({ label: 'Veteran' });
    await loaded.runScript();
    await loaded.watch.waitForEvents('schoolmatch:ready');
    // The ZIP code is personal data: no event carries it, so only the military answer is reported.
    const events = await loaded.watch.waitForEvents('schoolmatch:answer');
    expect(events.map((event) => event.detail)).toEqual([{ question: 'military', value: 'veteran' }]);
    expect(
      await loaded.page.evaluate(
        () =>
          document.querySelector('school-match')!.shadowRoot!.querySelector<HTMLInputElement>('#q-postalCode')!.value,
      ),
    ).toBe('10001');
    // Both are answers: each has its Clear button in the answers summary.
    await expect(answers.getByRole('button', { name: 'Clear: What is your ZIP code?' }).count()).resolves.toBe(1);
    await expect(
      answers.getByRole('button', { name: 'Clear: Are you affiliated with the US military?' }).count(),
    ).resolves.toBe(1);
    expect(loaded.watch.errors).toEqual([]);
  });

  it('counts a preset subject as the publisher’s, not as an answer', async () => {
    const loaded = await openServerRendered(renderEmbed({ ...seedEmbed(), subject: 'medical-billing-coding' }));
    await loaded.runScript();
    await loaded.watch.waitForEvents('schoolmatch:ready');
    expect((await loaded.watch.events()).filter((event) => event.type === 'schoolmatch:answer')).toEqual([]);
    expect(
      await loaded.page.evaluate(
        () => document.querySelector('school-match')!.shadowRoot!.querySelector<HTMLSelectElement>('#q-subject')!.value,
      ),
    ).toBe('medical-billing-coding');
  });

  it('re-renders markup from another widget version instead of keeping it', async () => {
    const other = renderEmbed(seedEmbed())
      .replace(`data-schoolmatch-version="${version}"`, 'data-schoolmatch-version="0.0.1"')
      .replace('<h2>Featured Schools</h2>', '<h2>Featured Schools</h2><p id="stale">Old markup</p>');
    const loaded = await openServerRendered(other);
    await keepNodes(loaded.page);
    await loaded.runScript();
    await loaded.watch.waitForEvents('schoolmatch:ready');
    expect(await sameNodes(loaded.page)).toMatchObject({
      featuredProgram: false,
      popularProgram: false,
      view: false,
      connected: false,
      views: 1,
    });
    expect(
      await loaded.page.evaluate(() => document.querySelector('school-match')!.shadowRoot!.querySelector('#stale')),
    ).toBeNull();
    expect(await shadowText(loaded.page, 'article h3')).toHaveLength(18);
    expect(loaded.jsonRequests).toEqual([]);
    expect(loaded.watch.errors).toEqual([]);
  });

  it('applies attribute changes live, tears down on removal and renders again when put back', async () => {
    const loaded = await openServerRendered(renderEmbed(seedEmbed()));
    await loaded.runScript();
    await loaded.watch.waitForEvents('schoolmatch:ready');
    await loaded.page.evaluate(() => document.querySelector('school-match')!.setAttribute('locale', 'es'));
    await loaded.page.waitForFunction(
      () =>
        document.querySelector('school-match')!.shadowRoot!.querySelector('section h2')?.textContent ===
        'Escuelas destacadas',
    );
    const { views, removed } = await loaded.page.evaluate(() => {
      const element = document.querySelector('school-match')!;
      const parent = element.parentElement!;
      element.remove();
      const removed = element.shadowRoot!.querySelectorAll('.sm-embed').length;
      parent.append(element);
      return { views: element.shadowRoot!.querySelectorAll('.sm-embed').length, removed };
    });
    expect({ removed, views }).toEqual({ removed: 0, views: 1 });
    await loaded.watch.waitForEvents('schoolmatch:ready', 2);
    expect(await shadowText(loaded.page, 'section > h2')).toEqual(['Escuelas destacadas', 'Escuelas populares']);
    expect(loaded.watch.errors).toEqual([]);
  });

  it('hydrates two instances on one page that answer independently', async () => {
    const loaded = await openServerRendered(
      `${renderEmbed(seedEmbed()).replace('<school-match ', '<school-match id="one" ')}${renderEmbed({ ...seedEmbed(), sections: 'popular' }).replace('<school-match ', '<school-match id="two" ')}`,
    );
    await loaded.runScript();
    const ready = await loaded.watch.waitForEvents('schoolmatch:ready', 2);
    expect(ready.map((event) => event.from).sort()).toEqual(['one', 'two']);
    await loaded.page
      .locator('#one')
      .getByLabel('What is your highest level of education?')
      .first()
      .selectOption({ label: 'Less than high school' });
    const [answer] = await loaded.watch.waitForEvents('schoolmatch:answer');
    expect(answer?.from).toBe('one');
    const statuses = await loaded.page.evaluate(() =>
      ['#one', '#two'].map(
        (id) => document.querySelector(id)!.shadowRoot!.querySelector('p[role=status]')!.textContent,
      ),
    );
    expect(statuses[1]).toBe('53 programs at 10 schools');
    expect(statuses[0]).not.toBe(statuses[1]);
  });

  it('with a bad configuration shows nothing, logs one [schoolmatch] error and dispatches schoolmatch:error', async () => {
    const loaded = await openServerRendered(
      `<p>Before</p>${renderEmbed(seedEmbed()).replace('endpoint="/api/leads"', 'endpoint="ftp://x"')}<p>After</p>`,
    );
    await loaded.runScript();
    const [error] = await loaded.watch.waitForEvents('schoolmatch:error');
    expect(error?.detail).toMatchObject({ code: 'config-invalid' });
    expect((error?.detail as { message: string }).message).toContain('attribute "endpoint" must be');
    expect(loaded.watch.errors).toEqual([(error?.detail as { message: string }).message]);
    expect((await loaded.page.locator('school-match').boundingBox())?.height).toBe(0);
    expect(
      await loaded.page.evaluate(() => document.querySelector('school-match')!.shadowRoot!.textContent),
    ).not.toContain('Kaplan');
  });
});
