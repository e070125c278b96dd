import { describe, expect, it } from 'vitest';
import { renderDeliveries, renderDeliverySummary, retryAction } from '../../src/receiver/webhooks/renderDeliveries.ts';
import { retryFormToken, retryFormTokenMatches } from '../../src/receiver/webhooks/retryFormToken.ts';
import type { Delivery } from '../../src/receiver/webhooks/WebhookOutbox.ts';

const T0 = Date.parse('2026-12-07T10:00:00.000Z');

function delivery(overrides: Partial<Delivery>): Delivery {
  return {
    id: crypto.randomUUID(),
    leadId: crypto.randomUUID(),
    destination: '* https://crm.example/hooks/leads?key=secret',
    url: 'https://crm.example/hooks/leads?key=secret',
    state: 'pending',
    attempts: 0,
    nextAttemptAt: T0,
    firstAttemptAt: null,
    lastAttemptAt: null,
    lastStatus: null,
    lastError: null,
    ...overrides,
  };
}

describe("a lead's deliveries in the marketer's view", () => {
  it('shows each destination with its state, attempts, last status and time, without the URL query', async () => {
    const text = String(
      await renderDeliveries(
        [
          delivery({ state: 'delivered', attempts: 1, lastStatus: 201, lastAttemptAt: T0, nextAttemptAt: null }),
          delivery({
            url: 'https://other.example/in',
            attempts: 2,
            lastStatus: 503,
            lastError: 'answered 503',
            lastAttemptAt: T0,
            nextAttemptAt: T0 + 120_000,
          }),
        ],
        'token',
      ),
    );
    expect(text).toContain(
      'crm.example/hooks/leads</span>: delivered 201, 1 attempt, <time datetime="2026-12-07T10:00:00.000Z">2026-12-07 10:00:00 UTC</time>',
    );
    expect(text).toContain('other.example/in</span>: pending, 2 attempts, last 503 (answered 503)');
    expect(text).toContain('next <time datetime="2026-12-07T10:02:00.000Z">');
    expect(text).not.toContain('key=secret');
    expect(text).not.toContain('Retry');
  });

  it('offers Retry on a failed delivery as a POST carrying the form token', async () => {
    const failed = delivery({
      state: 'failed',
      attempts: 1,
      lastStatus: 400,
      lastError: 'answered 400',
      lastAttemptAt: T0,
      nextAttemptAt: null,
    });
    const text = String(await renderDeliveries([failed], 'the-form-token'));
    expect(text).toContain('failed, 1 attempt, last 400 (answered 400)');
    expect(text).toContain(
      `<form method="post" action="${retryAction(failed.id)}" class="retry"><input type="hidden" name="csrf" value="the-form-token"><button type="submit">Retry</button></form>`,
    );
  });

  it('escapes what a school system answered', async () => {
    const text = String(
      await renderDeliveries(
        [delivery({ state: 'failed', attempts: 1, lastError: '<img src=x onerror=alert(1)>' })],
        't',
      ),
    );
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('counts pending and failed deliveries at the top, failed ones stressed', async () => {
    expect(String(await renderDeliverySummary({ pending: 3, delivered: 10, failed: 0 }))).toContain(
      'Webhooks: 3 pending, 0 failed, 10 delivered.',
    );
    expect(String(await renderDeliverySummary({ pending: 0, delivered: 1, failed: 2 }))).toContain(
      '<strong class="error">2 failed</strong>',
    );
  });
});

describe('the Retry form token', () => {
  it('matches only the session it was made for', async () => {
    const token = await retryFormToken('session-a');
    expect(await retryFormTokenMatches('session-a', token)).toBe(true);
    expect(await retryFormTokenMatches('session-b', token)).toBe(false);
    expect(await retryFormTokenMatches('session-a', '')).toBe(false);
  });
});
