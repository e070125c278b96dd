// The demo's stand-in for a school's CRM: it receives the receiver's webhooks on the same server, verifies
// each signature with the standardwebhooks library (as a real CRM would) and lists what it received.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** The path the demo's LEADS_WEBHOOKS file points at. */
export const DEMO_CRM_WEBHOOK_PATH = '/demo/crm/webhook';

/** One lead the demo CRM received (no contact details: the CRM page is open to anyone who reaches the demo). */
export interface DemoCrmEntry {
  webhookId: string;
  type: string;
  school: string;
  program: string;
  receivedAt: string;
  /** How many signed requests with this webhook-id arrived (more than 1: a retry after a lost answer). */
  requests: number;
  lastArrivedAt: string;
}

/** The demo CRM's routes and what it holds. */
export interface DemoCrm {
  routes: Hono;
  entries(): DemoCrmEntry[];
}

interface LeadCreated {
  type?: unknown;
  data?: { lead?: { school?: { name?: unknown }; program?: { name?: unknown } }; receipt?: { receivedAt?: unknown } };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const MAX_ENTRIES = 200;

const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** Creates the demo CRM: POST /demo/crm/webhook (signed with `secret`) and GET /demo/crm. */
export function createDemoCrm(options: { secret: string; now?: () => number }): DemoCrm {
  const webhook = new Webhook(options.secret);
  const now = options.now ?? Date.now;
  // Newest first; a Map keyed by webhook-id so a redelivery updates its entry instead of adding one.
  const entries = new Map<string, DemoCrmEntry>();
  const routes = new Hono();

  routes.post(
    DEMO_CRM_WEBHOOK_PATH,
    bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.json({ error: 'the body is larger than 256 KB' }, 413) }),
    async (c) => {
      const body = await c.req.text();
      let event: LeadCreated;
      try {
        event = webhook.verify(body, {
          'webhook-id': c.req.header('webhook-id') ?? '',
          'webhook-timestamp': c.req.header('webhook-timestamp') ?? '',
          'webhook-signature': c.req.header('webhook-signature') ?? '',
        }) as LeadCreated;
      } catch (error) {
        const reason = error instanceof WebhookVerificationError ? error.message : 'the body is not JSON';
        return c.json({ error: `not accepted: ${reason}` }, 401);
      }
      const webhookId = c.req.header('webhook-id') ?? '';
      const arrivedAt = new Date(now()).toISOString();
      const earlier = entries.get(webhookId);
      entries.delete(webhookId);
      entries.set(webhookId, {
        webhookId,
        type: text(event.type),
        school: text(event.data?.lead?.school?.name),
        program: text(event.data?.lead?.program?.name),
        receivedAt: text(event.data?.receipt?.receivedAt),
        requests: (earlier?.requests ?? 0) + 1,
        lastArrivedAt: arrivedAt,
      });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
      return c.json({ received: webhookId }, 200);
    },
  );

  routes.get('/demo/crm', (c) => {
    const list = [...entries.values()].reverse();
    const rows = list.map(
      (entry) => html`<tr>
        <td>${entry.lastArrivedAt}</td>
        <td><code>${entry.webhookId}</code></td>
        <td>${entry.type}</td>
        <td>${entry.school}</td>
        <td>${entry.program}</td>
        <td>${entry.receivedAt}</td>
        <td>${entry.requests}</td>
      </tr>`,
    );
    const page = html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Demo CRM: leads received</title>
          <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
            table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; }
          </style>
        </head>
        <body>
          <h1>Demo CRM: leads received</h1>
          <p>
            This page plays a school's CRM. The receiver forwards each accepted lead here as a signed webhook; every one
            listed passed <code>Webhook.verify</code>. Contact details stay in the marketer's view (<a href="/leads">/leads</a>).
          </p>
          <p>${list.length === 0 ? 'Nothing received yet: send a request from the publisher page (/).' : `${list.length} received, newest first.`}</p>
          ${
            list.length === 0
              ? ''
              : html`<table>
                <thead>
                  <tr><th>Arrived</th><th>webhook-id (leadId)</th><th>Type</th><th>School</th><th>Program</th><th>Received by the receiver</th><th>Requests</th></tr>
                </thead>
                <tbody>${rows}</tbody>
              </table>`
          }
        </body>
      </html>`;
    return c.html(page, 200, PAGE_HEADERS);
  });

  return { routes, entries: () => [...entries.values()].reverse() };
}
