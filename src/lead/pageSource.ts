import type { Lead } from './schema.ts';

/** The part of a lead's source that comes from the page: its address, referrer, utm_* values and click ids. */
export type PageSource = Pick<Lead['source'], 'pageUrl' | 'referrer' | 'utm' | 'clickIds'>;

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
const CLICK_ID_KEYS = ['gclid', 'fbclid', 'msclkid'] as const;
const MAX_ADDRESS = 2048;
const MAX_VALUE = 500;

/**
 * The lead source for a page: page address and referrer cut to origin and path (queries and fragments
 * may hold personal data), plus only the utm_* parameters and ad click ids of the page address;
 * null when the page is not an http(s) page.
 */
export function pageSource(pageUrl: string, referrer: string): PageSource | null {
  const page = parseHttpUrl(pageUrl);
  if (page === null) return null;
  const source: PageSource = { pageUrl: originAndPath(page) };
  const from = parseHttpUrl(referrer);
  if (from !== null) source.referrer = originAndPath(from);
  const utm = pick(page.searchParams, UTM_KEYS, 'utm_');
  if (utm !== null) source.utm = utm;
  const clickIds = pick(page.searchParams, CLICK_ID_KEYS, '');
  if (clickIds !== null) source.clickIds = clickIds;
  return source;
}

function parseHttpUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

// `origin` leaves out any user:password@ part, and `pathname` never holds the query or fragment.
function originAndPath(url: URL): string {
  return (url.origin + url.pathname).slice(0, MAX_ADDRESS);
}

function pick<K extends string>(params: URLSearchParams, keys: readonly K[], prefix: string): Partial<Record<K, string>> | null {
  const found: Partial<Record<K, string>> = {};
  let any = false;
  for (const key of keys) {
    const value = params.get(prefix + key)?.trim();
    if (value) {
      found[key] = value.slice(0, MAX_VALUE);
      any = true;
    }
  }
  return any ? found : null;
}
