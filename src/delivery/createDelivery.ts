import * as v from 'valibot';
import { LeadSchema, type Lead } from '../lead/schema.ts';
import { createOutbox, type OutboxEntry } from './createOutbox.ts';
import { defaultStorage } from './defaultStorage.ts';
import { POST_TIMEOUT_MS, postLead, type LeadError, type PostResult } from './postLead.ts';
import { rescheduleEntry } from './rescheduleEntry.ts';
import { withLeadLock } from './withLeadLock.ts';

/** What became of a lead: accepted by the endpoint, saved to be sent later, or refused for good. */
export type DeliveryOutcome =
  | { status: 'delivered'; leadId: string }
  | { status: 'queued'; leadId: string }
  | { status: 'rejected'; leadId: string; errors: LeadError[] };

/** Fired when a queued lead is later delivered or rejected. */
export type DeliveryEvent = DeliveryOutcome;

/** Dependencies of a delivery; every one has a browser default, tests inject their own. */
export interface DeliveryOptions {
  fetch?: typeof fetch;
  /** The outbox storage: `localStorage` by default; null keeps queued leads in memory only. */
  storage?: Storage | null;
  now?: () => number;
  random?: () => number;
  onChange?: (event: DeliveryEvent) => void;
  /** Where the `online` event is heard: `window` by default. */
  target?: EventTarget;
}

/** Sends leads through the persistent outbox, retrying until the endpoint accepts or refuses them. */
export interface Delivery {
  send(endpoint: string, lead: Lead): Promise<DeliveryOutcome>;
  /** Tries every waiting lead of the outbox now (any endpoint), except those a Retry-After still holds back. */
  resume(): void;
  destroy(): void;
}

/** Entries older than this are dropped from the outbox unsent. */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
// Longer than one POST can take, so a lease only outlives its attempt when the tab holding it died.
const LEASE_MS = POST_TIMEOUT_MS * 2;
const MAX_TIMER_MS = 2 ** 31 - 1;
// Never a zero-delay timer: a lead busy in another tab must not turn the retry loop into a spin.
const MIN_TIMER_MS = 1_000;

type Attempt = PostResult | { kind: 'busy' } | { kind: 'gone' };

/** Creates a delivery: outbox first, then POST, then retries on a timer, on `online` and on `resume()`. */
export function createDelivery(options: DeliveryOptions = {}): Delivery {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const outbox = createOutbox(options.storage === undefined ? defaultStorage() : options.storage);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const target = options.target ?? defaultTarget();
  const shutdown = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function attempt(leadId: string): Promise<Attempt> {
    if (shutdown.signal.aborted) return { kind: 'busy' };
    const result = await withLeadLock(leadId, async (): Promise<Attempt> => {
      // Read again under the lock: another tab may have delivered the lead or be sending it right now.
      const entry = outbox.get(leadId);
      if (!entry) return { kind: 'gone' };
      const started = now();
      if ((entry.leaseUntil ?? 0) > started) return { kind: 'busy' };
      outbox.put({ ...entry, leaseUntil: started + LEASE_MS });
      const posted = await postLead(fetchFn, entry.endpoint, entry.lead, shutdown.signal, now);
      settle(entry, posted);
      return posted;
    });
    return result ?? { kind: 'busy' };
  }

  function settle(entry: OutboxEntry, posted: PostResult): void {
    const { leaseUntil: _released, ...rest } = entry;
    switch (posted.kind) {
      case 'delivered':
      case 'rejected':
        outbox.remove(entry.lead.leadId);
        return;
      case 'aborted':
        outbox.put(rest);
        return;
      case 'retry':
        outbox.put(rescheduleEntry(entry, posted.retryAfterMs, now(), random));
        return;
      default: {
        const never: never = posted;
        throw new Error(`[schoolmatch] unknown post result ${JSON.stringify(never)}`);
      }
    }
  }

  function report(leadId: string, result: Attempt): void {
    let event: DeliveryEvent;
    if (result.kind === 'delivered') event = { status: 'delivered', leadId };
    else if (result.kind === 'rejected') event = { status: 'rejected', leadId, errors: result.errors };
    else return;
    try {
      options.onChange?.(event);
    } catch (error) {
      // A failing listener must not stop the other waiting leads from being sent.
      console.error('[schoolmatch] an onChange listener threw; delivery goes on. Fix the listener:', error);
    }
  }

  // One pass over the outbox; `due` picks the entries to try. Sequential on purpose: a recovering
  // endpoint gets a trickle, not a burst from every waiting lead at once.
  async function flush(due: (entry: OutboxEntry, at: number) => boolean): Promise<void> {
    const at = now();
    for (const entry of outbox.all()) {
      if (shutdown.signal.aborted) return;
      if (at - entry.createdAt >= OUTBOX_MAX_AGE_MS) {
        outbox.remove(entry.lead.leadId);
        continue;
      }
      if (!due(entry, at)) continue;
      report(entry.lead.leadId, await attempt(entry.lead.leadId));
    }
    schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = undefined;
    if (shutdown.signal.aborted) return;
    const entries = outbox.all();
    if (entries.length === 0) return;
    // A leased entry is being sent elsewhere: look again when the lease ends rather than spin on it.
    const wakeAt = (entry: OutboxEntry) =>
      Math.min(Math.max(entry.nextAttemptAt, entry.leaseUntil ?? 0), entry.createdAt + OUTBOX_MAX_AGE_MS);
    const next = Math.min(...entries.map(wakeAt));
    timer = setTimeout(() => void flush(isDue), Math.min(MAX_TIMER_MS, Math.max(MIN_TIMER_MS, next - now())));
  }

  const resume = (): void => void flush(isAllowed);
  target?.addEventListener('online', resume);

  return {
    async send(endpoint, lead) {
      const leadId = lead.leadId;
      const checked = v.safeParse(LeadSchema, lead);
      if (!checked.success) {
        // Never POST what the receiver would refuse; the issues name the fields to fix.
        const errors = checked.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
        return { status: 'rejected', leadId, errors };
      }
      // The outbox entry exists before the first byte leaves, so a crash or reload mid-POST loses nothing.
      const at = now();
      if (!outbox.get(leadId)) {
        outbox.put({ lead: checked.output, endpoint, createdAt: at, attempts: 0, nextAttemptAt: at });
      }
      const result = await attempt(leadId);
      schedule();
      switch (result.kind) {
        case 'delivered':
          return { status: 'delivered', leadId };
        case 'rejected':
          return { status: 'rejected', leadId, errors: result.errors };
        case 'retry':
        case 'aborted':
        case 'busy':
        case 'gone':
          return { status: 'queued', leadId };
        default: {
          const never: never = result;
          throw new Error(`[schoolmatch] unknown attempt result ${JSON.stringify(never)}`);
        }
      }
    },
    resume,
    destroy() {
      shutdown.abort();
      clearTimeout(timer);
      target?.removeEventListener('online', resume);
    },
  };
}

function isDue(entry: OutboxEntry, at: number): boolean {
  return entry.nextAttemptAt <= at;
}

// `online` and a page load are new chances regardless of our backoff, but never before a Retry-After.
function isAllowed(entry: OutboxEntry, at: number): boolean {
  return (entry.notBefore ?? 0) <= at;
}

function defaultTarget(): EventTarget | undefined {
  const candidate = globalThis as unknown as Partial<EventTarget>;
  return typeof candidate.addEventListener === 'function' ? (candidate as EventTarget) : undefined;
}
