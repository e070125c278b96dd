import { resolve } from 'node:path';
import type { LeadStore } from '../LeadStore.ts';
import { isPostgresUrl } from '../openLeadStore.ts';
import { createPostgresLeadStore } from '../postgresLeadStore.ts';
import { createSqliteLeadStore } from '../sqliteLeadStore.ts';
import type { ForwardingRules, LeadForwarding } from './LeadForwarding.ts';
import { createPostgresForwarding, POSTGRES_FORWARDING_MIGRATIONS, postgresForwardingHook } from './postgresForwarding.ts';
import { createSqliteForwarding, SQLITE_FORWARDING_MIGRATIONS, sqliteForwardingHook } from './sqliteForwarding.ts';

/** A lead store that dedupes and queues webhooks in the transaction storing each lead, and its forwarding side. */
export interface ForwardingLeadStore {
  store: LeadStore;
  forwarding: LeadForwarding;
}

/** Opens the store LEADS_DB names (PostgreSQL URL or SQLite file) with the dedupe window and the webhook outbox. */
export async function openForwardingLeadStore(location: string, rules: ForwardingRules): Promise<ForwardingLeadStore> {
  if (isPostgresUrl(location)) {
    const store = await createPostgresLeadStore(location, { migrations: POSTGRES_FORWARDING_MIGRATIONS, onAccepted: postgresForwardingHook(rules) });
    return { store, forwarding: createPostgresForwarding(store.pool) };
  }
  const store = createSqliteLeadStore(resolve(location), { migrations: SQLITE_FORWARDING_MIGRATIONS, onAccepted: sqliteForwardingHook(rules) });
  return { store, forwarding: createSqliteForwarding(store.db) };
}
