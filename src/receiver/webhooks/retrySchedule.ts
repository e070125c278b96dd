const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The waits after the 1st, 2nd, … failed attempt; the last one repeats. About 15.7 hours for the first eight. */
export const RETRY_STEPS_MS: readonly number[] = [
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
];

/** How long after its first attempt a delivery keeps being retried: past this, a retryable failure is final. */
export const RETRY_SPAN_MS = 24 * HOUR;

/** The longest wait a `Retry-After` can impose; a CRM asking for days would otherwise outlive the retry span. */
export const MAX_RETRY_AFTER_MS = 8 * HOUR;

// Each wait is spread ±25% so deliveries that failed together (a CRM outage) do not come back together.
const JITTER = 0.25;

/** What a failed attempt that may be retried leads to: another attempt at a time, or giving up. */
export type RetryDecision = { kind: 'retry-at'; at: number } | { kind: 'give-up'; reason: string };

/** Facts about a delivery after an attempt that failed in a way worth retrying. */
export interface RetryInput {
  /** Attempts made so far, this one included (1 after the first). */
  attempts: number;
  /** When the first attempt was made (ms since the epoch). */
  firstAttemptAt: number;
  /** When this attempt ended. */
  now: number;
  /** The CRM's `Retry-After`, in ms from now, when it sent one. */
  retryAfterMs?: number;
  /** A number in [0, 1); Math.random in production, fixed in tests. */
  random: () => number;
}

/** The backoff after `attempts` failed attempts, before jitter. */
export function backoffMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_STEPS_MS.length) - 1;
  return RETRY_STEPS_MS[index] ?? 0;
}

/**
 * When to try a delivery again: the backoff with jitter, or the CRM's Retry-After (at most 8 hours) when
 * that is later; or give up once 24 hours have passed since the first attempt.
 */
export function nextRetry(input: RetryInput): RetryDecision {
  const elapsed = input.now - input.firstAttemptAt;
  if (elapsed >= RETRY_SPAN_MS) {
    return {
      kind: 'give-up',
      reason: `still failing ${Math.round(elapsed / HOUR)} h after the first attempt (${input.attempts} attempts)`,
    };
  }
  const jittered = backoffMs(input.attempts) * (1 - JITTER + 2 * JITTER * input.random());
  const asked = Math.min(Math.max(input.retryAfterMs ?? 0, 0), MAX_RETRY_AFTER_MS);
  return { kind: 'retry-at', at: input.now + Math.round(Math.max(jittered, asked)) };
}
