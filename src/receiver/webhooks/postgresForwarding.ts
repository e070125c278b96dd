import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Lead } from '../../lead/schema.ts';
import { dedupeKeyOf, dedupeWindowStart } from '../findDuplicateOf.ts';
import type { Migration, Receipt } from '../LeadStore.ts';
import type { ForwardingRules, LeadForwarding } from './LeadForwarding.ts';
import { matchingDestinations } from './matchingDestinations.ts';
import { createPgWebhookOutbox, PG_WEBHOOK_OUTBOX_SCHEMA } from './pgWebhookOutbox.ts';
import { destinationKey } from './webhookSettings.ts';

/**
 * The forwarding tables, after the lead store's own: `lead_dedupe` (each lead's school, person and whether it
 * duplicates another; the leads already stored count as originals) and `webhook_deliveries`.
 */
export const POSTGRES_FORWARDING_MIGRATIONS: readonly Migration[] = [
  {
    version: 100,
    sql: `
      CREATE TABLE lead_dedupe (
        seq          bigint GENERATED ALWAYS AS IDENTITY,
        lead_id      uuid PRIMARY KEY REFERENCES leads (lead_id),
        school_id    text NOT NULL,
        test_mode    boolean NOT NULL,
        email        text NOT NULL,
        phone        text NOT NULL,
        received_at  timestamptz NOT NULL,
        duplicate_of uuid
      );
      -- Only originals start a window, so only they are looked up.
      CREATE INDEX lead_dedupe_by_email ON lead_dedupe (school_id, email, received_at) WHERE duplicate_of IS NULL;
      CREATE INDEX lead_dedupe_by_phone ON lead_dedupe (school_id, phone, received_at) WHERE duplicate_of IS NULL;
      INSERT INTO lead_dedupe (lead_id, school_id, test_mode, email, phone, received_at)
        SELECT lead_id, school_id, test_mode, lower(lead->'contact'->>'email'), lead->'contact'->>'phone', received_at
        FROM leads ORDER BY seq;
      ${PG_WEBHOOK_OUTBOX_SCHEMA}`,
  },
];

// An advisory lock key (a signed 64-bit number) per school and email, and per school and phone.
function lockKey(text: string): bigint {
  return createHash('sha256').update(text).digest().readBigInt64BE(0);
}

/**
 * The PostgreSQL store's `onAccepted` hook: inside the transaction that stores the lead, takes transaction
 * locks on its school+email and school+phone, then, in one statement with a snapshot taken after the locks,
 * looks for an original among the committed leads, records the lead's dedupe row and, unless it is a
 * duplicate, queues one delivery per matching destination. Of two copies of one person reaching two
 * processes at once, the second to get the locks sees the first committed: exactly one is a duplicate.
 * Two round trips hold the locks, since one person's leads are stored one at a time.
 */
export function postgresForwardingHook(
  rules: ForwardingRules,
): (client: pg.PoolClient, lead: Lead, receipt: Receipt) => Promise<void> {
  return async (client, lead, receipt) => {
    const key = dedupeKeyOf(lead);
    const receivedAt = Date.parse(receipt.receivedAt);
    const dedupe = rules.dedupeDays > 0;
    if (dedupe) {
      const [first, second] = [
        lockKey(`email ${key.schoolId} ${key.email}`),
        lockKey(`phone ${key.schoolId} ${key.phone}`),
      ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      // Smallest first in every transaction (PostgreSQL evaluates a select list in order), so none waits on
      // another in a circle; were one to, PostgreSQL would detect it and the lead would get a 503 to retry.
      await client.query('SELECT pg_advisory_xact_lock($1), pg_advisory_xact_lock($2)', [
        String(first),
        String(second),
      ]);
    }
    const matching = matchingDestinations(lead, rules.destinations());
    await client.query(
      `WITH original AS (
         SELECT lead_id FROM lead_dedupe
         WHERE $1 AND school_id = $3 AND test_mode = $4 AND duplicate_of IS NULL AND received_at >= $5
           AND (email = $6 OR phone = $7) AND lead_id <> $2
         ORDER BY received_at DESC, seq DESC LIMIT 1
       ), recorded AS (
         INSERT INTO lead_dedupe (lead_id, school_id, test_mode, email, phone, received_at, duplicate_of)
         VALUES ($2, $3, $4, $6, $7, $8, (SELECT lead_id FROM original))
       )
       INSERT INTO webhook_deliveries (id, lead_id, destination, url, state, next_attempt_at)
       SELECT gen_random_uuid(), $2, d.destination, d.url, 'pending', $9
       FROM unnest($10::text[], $11::text[]) AS d (destination, url)
       WHERE NOT EXISTS (SELECT 1 FROM original)
       ON CONFLICT (lead_id, destination) DO NOTHING`,
      [
        dedupe,
        lead.leadId,
        key.schoolId,
        key.testMode,
        new Date(dedupeWindowStart(receivedAt, Math.max(rules.dedupeDays, 0))).toISOString(),
        key.email,
        key.phone,
        receipt.receivedAt,
        receivedAt,
        matching.map(destinationKey),
        matching.map((destination) => destination.url),
      ],
    );
  };
}

/** The forwarding side of a PostgreSQL lead store opened with the hook and migrations above. */
export function createPostgresForwarding(pool: pg.Pool): LeadForwarding {
  return {
    outbox: createPgWebhookOutbox(pool),
    async duplicatesOf(leadIds) {
      if (leadIds.length === 0) return new Map();
      const { rows } = await pool.query<{ lead_id: string; duplicate_of: string }>(
        'SELECT lead_id, duplicate_of FROM lead_dedupe WHERE duplicate_of IS NOT NULL AND lead_id = ANY($1::uuid[])',
        [leadIds],
      );
      return new Map(rows.map((row) => [row.lead_id, row.duplicate_of]));
    },
  };
}
