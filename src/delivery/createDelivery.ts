import type { Lead } from '../lead/schema.ts';

/** What became of a lead: accepted by the endpoint, saved to be sent later, or refused for good (with the endpoint's reasons). */
export type DeliveryOutcome =
  | { status: 'delivered'; leadId: string }
  | { status: 'queued'; leadId: string }
  | { status: 'rejected'; leadId: string; errors: { path: string; message: string }[] };

/** Fired when a queued lead is later delivered or rejected, naming its school and program for the page's events. */
export type DeliveryEvent = DeliveryOutcome & { schoolId: string; programId: string };

/** Dependencies of a delivery; every one has a browser default, tests inject their own. */
export interface DeliveryOptions {
  fetch?: typeof fetch;
  /** The outbox storage: `localStorage` by default; null keeps queued leads in memory only. */
  storage?: Storage | null;
  now?: () => number;
  random?: () => number;
  onChange?: (event: DeliveryEvent) => void;
  /** Where the `online` event is heard: `globalThis` by default. */
  target?: EventTarget;
}

/** Sends leads through the persistent outbox, retrying until the endpoint accepts or refuses them. */
export interface Delivery {
  send(endpoint: string, lead: Lead): Promise<DeliveryOutcome>;
  /** Tries every waiting lead of the outbox now (any endpoint), except those a Retry-After still holds back. */
  resume(): void;
  destroy(): void;
}

/** The localStorage key of the outbox: a JSON array of entries. */
export const OUTBOX_KEY = 'schoolmatch:outbox:v1';

/** A lead waiting in the outbox, with where it goes and when to try it next (times in ms since epoch). */
export interface OutboxEntry {
  lead: Lead;
  endpoint: string;
  /** When the lead entered the outbox; entries 7 days old are dropped unsent. */
  createdAt: number;
  /** Attempts that ended in a retryable failure. */
  attempts: number;
  /** When the backoff next allows an attempt. */
  nextAttemptAt: number;
  /** No attempt before this, not even on `online` or a page load: the endpoint's Retry-After. */
  notBefore?: number;
}

const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
const TIMEOUT_MS = 10_000;

// Leads being sent by any delivery of this page, so two widgets on one page never POST one lead at once.
const inFlight = new Set<string>();

/**
 * Creates a delivery: the lead goes into the outbox, then is POSTed (JSON, `Idempotency-Key`). 2xx/409 is
 * delivered; other 4xx rejected for good; network error, 10 s timeout, 408, 425, 429, 5xx retried with
 * exponential backoff and full jitter (honouring Retry-After), on `online` and on `resume()`.
 */
