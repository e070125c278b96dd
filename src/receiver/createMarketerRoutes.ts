import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { reachedOverHttps } from './clientAddress.ts';
import type { LeadStore, ListOptions, StoredLead } from './LeadStore.ts';
import { CSV_HEADER, leadToCsvRow } from './leadsToCsv.ts';
import { decodeCursor } from './leadCursor.ts';
import {
  hashSessionId,
  marketerAccess,
  newSessionId,
  SESSION_COOKIE,
  SESSION_SECONDS,
  tokenMatches,
} from './marketerAccess.ts';
import type { RateLimiter } from './rateLimiter.ts';
import {
  filterQuery,
  LEADS_PAGE_CSS,
  renderLeadsPage,
  type ForwardingView,
  type LeadsFilter,
  type LeadsPageView,
} from './renderLeadsPage.ts';
import type { LeadForwarding } from './webhooks/LeadForwarding.ts';
import { createRetryRoute } from './webhooks/createRetryRoute.ts';
import { retryFormToken } from './webhooks/retryFormToken.ts';
import type { Delivery } from './webhooks/WebhookOutbox.ts';

/** What the marketer's routes need from the receiver. */
export interface MarketerRoutesOptions {
  store: LeadStore;
  token: string;
  /** Counts wrong tokens (Bearer or typed) per client address, so the token cannot be guessed at speed. */
  guessLimiter: RateLimiter;
  clientAddress: (c: Context) => string;
  trustProxy: boolean;
  now: () => number;
  /** The store's dedupe window and webhook outbox, when it has them. */
  forwarding?: LeadForwarding | undefined;
  /** Runs after a Retry queued a delivery again, so the worker sends it at once. */
  onDeliveriesQueued?: (() => void) | undefined;
}

const PAGE_SIZE = 100;
// The CSV is read from the store a page at a time, so memory stays flat however many leads there are.
const CSV_BATCH = 500;
const ID = /^[a-z0-9-]{1,120}$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const encoder = new TextEncoder();

function leadsFilter(c: Context): LeadsFilter {
  const school = c.req.query('school');
  const mode = c.req.query('mode');
  const before = c.req.query('before');
  return {
    ...(school !== undefined && ID.test(school) ? { schoolId: school } : {}),
    ...(mode === 'test' || mode === 'live' ? { mode } : {}),
    ...(before !== undefined && decodeCursor(before) !== null ? { before } : {}),
  };
}

function listOptions(filter: LeadsFilter): ListOptions {
  return {
    ...(filter.schoolId === undefined ? {} : { schoolId: filter.schoolId }),
    ...(filter.mode === undefined ? {} : { testMode: filter.mode === 'test' }),
    ...(filter.before === undefined ? {} : { before: filter.before }),
  };
}

