import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { renderEmbed as RenderEmbed } from '../widget/server/renderEmbed.ts';

/** The page at `/`: the article's HTML with the widget rendered in, and the CSP that allows exactly its styles. */
export interface ServerRenderedPage {
  html: string;
  contentSecurityPolicy: string;
}

// The script-only embed in demo/index.html: the server-rendered page puts the rendered element in its place.
const SNIPPET = /<school-match\b[^>]*><\/school-match>/;

/**
 * Renders the demo article as a publisher's server would: `<school-match>` through `schoolmatch/server`'s
 * renderEmbed (the built dist/server.mjs, as npm users get it) with the catalog read from fixtures/, and a CSP
 * that allows the widget's styles by the hash the build publishes in dist/csp.json.
 */
export async function serverRenderedPage(root: string): Promise<ServerRenderedPage> {
  const module = (await import(pathToFileURL(join(root, 'dist/server.mjs')).href)) as {
    renderEmbed: typeof RenderEmbed;
  };
  const csp = JSON.parse(await readFile(join(root, 'dist/csp.json'), 'utf8')) as { 'style-src': string };
  const catalog = JSON.parse(await readFile(join(root, 'fixtures/catalog.json'), 'utf8')) as object;
  const article = await readFile(join(root, 'demo/index.html'), 'utf8');
  const element = module.renderEmbed({
    catalog,
    endpoint: '/api/leads',
    publisher: 'demo-publisher',
    placement: 'article-inline',
  });
  return {
    html: article.replace(SNIPPET, () => element),
    contentSecurityPolicy: `default-src 'self'; style-src 'self' ${csp['style-src']}`,
  };
}
