import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createDelivery, OUTBOX_KEY, type OutboxEntry } from '../../src/delivery/createDelivery.ts';
import { created, endpoint, ENDPOINT, ids, useDeliveryServer, type Received } from './deliveryHarness.ts';
import { validLead } from './leadFixture.ts';
import { MemoryStorage } from './memoryStorage.ts';

const server = useDeliveryServer();

/** An endpoint that holds every answer until `open()` and counts the POSTs it is answering at once. */
function gatedEndpoint(received: Received[]) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  let active = 0;
  let maxActive = 0;
  const handler = endpoint(received, async () => {
    active += 1;
    maxActive = Math.max(maxActive, active);
    await gate;
    active -= 1;
    return created();
  });
  return { handler, open: () => open(), maxActive: () => maxActive };
}

// A fresh copy of the delivery modules, sharing nothing in memory with this file's copy: another tab.
async function otherTab(): Promise<typeof createDelivery> {
  vi.resetModules();
  return (await import('../../src/delivery/createDelivery.ts')).createDelivery;
}

describe('delivery locking', () => {
  it('never lets two widgets on one page send the same lead at once', async () => {
    const storage = new MemoryStorage();
    const received: Received[] = [];
    const gated = gatedEndpoint(received);
    server.use(gated.handler);
    const first = createDelivery({ storage });
    const second = createDelivery({ storage });
    const lead = validLead();
    const sending = first.send(ENDPOINT, lead);
    await vi.waitFor(() => expect(received).toHaveLength(1), { interval: 1 });
    await expect(second.send(ENDPOINT, lead)).resolves.toEqual({ status: 'queued', leadId: lead.leadId });
    second.resume();
    gated.open();
    await expect(sending).resolves.toEqual({ status: 'delivered', ...ids(lead) });
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(received).toHaveLength(1);
    expect(gated.maxActive()).toBe(1);
    first.destroy();
    second.destroy();
  });

  it('never lets two widgets on one page send the same lead at once, even without storage', async () => {
    const received: Received[] = [];
    const gated = gatedEndpoint(received);
    server.use(gated.handler);
    const first = createDelivery({ storage: null });
    const second = createDelivery({ storage: null });
    const lead = validLead();
    const sending = first.send(ENDPOINT, lead);
    await vi.waitFor(() => expect(received).toHaveLength(1), { interval: 1 });
    await expect(second.send(ENDPOINT, lead)).resolves.toMatchObject({ status: 'queued' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(received).toHaveLength(1);
    gated.open();
    await expect(sending).resolves.toMatchObject({ status: 'delivered' });
    expect(gated.maxActive()).toBe(1);
    first.destroy();
    second.destroy();
  });

  it('keeps another tab from sending a lead this tab is sending, through the shared Web Lock', async () => {
    // One lock manager shared by both tabs, as the browser's is.
    const held = new Set<string>();
    vi.stubGlobal('navigator', {
      locks: {
        async request(name: string, _: unknown, callback: (lock: unknown) => Promise<unknown>) {
          if (held.has(name)) return callback(null);
          held.add(name);
          try {
            return await callback({ name });
          } finally {
            held.delete(name);
          }
        },
      },
    });
    const storage = new MemoryStorage();
    const received: Received[] = [];
    const gated = gatedEndpoint(received);
    server.use(gated.handler);
    const here = createDelivery({ storage });
    const there = (await otherTab())({ storage });
    const sending = here.send(ENDPOINT, validLead());
    await vi.waitFor(() => expect(received).toHaveLength(1), { interval: 1 });
    there.resume();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(received).toHaveLength(1);
    gated.open();
    await expect(sending).resolves.toMatchObject({ status: 'delivered' });
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(received).toHaveLength(1);
    here.destroy();
    there.destroy();
  });

  it('sends a lead an earlier page left in the outbox once its Retry-After has passed', async () => {
    const storage = new MemoryStorage();
    const entry: OutboxEntry = {
      lead: validLead(),
      endpoint: ENDPOINT,
      createdAt: Date.now(),
      attempts: 1,
      nextAttemptAt: Date.now() + 20_000,
      notBefore: Date.now() + 20_000,
    };
    storage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
    const received: Received[] = [];
    server.use(endpoint(received, created()));
    const onChange = vi.fn();
    const delivery = createDelivery({ storage, onChange });
    delivery.resume();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(received).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(received).toHaveLength(1);
    expect(onChange).toHaveBeenCalledWith({ status: 'delivered', ...ids(entry.lead) });
    delivery.destroy();
  });

  it('asks Web Locks for the lead lock and skips the lead while another tab holds it', async () => {
    const held = new Set<string>();
    const requested: { name: string; ifAvailable: boolean }[] = [];
    vi.stubGlobal('navigator', {
      locks: {
        async request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<unknown>) {
          requested.push({ name, ifAvailable: options.ifAvailable });
          if (held.has(name)) return callback(null);
          held.add(name);
          try {
            return await callback({ name });
          } finally {
            held.delete(name);
          }
        },
      },
    });
    const lead = validLead();
    const received: Received[] = [];
    server.use(endpoint(received, new HttpResponse(null, { status: 503 }), created()));
    const storage = new MemoryStorage();
    const delivery = createDelivery({ storage, random: () => 1 });
    await expect(delivery.send(ENDPOINT, lead)).resolves.toMatchObject({ status: 'queued' });
    expect(requested).toEqual([{ name: `schoolmatch:lead:${lead.leadId}`, ifAvailable: true }]);
    held.add(`schoolmatch:lead:${lead.leadId}`);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(received).toHaveLength(1);
    held.clear();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(received).toHaveLength(2);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });
});
