import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createDelivery, OUTBOX_KEY, type DeliveryEvent, type OutboxEntry } from '../../src/delivery/createDelivery.ts';
import { created, endpoint, ENDPOINT, ids, useDeliveryServer, type Received } from './deliveryHarness.ts';
import { validLead } from './leadFixture.ts';
import { MemoryStorage } from './memoryStorage.ts';

const server = useDeliveryServer();

const DAY = 24 * 60 * 60 * 1000;
const unavailable = () => new HttpResponse(null, { status: 503 });

function outbox(storage: Storage): OutboxEntry[] {
  return JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]') as OutboxEntry[];
}

describe('delivery outbox', () => {
  it('writes the lead to the outbox before the POST starts', async () => {
    const storage = new MemoryStorage();
    const seen: OutboxEntry[][] = [];
    server.use(
      http.post(ENDPOINT, () => {
        seen.push(outbox(storage));
        return created();
      }),
    );
    const delivery = createDelivery({ storage });
    const lead = validLead();
    await delivery.send(ENDPOINT, lead);
    expect(seen).toEqual([[expect.objectContaining({ lead, endpoint: ENDPOINT, createdAt: Date.now(), attempts: 0 })]]);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });

  it('keeps a queued lead across a reload and delivers it from the next page', async () => {
    const storage = new MemoryStorage();
    const received: Received[] = [];
    server.use(endpoint(received, unavailable()));
    const before = createDelivery({ storage });
    const lead = validLead();
    await expect(before.send(ENDPOINT, lead)).resolves.toMatchObject({ status: 'queued' });
    before.destroy();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(received).toHaveLength(1);

    server.use(endpoint(received, created()));
    const events: DeliveryEvent[] = [];
    const after = createDelivery({ storage, onChange: (event) => events.push(event) });
    after.resume();
    await vi.waitFor(() => expect(events).toEqual([{ status: 'delivered', ...ids(lead) }]), { interval: 1 });
    expect(received.map((r) => r.idempotencyKey)).toEqual([lead.leadId, lead.leadId]);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    after.destroy();
  });

  it('drops, unsent, a lead found in the outbox more than 7 days after it was queued', async () => {
    const storage = new MemoryStorage();
    const entry = (leadId: string, age: number): OutboxEntry => ({
      lead: validLead(leadId),
      endpoint: ENDPOINT,
      createdAt: Date.now() - age,
      attempts: 40,
      nextAttemptAt: Date.now(),
    });
    const expired = '11111111-1111-4111-8111-111111111111';
    const recent = '22222222-2222-4222-8222-222222222222';
    storage.setItem(OUTBOX_KEY, JSON.stringify([entry(expired, 7 * DAY + 1), entry(recent, 6 * DAY)]));
    const received: Received[] = [];
    server.use(endpoint(received, created()));
    const delivery = createDelivery({ storage });
    delivery.resume();
    await vi.waitFor(() => expect(storage.getItem(OUTBOX_KEY)).toBeNull(), { interval: 1 });
    expect(received.map((r) => r.leadId)).toEqual([recent]);
    delivery.destroy();
  });

  it('stops retrying a lead the endpoint keeps failing once it is 7 days old', async () => {
    const storage = new MemoryStorage();
    const received: Received[] = [];
    // A day-long Retry-After keeps the attempt count small: one a day.
    server.use(
      endpoint(received, new HttpResponse(null, { status: 503, headers: { 'Retry-After': String(DAY / 1000) } })),
    );
    const delivery = createDelivery({ storage });
    await delivery.send(ENDPOINT, validLead());
    await vi.advanceTimersByTimeAsync(7 * DAY - 1);
    expect(received).toHaveLength(7);
    expect(outbox(storage)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(received).toHaveLength(7);
    delivery.destroy();
  });

  it('delivers despite a corrupt outbox and replaces it with a readable one', async () => {
    const storage = new MemoryStorage();
    storage.setItem(OUTBOX_KEY, '{"not json');
    const received: Received[] = [];
    server.use(endpoint(received, unavailable()));
    const delivery = createDelivery({ storage });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    expect(outbox(storage)).toMatchObject([{ lead: { leadId: validLead().leadId }, attempts: 1 }]);
    delivery.destroy();
  });

  it('ignores outbox entries of the wrong shape and still sends the good ones', async () => {
    const storage = new MemoryStorage();
    const good: OutboxEntry = {
      lead: validLead(),
      endpoint: ENDPOINT,
      createdAt: Date.now(),
      attempts: 2,
      nextAttemptAt: Date.now(),
    };
    storage.setItem(OUTBOX_KEY, JSON.stringify([null, 7, { lead: {} }, good]));
    const received: Received[] = [];
    server.use(endpoint(received, created()));
    const delivery = createDelivery({ storage });
    delivery.resume();
    await vi.waitFor(() => expect(storage.getItem(OUTBOX_KEY)).toBeNull(), { interval: 1 });
    expect(received.map((r) => r.leadId)).toEqual([validLead().leadId]);
    delivery.destroy();
  });

  it('keeps retrying in memory when storage is full', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const received: Received[] = [];
    server.use(endpoint(received, unavailable(), created()));
    const onChange = vi.fn();
    const delivery = createDelivery({ storage, random: () => 1, onChange });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', ...ids(validLead()) });
    expect(received).toHaveLength(2);
    delivery.destroy();
  });

  it('delivers without any storage, and without a storage that throws on every call', async () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    for (const storage of [null, throwing]) {
      const received: Received[] = [];
      server.use(endpoint(received, unavailable(), created()));
      const onChange = vi.fn();
      const delivery = createDelivery({ storage, random: () => 1, onChange });
      await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'queued' });
      await vi.advanceTimersByTimeAsync(2000);
      expect(onChange).toHaveBeenCalledOnce();
      expect(received).toHaveLength(2);
      delivery.destroy();
    }
  });

  it('aborts the POST under way on destroy, stops retrying and leaves the lead in the outbox for the next page', async () => {
    const storage = new MemoryStorage();
    const received: Received[] = [];
    server.use(
      endpoint(received, async () => {
        await delay('infinite');
        return created();
      }),
    );
    const delivery = createDelivery({ storage });
    const pending = delivery.send(ENDPOINT, validLead());
    await vi.waitFor(() => expect(received).toHaveLength(1), { interval: 1 });
    delivery.destroy();
    // Aborted at once, long before the 10 s timeout.
    await expect(pending).resolves.toMatchObject({ status: 'queued' });
    await vi.advanceTimersByTimeAsync(DAY);
    expect(received).toHaveLength(1);
    expect(outbox(storage)).toEqual([expect.objectContaining({ lead: validLead() })]);
  });
});
