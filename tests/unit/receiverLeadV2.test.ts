import { afterEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

function v2Lead(): Lead {
  const lead = sampleLead();
  return {
    ...lead,
    answers: { ...lead.answers, postalCode: '10001', military: 'active-duty', startDate: 'immediately' },
    contact: { ...lead.contact, state: 'NY' },
    evidence: {
      trustedFormCertUrl: 'https://cert.trustedform.com/0123456789abcdef',
      jornayaLeadId: 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D',
    },
  };
}

describe('POST /api/leads, v2 leads', () => {
  it('accepts a v2 lead and stores its optional answers, state and evidence', async () => {
    t = testReceiver();
    const lead = v2Lead();
    const response = await t.receiver.fetch(postRequest(lead));
    expect(response.status).toBe(201);
    expect(t.store.list().map((stored) => stored.lead)).toEqual([lead]);
  });

  it('still accepts a v1 lead, which has none of the v2 fields', async () => {
    t = testReceiver();
    const lead = sampleLead();
    expect(lead.contact).not.toHaveProperty('state');
    expect((await t.receiver.fetch(postRequest(lead))).status).toBe(201);
    expect(t.store.list().map((stored) => stored.lead)).toEqual([lead]);
  });

  it("refuses with 422 at contact.state a state that is not the ZIP code's", async () => {
    t = testReceiver();
    const lead = v2Lead();
    const response = await t.receiver.fetch(postRequest({ ...lead, contact: { ...lead.contact, state: 'AR' } }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [{ path: 'contact.state', message: 'must be the state of contact.postalCode 10001 (NY)' }],
    });
    expect(t.store.count()).toBe(0);
  });

  it('refuses with 422 malformed evidence, naming the field and what it must be', async () => {
    t = testReceiver();
    const response = await t.receiver.fetch(
      postRequest({ ...v2Lead(), evidence: { trustedFormCertUrl: 'https://example.com/cert' } }),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [
        {
          path: 'evidence.trustedFormCertUrl',
          message: 'must be a TrustedForm certificate URL, https://cert.trustedform.com/…',
        },
      ],
    });
  });
});
