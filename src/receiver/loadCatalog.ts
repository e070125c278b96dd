import { readFile } from 'node:fs/promises';
import type { Catalog } from '../catalog/schema.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';

/** The catalog CATALOG names, or a one-line message saying what is wrong and what to set. */
export type CatalogLoad = { ok: true; catalog: Catalog } | { ok: false; error: string };

async function readText(location: string): Promise<string> {
  if (!/^https?:\/\//i.test(location)) return readFile(location, 'utf8');
  const response = await fetch(location, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

/** Reads and validates the catalog at a file path or http(s) URL, for checking leads against it. */
export async function loadCatalog(location: string): Promise<CatalogLoad> {
  const fail = (problem: string): CatalogLoad => ({
    ok: false,
    error: `[schoolmatch] CATALOG "${location}" ${problem}. Set CATALOG to the path or URL of the catalog the widget uses, or leave it unset.`,
  });
  let text: string;
  try {
    text = await readText(location);
  } catch (error) {
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('is not JSON');
  }
  const result = parseCatalog(json);
  if (!result.ok) return fail(`is not a usable catalog: ${result.error.path} ${result.error.message}`);
  return { ok: true, catalog: result.catalog };
}
