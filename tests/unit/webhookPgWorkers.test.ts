import { afterEach, describe, expect, inject, it } from 'vitest';
import { createWebhookWorker } from '../../src/receiver/webhooks/createWebhookWorker.ts';
import {
  openForwardingLeadStore,
  type ForwardingLeadStore,
} from '../../src/receiver/webhooks/openForwardingLeadStore.ts';
import { createTestDatabase } from './postgresCluster.ts';
import { startTestCrm, testSecret, type CrmAnswer, type TestCrm } from './webhookCrm.ts';
import { uniqueLead } from './webhookFixtures.ts';

const opened: ForwardingLeadStore[] = [];
const crms: TestCrm[] = [];
afterEach(async () => {
  await Promise.all(crms.splice(0).map((crm) => crm.close()));
  for (const { store } of opened.splice(0)) await store.close();
});

describe('two workers with their own connections on one PostgreSQL outbox', () => {
  it('deliver 100 leads exactly once to each destination, never two attempts of one delivery at once', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const secret = testSecret();
    const slowly = (): CrmAnswer => ({ status: 201, delayMs: Math.floor(Math.random() * 15) });
    crms.push(await startTestCrm(secret, slowly), await startTestCrm(secret, slowly));
    const destinations = crms.map((crm) => ({ school: '*', url: crm.url, secret, includeTest: false }));
    for (let i = 0; i < 2; i++)
      opened.push(await openForwardingLeadStore(url, { destinations: () => destinations, dedupeDays: 30 }));
    const [first] = opened;
    if (first === undefined) throw new Error('no store');
    const leads = Array.from({ length: 100 }, () => uniqueLead());
    for (const lead of leads)
      await first.store.insert(lead, { receivedAt: new Date().toISOString(), ip: '203.0.113.9' });

    const workers = opened.map(({ forwarding }) =>
      createWebhookWorker({ outbox: forwarding.outbox, destinations, pollMs: 10, batchSize: 7 }),
    );
    for (const worker of workers) worker.start();
    await Promise.all(crms.map((crm) => crm.waitFor(100, 30_000)));
    await Promise.all(workers.map((worker) => worker.stop()));

    for (const crm of crms) {
      expect(crm.received).toHaveLength(100);
      expect(new Set(crm.received.map((hook) => hook.id))).toEqual(new Set(leads.map((lead) => lead.leadId)));
      expect(crm.received.every((hook) => hook.signatureValid)).toBe(true);
      expect(crm.maxConcurrentPerId()).toBe(1);
    }
    expect(await first.forwarding.outbox.summary()).toEqual({ pending: 0, delivered: 200, failed: 0 });
  }, 60_000);
});
