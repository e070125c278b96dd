import type { Lead } from '../lead/schema.ts';

/** What storing a lead did: stored it, or found its leadId already stored and stored nothing. */
export type InsertOutcome = 'accepted' | 'duplicate';

/** The receiver's own record of receiving a lead, kept with it as consent evidence. */
export interface Receipt {
  /** When the receiver received the lead (its own clock, ISO 8601 UTC); leads are listed by it. */
  receivedAt: string;
  /** The client address, by the TRUST_PROXY rules ("unknown" when there is no socket to ask). */
  ip: string;
}

/** A stored lead with its receipt. */
export interface StoredLead extends Receipt {
  lead: Lead;
  /** Where the lead sits in the newest-first order; pass it as `before` to list the leads after it. */
  cursor: string;
  /** The earlier lead of the same school and person this one duplicates (the dedupe window), when it does. */
  duplicateOf?: string;
}

/** Which leads to list, newest `receivedAt` first. */
export interface ListOptions {
  /** One school's leads (by school id). */
  schoolId?: string;
  /** Only test leads (true) or only live ones (false). */
  testMode?: boolean;
  /** Received at or after this time (ISO 8601). */
  from?: string;
  /** Received before this time (ISO 8601). */
  to?: string;
  /** Only leads after this cursor in the newest-first order (the next page). */
  before?: string;
  /** At most this many. */
  limit?: number;
}

/** A school that has leads, for the marketer's filter. */
export interface SchoolWithLeads {
  id: string;
  name: string;
}

/** One step of a database schema: applied once, in version order, and recorded in schema_migrations. */
export interface Migration {
  version: number;
  sql: string;
}

/** A value now (SQLite, memory) or later (PostgreSQL, stores on edge platforms). */
export type MaybePromise<T> = T | Promise<T>;

/** Where the receiver keeps leads and the marketer's sign-in sessions; `insert` returns only once the lead is durably stored. */
export interface LeadStore {
  /** Stores the lead with its receipt unless its leadId is already stored (only a leadId conflict is a duplicate). */
  insert(lead: Lead, receipt: Receipt): MaybePromise<InsertOutcome>;
  /** Stored leads, newest `receivedAt` first (ties: last stored first). */
  list(options?: ListOptions): MaybePromise<StoredLead[]>;
  /** How many leads match (all of them without options; `before` and `limit` are ignored). */
  count(options?: ListOptions): MaybePromise<number>;
  /** The schools that have leads, by name. */
  schools(): MaybePromise<SchoolWithLeads[]>;
  /** Throws when the database does not answer (the health check). */
  ping(): MaybePromise<void>;
  /** Remembers a sign-in session (by the hash of its id) until `expiresAt`, forgetting those expired at `now` (ISO 8601). */
  createSession(idHash: string, expiresAt: string, now: string): MaybePromise<void>;
  /** Whether a session with this id hash exists and has not expired at `now` (ISO 8601). */
  sessionIsValid(idHash: string, now: string): MaybePromise<boolean>;
  /** Forgets a session (sign-out). */
  deleteSession(idHash: string): MaybePromise<void>;
  /** Closes the database; the store must not be used afterwards. */
  close(): MaybePromise<void>;
}
