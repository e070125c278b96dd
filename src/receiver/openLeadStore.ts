import { resolve } from 'node:path';
import type { LeadStore } from './LeadStore.ts';
import { createPostgresLeadStore } from './postgresLeadStore.ts';
import { createSqliteLeadStore } from './sqliteLeadStore.ts';

/** Whether a LEADS_DB value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A LEADS_DB value fit for a log line: a PostgreSQL URL loses its password, a file path becomes absolute. */
export function describeLeadDb(location: string): string {
  if (!isPostgresUrl(location)) return resolve(location);
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'a postgres:// URL';
  }
}

/** Opens the store LEADS_DB names: PostgreSQL for a postgres:// or postgresql:// URL, else a SQLite file. */
export async function openLeadStore(location: string): Promise<LeadStore> {
  return isPostgresUrl(location) ? createPostgresLeadStore(location) : createSqliteLeadStore(resolve(location));
}
