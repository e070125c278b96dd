import type { MaybePromise } from '../LeadStore.ts';
import type { WebhookOutbox } from './WebhookOutbox.ts';
import type { WebhookDestination } from './webhookSettings.ts';

/** What decides, as a lead is stored, whether and where it is forwarded. */
export interface ForwardingRules {
  /** The LEADS_WEBHOOKS destinations, read at each insert (the demo learns its own URL once it listens). */
  destinations: () => readonly WebhookDestination[];
  /** DEDUPE_DAYS: a lead for the same school and person within this many days is a duplicate (0: none is). */
  dedupeDays: number;
}

/** The forwarding side of a lead store: its webhook outbox, and which stored leads are duplicates of which. */
export interface LeadForwarding {
  outbox: WebhookOutbox;
  /** For those of these leads that are duplicates, the leadId each duplicates. */
  duplicatesOf(leadIds: readonly string[]): MaybePromise<Map<string, string>>;
}
