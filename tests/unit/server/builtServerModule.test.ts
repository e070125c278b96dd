import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built package entries, as publishers install them (npm test builds before it runs the tests).
const dist = (file: string): string => fileURLToPath(new URL(`../../../dist/${file}`, import.meta.url));
const seed: object = JSON.parse(readFileSync(new URL('../../../fixtures/catalog.json', import.meta.url), 'utf8'));

interface ServerModule {
  renderEmbed(config: object): string;
  embedStyles: string;
  version: string;
}

async function importServer(): Promise<ServerModule> {
  expect(
    existsSync(dist('server.mjs')),
    'dist/server.mjs is missing: run "npm run build" (npm test builds first)',
  ).toBe(true);
  return (await import(/* @vite-ignore */ dist('server.mjs'))) as ServerModule;
}

describe('the built schoolmatch/server module', () => {
  it('imports in Node without a DOM and adds no global (no custom element, no window)', async () => {
    const before = Object.getOwnPropertyNames(globalThis);
    const server = await importServer();
    expect(Object.getOwnPropertyNames(globalThis)).toEqual(before);
    expect('window' in globalThis || 'customElements' in globalThis).toBe(false);
    expect(server.renderEmbed({ catalog: seed, endpoint: '/api/leads', publisher: 'pub-123' })).toContain(
      '<article aria-label="Kaplan University">',
    );
  });

  it('is exported as schoolmatch/server with its own type declarations, and publishes csp.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, { types: string; import: string } | string>;
    };
    expect(pkg.exports['./server']).toEqual({
      types: './dist/types/widget/server/index.d.ts',
      import: './dist/server.mjs',
    });
    expect(existsSync(dist('types/widget/server/index.d.ts'))).toBe(true);
    expect(readFileSync(dist('types/widget/server/index.d.ts'), 'utf8')).toContain('renderEmbed');
    expect(pkg.exports['./csp.json']).toBe('./dist/csp.json');
  });

  it('writes exactly the style text whose sha256 dist/csp.json publishes, minified like the script’s', async () => {
    const server = await importServer();
    const html = server.renderEmbed({ catalog: seed, endpoint: '/api/leads', publisher: 'pub-123' });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style).toBe(server.embedStyles);
    expect(style).toContain(':host{');
    const hash = createHash('sha256')
      .update(style ?? '', 'utf8')
      .digest('base64');
    expect(JSON.parse(readFileSync(dist('csp.json'), 'utf8'))).toEqual({ 'style-src': `'sha256-${hash}'` });
  });
});
