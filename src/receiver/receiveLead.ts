import type { Lead } from '../lead/schema.ts';
import type { CatalogCheck } from './checkLeadAgainstCatalog.ts';
import { checkLead, type LeadError } from './checkLead.ts';
import type { LeadStore, Receipt } from './LeadStore.ts';

/** The largest lead body accepted, in bytes (64 KB); a real lead is about 2 KB. */
export const MAX_LEAD_BYTES = 64 * 1024;

/** What became of one POSTed lead. */
export type ReceiveOutcome =
  | { kind: 'accepted'; lead: Lead }
  | { kind: 'duplicate'; lead: Lead }
  | { kind: 'invalid'; errors: LeadError[]; body: unknown }
  | { kind: 'too-large' }
  | { kind: 'unsupported'; message: string }
  | { kind: 'store-failed'; message: string };

/** What receiving a lead needs besides the request: where to store it, its receipt, and the catalog check if any. */
export interface ReceiveContext {
  store: LeadStore;
  receipt: Receipt;
  catalogCheck?: CatalogCheck | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function isJsonContentType(header: string | null): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads, parses, validates and stores one POSTed lead, reporting the outcome as a value. The body's
 * size is limited before this runs (the receiver's body-limit middleware).
 */
export async function receiveLead(request: Request, context: ReceiveContext): Promise<ReceiveOutcome> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    await request.body?.cancel().catch(() => undefined);
    return { kind: 'unsupported', message: 'Content-Type must be application/json; send the lead as a JSON object' };
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    return { kind: 'unsupported', message: 'the request body could not be read; send the lead again' };
  }

  // The body-limit middleware trusts a declared Content-Length (HTTP framing holds the body to it); a
  // Request built in code can still carry more, and gets the same answer.
  if (bytes.byteLength > MAX_LEAD_BYTES) return { kind: 'too-large' };

  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(bytes));
  } catch {
    return { kind: 'unsupported', message: 'the body is not valid UTF-8 JSON; send the lead as a JSON object' };
  }

  const check = checkLead(parsed, request.headers.get('idempotency-key'));
  if (!check.ok) return { kind: 'invalid', errors: check.errors, body: parsed };
  const catalogErrors = context.catalogCheck?.(check.lead) ?? [];
  if (catalogErrors.length > 0) return { kind: 'invalid', errors: catalogErrors, body: parsed };

  try {
    const status = await context.store.insert(check.lead, context.receipt);
    return { kind: status, lead: check.lead };
  } catch (error) {
    // Storage errors (database away, disk full, locked) are transient: a 503 makes the widget retry later.
    return { kind: 'store-failed', message: error instanceof Error ? error.message : String(error) };
  }
}