// A from/to date (YYYY-MM-DD, UTC days, both inclusive) as the start of that day, or of the day after.
function dayStart(text: string, dayAfter: boolean): string | null {
  if (!DATE.test(text)) return null;
  const time = Date.parse(`${text}T00:00:00.000Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) return null;
  return new Date(time + (dayAfter ? 86_400_000 : 0)).toISOString();
}

const problem = (path: string, message: string) => ({ errors: [{ path, message }] });

// The leads with `duplicateOf` set from the dedupe window, when the store has one.
async function withDuplicates(leads: StoredLead[], forwarding: LeadForwarding | undefined): Promise<StoredLead[]> {
  if (forwarding === undefined || leads.length === 0) return leads;
  const duplicates = await forwarding.duplicatesOf(leads.map((stored) => stored.lead.leadId));
  return leads.map((stored) => {
    const of = duplicates.get(stored.lead.leadId);
    return of === undefined ? stored : { ...stored, duplicateOf: of };
  });
}

// What the page shows of forwarding for these leads. The Retry form token is bound to the session cookie;
// a page read with a Bearer token has none, and its Retry needs the Bearer token again.
async function forwardingView(
  c: Context,
  leads: readonly StoredLead[],
  forwarding: LeadForwarding,
): Promise<ForwardingView> {
  const [summary, deliveries] = await Promise.all([
    forwarding.outbox.summary(),
    forwarding.outbox.forLeads(leads.map((stored) => stored.lead.leadId)),
  ]);
  const byLead = new Map<string, Delivery[]>();
  for (const delivery of deliveries) byLead.set(delivery.leadId, [...(byLead.get(delivery.leadId) ?? []), delivery]);
  const session = getCookie(c, SESSION_COOKIE);
  return {
    summary,
    deliveries: byLead,
    retryToken: session === undefined || session === '' ? '' : await retryFormToken(session),
  };
}

/** The marketer's routes: GET/POST /leads (page and token form), POST /leads/sign-out, GET /api/leads.csv, and Retry on a delivery. */
export function createMarketerRoutes(options: MarketerRoutesOptions): Hono {
  const { store, token, guessLimiter } = options;
  const app = new Hono();

  // The page loads only its own stylesheet and posts only to itself; nothing may frame it.
  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
  });
  app.use('/leads', pageHeaders);
  app.use('/leads/*', pageHeaders);
  app.use('/api/leads.csv', secureHeaders({ referrerPolicy: 'no-referrer' }));
  app.use('/leads', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const pageResponse = (c: Context, status: 200 | 401 | 429, view: LeadsPageView) =>
    c.html(renderLeadsPage(view), status);
  const retryAfter = (c: Context, seconds: number) => c.header('Retry-After', String(seconds));

  app.get('/leads.css', (c) => c.body(LEADS_PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.get('/leads', async (c) => {
    const filter = leadsFilter(c);
    const address = options.clientAddress(c);
    const limited = guessLimiter.peek(address);
    if (!limited.ok) {
      retryAfter(c, limited.retryAfterSeconds);
      return pageResponse(c, 429, { kind: 'sign-in', problem: 'too-many-tries', filter });
    }
    const access = await marketerAccess(c, store, token, new Date(options.now()));
    if (access.kind !== 'marketer') {
      if (access.kind === 'wrong-token') guessLimiter.hit(address);
      c.header('WWW-Authenticate', 'Bearer realm="leads"');
      return pageResponse(c, 401, {
        kind: 'sign-in',
        problem: access.kind === 'wrong-token' ? 'wrong-token' : 'none',
        filter,
      });
    }
    const query = listOptions(filter);
    const [page, total, schools] = await Promise.all([
      store.list({ ...query, limit: PAGE_SIZE + 1 }),
      store.count(query),
      store.schools(),
    ]);
    const leads = await withDuplicates(page.slice(0, PAGE_SIZE), options.forwarding);
    const next = page.length > PAGE_SIZE ? leads.at(-1)?.cursor : undefined;
    const forwarding =
      options.forwarding === undefined ? undefined : await forwardingView(c, leads, options.forwarding);
    return pageResponse(c, 200, {
      kind: 'leads',
      leads,
      total,
      filter,
      schools,
      ...(next === undefined ? {} : { next }),
      ...(forwarding === undefined ? {} : { forwarding }),
    });
  });

  app.post('/leads', bodyLimit({ maxSize: 4096, onError: (c) => c.text('the form is too large', 413) }), async (c) => {
    const { before: _page, ...filter } = leadsFilter(c);
    const address = options.clientAddress(c);
    const limited = guessLimiter.peek(address);
    if (!limited.ok) {
      retryAfter(c, limited.retryAfterSeconds);
      return pageResponse(c, 429, { kind: 'sign-in', problem: 'too-many-tries', filter });
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const typed = form['token'];
    if (typeof typed !== 'string' || !(await tokenMatches(typed, token))) {
      guessLimiter.hit(address);
      return pageResponse(c, 401, { kind: 'sign-in', problem: 'wrong-token', filter });
    }
    // A random session id, kept (hashed) in the store: it works on every receiver process sharing the
    // database, expires, and signing out revokes it. The token itself travels once, in this POST body.
    const session = newSessionId();
    const expiresAt = new Date(options.now() + SESSION_SECONDS * 1000).toISOString();
    await store.createSession(await hashSessionId(session), expiresAt, new Date(options.now()).toISOString());
    setCookie(c, SESSION_COOKIE, session, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      maxAge: SESSION_SECONDS,
      secure: reachedOverHttps(c, options.trustProxy),
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/leads${filterQuery(filter)}`, 303);
  });

  app.route(
    '/',
    createRetryRoute({
      store,
      token,
      guessLimiter,
      clientAddress: options.clientAddress,
      now: options.now,
      forwarding: options.forwarding,
      onDeliveriesQueued: options.onDeliveriesQueued,
    }),
  );

  app.post('/leads/sign-out', async (c) => {
    const session = getCookie(c, SESSION_COOKIE);
    if (session !== undefined && session !== '') await store.deleteSession(await hashSessionId(session));
    deleteCookie(c, SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: reachedOverHttps(c, options.trustProxy),
    });
    return c.redirect('/leads', 303);
  });

  app.get('/api/leads.csv', async (c) => {
    const address = options.clientAddress(c);
    const limited = guessLimiter.peek(address);
    if (!limited.ok) {
      retryAfter(c, limited.retryAfterSeconds);
      return c.json(
        problem('', `too many wrong tokens from this address; retry after ${limited.retryAfterSeconds} s`),
        429,
      );
    }
    const access = await marketerAccess(c, store, token, new Date(options.now()));
    if (access.kind !== 'marketer') {
      if (access.kind === 'wrong-token') guessLimiter.hit(address);
      c.header('WWW-Authenticate', 'Bearer realm="leads"');
      return c.json(problem('', 'send the marketer token as Authorization: Bearer {token}'), 401);
    }
    const { before: _page, ...filter } = leadsFilter(c);
    const query = listOptions(filter);
    for (const [name, dayAfter] of [
      ['from', false],
      ['to', true],
    ] as const) {
      const text = c.req.query(name);
      if (text === undefined || text === '') continue;
      const start = dayStart(text, dayAfter);
      if (start === null)
        return c.json(
          problem(name, `must be a date like 2026-01-31 (UTC, inclusive); got "${text.slice(0, 40)}"`),
          400,
        );
      query[name] = start;
    }

    // Rows are read a batch at a time and written as the client takes them (pull), so neither the
    // store's result nor the document is ever held whole.
    let cursor: string | undefined;
    let started = false;
    let finished = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          // The byte order mark makes spreadsheet programs read the file as UTF-8 (names in any script).
          controller.enqueue(encoder.encode(`\uFEFF${CSV_HEADER}`));
          return;
        }
        if (finished) return controller.close();
        const batch = await withDuplicates(
          await store.list({ ...query, ...(cursor === undefined ? {} : { before: cursor }), limit: CSV_BATCH }),
          options.forwarding,
        );
        if (batch.length < CSV_BATCH) finished = true;
        cursor = batch.at(-1)?.cursor;
        if (batch.length > 0) controller.enqueue(encoder.encode(batch.map(leadToCsvRow).join('')));
        else controller.close();
      },
    });
    const name = `leads${filter.schoolId === undefined ? '' : `-${filter.schoolId}`}.csv`;
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
