import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Delivery, DeliverySummary } from './WebhookOutbox.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The form action that queues a failed delivery again. */
export function retryAction(deliveryId: string): string {
  return `/leads/deliveries/${encodeURIComponent(deliveryId)}/retry`;
}

function when(at: number | null): Html | string {
  if (at === null) return '';
  const iso = new Date(at).toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC</time>`;
}

// The path and query of a CRM URL may hold its credentials; the page shows where, not how.
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

function describe(delivery: Delivery): Html {
  const status = delivery.lastStatus === null ? '' : ` ${delivery.lastStatus}`;
  const tries = `${delivery.attempts} ${delivery.attempts === 1 ? 'attempt' : 'attempts'}`;
  switch (delivery.state) {
    case 'delivered':
      return html`delivered${status}, ${tries}, ${when(delivery.lastAttemptAt)}`;
    case 'pending':
      return delivery.attempts === 0
        ? html`pending, not tried yet`
        : html`pending, ${tries}, last${status} (${delivery.lastError ?? ''}) ${when(delivery.lastAttemptAt)}; next ${when(delivery.nextAttemptAt)}`;
    case 'failed':
      return html`failed, ${tries}, last${status} (${delivery.lastError ?? ''}) ${when(delivery.lastAttemptAt)}`;
  }
}

/**
 * A lead's deliveries for the marketer's table: destination, state, attempts, last status and time, and a
 * Retry button (a POST carrying `csrfToken`) on a failed one.
 */
export function renderDeliveries(deliveries: readonly Delivery[], csrfToken: string): Html | string {
  if (deliveries.length === 0) return '';
  return html`<ul class="deliveries">${deliveries.map(
    (delivery) =>
      html`<li class="delivery-${delivery.state}"><span class="where">${where(delivery.url)}</span>: ${describe(delivery)}${
        delivery.state === 'failed'
          ? html` <form method="post" action="${retryAction(delivery.id)}" class="retry"><input type="hidden" name="csrf" value="${csrfToken}"><button type="submit">Retry</button></form>`
          : ''
      }</li>`,
  )}</ul>`;
}

/** The line at the top of the marketer's page: how many deliveries wait and how many failed. */
export function renderDeliverySummary(summary: DeliverySummary): Html {
  const failed = summary.failed === 0 ? html`0 failed` : html`<strong class="error">${summary.failed} failed</strong>`;
  return html`<p class="deliveries-summary" role="status">Webhooks: ${summary.pending} pending, ${failed}, ${summary.delivered} delivered.</p>`;
}
