/** Whether a client may make another request now, and if not, how many seconds until it may. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts requests per client address in fixed one-minute windows. */
export interface RateLimiter {
  /** Counts one request from `address` and decides whether it is within the limit. */
  hit(address: string): RateDecision;
  /** Decides whether `address` is over the limit now, without counting a request. */
  peek(address: string): RateDecision;
}

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed per address per window. */
  limit: number;
  now: () => number;
  windowMs?: number;
  /** Most addresses remembered at once; keeps memory bounded when many addresses (or spoofers) call. */
  maxAddresses?: number;
}

/** Creates a fixed-window request counter per client address with bounded memory. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();

  // A window is (re)inserted when it starts, so the Map's insertion order is oldest window first:
  // expired windows sit at the front, and when none has expired the front is the one to forget.
  function makeRoom(now: number): void {
    for (const [address, window] of windows) {
      if (windows.size < maxAddresses && now - window.start < windowMs) break;
      windows.delete(address);
    }
  }

  const refusal = (window: { start: number }, now: number): RateDecision => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
  });

  return {
    peek(address: string): RateDecision {
      const now = options.now();
      const window = windows.get(address);
      if (window === undefined || now - window.start >= windowMs || window.count < options.limit) return { ok: true };
      return refusal(window, now);
    },
    hit(address: string): RateDecision {
      const now = options.now();
      let window = windows.get(address);
      if (window === undefined || now - window.start >= windowMs) {
        if (window !== undefined) windows.delete(address);
        else if (windows.size >= maxAddresses) makeRoom(now);
        window = { start: now, count: 0 };
        windows.set(address, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return { ok: true };
      return refusal(window, now);
    },
  };
}
