// What every WebhookOutbox (memory, SQLite, PostgreSQL) must do, as one suite each store runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import type { Receipt } from '../../src/receiver/LeadStore.ts';
import type { WebhookOutbox } from '../../src/receiver/webhooks/WebhookOutbox.ts';
import type { WebhookDestination } from '../../src/receiver/webhooks/webhookSettings.ts';
import { uniqueLead } from './webhookFixtures.ts';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const T0 = Date.parse('2026-12-07T10:00:00.000Z');

/** The destinations the suite's outboxes are set up with. */
export const CONTRACT_DESTINATIONS: WebhookDestination[] = [
  { school: '*', url: 'https://crm.example/all', secret: SECRET, includeTest: false },
  { school: 'colorado-technical-university', url: 'https://ctu.example/leads', secret: SECRET, includeTest: true },
  { school: 'another-school', url: 'https://other.example/leads', secret: SECRET, includeTest: true },
];

/** An outbox under test, set up with CONTRACT_DESTINATIONS, and how to store a lead (with its deliveries) in it. */
export interface OutboxUnderTest {
  outbox: WebhookOutbox;
  /** Stores the lead received at `receipt.receivedAt`, queueing its deliveries due then. */
  add(lead: Lead, receipt: Receipt): Promise<void>;
  cleanup(): Promise<void>;
}

function receiptAt(at: number): Receipt {
  return { receivedAt: new Date(at).toISOString(), ip: '198.51.100.4' };
}

/** Runs the outbox suite against `setup`. */
export function describeWebhookOutbox(name: string, setup: () => Promise<OutboxUnderTest>): void {
  describe(`${name}: the webhook outbox`, () => {
    let subject: OutboxUnderTest;
    beforeEach(async () => {
      subject = await setup();
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('queues one pending delivery per matching destination, due when the lead was received', async () => {
      const lead = uniqueLead();
      await subject.add(lead, receiptAt(T0));
      const deliveries = await subject.outbox.forLeads([lead.leadId]);
      expect(deliveries.map((delivery) => delivery.url).sort()).toEqual([
        'https://crm.example/all',
        'https://ctu.example/leads',
      ]);
      for (const delivery of deliveries) {
        expect(delivery).toMatchObject({
          leadId: lead.leadId,
          state: 'pending',
          attempts: 0,
          nextAttemptAt: T0,
          lastStatus: null,
          lastAttemptAt: null,
        });
      }
      expect(await subject.outbox.summary()).toEqual({ pending: 2, delivered: 0, failed: 0 });
    });

    it('queues a test lead only for destinations with includeTest', async () => {
      const lead = uniqueLead({ testMode: true });
      await subject.add(lead, receiptAt(T0));
      expect((await subject.outbox.forLeads([lead.leadId])).map((delivery) => delivery.url)).toEqual([
        'https://ctu.example/leads',
      ]);
    });

    it('hands out due deliveries with their lead and receipt, oldest first, at most the limit, not those due later', async () => {
      const [first, second, later] = [
        uniqueLead({ testMode: true }),
        uniqueLead({ testMode: true }),
        uniqueLead({ testMode: true }),
      ];
      await subject.add(second, receiptAt(T0 + 1000));
      await subject.add(first, receiptAt(T0));
      await subject.add(later, receiptAt(T0 + 60_000));
      const claims = await subject.outbox.claimDue(T0 + 5000, 60_000, 1);
      expect(claims.map((claim) => claim.lead)).toEqual([first]);
      expect(claims[0]?.receipt).toEqual(receiptAt(T0));
      const rest = await subject.outbox.claimDue(T0 + 5000, 60_000, 10);
      expect(rest.map((claim) => claim.lead.leadId)).toEqual([second.leadId]);
    });

    it('leases a claimed delivery: nobody else gets it until the lease runs out, and then the old claim cannot record', async () => {
      const lead = uniqueLead({ testMode: true });
      await subject.add(lead, receiptAt(T0));
      const [claim] = await subject.outbox.claimDue(T0, 60_000, 10);
      expect(claim).toBeDefined();
      expect(await subject.outbox.claimDue(T0 + 59_999, 60_000, 10)).toEqual([]);
      const [again] = await subject.outbox.claimDue(T0 + 60_000, 60_000, 10);
      expect(again?.delivery.id).toBe(claim?.delivery.id);
      expect(again?.lease).not.toBe(claim?.lease);
      if (claim === undefined || again === undefined) return;
      expect(await subject.outbox.recordAttempt(claim, { kind: 'delivered', at: T0, status: 200 })).toBe(false);
      expect(await subject.outbox.recordAttempt(again, { kind: 'delivered', at: T0 + 60_000, status: 201 })).toBe(true);
      expect(await subject.outbox.forLeads([lead.leadId])).toMatchObject([
        { state: 'delivered', attempts: 1, lastStatus: 201, lastAttemptAt: T0 + 60_000 },
      ]);
    });

    it('records a rescheduled attempt: due again at the new time, with its status and error', async () => {
      const lead = uniqueLead({ testMode: true });
      await subject.add(lead, receiptAt(T0));
      const [claim] = await subject.outbox.claimDue(T0, 60_000, 10);
      if (claim === undefined) throw new Error('nothing was due');
      await subject.outbox.recordAttempt(claim, {
        kind: 'rescheduled',
        at: T0,
        status: 503,
        error: 'answered 503',
        nextAttemptAt: T0 + 30_000,
      });
      expect(await subject.outbox.forLeads([lead.leadId])).toMatchObject([
        {
          state: 'pending',
          attempts: 1,
          firstAttemptAt: T0,
          lastAttemptAt: T0,
          lastStatus: 503,
          lastError: 'answered 503',
          nextAttemptAt: T0 + 30_000,
        },
      ]);
      expect(await subject.outbox.claimDue(T0 + 29_999, 60_000, 10)).toEqual([]);
      const [next] = await subject.outbox.claimDue(T0 + 30_000, 60_000, 10);
      expect(next?.delivery).toMatchObject({ attempts: 1, firstAttemptAt: T0 });
    });

    it('counts failed deliveries, and Retry queues a failed one again from scratch', async () => {
      const lead = uniqueLead({ testMode: true });
      await subject.add(lead, receiptAt(T0));
      const [claim] = await subject.outbox.claimDue(T0, 60_000, 10);
      if (claim === undefined) throw new Error('nothing was due');
      expect(await subject.outbox.retry(claim.delivery.id, T0)).toBe(false);
      await subject.outbox.recordAttempt(claim, { kind: 'failed', at: T0, status: 400, error: 'answered 400' });
      expect(await subject.outbox.summary()).toEqual({ pending: 0, delivered: 0, failed: 1 });
      expect(await subject.outbox.claimDue(T0 + 86_400_000, 60_000, 10)).toEqual([]);

      expect(await subject.outbox.retry(claim.delivery.id, T0 + 3_600_000)).toBe(true);
      expect(await subject.outbox.summary()).toEqual({ pending: 1, delivered: 0, failed: 0 });
      expect(await subject.outbox.forLeads([lead.leadId])).toMatchObject([
        { state: 'pending', attempts: 0, firstAttemptAt: null, nextAttemptAt: T0 + 3_600_000, lastStatus: 400 },
      ]);
      expect(await subject.outbox.retry(claim.delivery.id, T0 + 3_600_000)).toBe(false);
      expect(await subject.outbox.retry(crypto.randomUUID(), T0)).toBe(false);
    });
  });
}
