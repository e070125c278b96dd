import type { Lead } from '../lead/schema.ts';
import type { InsertOutcome, LeadStore, ListOptions } from './LeadStore.ts';

/** A lead store in memory, for tests and for edge runtimes without a database; restarting empties it. */
export function createMemoryLeadStore(): LeadStore {
  // A Map keeps insertion order, which breaks createdAt ties the way the SQLite store does (rowid).
  const leads = new Map<string, Lead>();
  return {
    insert(lead: Lead): InsertOutcome {
      if (leads.has(lead.leadId)) return 'duplicate';
      leads.set(lead.leadId, structuredClone(lead));
      return 'accepted';
    },
    list(options: ListOptions = {}): Lead[] {
      const all = [...leads.values()].reverse();
      const chosen = options.schoolId === undefined ? all : all.filter((lead) => lead.school.id === options.schoolId);
      // Stable sort: equal createdAt keep last-stored-first order.
      chosen.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
      return chosen.slice(0, options.limit ?? chosen.length).map((lead) => structuredClone(lead));
    },
    count(): number {
      return leads.size;
    },
  };
}
