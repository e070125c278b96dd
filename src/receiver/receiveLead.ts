import type { Lead } from '../lead/schema.ts';
import { checkLead, type LeadError } from './checkLead.ts';
import type { LeadStore } from './LeadStore.ts';
import { readLimitedBody } from './readLimitedBody.ts';

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

const decoder = new TextDecoder('utf-8', { fatal: true });

function isJsonContentType(header: string | null): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** Reads, parses, validates and stores one POSTed lead, reporting the outcome as a value. */
export async function receiveLead(request: Request, store: LeadStore): Promise<ReceiveOutcome> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    await request.body?.cancel().catch(() => undefined);
    return { kind: 'unsupported', message: 'Content-Type must be application/json; send the lead as a JSON object' };
  }
  const body = await readLimitedBody(request, MAX_LEAD_BYTES);
  if (!body.ok) {
    switch (body.reason) {
      case 'too-large':
        return { kind: 'too-large' };
      case 'unreadable':
        return { kind: 'unsupported', message: 'the request body could not be read; send the lead again' };
    }
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body.bytes));
  } catch {
    return { kind: 'unsupported', message: 'the body is not valid UTF-8 JSON; send the lead as a JSON object' };
  }

  const check = checkLead(parsed, request.headers.get('idempotency-key'));
  if (!check.ok) return { kind: 'invalid', errors: check.errors, body: parsed };

  try {
    const status = await store.insert(check.lead);
    return { kind: status, lead: check.lead };
  } catch (error) {
    // Storage errors (disk full, database locked) are transient: a 5xx makes the widget retry later.
    return { kind: 'store-failed', message: error instanceof Error ? error.message : String(error) };
  }
}
