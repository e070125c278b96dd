import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import type { LeadStore } from '../LeadStore.ts';
import { marketerAccess, SESSION_COOKIE } from '../marketerAccess.ts';
import type { RateLimiter } from '../rateLimiter.ts';
import type { LeadForwarding } from './LeadForwarding.ts';
import { retryFormTokenMatches } from './retryFormToken.ts';

/** What the Retry route needs: the marketer's access rules and the outbox. */
export interface RetryRouteOptions {
  store: LeadStore;
  token: string;
  guessLimiter: RateLimiter;
  clientAddress: (c: Context) => string;
  now: () => number;
  forwarding: LeadForwarding | undefined;
  /** Runs after a delivery was queued again, so the worker sends it at once. */
  onDeliveriesQueued?: (() => void) | undefined;
}

/**
 * POST /leads/deliveries/:id/retry, the Retry button on a failed delivery: queues it again and goes back to
 * /leads. hono/csrf refuses a form sent from another site (by Sec-Fetch-Site, else Origin; the host is
 * compared, so a TLS-terminating proxy in front does not matter), and a signed-in browser must also send the
 * form token bound to its session. A script sending the Bearer token is no browser riding on a cookie, and
 * skips both.
 */
export function createRetryRoute(options: RetryRouteOptions): Hono {
  const { store, token, guessLimiter } = options;
  const app = new Hono();
  const sameSite = csrf({
    origin: (origin, c) => URL.canParse(origin) && new URL(origin).host === new URL(c.req.url).host,
  });

  app.post(
    '/leads/deliveries/:id/retry',
    async (c, next) => {
      if (c.req.header('authorization') !== undefined) return next();
      let sameSiteForm = false;
      await sameSite(c, async () => {
        sameSiteForm = true;
      }).catch(() => undefined);
      if (!sameSiteForm) return c.text('this Retry was sent from another site; open /leads and press Retry there', 403);
      return next();
    },
    bodyLimit({ maxSize: 4096, onError: (c) => c.text('the form is too large', 413) }),
    async (c) => {
      const forwarding = options.forwarding;
      if (forwarding === undefined) return c.text('this receiver forwards no leads (LEADS_WEBHOOKS is unset)', 404);
      const address = options.clientAddress(c);
      const limited = guessLimiter.peek(address);
      if (!limited.ok) {
        c.header('Retry-After', String(limited.retryAfterSeconds));
        return c.text(`too many wrong tokens from this address; retry after ${limited.retryAfterSeconds} s`, 429);
      }
      const access = await marketerAccess(c, store, token, new Date(options.now()));
      if (access.kind !== 'marketer') {
        if (access.kind === 'wrong-token') guessLimiter.hit(address);
        return c.text('sign in on /leads first, then press Retry again', 401);
      }
      if (c.req.header('authorization') === undefined) {
        const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
        const submitted = form['csrf'];
        const session = getCookie(c, SESSION_COOKIE) ?? '';
        if (typeof submitted !== 'string' || !(await retryFormTokenMatches(session, submitted))) {
          return c.text('this Retry did not come from your leads page; reload /leads and press Retry there', 403);
        }
      }
      if (await forwarding.outbox.retry(c.req.param('id'), options.now())) options.onDeliveriesQueued?.();
      c.header('Cache-Control', 'no-store');
      return c.redirect('/leads', 303);
    },
  );
  return app;
}
