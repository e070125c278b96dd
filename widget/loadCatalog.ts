import type { EmbedConfig } from '../src/embedConfig.ts';
import type { SchoolMatchErrorCode } from './embedEvents.ts';

/** A reason the widget cannot show anything, as reported to the page. */
export interface WidgetError {
  code: SchoolMatchErrorCode;
  /** What happened and what to do (without the "[schoolmatch]" prefix). */
  message: string;
}

/** The catalog JSON as loaded: its content (not yet validated), or why it could not be loaded. */
export type LoadedCatalog = { status: 'loaded'; json: unknown } | { status: 'failed'; error: WidgetError };

/** How long the catalog may take to arrive. */
const CATALOG_TIMEOUT_MS = 15_000;

/** How messages name the catalog: its URL, or the inline one. */
export const catalogName = (source: EmbedConfig['catalog']): string =>
  typeof source === 'string' ? `catalog "${source}"` : 'the inline catalog';

/** Fetches a catalog URL (or takes the inline catalog) within 15 s; `loading` aborts it. Never rejects. */
export async function loadCatalog(source: EmbedConfig['catalog'], loading: AbortController): Promise<LoadedCatalog> {
  if (typeof source !== 'string') return { status: 'loaded', json: source.inline };
  const timer = setTimeout(() => loading.abort(), CATALOG_TIMEOUT_MS);
  try {
    return await fetchJson(source, loading.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<LoadedCatalog> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    return unreachable(url, 'failed (network error or timeout)');
  }
  if (!response.ok) return unreachable(url, `answered HTTP ${response.status}`);
  try {
    return { status: 'loaded', json: await response.json() };
  } catch {
    // A body cut off by an abort reads like bad JSON: the caller ignores a load it aborted.
    return { status: 'failed', error: { code: 'catalog-invalid', message: `${catalogName(url)} is not valid JSON. Serve it as JSON.` } };
  }
}

const unreachable = (source: string, what: string): LoadedCatalog => ({
  status: 'failed',
  error: {
    code: 'catalog-unreachable',
    message: `attribute "catalog" could not be loaded: "${source}" ${what}. Check the URL and its CORS headers.`,
  },
});
