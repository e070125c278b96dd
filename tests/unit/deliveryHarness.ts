import { http, HttpResponse } from 'msw';
import type { Lead } from '../../src/lead/schema.ts';

/** Where delivery tests POST leads. */
export const ENDPOINT = 'https://leads.example/api/leads';

/** One POST the endpoint received. */
export interface Received {
  leadId: string;
  idempotencyKey: string | null;
  contentType: string | null;
  body: Lead;
}

/**
 * An msw handler for ENDPOINT that records each POST and answers with the next of `answers`
 * (the last one repeats); a function answer may wait or throw.
 */
export function endpoint(received: Received[], ...answers: (Response | (() => Response | Promise<Response>))[]) {
  let index = 0;
  return http.post(ENDPOINT, async ({ request }) => {
    const body = (await request.json()) as Lead;
    received.push({
      leadId: body.leadId,
      idempotencyKey: request.headers.get('Idempotency-Key'),
      contentType: request.headers.get('Content-Type'),
      body,
    });
    const answer = answers[Math.min(index++, answers.length - 1)] ?? HttpResponse.json({}, { status: 201 });
    return typeof answer === 'function' ? answer() : answer.clone();
  });
}

/** The SPEC's success answer. */
export const created = (leadId = 'x') => HttpResponse.json({ leadId, status: 'accepted' }, { status: 201 });

/** The ids a delivery outcome or event carries for `lead`. */
export const ids = (lead: Lead) => ({ leadId: lead.leadId, schoolId: lead.school.id, programId: lead.program.id });
