import type Database from 'better-sqlite3';
import type { Lead } from '../../lead/schema.ts';
import { dedupeKeyOf, dedupeWindowStart } from '../findDuplicateOf.ts';
import type { Migration, Receipt } from '../LeadStore.ts';
import type { ForwardingRules, LeadForwarding } from './LeadForwarding.ts';
import {
  createSqliteWebhookOutbox,
  SQLITE_WEBHOOK_OUTBOX_SCHEMA,
  type SqliteWebhookOutbox,
} from './sqliteWebhookOutbox.ts';

/**
 * The forwarding tables, after the lead store's own: `lead_dedupe` (each lead's school, person and whether it
 * duplicates another; the leads already stored count as originals) and `webhook_deliveries`.
 */
export const SQLITE_FORWARDING_MIGRATIONS: readonly Migration[] = [
  {
    version: 100,
    sql: `
      CREATE TABLE lead_dedupe (
        lead_id      TEXT PRIMARY KEY NOT NULL REFERENCES leads (lead_id),
        school_id    TEXT NOT NULL,
        test_mode    INTEGER NOT NULL,
        email        TEXT NOT NULL,
        phone        TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        duplicate_of TEXT
      );
      -- Only originals start a window, so only they are looked up.
      CREATE INDEX lead_dedupe_by_email ON lead_dedupe (school_id, email, received_at) WHERE duplicate_of IS NULL;
      CREATE INDEX lead_dedupe_by_phone ON lead_dedupe (school_id, phone, received_at) WHERE duplicate_of IS NULL;
      INSERT INTO lead_dedupe (lead_id, school_id, test_mode, email, phone, received_at)
        SELECT lead_id, school_id, test_mode, lower(json_extract(lead_json, '$.contact.email')),
               json_extract(lead_json, '$.contact.phone'), received_at
        FROM leads;
      ${SQLITE_WEBHOOK_OUTBOX_SCHEMA}`,
  },
];

interface Statements {
  findOriginal: Database.Statement<Record<string, string | number>, { lead_id: string }>;
  insertKey: Database.Statement<Record<string, string | number | null>>;
  outbox: SqliteWebhookOutbox;
}

// One set of prepared statements per database.
const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let found = prepared.get(db);
  if (found === undefined) {
    found = {
      findOriginal: db.prepare(
        `SELECT lead_id FROM lead_dedupe
         WHERE school_id = @schoolId AND test_mode = @testMode AND duplicate_of IS NULL AND received_at >= @since
           AND (email = @email OR phone = @phone) AND lead_id <> @leadId
         ORDER BY received_at DESC, rowid DESC LIMIT 1`,
      ),
      insertKey: db.prepare(
        `INSERT INTO lead_dedupe (lead_id, school_id, test_mode, email, phone, received_at, duplicate_of)
         VALUES (@leadId, @schoolId, @testMode, @email, @phone, @receivedAt, @duplicateOf)`,
      ),
      outbox: createSqliteWebhookOutbox(db),
    };
    prepared.set(db, found);
  }
  return found;
}

/**
 * The SQLite store's `onAccepted` hook: inside the transaction that stores the lead (the store holds the
 * write lock, so no other process stores a lead meanwhile), records it in the dedupe window and, unless it
 * duplicates an original, queues one delivery per matching destination.
 */
export function sqliteForwardingHook(
  rules: ForwardingRules,
): (db: Database.Database, lead: Lead, receipt: Receipt) => void {
  return (db, lead, receipt) => {
    const { findOriginal, insertKey, outbox } = statements(db);
    const key = dedupeKeyOf(lead);
    const receivedAt = Date.parse(receipt.receivedAt);
    const params = {
      leadId: lead.leadId,
      schoolId: key.schoolId,
      testMode: key.testMode ? 1 : 0,
      email: key.email,
      phone: key.phone,
    };
    const original =
      rules.dedupeDays > 0
        ? findOriginal.get({
            ...params,
            since: new Date(dedupeWindowStart(receivedAt, rules.dedupeDays)).toISOString(),
          })
        : undefined;
    insertKey.run({ ...params, receivedAt: receipt.receivedAt, duplicateOf: original?.lead_id ?? null });
    if (original === undefined) outbox.enqueue(lead, rules.destinations(), receivedAt);
  };
}

/** The forwarding side of a SQLite lead store opened with the hook and migrations above. */
export function createSqliteForwarding(db: Database.Database): LeadForwarding {
  const { outbox } = statements(db);
  const duplicates = db.prepare<[string], { lead_id: string; duplicate_of: string }>(
    `SELECT lead_id, duplicate_of FROM lead_dedupe
     WHERE duplicate_of IS NOT NULL AND lead_id IN (SELECT value FROM json_each(?))`,
  );
  return {
    outbox,
    duplicatesOf(leadIds) {
      if (leadIds.length === 0) return new Map();
      return new Map(duplicates.all(JSON.stringify(leadIds)).map((row) => [row.lead_id, row.duplicate_of]));
    },
  };
}
