import type { Lead } from '../../lead/schema.ts';

/** The consent evidence stored with a lead: when the receiver got it and from which client address. */
export interface LeadReceipt {
  /** ISO 8601 UTC. */
  receivedAt: string;
  ip: string;
}

/** The event type of every forwarded lead. */
export const LEAD_CREATED = 'lead.created';

/** The body POSTed to a school system: `{ type, timestamp, data: { lead, receipt } }`, as JSON. */
export interface LeadCreatedEvent {
  type: typeof LEAD_CREATED;
  /** When the event happened: the lead's receipt time, so every attempt sends the same body. */
  timestamp: string;
  data: { lead: Lead; receipt: LeadReceipt };
}

/** The JSON body of the `lead.created` webhook for a stored lead. */
export function webhookPayload(lead: Lead, receipt: LeadReceipt): string {
  const event: LeadCreatedEvent = { type: LEAD_CREATED, timestamp: receipt.receivedAt, data: { lead, receipt } };
  return JSON.stringify(event);
}
