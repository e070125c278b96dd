import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/testSetup.ts';
import { builtServer, publishedStyleSource, recordViolations, seedEmbed } from './support/serverRendered.ts';
import { embedPage, watchPage } from './support/watchPage.ts';
import { loadSeedCatalog } from './acceptance/support/expectedMatches.ts';

const setup = useBrowserAndServer();
const catalog = loadSeedCatalog();
const STRICT = "default-src 'self'; script-src 'self'";

let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

/** What a visitor's browser shows in the server-rendered shadow root, and whether the widget's styles apply. */
function readView(target: Page) {
  return target.evaluate(() => {
    const host = document.querySelector('school-match')!;
    const root = host.shadowRoot;
    if (!root) return null;
    const texts = (selector: string) => Array.from(root.querySelectorAll(selector), (node) => node.textContent);
    const select = root.querySelector('select');
    return {
      views: root.querySelectorAll('.sm-embed').length,
      regions: Array.from(root.querySelectorAll('section'), (section) => section.getAttribute('aria-label')),
      schools: texts('article h3'),
      programs: texts('article li'),
      disclosures: texts('details summary'),
      // The widget's rules, not the browser's defaults: :host is a block, selects are full-width blocks.
      hostDisplay: getComputedStyle(host).display,
      selectDisplay: select ? getComputedStyle(select).display : null,
      fontFamily: getComputedStyle(root.querySelector('.sm-embed')!).fontFamily,
      height: host.getBoundingClientRect().height,
    };
  });
}

describe('a server-rendered <school-match>', () => {
  it('shows its first view, styled, with JavaScript disabled: regions, cards, every program name and the Sponsored disclosure', async () => {
    const { renderEmbed } = await builtServer();
    const context = await setup.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(
      setup.server.page('/ssr-nojs.html', { html: embedPage(renderEmbed(seedEmbed()), { script: false }) }),
    );
    const view = await readView(page);
    expect(view).not.toBeNull();
    expect(view!.regions).toEqual(['Featured Schools', 'Popular Schools']);
    expect(view!.disclosures).toEqual(['Sponsored', 'Sponsored']);
    for (const school of catalog.schools) {
      expect(view!.schools).toContain(school.name);
      for (const program of school.programs) expect(view!.programs).toContain(program.name);
    }
    expect(view!.hostDisplay).toBe('block');
    expect(view!.selectDisplay).toBe('block');
    expect(view!.fontFamily).toContain('system-ui');
    expect(view!.height).toBeGreaterThan(500);
  });

  const policies: [
    string,
    (renderEmbed: Awaited<ReturnType<typeof builtServer>>['renderEmbed']) => { html: string; csp: string },
  ][] = [
    [
      'the style hash the build publishes',
      (renderEmbed) => ({
        html: renderEmbed(seedEmbed()),
        csp: `${STRICT}; style-src 'self' ${publishedStyleSource()}`,
      }),
    ],
    [
      'a nonce',
      (renderEmbed) => ({
        html: renderEmbed({ ...seedEmbed(), nonce: 'c2Nob29sbWF0Y2gtdGVzdA==' }),
        csp: `${STRICT}; style-src 'self' 'nonce-c2Nob29sbWF0Y2gtdGVzdA=='`,
      }),
    ],
  ];
  it.each(policies)(
    'is styled under a strict CSP allowing %s, with no violation through the script taking over',
    async (_, make) => {
      const { renderEmbed } = await builtServer();
      const { html, csp } = make(renderEmbed);
      page = await (await setup.browser.newContext()).newPage();
      const violations = await recordViolations(page);
      const watch = await watchPage(page);
      const refused: string[] = [];
      page.on(
        'console',
        (message) => /Content Security Policy|Refused/.test(message.text()) && refused.push(message.text()),
      );
      await page.goto(
        setup.server.page('/ssr-csp.html', { html: embedPage(html), headers: { 'Content-Security-Policy': csp } }),
      );
      await watch.waitForEvents('schoolmatch:ready');
      const view = await readView(page);
      expect(view).toMatchObject({ views: 1, hostDisplay: 'block', selectDisplay: 'block' });
      expect(await violations()).toEqual([]);
      expect(refused).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    },
  );

  it('is refused its styles by a strict CSP that allows neither (so the checks above can fail)', async () => {
    const { renderEmbed } = await builtServer();
    page = await (await setup.browser.newContext()).newPage();
    const violations = await recordViolations(page);
    await page.goto(
      setup.server.page('/ssr-csp-refused.html', {
        html: embedPage(renderEmbed(seedEmbed()), { script: false }),
        headers: { 'Content-Security-Policy': `${STRICT}; style-src 'self'` },
      }),
    );
    expect(await violations()).toEqual([expect.stringMatching(/^style-src-elem inline$/)]);
    expect((await readView(page))?.selectDisplay).not.toBe('block');
  });
});

describe('the built renderEmbed', () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ['a missing endpoint', { endpoint: undefined }, '[schoolmatch] renderEmbed() option "endpoint" is missing'],
    ['an ftp endpoint', { endpoint: 'ftp://x' }, '[schoolmatch] renderEmbed() option "endpoint" must be'],
    ['a missing publisher', { publisher: undefined }, '[schoolmatch] renderEmbed() option "publisher" is missing'],
    [
      'a catalog URL',
      { catalog: '/fixtures/catalog.json' },
      '[schoolmatch] renderEmbed() option "catalog" must be the catalog as an object',
    ],
    [
      'a catalog of the wrong shape',
      { catalog: { version: 1, subjects: [], schools: {} } },
      '[schoolmatch] the catalog is invalid at $.schools',
    ],
    ['bad sections', { sections: 'sidebar' }, '[schoolmatch] renderEmbed() option "sections" must'],
    ['a max-schools of 0', { maxSchools: 0 }, '[schoolmatch] renderEmbed() option "maxSchools" must'],
    ['an unknown locale', { locale: 'fr' }, '[schoolmatch] renderEmbed() option "locale" must'],
    ['a bad nonce', { nonce: 'not a nonce' }, '[schoolmatch] renderEmbed() option "nonce" must'],
  ];
  it.each(bad)('throws its [schoolmatch] error for %s', async (_, change, message) => {
    const { renderEmbed } = await builtServer();
    expect(() => renderEmbed({ ...seedEmbed(), ...change } as Parameters<typeof renderEmbed>[0])).toThrowError(message);
  });
});
