import type { Lead } from '../../lead/schema.ts';
import type { Receipt } from '../LeadStore.ts';
import { matchingDestinations } from './matchingDestinations.ts';
import type { AttemptRecord, ClaimedDelivery, Delivery, DeliverySummary, WebhookOutbox } from './WebhookOutbox.ts';
import { destinationKey, type WebhookDestination } from './webhookSettings.ts';

/** An outbox in memory (tests, and receivers without a database), plus `enqueue` for a stored lead. */
export interface MemoryWebhookOutbox extends WebhookOutbox {
  claimDue(now: number, leaseMs: number, limit: number): ClaimedDelivery[];
  recordAttempt(claim: Pick<ClaimedDelivery, 'delivery' | 'lease'>, record: AttemptRecord): boolean;
  retry(deliveryId: string, now: number): boolean;
  summary(): DeliverySummary;
  forLeads(leadIds: readonly string[]): Delivery[];
  /** Queues one pending delivery, due at `now`, per destination matching the lead; returns them. */
  enqueue(lead: Lead, receipt: Receipt, destinations: readonly WebhookDestination[], now: number): Delivery[];
}

interface Entry {
  delivery: Delivery;
  lead: Lead;
  receipt: Receipt;
  lease: string | null;
  lockedUntil: number;
}

/** Creates an empty in-memory outbox. */
export function createMemoryWebhookOutbox(): MemoryWebhookOutbox {
  const entries = new Map<string, Entry>();
  const copy = (delivery: Delivery): Delivery => ({ ...delivery });

  return {
    enqueue(lead, receipt, destinations, now) {
      return matchingDestinations(lead, destinations).map((destination) => {
        const delivery: Delivery = {
          id: crypto.randomUUID(),
          leadId: lead.leadId,
          destination: destinationKey(destination),
          url: destination.url,
          state: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          firstAttemptAt: null,
          lastAttemptAt: null,
          lastStatus: null,
          lastError: null,
        };
        entries.set(delivery.id, {
          delivery,
          lead: structuredClone(lead),
          receipt: { ...receipt },
          lease: null,
          lockedUntil: 0,
        });
        return copy(delivery);
      });
    },

    claimDue(now, leaseMs, limit) {
      const due = [...entries.values()]
        .filter(
          (entry) =>
            entry.delivery.state === 'pending' &&
            (entry.delivery.nextAttemptAt ?? Infinity) <= now &&
            entry.lockedUntil <= now,
        )
        .sort((a, b) => (a.delivery.nextAttemptAt ?? 0) - (b.delivery.nextAttemptAt ?? 0))
        .slice(0, limit);
      return due.map((entry) => {
        entry.lease = crypto.randomUUID();
        entry.lockedUntil = now + leaseMs;
        return {
          delivery: copy(entry.delivery),
          lead: structuredClone(entry.lead),
          receipt: { ...entry.receipt },
          lease: entry.lease,
        };
      });
    },

    recordAttempt(claim, record) {
      const entry = entries.get(claim.delivery.id);
      if (entry === undefined || entry.lease !== claim.lease || entry.delivery.state !== 'pending') return false;
      const delivery = entry.delivery;
      delivery.attempts += 1;
      delivery.firstAttemptAt ??= record.at;
      delivery.lastAttemptAt = record.at;
      delivery.lastStatus = record.status;
      switch (record.kind) {
        case 'delivered':
          Object.assign(delivery, { state: 'delivered', nextAttemptAt: null, lastError: null });
          break;
        case 'rescheduled':
          Object.assign(delivery, { nextAttemptAt: record.nextAttemptAt, lastError: record.error });
          break;
        case 'failed':
          Object.assign(delivery, { state: 'failed', nextAttemptAt: null, lastError: record.error });
          break;
      }
      entry.lease = null;
      entry.lockedUntil = 0;
      return true;
    },

    retry(deliveryId, now) {
      const entry = entries.get(deliveryId);
      if (entry === undefined || entry.delivery.state !== 'failed') return false;
      Object.assign(entry.delivery, { state: 'pending', attempts: 0, nextAttemptAt: now, firstAttemptAt: null });
      return true;
    },

    summary() {
      const counts: DeliverySummary = { pending: 0, delivered: 0, failed: 0 };
      for (const entry of entries.values()) counts[entry.delivery.state] += 1;
      return counts;
    },

    forLeads(leadIds) {
      const wanted = new Set(leadIds);
      return [...entries.values()]
        .filter((entry) => wanted.has(entry.delivery.leadId))
        .map((entry) => copy(entry.delivery));
    },
  };
}
