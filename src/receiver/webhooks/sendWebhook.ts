import { Webhook } from 'standardwebhooks';
import { retryAfterMs } from './retryAfter.ts';

/** How long a school system has to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 15_000;

/** What one attempt came to: delivered, worth another attempt, or refused for good. */
export type SendOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status: number | null; error: string; retryAfterMs?: number }
  | { kind: 'failed'; status: number; error: string };

/** One signed message: its id (the leadId, the same on every attempt) and JSON body. */
export interface WebhookMessage {
  id: string;
  body: string;
}

/** Options of {@link sendWebhook}; the defaults are production's. */
export interface SendOptions {
  now?: () => number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

// 408 Request Timeout, 425 Too Early and 429 Too Many Requests say "later", like any 5xx.
const RETRYABLE = new Set([408, 425, 429]);

/** Sorts a school system's answer: 2xx delivered; 408, 425, 429 and 5xx retried; anything else failed for good. */
export function classifyResponse(status: number, retryAfter: string | null, now: number): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (RETRYABLE.has(status) || (status >= 500 && status < 600)) {
    const wait = retryAfterMs(retryAfter, now);
    return {
      kind: 'retry',
      status,
      error: `answered ${status}`,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    };
  }
  const hint =
    status >= 300 && status < 400 ? ' (redirects are not followed: set the final URL in LEADS_WEBHOOKS)' : '';
  return { kind: 'failed', status, error: `answered ${status}${hint}` };
}

function networkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer in ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return `network error ${cause.code}`;
  return `network error (${error instanceof Error ? (typeof cause?.message === 'string' ? cause.message : error.message) : String(error)})`;
}

/** POSTs one message to `url`, signed with `secret` by the Standard Webhooks scheme, and sorts the outcome. */
export async function sendWebhook(
  destination: { url: string; secret: string },
  message: WebhookMessage,
  options: SendOptions = {},
): Promise<SendOutcome> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const sentAt = new Date(now());
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'SchoolMatch-Webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(destination.secret).sign(message.id, sentAt, message.body),
  };
  try {
    const response = await (options.fetch ?? fetch)(destination.url, {
      method: 'POST',
      headers,
      body: message.body,
      // A redirect could lead the lead somewhere the marketer never configured: it is an answer, not a hop.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body means nothing to us; dropping it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    return classifyResponse(response.status, response.headers.get('retry-after'), now());
  } catch (error) {
    return { kind: 'retry', status: null, error: networkError(error, timeoutMs) };
  }
}
