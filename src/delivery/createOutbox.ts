import type { Lead } from '../lead/schema.ts';

/** The localStorage key of the outbox (a JSON array of entries). */
export const OUTBOX_KEY = 'schoolmatch:outbox:v1';

/** A lead waiting in the outbox, with where it goes and when to try it next. */
export interface OutboxEntry {
  lead: Lead;
  endpoint: string;
  /** When the lead entered the outbox (ms since epoch); entries older than 7 days are dropped. */
  createdAt: number;
  /** Attempts that ended in a retryable failure. */
  attempts: number;
  /** When the backoff schedule next allows an attempt (ms since epoch). */
  nextAttemptAt: number;
  /** The endpoint's Retry-After: no attempt before this, not even on `online` or a page load. */
  notBefore?: number;
  /** A tab is sending this lead until then; the cross-tab guard for browsers without Web Locks. */
  leaseUntil?: number;
}

/** Where an entry was kept: in storage (survives a reload) or only in this page's memory. */
export type KeptIn = 'storage' | 'memory';

/** The persistent outbox: entries in storage, falling back to memory when storage is missing, full or broken. */
export interface Outbox {
  all(): OutboxEntry[];
  get(leadId: string): OutboxEntry | undefined;
  put(entry: OutboxEntry): KeptIn;
  remove(leadId: string): void;
}

/** Opens the outbox in `storage`; unreadable data counts as empty and failed writes keep entries in memory. */
export function createOutbox(storage: Storage | null): Outbox {
  // Entries storage refused (quota, private mode, no storage): still delivered while this page lives.
  const memory = new Map<string, OutboxEntry>();

  function load(): OutboxEntry[] {
    let text: string | null = null;
    try {
      text = storage?.getItem(OUTBOX_KEY) ?? null;
    } catch {
      return [];
    }
    if (text === null) return [];
    try {
      const data: unknown = JSON.parse(text);
      return Array.isArray(data) ? data.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  function save(entries: OutboxEntry[]): boolean {
    if (!storage) return false;
    try {
      if (entries.length === 0) storage.removeItem(OUTBOX_KEY);
      else storage.setItem(OUTBOX_KEY, JSON.stringify(entries));
      return true;
    } catch {
      return false;
    }
  }

  function all(): OutboxEntry[] {
    const stored = load();
    const ids = new Set(stored.map((entry) => entry.lead.leadId));
    return [...stored, ...[...memory.values()].filter((entry) => !ids.has(entry.lead.leadId))];
  }

  return {
    all,
    get: (leadId) => all().find((entry) => entry.lead.leadId === leadId),
    put(entry) {
      const id = entry.lead.leadId;
      const stored = load().filter((other) => other.lead.leadId !== id);
      if (save([...stored, entry])) {
        memory.delete(id);
        return 'storage';
      }
      memory.set(id, entry);
      return 'memory';
    },
    remove(leadId) {
      memory.delete(leadId);
      const stored = load();
      const rest = stored.filter((entry) => entry.lead.leadId !== leadId);
      if (rest.length !== stored.length) save(rest);
    },
  };
}

// A light shape check: enough to route and schedule an entry. The endpoint validates the lead itself.
function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const lead = entry['lead'] as Record<string, unknown> | null | undefined;
  return (
    typeof lead === 'object' &&
    lead !== null &&
    typeof lead['leadId'] === 'string' &&
    typeof entry['endpoint'] === 'string' &&
    typeof entry['createdAt'] === 'number' &&
    typeof entry['attempts'] === 'number' &&
    typeof entry['nextAttemptAt'] === 'number'
  );
}
