import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { renderEmbed as RenderEmbed } from '../../../widget/server/renderEmbed.ts';
import { ensureBuilt } from '../acceptance/support/ensureBuilt.ts';
import { loadSeedCatalog, projectPath, type RawCatalog } from '../acceptance/support/expectedMatches.ts';

/** The built `schoolmatch/server` module (dist/server.mjs), as publishers' servers import it. */
export async function builtServer(): Promise<{ renderEmbed: typeof RenderEmbed; version: string }> {
  ensureBuilt();
  return (await import(pathToFileURL(projectPath('dist/server.mjs')).href)) as {
    renderEmbed: typeof RenderEmbed;
    version: string;
  };
}

/** The CSP source the build publishes for the widget's server-rendered styles (dist/csp.json). */
export function publishedStyleSource(): string {
  ensureBuilt();
  return (JSON.parse(readFileSync(projectPath('dist/csp.json'), 'utf8')) as { 'style-src': string })['style-src'];
}

/** The seed catalog with the settings the server-rendered test pages share. */
export const seedEmbed = (): { catalog: RawCatalog; endpoint: string; publisher: string } => ({
  catalog: loadSeedCatalog(),
  endpoint: '/api/leads',
  publisher: 'pub-123',
});

/** Every CSP violation the page reports (`securitypolicyviolation`), recorded from the first moment; call before goto(). */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__violations', { value: violations });
    // Violations inside shadow roots are reported on the document too (they are composed).
    document.addEventListener(
      'securitypolicyviolation',
      (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}
