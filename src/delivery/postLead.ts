import type { Lead } from '../lead/schema.ts';
import { parseRetryAfter } from './parseRetryAfter.ts';

/** How long one POST may take before it counts as failed and is retried later. */
export const POST_TIMEOUT_MS = 10_000;

/** One field-level reason an endpoint gave for refusing a lead. */
export interface LeadError {
  path: string;
  message: string;
}

/** What one POST of a lead came to. */
export type PostResult =
  | { kind: 'delivered' }
  | { kind: 'rejected'; errors: LeadError[] }
  | { kind: 'retry'; retryAfterMs: number | null; reason: string }
  | { kind: 'aborted' };

/**
 * POSTs a lead as JSON with its `Idempotency-Key` and sorts the answer: 2xx/409 delivered; 400/422 and other
 * 4xx rejected for good; network error, 10 s timeout, 408, 425, 429, 5xx worth retrying. `signal` aborting
 * (the delivery shutting down) gives `aborted`, which is neither a success nor a failure.
 */
export async function postLead(
  fetchFn: typeof fetch,
  endpoint: string,
  lead: Lead,
  signal: AbortSignal,
  now: () => number,
): Promise<PostResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, POST_TIMEOUT_MS);
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop);
  try {
    if (signal.aborted) return { kind: 'aborted' };
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
      body: JSON.stringify(lead),
      signal: controller.signal,
      credentials: 'omit',
    });
    return await classify(response, now);
  } catch {
    if (timedOut) return { kind: 'retry', retryAfterMs: null, reason: `no answer within ${POST_TIMEOUT_MS / 1000} s` };
    if (signal.aborted) return { kind: 'aborted' };
    return { kind: 'retry', retryAfterMs: null, reason: 'network error' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

const RETRY_STATUSES = new Set([408, 425, 429]);

async function classify(response: Response, now: () => number): Promise<PostResult> {
  const { status } = response;
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered' };
  if (RETRY_STATUSES.has(status) || status >= 500 || status < 200 || (status >= 300 && status < 400)) {
    return { kind: 'retry', retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()), reason: `HTTP ${status}` };
  }
  const errors = status === 400 || status === 422 ? await readErrors(response) : [];
  return {
    kind: 'rejected',
    errors: errors.length > 0 ? errors : [{ path: '', message: `the endpoint refused the lead (HTTP ${status})` }],
  };
}

// A refusal body that is not the documented shape still rejects the lead; only its details are lost.
async function readErrors(response: Response): Promise<LeadError[]> {
  try {
    const body = (await response.json()) as { errors?: unknown };
    if (!Array.isArray(body.errors)) return [];
    return body.errors.flatMap((item: unknown) => {
      const { path, message } = (item ?? {}) as Record<string, unknown>;
      return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
    });
  } catch {
    return [];
  }
}
