import * as v from 'valibot';
import { LeadSchema, type Lead } from '../lead/schema.ts';
import { stateOfZip } from '../zipState.ts';
import { leadErrorMessage } from './leadErrorMessage.ts';

/** One problem with a received lead: a dotted path into the lead ("" for the whole body) and what is wrong. */
export interface LeadError {
  path: string;
  message: string;
}

/** A received lead, validated, or the problems that make it invalid. */
export type LeadCheck = { ok: true; lead: Lead } | { ok: false; errors: LeadError[] };

// Enough to show every field's problem; a hostile body cannot make the answer grow without bound.
const MAX_ERRORS = 50;

/**
 * Validates a parsed JSON body with the same schema the widget uses, and checks that an Idempotency-Key
 * header, when sent, names the same lead (a mismatch means a client bug that could merge two leads).
 */
export function checkLead(body: unknown, idempotencyKey: string | null): LeadCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object: the lead (see lead.schema.json)' }] };
  }
  const result = v.safeParse(LeadSchema, body);
  if (!result.success) {
    return { ok: false, errors: result.issues.slice(0, MAX_ERRORS).map(leadErrorMessage) };
  }
  if (idempotencyKey !== null && idempotencyKey !== result.output.leadId) {
    return {
      ok: false,
      errors: [
        { path: 'leadId', message: "must equal the Idempotency-Key header; send the lead's leadId as Idempotency-Key" },
      ],
    };
  }
  // (v2) A state that is not the ZIP code's would send the lead to a school that may not enrol the student.
  const { state, postalCode } = result.output.contact;
  if (state !== undefined && state !== stateOfZip(postalCode)) {
    return {
      ok: false,
      errors: [
        {
          path: 'contact.state',
          message: `must be the state of contact.postalCode ${postalCode} (${stateOfZip(postalCode) ?? 'none'})`,
        },
      ],
    };
  }
  return { ok: true, lead: result.output };
}
