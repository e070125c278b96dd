import type { Lead } from '../lead/schema.ts';

/** What storing a lead did: stored it, or found its leadId already stored and stored nothing. */
export type InsertOutcome = 'accepted' | 'duplicate';

/** Which leads to list: one school's (by school id) and at most `limit` of them. */
export interface ListOptions {
  schoolId?: string;
  limit?: number;
}

/** A value now (SQLite, memory) or later (stores on edge platforms, which are asynchronous). */
export type MaybePromise<T> = T | Promise<T>;

/** Where the receiver keeps leads; `insert` returns only once the lead is durably stored. */
export interface LeadStore {
  /** Stores the lead unless its leadId is already stored. */
  insert(lead: Lead): MaybePromise<InsertOutcome>;
  /** The stored leads, newest `createdAt` first (ties: last stored first). */
  list(options?: ListOptions): MaybePromise<Lead[]>;
  /** How many leads are stored. */
  count(): MaybePromise<number>;
}
