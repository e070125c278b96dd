/** First backoff ceiling: 2 s. */
export const RETRY_BASE_MS = 2_000;
/** Largest backoff ceiling: 5 minutes. */
export const RETRY_CAP_MS = 300_000;
// A floor keeps a zero draw from turning into a tight loop against a failing endpoint.
const RETRY_FLOOR_MS = 1_000;

/**
 * How long to wait after the `attempts`-th failed attempt: exponential backoff with full jitter,
 * a random delay up to min(5 min, 2 s × 2^(attempts-1)), at least 1 s.
 */
export function retryDelay(attempts: number, random: () => number): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(RETRY_FLOOR_MS, Math.floor(random() * ceiling));
}
