import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/receiver/rateLimiter.ts';

describe('the per-address rate limiter', () => {
  it('allows the limit per minute, then tells how many seconds to wait', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, now: () => now });
    expect(limiter.hit('a')).toEqual({ ok: true });
    expect(limiter.hit('a')).toEqual({ ok: true });
    now = 59_001;
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 60_000;
    expect(limiter.hit('a')).toEqual({ ok: true });
  });

  it('peeks at an address without counting a request, refusing once the limit is used up', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, now: () => now });
    for (let i = 0; i < 5; i++) expect(limiter.peek('a')).toEqual({ ok: true });
    limiter.hit('a');
    expect(limiter.peek('a')).toEqual({ ok: true });
    limiter.hit('a');
    now = 30_000;
    expect(limiter.peek('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
    now = 60_000;
    expect(limiter.peek('a')).toEqual({ ok: true });
  });

  it('remembers at most maxAddresses addresses, so a flood of addresses cannot exhaust memory', () => {
    const limiter = createRateLimiter({ limit: 1, now: () => 0, maxAddresses: 100 });
    for (let i = 0; i < 10_000; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`);
    // The oldest addresses were forgotten: the first one starts a fresh window.
    expect(limiter.hit('10.0.0.0')).toEqual({ ok: true });
    // The most recent one is still counted.
    expect(limiter.hit('10.0.39.15').ok).toBe(false);
  });
});
