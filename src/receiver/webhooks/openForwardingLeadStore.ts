import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { LeadStore } from '../LeadStore.ts';
import { isPostgresUrl } from '../openLeadStore.ts';
import { createPostgresLeadStore } from '../postgresLeadStore.ts';
import { createSqliteLeadStore } from '../sqliteLeadStore.ts';
import type { ForwardingRules, LeadForwarding } from './LeadForwarding.ts';
import {
  createPostgresForwarding,
  POSTGRES_FORWARDING_MIGRATIONS,
  postgresForwardingHook,
} from './postgresForwarding.ts';
import { createSqliteForwarding, SQLITE_FORWARDING_MIGRATIONS, sqliteForwardingHook } from './sqliteForwarding.ts';

/** A lead store that dedupes and queues webhooks in the transaction storing each lead, and its forwarding side. */
export interface ForwardingLeadStore {
  store: LeadStore;
  forwarding: LeadForwarding;
}

/** Opens the store LEADS_DB names (PostgreSQL URL or SQLite file) with the dedupe window and the webhook outbox. */
export async function openForwardingLeadStore(location: string, rules: ForwardingRules): Promise<ForwardingLeadStore> {
  if (isPostgresUrl(location)) {
    const store = await createPostgresLeadStore(location, {
      migrations: POSTGRES_FORWARDING_MIGRATIONS,
      onAccepted: postgresForwardingHook(rules),
    });
    // As in SQLite below: the worker's own connections do not wait for the flush of each attempt record.
    const outboxPool = new pg.Pool({
      connectionString: location,
      max: 4,
      connectionTimeoutMillis: 3000,
      query_timeout: 10_000,
      options: '-c synchronous_commit=off',
    });
    outboxPool.on('error', () => undefined);
    const closeStore = store.close;
    store.close = async () => {
      await outboxPool.end().catch(() => undefined);
      await closeStore();
    };
    return { store, forwarding: createPostgresForwarding(outboxPool) };
  }
  const path = resolve(location);
  const store = createSqliteLeadStore(path, {
    migrations: SQLITE_FORWARDING_MIGRATIONS,
    onAccepted: sqliteForwardingHook(rules),
  });
  // The worker's claims and attempt records go through a second connection with synchronous=NORMAL: a record
  // lost to a power cut only means a delivery is sent again (same webhook-id), while waiting for a flush on each
  // would slow every lead's forwarding. The lead and its pending deliveries still commit with the store's FULL.
  const outboxDb = new Database(path);
  outboxDb.pragma('busy_timeout = 5000');
  outboxDb.pragma('synchronous = NORMAL');
  const closeStore = store.close;
  store.close = () => {
    if (outboxDb.open) outboxDb.close();
    closeStore();
  };
  return { store, forwarding: createSqliteForwarding(outboxDb) };
}
