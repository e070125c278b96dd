import { Hono } from 'hono';
import type { Lead } from '../lead/schema.ts';
import { isMarketer, SESSION_COOKIE } from './isMarketer.ts';
import type { LeadStore } from './LeadStore.ts';
import { leadsToCsv } from './leadsToCsv.ts';
import type { RateLimiter } from './rateLimiter.ts';
import { readLimitedBody } from './readLimitedBody.ts';
import { LEADS_PAGE_CSS, renderLeadsPage, type LeadsPageView } from './renderLeadsPage.ts';
import { sessionValue } from './tokenMatches.ts';

/** What the marketer's routes need from the receiver. */
export interface MarketerRoutesOptions {
  store: LeadStore;
  token: string;
  corsHeaders: (origin: string | null) => Record<string, string>;
  /** Counts token form submissions per client address, so the token cannot be guessed at speed. */
  signInLimiter: RateLimiter;
  clientAddress: (request: Request, env: unknown) => string;
}

// The page shows the newest leads; the CSV export has them all.
const PAGE_LIMIT = 500;
const SESSION_SECONDS = 8 * 60 * 60;

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

function schoolParam(url: string): string | undefined {
  const school = new URL(url).searchParams.get('school');
  return school !== null && /^[a-z0-9-]{1,120}$/.test(school) ? school : undefined;
}

function html(status: number, view: LeadsPageView, extra: Record<string, string> = {}): Response {
  return new Response(renderLeadsPage(view), { status, headers: { ...PAGE_HEADERS, ...extra } });
}

function schoolsOf(leads: readonly Lead[]): Array<{ id: string; name: string }> {
  const schools = new Map<string, string>();
  for (const lead of leads) if (!schools.has(lead.school.id)) schools.set(lead.school.id, lead.school.name);
  return [...schools].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function sessionCookie(url: string, value: string, maxAge: number): string {
  const secure = new URL(url).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

/** The marketer's routes: GET/POST /leads (page and token form), POST /leads/sign-out, GET /api/leads.csv. */
export function createMarketerRoutes(options: MarketerRoutesOptions): Hono {
  const { store, token } = options;
  const app = new Hono();

  app.get('/leads.css', () => new Response(LEADS_PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } }));

  app.get('/leads', async (c) => {
    const schoolId = schoolParam(c.req.url);
    const filter = schoolId === undefined ? {} : { schoolId };
    if (!(await isMarketer(c.req.raw, token))) {
      return html(401, { kind: 'sign-in', wrongToken: false, ...filter }, { 'WWW-Authenticate': 'Bearer realm="leads"' });
    }
    const [leads, recent, total] = await Promise.all([
      store.list({ ...filter, limit: PAGE_LIMIT }),
      store.list({ limit: 2000 }),
      store.count(),
    ]);
    return html(200, { kind: 'leads', leads, total, schools: schoolsOf([...recent, ...leads]), ...filter });
  });

  app.post('/leads', async (c) => {
    const schoolId = schoolParam(c.req.url);
    const filter = schoolId === undefined ? {} : { schoolId };
    const decision = options.signInLimiter.hit(options.clientAddress(c.req.raw, c.env));
    if (!decision.ok) {
      return html(429, { kind: 'sign-in', wrongToken: false, ...filter }, { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    const body = await readLimitedBody(c.req.raw, 4096);
    const typed = body.ok ? new URLSearchParams(new TextDecoder().decode(body.bytes)).get('token') : null;
    if (typed === null || !(await isMarketer(new Request(c.req.url, { headers: { Authorization: `Bearer ${typed}` } }), token))) {
      return html(401, { kind: 'sign-in', wrongToken: true, ...filter });
    }
    // Post/redirect/get: the token travels once in a POST body, never in a URL; the cookie holds a value derived from it.
    return new Response(null, {
      status: 303,
      headers: {
        Location: `/leads${schoolId === undefined ? '' : `?school=${schoolId}`}`,
        'Set-Cookie': sessionCookie(c.req.url, await sessionValue(token), SESSION_SECONDS),
        'Cache-Control': 'no-store',
      },
    });
  });

  app.post('/leads/sign-out', (c) =>
    new Response(null, { status: 303, headers: { Location: '/leads', 'Set-Cookie': sessionCookie(c.req.url, '', 0) } }),
  );

  app.get('/api/leads.csv', async (c) => {
    const origin = c.req.header('origin') ?? null;
    if (!(await isMarketer(c.req.raw, token))) {
      return new Response(JSON.stringify({ errors: [{ path: '', message: 'send the marketer token as Authorization: Bearer {token}' }] }), {
        status: 401,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'WWW-Authenticate': 'Bearer realm="leads"', ...options.corsHeaders(origin) },
      });
    }
    const schoolId = schoolParam(c.req.url);
    const leads = await store.list(schoolId === undefined ? {} : { schoolId });
    // The byte order mark makes spreadsheet programs read the file as UTF-8 (names in any script).
    return new Response(`\uFEFF${leadsToCsv(leads)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="leads${schoolId === undefined ? '' : `-${schoolId}`}.csv"`,
        'Cache-Control': 'no-store',
        ...options.corsHeaders(origin),
      },
    });
  });

  return app;
}