export function createDelivery(options: DeliveryOptions = {}): Delivery {
  const { onChange, now = Date.now, random = Math.random } = options;
  const target: Partial<EventTarget> = options.target ?? globalThis;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // This delivery's POSTs under way, aborted by destroy(); their leads stay in the outbox.
  const requests = new Set<AbortController>();
  // The outbox as last read or written. Once storage refuses a write (quota, private mode, none at all),
  // the outbox lives on here only: leads are still delivered while this page lives.
  let entries: OutboxEntry[] = [];
  let broken = false;
  const storage = () => ('storage' in options ? options.storage : localStorage)!;

  // Read before every use, since another tab or widget may have changed it. Unreadable data counts as empty.
  function load(): OutboxEntry[] {
    if (!broken) {
      try {
        // Enough shape to route and schedule an entry (no NaN timers); the endpoint validates the lead itself.
        entries = (JSON.parse(storage().getItem(OUTBOX_KEY) ?? '[]') as OutboxEntry[]).filter(
          (entry) => entry?.lead?.leadId && entry.createdAt + entry.attempts + entry.nextAttemptAt >= 0,
        );
      } catch {
        entries = [];
      }
    }
    return entries;
  }

  const get = (leadId: string) => load().find((entry) => entry.lead.leadId === leadId);

  /** Replaces the lead's entry with `entry`, or removes it. */
  function put(leadId: string, entry?: OutboxEntry): void {
    entries = load().filter((other) => other.lead.leadId !== leadId);
    if (entry) entries.push(entry);
    try {
      if (!broken)
        entries.length ? storage().setItem(OUTBOX_KEY, JSON.stringify(entries)) : storage().removeItem(OUTBOX_KEY);
    } catch {
      broken = true;
    }
  }

  // One POST of a stored entry; undefined means the lead is still (or again) queued.
  async function post(leadId: string): Promise<DeliveryEvent | undefined> {
    // Read under the lock: another tab may have delivered the lead, or a Retry-After may still hold it back.
    const entry = get(leadId);
    if (!entry || (entry.notBefore ?? 0) > now()) return;
    const { lead } = entry;
    const done = (event: DeliveryEvent) => (put(leadId), event);
    const ids = { leadId, schoolId: lead.school.id, programId: lead.program.id };
    const request = new AbortController();
    requests.add(request);
    const timeout = setTimeout(() => request.abort(), TIMEOUT_MS);
    let response: Response | undefined;
    try {
      response = await (options.fetch ?? fetch)(entry.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': leadId },
        body: JSON.stringify(lead),
        signal: request.signal,
      });
    } catch {
      // A network error, the timeout or destroy(): retried below.
    }
    clearTimeout(timeout);
    requests.delete(request);
    const status = response?.status ?? 0;
    if (response?.ok || status === 409) return done({ status: 'delivered', ...ids });
    if (status > 399 && status < 500 && ![408, 425, 429].includes(status)) {
      let errors = [{ path: '', message: `refused with HTTP ${status}` }];
      try {
        // The SPEC's `{ errors: [{ path, message }] }`; any other body still rejects, only the details are lost.
        const body = (await response!.json()) as { errors: { path?: unknown; message: unknown }[] };
        if (body.errors.length)
          errors = body.errors.map(({ path, message }) => ({ path: `${path ?? ''}`, message: `${message}` }));
      } catch {
        // Not JSON, or not that shape.
      }
      return done({ status: 'rejected', ...ids, errors });
    }
    const at = now();
    const attempts = entry.attempts + 1;
    // Retry-After in seconds or as an HTTP date; absent, unreadable or past, it holds nothing back.
    const retryAfter = response?.headers.get('Retry-After');
    const notBefore = at + (+retryAfter! * 1000 || Date.parse(retryAfter!) - at || 0);
    // Full jitter: a random delay up to 2 s × 2^(attempts-1) (1 s × 2^attempts), at most 5 minutes, at least 1 s.
    const backoffUntil = at + Math.max(1000, random() * Math.min(300_000, 1000 * 2 ** attempts));
    put(leadId, { ...entry, attempts, nextAttemptAt: Math.max(backoffUntil, notBefore), notBefore });
  }

  // One delivery in flight per lead: in this page (the set) and across tabs (Web Locks, in every current
  // browser). Where there are no Web Locks two tabs may rarely POST one lead at once; its Idempotency-Key
  // makes the endpoint count it once.
  async function attempt(leadId: string): Promise<DeliveryEvent | null | undefined> {
    if (stopped || inFlight.has(leadId)) return;
    inFlight.add(leadId);
    try {
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      return await (locks
        ? locks.request(`schoolmatch:lead:${leadId}`, { ifAvailable: true }, (lock) => lock && post(leadId))
        : post(leadId));
    } finally {
      inFlight.delete(leadId);
    }
  }

  // One pass over the outbox, sequential on purpose: a recovering endpoint gets a trickle, not a burst.
  // `key` picks the entries due: `nextAttemptAt` for the timer; `notBefore` for `online` and page loads,
  // new chances regardless of our backoff but never before a Retry-After.
  async function flush(key: 'nextAttemptAt' | 'notBefore'): Promise<void> {
    // After destroy() attempt() sends nothing; the pass only drops expired entries.
    for (const entry of load()) {
      const leadId = entry.lead.leadId;
      if (now() - entry.createdAt >= MAX_AGE_MS) put(leadId);
      else if ((entry[key] ?? 0) <= now()) {
        const event = await attempt(leadId);
        try {
          if (event) onChange?.(event);
        } catch (error) {
          console.error('[schoolmatch] onChange threw:', error);
        }
      }
    }
    schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    const entries = load();
    if (stopped || !entries.length) return;
    // Never a 0 ms timer, so a lead locked by another tab cannot turn this into a spin.
    const next = Math.min(...entries.flatMap((entry) => [entry.nextAttemptAt, entry.createdAt + MAX_AGE_MS]));
    timer = setTimeout(() => flush('nextAttemptAt'), Math.min(2 ** 31 - 1, Math.max(1000, next - now())));
  }

  const resume = () => void flush('notBefore');
  target.addEventListener?.('online', resume);

  return {
    async send(endpoint, lead) {
      const leadId = lead.leadId;
      // The entry exists before the first byte leaves, so a crash or reload mid-POST loses nothing.
      const at = now();
      if (!get(leadId)) put(leadId, { lead, endpoint, createdAt: at, attempts: 0, nextAttemptAt: at });
      const event = await attempt(leadId);
      schedule();
      return event ?? { status: 'queued', leadId };
    },
    resume,
    destroy() {
      stopped = true;
      clearTimeout(timer);
      target.removeEventListener?.('online', resume);
      // Removing the widget tears down its fetches; the lead stays in the outbox for a later page.
      for (const request of requests) request.abort();
    },
  };
}
