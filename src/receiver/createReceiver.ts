import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Catalog } from '../catalog/schema.ts';
import { createCatalogCheck } from './checkLeadAgainstCatalog.ts';
import { clientAddress } from './clientAddress.ts';
import { createMarketerRoutes } from './createMarketerRoutes.ts';
import type { LeadStore } from './LeadStore.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { MAX_LEAD_BYTES, receiveLead, type ReceiveOutcome } from './receiveLead.ts';
import type { LeadForwarding } from './webhooks/LeadForwarding.ts';

/** Options of {@link createReceiver}. */
export interface ReceiverOptions {
  store: LeadStore;
  /** The marketer's token for the leads page and the CSV export. */
  token: string;
  /** Origins (`https://publisher.example`) whose pages may POST leads from the browser. */
  allowedOrigins: string[];
  /** Requests a minute allowed per client address on POST /api/leads. */
  rateLimit: number;
  /** Wrong tokens a minute allowed per client address on the marketer's routes (default 10). */
  tokenGuessLimit?: number;
  /** Trust the proxy in front: the client address is the last of X-Forwarded-For, X-Forwarded-Proto: https makes cookies Secure. */
  trustProxy?: boolean;
  /** When set, leads must name a school and program of this catalog and carry that school's consent text. */
  catalog?: Catalog | undefined;
  now?: () => number;
  /** The client's address, overriding the TRUST_PROXY rules (tests; edge runtimes that know it another way). */
  clientAddress?: ((request: Request) => string) | undefined;
  /** One line per handled lead request; carries status, leadId and school id, never personal data. */
  log?: (line: string) => void;
  /** The store's dedupe window and webhook outbox: the marketer's view shows duplicates and deliveries and can retry. */
  forwarding?: LeadForwarding | undefined;
  /** Runs after a lead is stored as new, and after a Retry: the webhook worker sends what is due at once. */
  onDeliveriesQueued?: () => void;
}

/** A receiver: a Web-standard request handler (Node via @hono/node-server, or any edge runtime). */
export interface Receiver {
  fetch(request: Request, env?: unknown): Promise<Response>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID = /^[a-z0-9-]{1,120}$/;
// How long /healthz waits for the store before calling it unavailable.
const HEALTH_TIMEOUT_MS = 3000;
/** Seconds a client is asked to wait before sending again a lead that could not be stored. */
export const STORE_RETRY_AFTER_SECONDS = 5;

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

type Answer = { status: 200 | 201 | 413 | 415 | 422 | 503; body: unknown; headers?: Record<string, string> };

function answer(outcome: ReceiveOutcome): Answer {
  const problem = (message: string) => ({ errors: [{ path: '', message }] });
  switch (outcome.kind) {
    case 'accepted':
      return { status: 201, body: { leadId: outcome.lead.leadId, status: 'accepted' } };
    case 'duplicate':
      return { status: 200, body: { leadId: outcome.lead.leadId, status: 'duplicate' } };
    case 'invalid':
      return { status: 422, body: { errors: outcome.errors } };
    case 'too-large':
      return {
        status: 413,
        body: problem(`the body is larger than ${MAX_LEAD_BYTES / 1024} KB; a lead is about 2 KB`),
      };
    case 'unsupported':
      return { status: 415, body: problem(outcome.message) };
    case 'store-failed':
      return {
        status: 503,
        body: problem('the lead could not be stored right now; send it again later'),
        headers: { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS) },
      };
  }
}

function withTimeout<T>(work: T | Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(work), timeout]).finally(() => clearTimeout(timer));
}

/** Creates the reference receiver: POST /api/leads, GET /healthz, the marketer's GET /leads page and GET /api/leads.csv. */
export function createReceiver(options: ReceiverOptions): Receiver {
  const allowedOrigins = new Set(options.allowedOrigins);
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const trustProxy = options.trustProxy ?? false;
  const limiter = createRateLimiter({ limit: options.rateLimit, now });
  const catalogCheck = options.catalog === undefined ? undefined : createCatalogCheck(options.catalog);
  const addressOf = (c: Context) => options.clientAddress?.(c.req.raw) ?? clientAddress(c, trustProxy);
  const app = new Hono();

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await withTimeout(options.store.ping(), HEALTH_TIMEOUT_MS);
      return c.json({ status: 'ok' }, 200);
    } catch (error) {
      log(`[schoolmatch] GET /healthz 503 (${error instanceof Error ? error.message : String(error)})`);
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  // CORS is for the lead POST only: publisher pages send leads; nothing else here is theirs to read.
  // A preflight from an origin that may not send leads is refused outright.
  app.options('/api/leads', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || !allowedOrigins.has(origin)) return c.body(null, 403, { Vary: 'Origin' });
    return next();
  });
  app.use(
    '/api/leads',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type', 'Idempotency-Key'],
      // The widget honours Retry-After on 429 and 503, so a cross-origin page must be allowed to read it.
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.use('/api/leads', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.post(
    '/api/leads',
    // Refused before reading the body: the Node adapter discards an unread upload.
    async (c, next) => {
      const decision = limiter.hit(addressOf(c));
      if (decision.ok) return next();
      log(`[schoolmatch] POST /api/leads 429 rate-limited`);
      const message = `more than ${options.rateLimit} requests a minute from this address; retry after ${decision.retryAfterSeconds} s`;
      return c.json({ errors: [{ path: '', message }] }, 429, { 'Retry-After': String(decision.retryAfterSeconds) });
    },
    bodyLimit({
      maxSize: MAX_LEAD_BYTES,
      onError: (c) => {
        const reply = answer({ kind: 'too-large' });
        log(`[schoolmatch] POST /api/leads ${reply.status} too-large`);
        return c.json(reply.body, reply.status);
      },
    }),
    async (c) => {
      const receipt = { receivedAt: new Date(now()).toISOString(), ip: addressOf(c) };
      const outcome = await receiveLead(c.req.raw, { store: options.store, receipt, catalogCheck });
      const reply = answer(outcome);
      log(`[schoolmatch] POST /api/leads ${reply.status} ${logFields(outcome)}`);
      if (outcome.kind === 'accepted') options.onDeliveriesQueued?.();
      return c.json(reply.body, reply.status, reply.headers ?? {});
    },
  );

  app.all('/api/leads', (c) =>
    c.json({ errors: [{ path: '', message: 'use POST to send a lead' }] }, 405, { Allow: 'POST, OPTIONS' }),
  );

  app.route(
    '/',
    createMarketerRoutes({
      store: options.store,
      token: options.token,
      guessLimiter: createRateLimiter({ limit: options.tokenGuessLimit ?? 10, now }),
      clientAddress: addressOf,
      trustProxy,
      now,
      forwarding: options.forwarding,
      onDeliveriesQueued: options.onDeliveriesQueued,
    }),
  );

  app.onError((error, c) => {
    log(`[schoolmatch] receiver error: ${error instanceof Error ? error.message : String(error)}`);
    // A store that fails mid-request (database away) is worth retrying; say when.
    return c.json({ errors: [{ path: '', message: 'the receiver failed; try again later' }] }, 503, {
      'Retry-After': String(STORE_RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
    });
  });

  return { fetch: async (request, env) => app.fetch(request, env) };
}
