import { nextRetry } from './retrySchedule.ts';
import { sendWebhook, WEBHOOK_TIMEOUT_MS, type SendOutcome } from './sendWebhook.ts';
import { webhookPayload } from './webhookPayload.ts';
import type { AttemptRecord, ClaimedDelivery, WebhookOutbox } from './WebhookOutbox.ts';
import { destinationKey, type WebhookDestination } from './webhookSettings.ts';

/** Options of {@link createWebhookWorker}; all but `outbox` and `destinations` have production defaults. */
export interface WebhookWorkerOptions {
  outbox: WebhookOutbox;
  /** The destinations of LEADS_WEBHOOKS: a delivery finds its URL's secret here at each attempt. */
  destinations: readonly WebhookDestination[];
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  /** How long a school system has to answer (15 s). */
  timeoutMs?: number;
  /** How often the outbox is checked for due deliveries when nothing kicks the worker (5 s). */
  pollMs?: number;
  /** How long a claim keeps other workers off a delivery; longer than an attempt can take. */
  leaseMs?: number;
  /** Deliveries claimed and attempted at once. */
  batchSize?: number;
  /** One line per attempt and per outbox error; never personal data. */
  log?: (line: string) => void;
}

/** Sends due deliveries of an outbox, in the background (`start`) or one round at a time (`runOnce`). */
export interface WebhookWorker {
  /** Claims the due deliveries (up to a batch), attempts them all and records the outcomes; resolves with how many. */
  runOnce(): Promise<number>;
  /** Starts polling the outbox; returns at once. */
  start(): void;
  /** Checks the outbox now rather than at the next poll (call it after a lead is accepted). */
  kick(): void;
  /** Stops polling and resolves once the attempts under way are recorded. */
  stop(): Promise<void>;
}

function originOf(url: string): string {
  // The path and query of a CRM URL may hold its own credentials: the log gets the origin only.
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid-url';
  }
}

/** Creates a worker that forwards the outbox's due deliveries with Standard Webhooks signatures and retries. */
export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const pollMs = options.pollMs ?? 5000;
  const leaseMs = options.leaseMs ?? timeoutMs + 45_000;
  const batchSize = options.batchSize ?? 20;
  const log = options.log ?? (() => undefined);
  // A live worker must finish its attempt before its lease lets another worker take the delivery.
  if (!(leaseMs > timeoutMs))
    throw new Error(
      `[schoolmatch] the webhook lease (${leaseMs} ms) must be longer than the timeout (${timeoutMs} ms)`,
    );
  const byKey = new Map(options.destinations.map((destination) => [destinationKey(destination), destination]));

  function recordOf(claim: ClaimedDelivery, startedAt: number, outcome: SendOutcome): AttemptRecord {
    switch (outcome.kind) {
      case 'delivered':
        return { kind: 'delivered', at: startedAt, status: outcome.status };
      case 'failed':
        return { kind: 'failed', at: startedAt, status: outcome.status, error: outcome.error };
      case 'retry': {
        const decision = nextRetry({
          attempts: claim.delivery.attempts + 1,
          firstAttemptAt: claim.delivery.firstAttemptAt ?? startedAt,
          now: now(),
          random,
          ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }),
        });
        return decision.kind === 'retry-at'
          ? {
              kind: 'rescheduled',
              at: startedAt,
              status: outcome.status,
              error: outcome.error,
              nextAttemptAt: decision.at,
            }
          : { kind: 'failed', at: startedAt, status: outcome.status, error: `${outcome.error}; ${decision.reason}` };
      }
    }
  }

  async function attempt(claim: ClaimedDelivery): Promise<void> {
    const { delivery, lead, receipt } = claim;
    const destination = byKey.get(delivery.destination);
    const startedAt = now();
    const record: AttemptRecord =
      destination === undefined
        ? { kind: 'failed', at: startedAt, status: null, error: 'its destination is no longer in LEADS_WEBHOOKS' }
        : recordOf(
            claim,
            startedAt,
            await sendWebhook(
              destination,
              { id: lead.leadId, body: webhookPayload(lead, receipt) },
              {
                now,
                timeoutMs,
                ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
              },
            ),
          );
    const recorded = await options.outbox.recordAttempt(claim, record);
    const where = `leadId=${delivery.leadId} to ${originOf(delivery.url)}`;
    const status = record.status === null ? '' : ` ${record.status}`;
    switch (record.kind) {
      case 'delivered':
        log(`[schoolmatch] webhook delivered${status} ${where}`);
        break;
      case 'rescheduled':
        log(
          `[schoolmatch] webhook retry at ${new Date(record.nextAttemptAt).toISOString()} ${where} (${record.error})`,
        );
        break;
      case 'failed':
        log(`[schoolmatch] webhook failed ${where} (${record.error}); the marketer's view can retry it`);
        break;
    }
    if (!recorded)
      log(`[schoolmatch] webhook attempt not recorded ${where}: its claim expired and another worker took it`);
  }

  async function runOnce(): Promise<number> {
    const claims = await options.outbox.claimDue(now(), leaseMs, batchSize);
    await Promise.all(claims.map(attempt));
    return claims.length;
  }

  let running = false;
  let stopped = true;
  let loop: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  let kicked = false;

  async function run(): Promise<void> {
    while (!stopped) {
      kicked = false;
      let full = false;
      try {
        full = (await runOnce()) === batchSize;
      } catch (error) {
        // The store may be down for a moment; the deliveries wait in it, and the next poll tries again.
        log(`[schoolmatch] webhook outbox unavailable: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (stopped || full || kicked) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        timer.unref?.();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      stopped = false;
      loop = run();
    },
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      running = false;
    },
  };
}
