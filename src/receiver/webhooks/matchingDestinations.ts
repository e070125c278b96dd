import type { Lead } from '../../lead/schema.ts';
import type { WebhookDestination } from './webhookSettings.ts';

/** The destinations a lead is forwarded to: its school's and `"*"`, and for a test lead only those with includeTest. */
export function matchingDestinations<D extends WebhookDestination>(lead: Lead, destinations: readonly D[]): D[] {
  return destinations.filter(
    (destination) =>
      (destination.school === '*' || destination.school === lead.school.id) &&
      (!lead.testMode || destination.includeTest),
  );
}
