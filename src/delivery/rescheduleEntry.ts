import type { OutboxEntry } from './createOutbox.ts';
import { retryDelay } from './retryDelay.ts';

/**
 * The outbox entry after a failed attempt that is worth retrying: one more attempt counted, the next one
 * after the backoff delay, and never before the endpoint's Retry-After (kept as `notBefore`).
 */
export function rescheduleEntry(entry: OutboxEntry, retryAfterMs: number | null, at: number, random: () => number): OutboxEntry {
  const { leaseUntil: _released, notBefore: _previous, ...rest } = entry;
  const attempts = entry.attempts + 1;
  const backoffUntil = at + retryDelay(attempts, random);
  if (retryAfterMs === null) return { ...rest, attempts, nextAttemptAt: backoffUntil };
  const notBefore = at + retryAfterMs;
  return { ...rest, attempts, nextAttemptAt: Math.max(backoffUntil, notBefore), notBefore };
}
