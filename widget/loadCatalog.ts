import type { EmbedConfig } from '../src/embedConfig.ts';
import type { SchoolMatchErrorCode } from './embedEvents.ts';

/** The catalog JSON as loaded (not yet validated), or why it could not be loaded. */
export type LoadedCatalog =
  { status: 'loaded'; json: unknown } | { status: 'failed'; code: SchoolMatchErrorCode; message: string };

/** How messages name the catalog: its URL, or the inline one. */
export const catalogName = (source: EmbedConfig['catalog']): string =>
  typeof source === 'string' ? `catalog "${source}"` : 'the inline catalog';

/** Fetches a catalog URL (or takes the inline catalog), giving up after 15 s; `loading` aborts it. Never rejects. */
export async function loadCatalog(source: EmbedConfig['catalog'], loading: AbortController): Promise<LoadedCatalog> {
  if (typeof source !== 'string') return { status: 'loaded', json: source.inline };
  const timer = setTimeout(() => loading.abort(), 15_000);
  const unreachable = (what: string): LoadedCatalog => ({
    status: 'failed',
    code: 'catalog-unreachable',
    message: `attribute "catalog" could not be loaded: "${source}" ${what}. Check the URL and its CORS headers.`,
  });
  try {
    const response = await fetch(source, { signal: loading.signal }).catch(() => null);
    if (!response) return unreachable('failed (network error or timeout)');
    if (!response.ok) return unreachable(`answered HTTP ${response.status}`);
    return { status: 'loaded', json: await response.json() };
  } catch {
    // Also a body cut off by an abort: the caller ignores a load it aborted.
    return {
      status: 'failed',
      code: 'catalog-invalid',
      message: `${catalogName(source)} is not valid JSON. Serve it as JSON.`,
    };
  } finally {
    clearTimeout(timer);
  }
}
