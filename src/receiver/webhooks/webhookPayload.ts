import type { Lead } from '../../lead/schema.ts';
import type { Receipt } from '../LeadStore.ts';

/** The event type of every forwarded lead. */
export const LEAD_CREATED = 'lead.created';

/** The body POSTed to a school system: `{ type, timestamp, data: { lead, receipt } }`, as JSON. */
export interface LeadCreatedEvent {
  type: typeof LEAD_CREATED;
  /** When the event happened: the lead's receipt time, so every attempt sends the same body. */
  timestamp: string;
  data: { lead: Lead; receipt: Receipt };
}

/** The JSON body of the `lead.created` webhook for a stored lead. */
export function webhookPayload(lead: Lead, receipt: Receipt): string {
  const event: LeadCreatedEvent = { type: LEAD_CREATED, timestamp: receipt.receivedAt, data: { lead, receipt } };
  return JSON.stringify(event);
}
