import { afterEach, describe, expect, it } from 'vitest';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

const ALLOWED = 'https://publisher.example';

function preflight(origin: string | null): Request {
  return new Request('http://receiver.test/api/leads', {
    method: 'OPTIONS',
    headers: {
      ...(origin === null ? {} : { Origin: origin }),
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });
}

describe('CORS of the receiver', () => {
  it('lets an allowed origin read the answer to its lead', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(postRequest(sampleLead(), { Origin: ALLOWED }));
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(response.headers.get('Vary')).toContain('Origin');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });

  it('gives a page from another origin no Access-Control-Allow-Origin header', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(postRequest(sampleLead(), { Origin: 'https://evil.example' }));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('sends the CORS header on error answers too, so the widget can read a 422', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(postRequest({ ...sampleLead(), testMode: 'yes' }, { Origin: ALLOWED }));
    expect(response.status).toBe(422);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
  });

  it('lets an allowed origin read 429, 413 and 503 answers and their Retry-After', async () => {
    t = testReceiver({ rateLimit: 1 });
    const big = JSON.stringify({ ...sampleLead(), padding: ' '.repeat(70_000) });
    const tooLarge = await t.receiver.fetch(postRequest(big, { Origin: ALLOWED }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    const limited = await t.receiver.fetch(postRequest(sampleLead(), { Origin: ALLOWED }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(limited.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    t.cleanup();
    t = testReceiver();
    t.store.close();
    const unavailable = await t.receiver.fetch(postRequest(sampleLead(), { Origin: ALLOWED }));
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
  });

  it('answers the preflight of an allowed origin with the methods and headers a lead POST needs', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(preflight(ALLOWED));
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe('POST');
    const allowedHeaders = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'idempotency-key']) expect(allowedHeaders).toContain(header);
    // The marketer's token is never sent from a publisher's page, so a preflight never allows it.
    expect(allowedHeaders).not.toContain('authorization');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('refuses the preflight of an origin that is not allowed with 403 and no CORS headers', async () => {
    t = testReceiver();
    for (const origin of ['https://evil.example', 'https://publisher.example.evil.example', null]) {
      const response = await t.receiver.fetch(preflight(origin));
      expect(response.status).toBe(403);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(response.headers.get('Access-Control-Allow-Methods')).toBeNull();
    }
  });
});
