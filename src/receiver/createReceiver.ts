import { Hono } from 'hono';
import { corsHeaders, PREFLIGHT_HEADERS } from './corsHeaders.ts';
import { createMarketerRoutes } from './createMarketerRoutes.ts';
import type { LeadStore } from './LeadStore.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { MAX_LEAD_BYTES, receiveLead, type ReceiveOutcome } from './receiveLead.ts';

/** Options of {@link createReceiver}. */
export interface ReceiverOptions {
  store: LeadStore;
  /** The marketer's token for the leads page and the CSV export. */
  token: string;
  /** Origins (`https://publisher.example`) whose pages may POST leads from the browser. */
  allowedOrigins: string[];
  /** Requests a minute allowed per client address on POST /api/leads. */
  rateLimit: number;
  now?: () => number;
  /** The client's address for rate limiting; defaults to the socket's peer address on Node. Set it behind a proxy. */
  clientAddress?: (request: Request) => string;
  /** One line per handled lead request; carries status, leadId and school id, never personal data. */
  log?: (line: string) => void;
}

/** A receiver: a Web-standard request handler (Node via @hono/node-server, or any edge runtime). */
export interface Receiver {
  fetch(request: Request, env?: unknown): Promise<Response>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID = /^[a-z0-9-]{1,120}$/;

// On Node, @hono/node-server passes { incoming } as env; elsewhere there is no socket to ask.
function socketAddress(env: unknown): string | undefined {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

// Only values that cannot be personal data reach the log: an id-shaped leadId and school id.
function logFields(outcome: ReceiveOutcome): string {
  switch (outcome.kind) {
    case 'accepted':
    case 'duplicate':
      return `${outcome.kind} leadId=${outcome.lead.leadId} school=${outcome.lead.school.id}`;
    case 'invalid': {
      const body = outcome.body as { leadId?: unknown; school?: { id?: unknown } } | null;
      const leadId = typeof body?.leadId === 'string' && UUID.test(body.leadId) ? body.leadId : '-';
      const school = typeof body?.school?.id === 'string' && ID.test(body.school.id) ? body.school.id : '-';
      return `invalid leadId=${leadId} school=${school} errors=${outcome.errors.length}`;
    }
    case 'too-large':
    case 'unsupported':
      return outcome.kind;
    case 'store-failed':
      return `store-failed (${outcome.message.replace(/\s+/g, ' ').slice(0, 200)})`;
  }
}

function answer(outcome: ReceiveOutcome): { status: number; body: unknown; headers?: Record<string, string> } {
  const problem = (message: string) => ({ errors: [{ path: '', message }] });
  switch (outcome.kind) {
    case 'accepted':
      return { status: 201, body: { leadId: outcome.lead.leadId, status: 'accepted' } };
    case 'duplicate':
      return { status: 200, body: { leadId: outcome.lead.leadId, status: 'duplicate' } };
    case 'invalid':
      return { status: 422, body: { errors: outcome.errors } };
    case 'too-large':
      return { status: 413, body: problem(`the body is larger than ${MAX_LEAD_BYTES / 1024} KB; a lead is about 2 KB`) };
    case 'unsupported':
      return { status: 415, body: problem(outcome.message) };
    case 'store-failed':
      return { status: 503, body: problem('the lead could not be stored right now; send it again later'), headers: { 'Retry-After': '5' } };
  }
}

/** Creates the reference receiver: POST /api/leads, the marketer's GET /leads page and GET /api/leads.csv. */
export function createReceiver(options: ReceiverOptions): Receiver {
  const allowedOrigins = new Set(options.allowedOrigins);
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const limiter = createRateLimiter({ limit: options.rateLimit, now });
  const clientAddress = (request: Request, env: unknown) =>
    options.clientAddress?.(request) ?? socketAddress(env) ?? 'unknown';
  const app = new Hono();

  const json = (status: number, body: unknown, origin: string | null, extra: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        ...corsHeaders(origin, allowedOrigins),
        ...extra,
      },
    });

  app.options('/api/*', (c) => {
    const origin = c.req.header('origin') ?? null;
    if (origin === null || !allowedOrigins.has(origin)) {
      return new Response(null, { status: 403, headers: { Vary: 'Origin' } });
    }
    return new Response(null, { status: 204, headers: { ...corsHeaders(origin, allowedOrigins), ...PREFLIGHT_HEADERS } });
  });

  app.post('/api/leads', async (c) => {
    const origin = c.req.header('origin') ?? null;
    const decision = limiter.hit(clientAddress(c.req.raw, c.env));
    if (!decision.ok) {
      // Unread upload: the Node adapter discards it; the body is not needed to refuse.
      log(`[schoolmatch] POST /api/leads 429 rate-limited`);
      const message = `more than ${options.rateLimit} requests a minute from this address; retry after ${decision.retryAfterSeconds} s`;
      return json(429, { errors: [{ path: '', message }] }, origin, { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    const outcome = await receiveLead(c.req.raw, options.store);
    const reply = answer(outcome);
    log(`[schoolmatch] POST /api/leads ${reply.status} ${logFields(outcome)}`);
    return json(reply.status, reply.body, origin, reply.headers);
  });

  app.all('/api/leads', (c) =>
    json(405, { errors: [{ path: '', message: 'use POST to send a lead' }] }, c.req.header('origin') ?? null, {
      Allow: 'POST, OPTIONS',
    }),
  );

  app.route(
    '/',
    createMarketerRoutes({
      store: options.store,
      token: options.token,
      corsHeaders: (origin) => corsHeaders(origin, allowedOrigins),
      signInLimiter: createRateLimiter({ limit: options.rateLimit, now }),
      clientAddress,
    }),
  );

  app.onError((error) => {
    log(`[schoolmatch] receiver error: ${error instanceof Error ? error.message : String(error)}`);
    return json(500, { errors: [{ path: '', message: 'the receiver failed; try again later' }] }, null);
  });

  return { fetch: async (request, env) => app.fetch(request, env) };
}
