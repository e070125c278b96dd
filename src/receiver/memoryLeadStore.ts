import type { Lead } from '../lead/schema.ts';
import { decodeCursor, encodeCursor } from './leadCursor.ts';
import type { InsertOutcome, LeadStore, ListOptions, Receipt, SchoolWithLeads, StoredLead } from './LeadStore.ts';

interface Entry extends Receipt {
  lead: Lead;
  seq: number;
}

function matches(entry: Entry, options: ListOptions, paging: boolean): boolean {
  const cursor = paging && options.before !== undefined ? decodeCursor(options.before) : null;
  return (
    (options.schoolId === undefined || entry.lead.school.id === options.schoolId) &&
    (options.testMode === undefined || entry.lead.testMode === options.testMode) &&
    (options.from === undefined || entry.receivedAt >= options.from) &&
    (options.to === undefined || entry.receivedAt < options.to) &&
    (cursor === null ||
      entry.receivedAt < cursor.receivedAt ||
      (entry.receivedAt === cursor.receivedAt && entry.seq < cursor.seq))
  );
}

/** A lead store in memory, for tests and for edge runtimes without a database; restarting empties it. */
export function createMemoryLeadStore(): LeadStore {
  const leads = new Map<string, Entry>();
  const sessions = new Map<string, string>();
  let seq = 0;
  const newestFirst = () =>
    [...leads.values()].sort((a, b) =>
      a.receivedAt === b.receivedAt ? b.seq - a.seq : a.receivedAt < b.receivedAt ? 1 : -1,
    );
  return {
    insert(lead: Lead, receipt: Receipt): InsertOutcome {
      if (leads.has(lead.leadId)) return 'duplicate';
      leads.set(lead.leadId, {
        lead: structuredClone(lead),
        receivedAt: receipt.receivedAt,
        ip: receipt.ip,
        seq: ++seq,
      });
      return 'accepted';
    },
    list(options: ListOptions = {}): StoredLead[] {
      const chosen = newestFirst().filter((entry) => matches(entry, options, true));
      return chosen.slice(0, options.limit ?? chosen.length).map((entry) => ({
        lead: structuredClone(entry.lead),
        receivedAt: entry.receivedAt,
        ip: entry.ip,
        cursor: encodeCursor(entry.receivedAt, entry.seq),
      }));
    },
    count(options: ListOptions = {}): number {
      return [...leads.values()].filter((entry) => matches(entry, options, false)).length;
    },
    schools(): SchoolWithLeads[] {
      const names = new Map<string, string>();
      for (const { lead } of leads.values()) names.set(lead.school.id, lead.school.name);
      return [...names]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    ping(): void {},
    createSession(idHash: string, expiresAt: string, now: string): void {
      for (const [hash, expiry] of sessions) if (expiry <= now) sessions.delete(hash);
      sessions.set(idHash, expiresAt);
    },
    sessionIsValid(idHash: string, now: string): boolean {
      const expiresAt = sessions.get(idHash);
      return expiresAt !== undefined && expiresAt > now;
    },
    deleteSession(idHash: string): void {
      sessions.delete(idHash);
    },
    close(): void {
      leads.clear();
      sessions.clear();
    },
  };
}
