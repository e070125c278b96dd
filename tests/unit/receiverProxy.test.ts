import { afterEach, describe, expect, it } from 'vitest';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

// What @hono/node-server passes as env: the socket the request came on.
const fromSocket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

function post(forwardedFor: string | null, socket = '10.0.0.5'): Promise<Response> {
  const headers: Record<string, string> = forwardedFor === null ? {} : { 'X-Forwarded-For': forwardedFor };
  return t.receiver.fetch(postRequest(sampleLead(), headers), fromSocket(socket));
}

describe('the client address (TRUST_PROXY)', () => {
  it('without a trusted proxy, keys the rate limit on the socket address and ignores X-Forwarded-For', async () => {
    t = testReceiver({ rateLimit: 1, clientAddress: undefined });
    expect((await post('198.51.100.1')).status).toBe(201);
    // A new X-Forwarded-For per request would otherwise dodge the limit.
    expect((await post('198.51.100.2')).status).toBe(429);
    expect((await post(null, '10.0.0.6')).status).toBe(201);
    expect(
      t.store
        .list()
        .map((s) => s.ip)
        .sort(),
    ).toEqual(['10.0.0.5', '10.0.0.6']);
  });

  it('behind a trusted proxy, keys the rate limit on the last X-Forwarded-For address and stores it with the lead', async () => {
    t = testReceiver({ rateLimit: 1, trustProxy: true, clientAddress: undefined });
    // The proxy appends the address it saw; anything before it came from the client and can be forged.
    expect((await post('203.0.113.50, 198.51.100.1')).status).toBe(201);
    expect((await post('203.0.113.51, 198.51.100.1')).status).toBe(429);
    expect((await post('198.51.100.2')).status).toBe(201);
    expect(
      t.store
        .list()
        .map((s) => s.ip)
        .sort(),
    ).toEqual(['198.51.100.1', '198.51.100.2']);
  });
});

describe('GET /healthz and a store that fails', () => {
  it('answers 200 {status:"ok"} while the store answers', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(new Request('http://receiver.test/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 on /healthz and 503 with Retry-After to a lead once the store stops answering, never a 2xx', async () => {
    t = testReceiver();
    t.store.close();
    const health = await t.receiver.fetch(new Request('http://receiver.test/healthz'));
    expect(health.status).toBe(503);
    const response = await t.receiver.fetch(postRequest(sampleLead(), { Origin: 'https://publisher.example' }));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    // The widget reads Retry-After cross-origin.
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    expect(t.logs.at(-1)).toContain('503 store-failed');
  });

  it("stamps each lead with the receiver's clock, not the client's createdAt", async () => {
    t = testReceiver({ now: () => Date.UTC(2026, 10, 26, 10, 0, 1) });
    await t.receiver.fetch(postRequest(sampleLead({ createdAt: '2030-01-01T00:00:00.000Z' })));
    expect(t.store.list()[0]?.receivedAt).toBe('2026-11-26T10:00:01.000Z');
  });
});
