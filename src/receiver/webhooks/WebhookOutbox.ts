import type { Lead } from '../../lead/schema.ts';
import type { MaybePromise, Receipt } from '../LeadStore.ts';

/** Where a delivery stands: waiting for an attempt, accepted by the school system, or given up on. */
export type DeliveryState = 'pending' | 'delivered' | 'failed';

/** One lead on its way to one destination. Times are ms since the epoch. */
export interface Delivery {
  id: string;
  leadId: string;
  /** The destination's key (`destinationKey`): its school and URL. */
  destination: string;
  url: string;
  state: DeliveryState;
  /** Attempts since the delivery was queued (or queued again by Retry). */
  attempts: number;
  /** When a pending delivery is due; null once delivered or failed. */
  nextAttemptAt: number | null;
  firstAttemptAt: number | null;
  lastAttemptAt: number | null;
  /** The HTTP status of the last answer; null when there was none (network error, timeout) or no attempt yet. */
  lastStatus: number | null;
  lastError: string | null;
}

/** A due delivery taken by one worker until `lease` expires, with what it needs to send it. */
export interface ClaimedDelivery {
  delivery: Delivery;
  lead: Lead;
  receipt: Receipt;
  /** Proves the claim when recording the attempt: a claim that expired and was taken again is refused. */
  lease: string;
}

/** What one attempt did to a delivery; `at` is when the attempt started. */
export type AttemptRecord =
  | { kind: 'delivered'; at: number; status: number }
  | { kind: 'rescheduled'; at: number; status: number | null; error: string; nextAttemptAt: number }
  | { kind: 'failed'; at: number; status: number | null; error: string };

/** How many deliveries are in each state. */
export interface DeliverySummary {
  pending: number;
  delivered: number;
  failed: number;
}

/**
 * The deliveries of forwarded leads, written with the lead in one transaction (a transactional outbox).
 * Workers in any number of processes share it: a claimed delivery is leased to one of them at a time, and a
 * claim whose worker died expires and is claimed again.
 */
export interface WebhookOutbox {
  /** Leases up to `limit` pending deliveries due at `now` (oldest due first) for `leaseMs`. */
  claimDue(now: number, leaseMs: number, limit: number): MaybePromise<ClaimedDelivery[]>;
  /** Records an attempt on a claimed delivery; false (nothing recorded) when the lease was lost meanwhile. */
  recordAttempt(claim: Pick<ClaimedDelivery, 'delivery' | 'lease'>, record: AttemptRecord): MaybePromise<boolean>;
  /** Queues a failed delivery again, due at `now`; false when it is not failed (or does not exist). */
  retry(deliveryId: string, now: number): MaybePromise<boolean>;
  /** Counts deliveries by state. */
  summary(): MaybePromise<DeliverySummary>;
  /** The deliveries of these leads, in the order they were queued. */
  forLeads(leadIds: readonly string[]): MaybePromise<Delivery[]>;
}
