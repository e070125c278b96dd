import type { DeliveryOutcome } from '../../src/delivery/createDelivery.ts';
import type { Lead } from '../../src/lead/schema.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import type { RequestStrings } from './messages.ts';
import { rejectionErrors } from './rejectionErrors.ts';
import type { RequestState } from './requestState.ts';

/** Sends a lead through the model's delivery, reports it to the page (ids only, never contact data) and returns the form's next state. */
export async function deliverLead(model: WidgetModel, lead: Lead, t: RequestStrings): Promise<RequestState> {
  let outcome: DeliveryOutcome;
  try {
    outcome = await model.delivery.send(model.config.peek().endpoint, lead);
  } catch (error) {
    // Delivery reports failures as values; a throw is a bug, and the student can still try again.
    console.error('[schoolmatch] sending the lead failed unexpectedly; the student can submit again.', error);
    return { status: 'editing', errors: {}, general: t.failed };
  }
  switch (outcome.status) {
    case 'delivered':
    case 'queued':
      model.emit({
        type: 'schoolmatch:lead',
        detail: { leadId: lead.leadId, schoolId: lead.school.id, programId: lead.program.id, status: outcome.status },
      });
      return { status: outcome.status };
    case 'rejected': {
      const { fields } = rejectionErrors(outcome.errors, t);
      return { status: 'rejected', errors: fields, general: t.rejected };
    }
    default: {
      const never: never = outcome;
      throw new Error(`[schoolmatch] unknown delivery outcome ${JSON.stringify(never)}`);
    }
  }
}
