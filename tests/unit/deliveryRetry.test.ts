import { delay, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createDelivery, OUTBOX_KEY, type DeliveryEvent, type OutboxEntry } from '../../src/delivery/createDelivery.ts';
import { created, endpoint, ENDPOINT, ids, useDeliveryServer, type Received } from './deliveryHarness.ts';
import { validLead } from './leadFixture.ts';
import { MemoryStorage } from './memoryStorage.ts';

const server = useDeliveryServer();

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
    expect(events).toEqual([{ status: 'delivered', ...ids(lead) }]);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => `${r.leadId}|${r.idempotencyKey}`))).toEqual(
      new Set([`${lead.leadId}|${lead.leadId}`]),
    );
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });

  it('waits for the Retry-After of a 429 before trying again, even on the online event', async () => {
    const received: Received[] = [];
    server.use(
      endpoint(received, new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }), created()),
    );
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
    server.use(
      endpoint(received, new HttpResponse(null, { status: 503, headers: { 'Retry-After': until } }), created()),
    );
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
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', ...ids(validLead()) });
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
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', ...ids(validLead()) });
    delivery.destroy();
  });

  it('gives up on an attempt after 10 s without an answer and queues the lead', async () => {
    const received: Received[] = [];
    server.use(
      endpoint(received, async () => {
        await delay('infinite');
        return created();
      }),
    );
    const storage = new MemoryStorage();
    const delivery = createDelivery({ storage, random: () => 1 });
    let outcome: unknown = null;
    void delivery.send(ENDPOINT, validLead()).then((result) => (outcome = result));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toMatchObject({ status: 'queued' });
    expect(outbox(storage)).toMatchObject([{ attempts: 1 }]);
    // The lease of the attempt is gone: another tab may try it after the backoff.
    expect(outbox(storage)[0]?.notBefore).toBeLessThanOrEqual(Date.now());
    delivery.destroy();
  });

  it('sends a queued lead as soon as the browser is back online', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, HttpResponse.error(), created()));
    const target = new EventTarget();
    const events: DeliveryEvent[] = [];
    const delivery = createDelivery({
      storage: new MemoryStorage(),
      random: () => 1,
      target,
      onChange: (e) => events.push(e),
    });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    // No timer moves: the online event alone brings the second attempt (the backoff would wait 2 s).
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(events).toEqual([{ status: 'delivered', ...ids(validLead()) }]), { interval: 1 });
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
  /** The waits (ms after each failed attempt) a lead that always fails is given, for a fixed random draw. */
  async function waits(random: number, failures: number): Promise<number[]> {
    const storage = new MemoryStorage();
    server.use(endpoint([], new HttpResponse(null, { status: 503 })));
    const delivery = createDelivery({ storage, random: () => random });
    await delivery.send(ENDPOINT, validLead());
    const result: number[] = [];
    for (let i = 0; i < failures; i++) {
      const [entry] = outbox(storage);
      result.push((entry?.nextAttemptAt ?? 0) - Date.now());
      await vi.advanceTimersByTimeAsync((entry?.nextAttemptAt ?? 0) - Date.now());
    }
    delivery.destroy();
    return result;
  }

  it('doubles the backoff ceiling from 2 s up to 5 minutes, with full jitter and a 1 s floor', async () => {
    expect(await waits(1, 10)).toEqual([2000, 4000, 8000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000]);
    expect((await waits(0.5, 5))[4]).toBe(16_000);
    expect(await waits(0, 3)).toEqual([1000, 1000, 1000]);
  });

  it('ignores a Retry-After it cannot read and a date already past, keeping the backoff', async () => {
    for (const retryAfter of ['soon', 'Sun, 01 Mar 2026 11:00:00 GMT']) {
      const received: Received[] = [];
      server.use(
        endpoint(received, new HttpResponse(null, { status: 503, headers: { 'Retry-After': retryAfter } }), created()),
      );
      const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 1 });
      await delivery.send(ENDPOINT, validLead());
      await vi.advanceTimersByTimeAsync(1999);
      expect(received).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(received).toHaveLength(2);
      delivery.destroy();
    }
  });

  it('sends at once on the online event after a past Retry-After date', async () => {
    const received: Received[] = [];
    server.use(
      endpoint(
        received,
        new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'Sun, 01 Mar 2026 11:00:00 GMT' } }),
        created(),
      ),
    );
    const target = new EventTarget();
    const delivery = createDelivery({ storage: new MemoryStorage(), random: () => 1, target });
    await delivery.send(ENDPOINT, validLead());
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(received).toHaveLength(2), { interval: 1 });
    delivery.destroy();
  });
});
