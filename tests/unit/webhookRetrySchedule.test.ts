import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/receiver/webhooks/retryAfter.ts';
import {
  MAX_RETRY_AFTER_MS,
  nextRetry,
  RETRY_SPAN_MS,
  type RetryDecision,
} from '../../src/receiver/webhooks/retrySchedule.ts';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const middle = () => 0.5;

function retryAt(decision: RetryDecision): number {
  if (decision.kind !== 'retry-at') throw new Error(`expected a retry, got ${decision.reason}`);
  return decision.at;
}

// Replays a delivery that fails every time, returning the times of its attempts.
function failingForever(random: () => number): { attempts: number[]; gaveUp: string } {
  const attempts = [T0];
  for (;;) {
    const now = attempts[attempts.length - 1] ?? T0;
    const decision = nextRetry({ attempts: attempts.length, firstAttemptAt: T0, now, random });
    if (decision.kind === 'give-up') return { attempts, gaveUp: decision.reason };
    attempts.push(decision.at);
  }
}

describe('the webhook retry schedule', () => {
  it('waits 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, then 8 h between attempts (without jitter)', () => {
    const gaps = failingForever(middle)
      .attempts.map((at, index, all) => at - (all[index - 1] ?? at))
      .slice(1);
    expect(gaps).toEqual([
      30 * SECOND,
      2 * MINUTE,
      10 * MINUTE,
      30 * MINUTE,
      1 * HOUR,
      2 * HOUR,
      4 * HOUR,
      8 * HOUR,
      8 * HOUR,
      8 * HOUR,
    ]);
  });

  it('keeps retrying for at least 24 hours, then gives up, however the jitter falls', () => {
    for (const random of [() => 0, middle, () => 0.999]) {
      const { attempts, gaveUp } = failingForever(random);
      const last = attempts[attempts.length - 1] ?? T0;
      expect(last - T0).toBeGreaterThanOrEqual(RETRY_SPAN_MS);
      expect(last - T0).toBeLessThan(RETRY_SPAN_MS + 10 * HOUR);
      expect(gaveUp).toMatch(/^still failing \d+ h after the first attempt \(\d+ attempts\)$/);
    }
  });

  it('spreads each wait by at most a quarter either way', () => {
    const at = (random: number) =>
      retryAt(nextRetry({ attempts: 3, firstAttemptAt: T0, now: T0, random: () => random }));
    expect(at(0)).toBe(T0 + 7.5 * MINUTE);
    expect(at(0.999)).toBeGreaterThan(T0 + 12.49 * MINUTE);
    expect(at(0.999)).toBeLessThanOrEqual(T0 + 12.5 * MINUTE);
    expect(new Set([0.1, 0.3, 0.6, 0.9].map(at)).size).toBe(4);
  });

  it('waits for a Retry-After longer than the backoff', () => {
    expect(
      retryAt(nextRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: 5 * MINUTE, random: middle })),
    ).toBe(T0 + 5 * MINUTE);
  });

  it('never retries sooner than the backoff because of a short Retry-After', () => {
    expect(
      retryAt(nextRetry({ attempts: 2, firstAttemptAt: T0, now: T0 + HOUR, retryAfterMs: 7 * SECOND, random: middle })),
    ).toBe(T0 + HOUR + 2 * MINUTE);
  });

  it('caps a Retry-After at 8 hours so one answer cannot outlast the retry span', () => {
    const decision = nextRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: 72 * HOUR, random: middle });
    expect(retryAt(decision)).toBe(T0 + MAX_RETRY_AFTER_MS);
  });
});

describe('reading Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('7', T0)).toBe(7000);
    expect(retryAfterMs(' 120 ', T0)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(retryAfterMs(new Date(T0 + 90 * SECOND).toUTCString(), T0)).toBe(90 * SECOND);
  });

  it('ignores a missing, unreadable or past value', () => {
    expect(retryAfterMs(null, T0)).toBeUndefined();
    expect(retryAfterMs('soon', T0)).toBeUndefined();
    expect(retryAfterMs('1.5', T0)).toBeUndefined();
    expect(retryAfterMs(new Date(T0 - HOUR).toUTCString(), T0)).toBeUndefined();
  });
});
