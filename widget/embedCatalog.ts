import { parseCatalog, type SkippedItem } from '../src/catalog/parseCatalog.ts';
import type { Catalog } from '../src/catalog/schema.ts';
import type { EmbedConfig } from '../src/embedConfig.ts';
import type { SchoolMatchErrorCode } from './embedEvents.ts';

/** A loaded, parsed catalog, or why none could be used. */
export type EmbedCatalogResult =
  | { ok: true; catalog: Catalog; skipped: SkippedItem[] }
  | { ok: false; code: Extract<SchoolMatchErrorCode, 'catalog-unreachable' | 'catalog-invalid'>; message: string };

const TIMEOUT_MS = 15_000;

/** Loads the catalog (fetched by URL, or given inline) and parses it; never rejects. */
export async function embedCatalog(source: EmbedConfig['catalog'], signal: AbortSignal): Promise<EmbedCatalogResult> {
  if (typeof source !== 'string') return parsed(source.inline, 'the inline catalog');
  const where = `catalog "${source}"`;
  const unreachable = (why: string): EmbedCatalogResult => ({
    ok: false,
    code: 'catalog-unreachable',
    message: `[schoolmatch] attribute "catalog" could not be loaded: ${where} ${why}. Check the URL, and that the server allows this page's origin (CORS).`,
  });
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  signal.addEventListener('abort', abort);
  const timer = setTimeout(abort, TIMEOUT_MS);
  try {
    const response = await fetch(source, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) return unreachable(`answered HTTP ${response.status}`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return {
        ok: false,
        code: 'catalog-invalid',
        message: `[schoolmatch] ${where} is not valid JSON at $. Serve the catalog as JSON (section 3 of the catalog format).`,
      };
    }
    return parsed(json, where);
  } catch {
    return unreachable(signal.aborted ? 'was aborted' : controller.signal.aborted ? `timed out after ${TIMEOUT_MS / 1000} s` : 'failed (network error)');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function parsed(json: unknown, where: string): EmbedCatalogResult {
  const result = parseCatalog(json);
  if (result.ok) return result;
  return {
    ok: false,
    code: 'catalog-invalid',
    message: `[schoolmatch] ${where} is invalid at ${result.error.path}: ${result.error.message}. Fix the catalog JSON there.`,
  };
}

/** The one console warning listing every skipped catalog entry and why. */
export function describeSkipped(skipped: readonly SkippedItem[], where: string): string {
  const lines = skipped.map((item) => `  ${item.path}${item.id === undefined ? '' : ` (id "${item.id}")`}: ${item.reason}`);
  return `[schoolmatch] ${where} has ${skipped.length} invalid entr${skipped.length === 1 ? 'y' : 'ies'}, skipped; the rest is shown. Fix these to show them:\n${lines.join('\n')}`;
}

/** Reads an inline catalog from a child `<script type="application/json">`; undefined when there is none. */
export function inlineCatalog(target: Element): { ok: true; json: unknown } | { ok: false; message: string } | undefined {
  for (const child of Array.from(target.children)) {
    if (child.localName === 'script' && child.getAttribute('type') === 'application/json') {
      try {
        return { ok: true, json: JSON.parse(child.textContent ?? '') };
      } catch (error) {
        return {
          ok: false,
          message: `[schoolmatch] the inline catalog <script type="application/json"> is not valid JSON at $ (${(error as Error).message}). Fix the JSON, or set catalog="https://…/catalog.json".`,
        };
      }
    }
  }
  return undefined;
}
