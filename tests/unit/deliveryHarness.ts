import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';

/**
 * The msw server of a delivery test file, listening during its tests (an unhandled request fails the test),
 * with a fake clock (setTimeout, clearTimeout, Date) starting at 2026-03-01 12:00 UTC in every test; handlers
 * and stubbed globals are reset after each test.
 */
export function useDeliveryServer(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
  });
  afterEach(() => {
    server.resetHandlers();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  afterAll(() => server.close());
  return server;
}

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
