import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDelivery, OUTBOX_KEY } from '../../src/delivery/createDelivery.ts';
import { created, endpoint, ENDPOINT, ids, type Received } from './deliveryHarness.ts';
import { validLead } from './leadFixture.ts';
import { MemoryStorage } from './memoryStorage.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('delivery outcomes', () => {
  it('delivers a lead the endpoint answers 201, as JSON with its lead id as Idempotency-Key', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, created()));
    const storage = new MemoryStorage();
    const delivery = createDelivery({ storage });
    const lead = validLead();
    await expect(delivery.send(ENDPOINT, lead)).resolves.toEqual({ status: 'delivered', ...ids(lead) });
    expect(received).toEqual([
      { leadId: lead.leadId, idempotencyKey: lead.leadId, contentType: 'application/json', body: lead },
    ]);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });

  it('counts a 409 duplicate as delivered', async () => {
    const received: Received[] = [];
    server.use(endpoint(received, HttpResponse.json({ leadId: 'x', status: 'duplicate' }, { status: 409 })));
    const delivery = createDelivery({ storage: new MemoryStorage() });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'delivered' });
    delivery.destroy();
  });

  it('returns the endpoint 422 errors and never retries the lead', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const received: Received[] = [];
    const errors = [{ path: 'contact.phone', message: 'must have a valid US area code and exchange' }];
    server.use(endpoint(received, HttpResponse.json({ errors }, { status: 422 })));
    const storage = new MemoryStorage();
    const onChange = vi.fn();
    const delivery = createDelivery({ storage, onChange });
    const lead = validLead();
    await expect(delivery.send(ENDPOINT, lead)).resolves.toEqual({ status: 'rejected', ...ids(lead), errors });
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    delivery.resume();
    await vi.advanceTimersByTimeAsync(1000);
    expect(received).toHaveLength(1);
    expect(onChange).not.toHaveBeenCalled();
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });

  it('rejects a 400 whose body is not the errors shape with a message naming the status', async () => {
    server.use(http.post(ENDPOINT, () => new HttpResponse('bad', { status: 400 })));
    const delivery = createDelivery({ storage: new MemoryStorage() });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({
      status: 'rejected',
      errors: [{ path: '', message: 'refused with HTTP 400' }],
    });
    delivery.destroy();
  });

  it('rejects for good on other 4xx answers such as 404', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const received: Received[] = [];
    server.use(endpoint(received, new HttpResponse(null, { status: 404 })));
    const storage = new MemoryStorage();
    const delivery = createDelivery({ storage });
    await expect(delivery.send(ENDPOINT, validLead())).resolves.toMatchObject({ status: 'rejected' });
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
    expect(received).toHaveLength(1);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
    delivery.destroy();
  });
});
