import { afterEach, describe, expect, it } from 'vitest';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

function streamOf(totalBytes: number, chunkBytes = 8192): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, pulled: () => sent };
}

function streamedPost(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request('http://receiver.test/api/leads', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

describe('POST /api/leads', () => {
  it('accepts a valid lead with 201, stores it and answers its leadId', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const response = await t.receiver.fetch(postRequest(lead));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ leadId: lead.leadId, status: 'accepted' });
    expect(t.store.list().map((s) => s.lead)).toEqual([lead]);
  });

  it('answers a repeated leadId with 200 duplicate and stores nothing new', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await t.receiver.fetch(postRequest(lead));
    const changed = { ...lead, contact: { ...lead.contact, firstName: 'Changed' } };
    const response = await t.receiver.fetch(postRequest(changed));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ leadId: lead.leadId, status: 'duplicate' });
    expect(t.store.count()).toBe(1);
    expect(t.store.list()[0]?.lead.contact.firstName).toBe('Ana');
  });

  it('rejects an invalid lead with 422 and dotted paths to each bad field', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const bad = {
      ...lead,
      contact: { ...lead.contact, email: 'not-an-email', postalCode: '1234' },
      program: { ...lead.program, level: 'phd' },
    };
    const response = await t.receiver.fetch(postRequest(bad));
    expect(response.status).toBe(422);
    const { errors } = (await response.json()) as { errors: Array<{ path: string; message: string }> };
    expect(errors.map((e) => e.path).sort()).toEqual(['contact.email', 'contact.postalCode', 'program.level']);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
    expect(t.store.count()).toBe(0);
  });

  it('explains each refused field in English the form can show beside it', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const response = await t.receiver.fetch(
      postRequest({ ...lead, contact: { ...lead.contact, phone: '+11115550123', postalCode: '1234' } }),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        { path: 'contact.phone', message: 'must be a US phone number, like (212) 555-0123' },
        { path: 'contact.postalCode', message: 'must be a 5-digit ZIP code' },
      ],
    });
  });

  it('names a missing field by its path in the 422 answer', async () => {
    t = testReceiver();
    const { consent: _consent, ...withoutConsent } = sampleLead();
    const response = await t.receiver.fetch(postRequest(withoutConsent));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ errors: [{ path: 'consent', message: 'is required' }] });
  });

  it.each([['[1,2]'], ['"a lead"'], ['null'], ['42']])(
    'rejects the JSON body %s, which is not an object, with 422 at path ""',
    async (body) => {
      t = testReceiver();
      const response = await t.receiver.fetch(postRequest(body));
      expect(response.status).toBe(422);
      const { errors } = (await response.json()) as { errors: Array<{ path: string }> };
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('');
    },
  );

  it('rejects a lead whose Idempotency-Key header differs from its leadId with 422', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(postRequest(sampleLead(), { 'Idempotency-Key': crypto.randomUUID() }));
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('leadId');
    expect(t.store.count()).toBe(0);
  });

  it('accepts a lead sent without an Idempotency-Key header', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const request = new Request('http://receiver.test/api/leads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(lead),
    });
    expect((await t.receiver.fetch(request)).status).toBe(201);
  });

  it('refuses a body declared larger than 64 KB with 413 without reading it', async () => {
    t = testReceiver();
    const { stream, pulled } = streamOf(10 * 1024 * 1024);
    const response = await t.receiver.fetch(streamedPost(stream, { 'Content-Length': String(10 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it('stops reading a body with no Content-Length once it passes 64 KB and answers 413', async () => {
    t = testReceiver();
    const { stream, pulled } = streamOf(10 * 1024 * 1024);
    const response = await t.receiver.fetch(streamedPost(stream));
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThan(64 * 1024 + 3 * 8192);
  });

  it('answers 413 to a body longer than its Content-Length claims (over HTTP the header frames the body)', async () => {
    t = testReceiver();
    const { stream } = streamOf(1024 * 1024);
    const response = await t.receiver.fetch(streamedPost(stream, { 'Content-Length': '100' }));
    expect(response.status).toBe(413);
    expect(t.store.count()).toBe(0);
  });

  it('accepts a lead of exactly the size limit but not one byte more', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const json = JSON.stringify(lead);
    const padded = (size: number) => json.slice(0, -1) + ' '.repeat(size - json.length) + '}';
    expect((await t.receiver.fetch(postRequest(padded(64 * 1024)))).status).toBe(201);
    expect((await t.receiver.fetch(postRequest(padded(64 * 1024 + 1)))).status).toBe(413);
  });

  it('answers 415 to a body sent as another content type', async () => {
    t = testReceiver();
    const lead = sampleLead();
    const response = await t.receiver.fetch(postRequest(lead, { 'Content-Type': 'text/plain' }));
    expect(response.status).toBe(415);
    expect(t.store.count()).toBe(0);
  });

  it('answers 415 to a body that is not parseable JSON', async () => {
    t = testReceiver();
    expect((await t.receiver.fetch(postRequest('{"leadId": '))).status).toBe(415);
    const notUtf8 = new Request('http://receiver.test/api/leads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect((await t.receiver.fetch(notUtf8)).status).toBe(415);
  });

  it('answers 429 with Retry-After past the per-minute limit of one address, and accepts again next minute', async () => {
    let clock = 1_000_000;
    t = testReceiver({ rateLimit: 3, now: () => clock });
    for (let i = 0; i < 3; i++) expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(201);
    clock += 20_000;
    const limited = await t.receiver.fetch(postRequest(sampleLead()));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('40');
    clock += 40_000;
    expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(201);
    expect(t.store.count()).toBe(4);
  });

  it('counts each client address separately for the rate limit', async () => {
    let address = '198.51.100.1';
    t = testReceiver({ rateLimit: 1, clientAddress: () => address });
    expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(201);
    expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(429);
    address = '198.51.100.2';
    expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(201);
  });

  it('logs status, leadId and school id but no personal data', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await t.receiver.fetch(postRequest(lead));
    await t.receiver.fetch(
      postRequest({ ...lead, leadId: 'jane@example.com', contact: { ...lead.contact, email: 'x' } }),
    );
    expect(t.logs[0]).toContain('201');
    expect(t.logs[0]).toContain(lead.leadId);
    expect(t.logs[0]).toContain(lead.school.id);
    const all = t.logs.join('\n');
    for (const secret of [
      lead.contact.email,
      lead.contact.phone,
      lead.contact.lastName,
      lead.contact.postalCode,
      'jane@example.com',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('answers other methods on /api/leads with 405 and the allowed methods', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(new Request('http://receiver.test/api/leads'));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST, OPTIONS');
  });
});
