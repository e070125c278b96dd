import { delay, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelivery, type DeliveryEvent } from '../../src/delivery/createDelivery.ts';
import { OUTBOX_KEY, type OutboxEntry } from '../../src/delivery/createOutbox.ts';
import { parseRetryAfter } from '../../src/delivery/parseRetryAfter.ts';
import { rescheduleEntry } from '../../src/delivery/rescheduleEntry.ts';
import { retryDelay } from '../../src/delivery/retryDelay.ts';
import { created, endpoint, ENDPOINT, type Received } from './deliveryHarness.ts';
import { validLead } from './leadFixture.ts';
import { MemoryStorage } from './memoryStorage.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
});
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

function outbox(storage: Storage): OutboxEntry[] {
  return JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]') as OutboxEntry[];
}

describe('delivery retries', () => {
  it('queues on 500, retries with backoff and delivers exactly once with the same lead id and Idempotency-Key', async () => {
    const received: Received[] = [];
    const error = new HttpResponse(null, { status: 500 });
    server.use(endpoint(received, error, error, created()));
    const events: DeliveryEvent[] = [];
    const storage = new MemoryStorage();
    // random() = 1 makes the jitter take its ceiling: 2 s after the first failure, 4 s after the second.
    const delivery = createDelivery({ storage, random: () => 1, onChange: (event) => events.push(event) });
    const lead = validLead();
    await expect(delivery.send(ENDPOINT, lead)).resolves.toEqual({ status: 'queued', leadId: lead.leadId });
    expect(outbox(storage)).toMatchObject([{ attempts: 1, nextAttemptAt: Date.now() + 2000 }]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4000);
    expect(received).toHaveLength(3);
    expect(events).toEqual([{ status: 'delivered', leadId: lead.leadId }]);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => `${r.leadId}|${r.idempotencyKey}`))).toEqual(new Set([`${lead.leadId}|${lead.leadId}`]));
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });

  it('waits for the Retry-After of a 429 before trying again, even on the online event', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }), created()));
    const target = new EventTarget();
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 0, target });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    target.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(received).toHaveLength(2);
    delivery.destroy();
  });

  it('honours a Retry-After given as an HTTP date on a 503', async () => {
    const received: Received[] = [];
    const until = new Date(Date.now() + 120_000).toUTCString();
    server.use(endpoint(received, new HttpResponse(null, { status: 503, headers: { 'Retry-After': until } }), created()));
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 0 });
    await delivery.send(ENDPOINT, validLead());
    await vi.advanceTimersByTimeAsync(119_000);
    expect(received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(received).toHaveLength(2);
    delivery.destroy();
  });

  it.each([408, 425, 502, 503, 504])('retries a lead answered with %i', async (status) => {
    const received: Received[] = [];
    server.use(endpoint(received, new HttpResponse(null, { status }), created()));
    const onChange = vi.fn();
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 1, onChange });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', leadId: validLead().leadId });
    delivery.destroy();
  });

  it('queues a lead when the network fails and delivers it on a later attempt', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, HttpResponse.error(), created()));
    const onChange = vi.fn();
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 1, onChange });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(received).toHaveLength(2);
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', leadId: validLead().leadId });
    delivery.destroy();
  });

  it('gives up on an attempt after 10 s without an answer and queues the lead', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, async () => {
      await delay('infinite');
      return created();
    }));
    const storage = new MemoryStorage();
    const delivery = createDelivery({ storage, random: () => 1 });
    let outcome: unknown = null;
    void delivery.send(ENDPOINT, validLead()).then((result) => (outcome = result));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toMatchObject({ status: 'queued' });
    expect(outbox(storage)).toMatchObject([{ attempts: 1 }]);
    expect(outbox(storage)[0]).not.toHaveProperty('leaseUntil');
    delivery.destroy();
  });

  it('sends a queued lead as soon as the browser is back online', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, HttpResponse.error(), created()));
    const target = new EventTarget();
    const events: DeliveryEvent[] = [];
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 1, target, onChange: (e) => events.push(e) });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    // No timer moves: the online event alone brings the second attempt (the backoff would wait 2 s).
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(events).toEqual([{ status: 'delivered', leadId: validLead().leadId }]), { interval: 1 });
    expect(Date.now()).toBeLessThan(Date.parse('2026-03-01T12:00:02.000Z'));
    delivery.destroy();
    expect(received).toHaveLength(2);
  });

  it('keeps sending the other waiting leads when an onChange listener throws', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, HttpResponse.error(), HttpResponse.error(), created()));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = new MemoryStorage();
    const seen: string[] = [];
    const delivery = createDelivery({
      storage,
      random: () => 1,
      onChange: (event) => {
        seen.push(event.leadId);
        throw new Error('listener bug');
      },
    });
    await delivery.send(ENDPOINT, validLead('11111111-1111-4111-8111-111111111111'));
    await delivery.send(ENDPOINT, validLead('22222222-2222-4222-8222-222222222222'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual(['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222']);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    expect(consoleError).toHaveBeenCalledWith(expect.stringMatching(/^\[schoolmatch\] /), expect.any(Error));
    consoleError.mockRestore();
    delivery.destroy();
  });
});

describe('retry timing', () => {
  it('doubles the backoff ceiling from 2 s up to 5 minutes, with full jitter and a 1 s floor', () => {
    expect([1, 2, 3, 4, 8, 9, 20].map((n) => retryDelay(n, () => 1))).toEqual([2000, 4000, 8000, 16_000, 256_000, 300_000, 300_000]);
    expect(retryDelay(5, () => 0.5)).toBe(16_000);
    expect(retryDelay(5, () => 0)).toBe(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores anything else', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('reschedules a failed entry after the later of its backoff and the Retry-After, releasing its lease', () => {
    const entry: OutboxEntry = { lead: validLead(), endpoint: ENDPOINT, createdAt: 0, attempts: 2, nextAttemptAt: 0, leaseUntil: 99, notBefore: 5 };
    expect(rescheduleEntry(entry, null, 1000, () => 1)).toEqual({ lead: entry.lead, endpoint: ENDPOINT, createdAt: 0, attempts: 3, nextAttemptAt: 9000 });
    expect(rescheduleEntry(entry, 60_000, 1000, () => 1)).toMatchObject({ attempts: 3, nextAttemptAt: 61_000, notBefore: 61_000 });
    expect(rescheduleEntry(entry, 0, 1000, () => 1)).toMatchObject({ nextAttemptAt: 9000, notBefore: 1000 });
  });
});
