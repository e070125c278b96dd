import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifyResponse, sendWebhook } from '../../src/receiver/webhooks/sendWebhook.ts';
import { testSecret } from './webhookCrm.ts';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');

describe('sorting a school system’s answer', () => {
  it.each([200, 201, 202, 204, 299])('counts %i as delivered', (status) => {
    expect(classifyResponse(status, null, NOW)).toEqual({ kind: 'delivered', status });
  });

  it.each([408, 425, 429, 500, 502, 503, 504, 599])('retries %i', (status) => {
    expect(classifyResponse(status, null, NOW)).toEqual({ kind: 'retry', status, error: `answered ${status}` });
  });

  it.each([301, 400, 401, 403, 404, 409, 410, 413, 422])('fails %i for good', (status) => {
    expect(classifyResponse(status, null, NOW)).toMatchObject({ kind: 'failed', status });
  });

  it('passes on the wait a Retry-After asks for', () => {
    expect(classifyResponse(429, '7', NOW)).toEqual({
      kind: 'retry',
      status: 429,
      error: 'answered 429',
      retryAfterMs: 7000,
    });
  });
});

describe('signing a webhook', () => {
  it('signs {id}.{timestamp}.{body} with HMAC-SHA256 of the key after whsec_, as Standard Webhooks says', async () => {
    const secret = testSecret();
    const sent: Array<{ url: string; init: RequestInit }> = [];
    const fetchStub: typeof fetch = async (url, init) => {
      sent.push({ url: String(url), init: init ?? {} });
      return new Response(null, { status: 204 });
    };
    const body = JSON.stringify({ type: 'lead.created' });
    const outcome = await sendWebhook(
      { url: 'https://crm.example/hooks', secret },
      { id: 'lead-1', body },
      { now: () => NOW + 999, fetch: fetchStub },
    );

    expect(outcome).toEqual({ kind: 'delivered', status: 204 });
    const headers = new Headers(sent[0]?.init.headers);
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
      .update(`lead-1.${NOW / 1000}.${body}`)
      .digest('base64');
    expect(sent[0]?.url).toBe('https://crm.example/hooks');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.body).toBe(body);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('webhook-id')).toBe('lead-1');
    expect(headers.get('webhook-timestamp')).toBe(String(NOW / 1000));
    expect(headers.get('webhook-signature')).toBe(`v1,${expected}`);
  });

  it('gives up on an attempt with no answer within the timeout, as one to retry', async () => {
    const fetchStub: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const outcome = await sendWebhook(
      { url: 'https://crm.example/hooks', secret: testSecret() },
      { id: 'lead-1', body: '{}' },
      { fetch: fetchStub, timeoutMs: 50 },
    );
    expect(outcome).toEqual({ kind: 'retry', status: null, error: 'no answer in 0.05 s' });
  });
});
