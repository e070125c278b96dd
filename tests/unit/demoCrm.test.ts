import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { createDemoCrm, DEMO_CRM_WEBHOOK_PATH } from '../../demo/demoCrm.ts';
import { webhookPayload } from '../../src/receiver/webhooks/webhookPayload.ts';
import { sampleLead } from './receiverFixtures.ts';
import { testSecret } from './webhookCrm.ts';

const secret = testSecret();
const receipt = { receivedAt: '2026-12-07T10:00:00.000Z', ip: '203.0.113.7' };

function signedPost(id: string, body: string, signWith = secret): Request {
  const at = new Date();
  return new Request(`http://demo.test${DEMO_CRM_WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(signWith).sign(id, at, body),
    },
    body,
  });
}

describe('the demo CRM', () => {
  it('accepts a signed lead.created webhook and lists it without contact details', async () => {
    const crm = createDemoCrm({ secret });
    const lead = sampleLead();
    const response = await crm.routes.fetch(signedPost(lead.leadId, webhookPayload(lead, receipt)));
    expect(response.status).toBe(200);

    const page = await (await crm.routes.fetch(new Request('http://demo.test/demo/crm'))).text();
    expect(page).toContain(lead.leadId);
    expect(page).toContain('Colorado Technical University');
    expect(page).toContain('Doctor of Management - Health Care Management and Leadership');
    expect(page).toContain('1 received, newest first.');
    expect(page).not.toContain(lead.contact.email);
    expect(page).not.toContain(lead.contact.phone);
  });

  it('refuses a webhook signed with another secret, and does not list it', async () => {
    const crm = createDemoCrm({ secret });
    const lead = sampleLead();
    const response = await crm.routes.fetch(signedPost(lead.leadId, webhookPayload(lead, receipt), testSecret()));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'not accepted: No matching signature found' });
    expect(crm.entries()).toEqual([]);
  });

  it('refuses an unsigned request', async () => {
    const crm = createDemoCrm({ secret });
    const response = await crm.routes.fetch(
      new Request(`http://demo.test${DEMO_CRM_WEBHOOK_PATH}`, { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(401);
    expect(crm.entries()).toEqual([]);
  });

  it('counts a redelivered webhook-id as one lead received twice', async () => {
    const crm = createDemoCrm({ secret });
    const lead = sampleLead();
    const body = webhookPayload(lead, receipt);
    await crm.routes.fetch(signedPost(lead.leadId, body));
    await crm.routes.fetch(signedPost(lead.leadId, body));
    expect(crm.entries()).toMatchObject([{ webhookId: lead.leadId, requests: 2 }]);
  });

  it('escapes what it shows', async () => {
    const crm = createDemoCrm({ secret });
    const lead = sampleLead({ school: { id: 'x', name: '<script>alert(1)</script>' } });
    await crm.routes.fetch(signedPost(lead.leadId, webhookPayload(lead, receipt)));
    const page = await (await crm.routes.fetch(new Request('http://demo.test/demo/crm'))).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
