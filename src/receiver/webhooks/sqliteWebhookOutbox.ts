import type Database from 'better-sqlite3';
import type { Lead } from '../../lead/schema.ts';
import { matchingDestinations } from './matchingDestinations.ts';
import type {
  AttemptRecord,
  ClaimedDelivery,
  Delivery,
  DeliveryState,
  DeliverySummary,
  WebhookOutbox,
} from './WebhookOutbox.ts';
import { destinationKey, type WebhookDestination } from './webhookSettings.ts';

/** The deliveries table, beside `leads` (times in ms since the epoch); part of the forwarding migration. */
export const SQLITE_WEBHOOK_OUTBOX_SCHEMA = `
  CREATE TABLE webhook_deliveries (
    id               TEXT PRIMARY KEY NOT NULL,
    lead_id          TEXT NOT NULL REFERENCES leads (lead_id),
    destination      TEXT NOT NULL,
    url              TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    first_attempt_at INTEGER,
    last_attempt_at  INTEGER,
    last_status      INTEGER,
    last_error       TEXT,
    lease            TEXT,
    locked_until     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (lead_id, destination)
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
  CREATE INDEX webhook_deliveries_by_state ON webhook_deliveries (state);
`;

/** The SQLite outbox, plus `enqueue`, which the lead store calls inside the transaction that stores the lead. */
export interface SqliteWebhookOutbox extends WebhookOutbox {
  claimDue(now: number, leaseMs: number, limit: number): ClaimedDelivery[];
  recordAttempt(claim: Pick<ClaimedDelivery, 'delivery' | 'lease'>, record: AttemptRecord): boolean;
  retry(deliveryId: string, now: number): boolean;
  summary(): DeliverySummary;
  forLeads(leadIds: readonly string[]): Delivery[];
  /** Queues one pending delivery, due at `now`, per destination matching the stored lead; returns how many. */
  enqueue(lead: Lead, destinations: readonly WebhookDestination[], now: number): number;
}

interface DeliveryRow {
  id: string;
  lead_id: string;
  destination: string;
  url: string;
  state: DeliveryState;
  attempts: number;
  next_attempt_at: number | null;
  first_attempt_at: number | null;
  last_attempt_at: number | null;
  last_status: number | null;
  last_error: string | null;
}

interface ClaimRow extends DeliveryRow {
  lead_json: string;
  received_at: string;
  client_ip: string | null;
}

function deliveryOf(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    leadId: row.lead_id,
    destination: row.destination,
    url: row.url,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    firstAttemptAt: row.first_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
  };
}

const DELIVERY_COLUMNS =
  'd.id, d.lead_id, d.destination, d.url, d.state, d.attempts, d.next_attempt_at, d.first_attempt_at, d.last_attempt_at, d.last_status, d.last_error';

/** The outbox in the lead store's SQLite database `db`, migrated with {@link SQLITE_WEBHOOK_OUTBOX_SCHEMA}. */
export function createSqliteWebhookOutbox(db: Database.Database): SqliteWebhookOutbox {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO webhook_deliveries (id, lead_id, destination, url, state, next_attempt_at)
     VALUES (?, ?, ?, ?, 'pending', ?)`,
  );
  const due = db.prepare<[number, number, number], { id: string }>(
    `SELECT id FROM webhook_deliveries
     WHERE state = 'pending' AND next_attempt_at <= ? AND locked_until <= ?
     ORDER BY next_attempt_at, rowid LIMIT ?`,
  );
  const lock = db.prepare('UPDATE webhook_deliveries SET lease = ?, locked_until = ? WHERE id = ?');
  const claimed = db.prepare<[string], ClaimRow>(
    `SELECT ${DELIVERY_COLUMNS}, l.lead_json, l.received_at, l.client_ip
     FROM webhook_deliveries d JOIN leads l ON l.lead_id = d.lead_id WHERE d.id = ?`,
  );
  const record = db.prepare(
    `UPDATE webhook_deliveries
     SET state = @state, attempts = attempts + 1, next_attempt_at = @nextAttemptAt,
         first_attempt_at = COALESCE(first_attempt_at, @at), last_attempt_at = @at,
         last_status = @status, last_error = @error, lease = NULL, locked_until = 0
     WHERE id = @id AND lease = @lease AND state = 'pending'`,
  );
  const retry = db.prepare(
    `UPDATE webhook_deliveries
     SET state = 'pending', attempts = 0, next_attempt_at = ?, first_attempt_at = NULL, lease = NULL, locked_until = 0
     WHERE id = ? AND state = 'failed'`,
  );
  // json_each keeps the statement fixed whatever the number of ids.
  const byLeads = db.prepare<[string], DeliveryRow>(
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.lead_id IN (SELECT value FROM json_each(?)) ORDER BY d.rowid`,
  );
  const counts = db.prepare<[], { state: DeliveryState; n: number }>(
    'SELECT state, COUNT(*) AS n FROM webhook_deliveries GROUP BY state',
  );

  // IMMEDIATE takes the write lock before reading, so two processes on one file never claim the same rows.
  const claimDue = db.transaction((now: number, leaseMs: number, limit: number): ClaimedDelivery[] =>
    due.all(now, now, limit).flatMap(({ id }) => {
      const lease = crypto.randomUUID();
      lock.run(lease, now + leaseMs, id);
      const row = claimed.get(id);
      if (row === undefined) return [];
      return [
        {
          delivery: deliveryOf(row),
          lead: JSON.parse(row.lead_json) as Lead,
          receipt: { receivedAt: row.received_at, ip: row.client_ip ?? '' },
          lease,
        },
      ];
    }),
  );

  return {
    enqueue(lead, destinations, now) {
      let queued = 0;
      for (const destination of matchingDestinations(lead, destinations)) {
        queued += insert.run(
          crypto.randomUUID(),
          lead.leadId,
          destinationKey(destination),
          destination.url,
          now,
        ).changes;
      }
      return queued;
    },
    claimDue: (now, leaseMs, limit) => claimDue.immediate(now, leaseMs, limit),
    recordAttempt(claim, attempt) {
      const result = record.run({
        id: claim.delivery.id,
        lease: claim.lease,
        at: attempt.at,
        status: attempt.status,
        state: attempt.kind === 'rescheduled' ? 'pending' : attempt.kind,
        nextAttemptAt: attempt.kind === 'rescheduled' ? attempt.nextAttemptAt : null,
        error: attempt.kind === 'delivered' ? null : attempt.error,
      });
      return result.changes === 1;
    },
    retry: (deliveryId, now) => retry.run(now, deliveryId).changes === 1,
    summary() {
      const summary: DeliverySummary = { pending: 0, delivered: 0, failed: 0 };
      for (const row of counts.all()) summary[row.state] = row.n;
      return summary;
    },
    forLeads(leadIds) {
      return leadIds.length === 0 ? [] : byLeads.all(JSON.stringify(leadIds)).map(deliveryOf);
    },
  };
}
