import type { Pool } from 'pg';
import type { Lead } from '../../lead/schema.ts';
import type {
  AttemptRecord,
  ClaimedDelivery,
  Delivery,
  DeliveryState,
  DeliverySummary,
  WebhookOutbox,
} from './WebhookOutbox.ts';

/** The deliveries table, beside `leads` (times in ms since the epoch, as in SQLite); part of the forwarding migration. */
export const PG_WEBHOOK_OUTBOX_SCHEMA = `
  CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    seq              bigserial NOT NULL,
    lead_id          uuid NOT NULL REFERENCES leads (lead_id),
    destination      text NOT NULL,
    url              text NOT NULL,
    state            text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  bigint,
    first_attempt_at bigint,
    last_attempt_at  bigint,
    last_status      integer,
    last_error       text,
    lease            uuid,
    locked_until     bigint NOT NULL DEFAULT 0,
    UNIQUE (lead_id, destination)
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at, seq) WHERE state = 'pending';
  CREATE INDEX webhook_deliveries_by_state ON webhook_deliveries (state);
`;

interface DeliveryRow {
  id: string;
  lead_id: string;
  destination: string;
  url: string;
  state: DeliveryState;
  attempts: number;
  // bigint columns arrive as strings from node-postgres.
  next_attempt_at: string | null;
  first_attempt_at: string | null;
  last_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
}

interface ClaimRow extends DeliveryRow {
  seq: string;
  lease: string;
  lead: Lead;
  received_at: Date;
  client_ip: string;
}

const time = (value: string | null) => (value === null ? null : Number(value));

function deliveryOf(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    leadId: row.lead_id,
    destination: row.destination,
    url: row.url,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: time(row.next_attempt_at),
    firstAttemptAt: time(row.first_attempt_at),
    lastAttemptAt: time(row.last_attempt_at),
    lastStatus: row.last_status,
    lastError: row.last_error,
  };
}

const DELIVERY_COLUMNS =
  'd.id, d.lead_id, d.destination, d.url, d.state, d.attempts, d.next_attempt_at, d.first_attempt_at, d.last_attempt_at, d.last_status, d.last_error';

/**
 * The outbox in PostgreSQL, shared by every receiver process: a claim takes due rows with
 * `FOR UPDATE SKIP LOCKED` (two processes never take the same row) and leases them, so an attempt runs in
 * one process at a time and a dead process's claim runs out and is taken again.
 */
export function createPgWebhookOutbox(pool: Pool): WebhookOutbox {
  return {
    async claimDue(now, leaseMs, limit) {
      const { rows } = await pool.query<ClaimRow>(
        `WITH due AS (
           SELECT id FROM webhook_deliveries
           WHERE state = 'pending' AND next_attempt_at <= $1 AND locked_until <= $1
           ORDER BY next_attempt_at, seq
           LIMIT $3
           FOR UPDATE SKIP LOCKED
         )
         UPDATE webhook_deliveries d SET lease = gen_random_uuid(), locked_until = $1 + $2
         FROM due, leads l
         WHERE d.id = due.id AND l.lead_id = d.lead_id
         RETURNING ${DELIVERY_COLUMNS}, d.seq, d.lease, l.lead, l.received_at, l.client_ip`,
        [now, leaseMs, limit],
      );
      rows.sort((a, b) => Number(a.next_attempt_at) - Number(b.next_attempt_at) || Number(a.seq) - Number(b.seq));
      return rows.map((row): ClaimedDelivery => ({
        delivery: deliveryOf(row),
        lead: row.lead,
        receipt: { receivedAt: row.received_at.toISOString(), ip: row.client_ip },
        lease: row.lease,
      }));
    },

    async recordAttempt(claim, attempt: AttemptRecord) {
      const result = await pool.query(
        `UPDATE webhook_deliveries
         SET state = $3, attempts = attempts + 1, next_attempt_at = $4,
             first_attempt_at = COALESCE(first_attempt_at, $5), last_attempt_at = $5,
             last_status = $6, last_error = $7, lease = NULL, locked_until = 0
         WHERE id = $1 AND lease = $2 AND state = 'pending'`,
        [
          claim.delivery.id,
          claim.lease,
          attempt.kind === 'rescheduled' ? 'pending' : attempt.kind,
          attempt.kind === 'rescheduled' ? attempt.nextAttemptAt : null,
          attempt.at,
          attempt.status,
          attempt.kind === 'delivered' ? null : attempt.error,
        ],
      );
      return result.rowCount === 1;
    },

    async retry(deliveryId, now) {
      if (!/^[0-9a-f-]{36}$/i.test(deliveryId)) return false;
      const result = await pool.query(
        `UPDATE webhook_deliveries
         SET state = 'pending', attempts = 0, next_attempt_at = $2, first_attempt_at = NULL, lease = NULL, locked_until = 0
         WHERE id = $1 AND state = 'failed'`,
        [deliveryId, now],
      );
      return result.rowCount === 1;
    },

    async summary() {
      const { rows } = await pool.query<{ state: DeliveryState; n: number }>(
        'SELECT state, COUNT(*)::int AS n FROM webhook_deliveries GROUP BY state',
      );
      const summary: DeliverySummary = { pending: 0, delivered: 0, failed: 0 };
      for (const row of rows) summary[row.state] = row.n;
      return summary;
    },

    async forLeads(leadIds) {
      if (leadIds.length === 0) return [];
      const { rows } = await pool.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.lead_id = ANY($1::uuid[]) ORDER BY d.seq`,
        [leadIds],
      );
      return rows.map(deliveryOf);
    },
  };
}
