import pg from 'pg';
import type { Lead } from '../lead/schema.ts';
import { decodeCursor, encodeCursor } from './leadCursor.ts';
import type {
  InsertOutcome,
  LeadStore,
  ListOptions,
  Migration,
  Receipt,
  SchoolWithLeads,
  StoredLead,
} from './LeadStore.ts';

/** A lead store in PostgreSQL, shared by any number of receiver processes. */
export interface PostgresLeadStore extends LeadStore {
  insert(lead: Lead, receipt: Receipt): Promise<InsertOutcome>;
  list(options?: ListOptions): Promise<StoredLead[]>;
  count(options?: ListOptions): Promise<number>;
  schools(): Promise<SchoolWithLeads[]>;
  ping(): Promise<void>;
  createSession(idHash: string, expiresAt: string, now: string): Promise<void>;
  sessionIsValid(idHash: string, now: string): Promise<boolean>;
  deleteSession(idHash: string): Promise<void>;
  close(): Promise<void>;
  /** The connection pool, for modules that keep their own tables in the same database. */
  pool: pg.Pool;
}

/** Options of {@link createPostgresLeadStore}. */
export interface PostgresLeadStoreOptions {
  /** Most connections this process opens (default 10). */
  maxConnections?: number;
  /** More migrations (another module's tables), applied after the store's own under the same lock; use versions from 100 up. */
  migrations?: readonly Migration[];
  /**
   * Runs in the transaction that stores an accepted lead (never for a duplicate), on its connection, so what
   * it writes is committed with the lead or not at all; throwing rolls the lead back and insert() rejects.
   */
  onAccepted?: (client: pg.PoolClient, lead: Lead, receipt: Receipt) => Promise<void>;
}

/** The schema, one step per version; each step runs once, in order, recorded in schema_migrations. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE leads (
        seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        lead_id     uuid PRIMARY KEY,
        created_at  timestamptz NOT NULL,
        school_id   text NOT NULL,
        school_name text NOT NULL,
        test_mode   boolean NOT NULL,
        received_at timestamptz NOT NULL,
        client_ip   text NOT NULL,
        lead        jsonb NOT NULL
      );
      CREATE INDEX leads_by_received_at ON leads (received_at, seq);
      CREATE INDEX leads_by_school_received_at ON leads (school_id, received_at, seq);
      CREATE TABLE sessions (
        id_hash    text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );`,
  },
];

// Any constant works: it names "the receiver's schema" for pg_advisory_xact_lock across processes.
const MIGRATION_LOCK = 7_245_310_016;

/** Applies the missing migrations in one transaction, holding a lock so that processes starting together take turns. */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[] = POSTGRES_MIGRATIONS,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

// The WHERE clause and parameters of a listing; every value is bound, never spliced into the SQL.
function where(options: ListOptions, paging: boolean): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (options.schoolId !== undefined) add((p) => `school_id = ${p}`, options.schoolId);
  if (options.testMode !== undefined) add((p) => `test_mode = ${p}`, options.testMode);
  if (options.from !== undefined) add((p) => `received_at >= ${p}`, options.from);
  if (options.to !== undefined) add((p) => `received_at < ${p}`, options.to);
  const cursor = paging && options.before !== undefined ? decodeCursor(options.before) : null;
  if (cursor !== null) {
    params.push(cursor.receivedAt, cursor.seq);
    clauses.push(`(received_at, seq) < ($${params.length - 1}, $${params.length})`);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

interface LeadRow {
  lead: Lead;
  received_at: Date;
  client_ip: string;
  seq: string;
}

/**
 * Connects to PostgreSQL at `url` (postgres://user:password@host:port/database) and applies the schema
 * migrations; rejects when the database cannot be reached.
 */
export async function createPostgresLeadStore(
  url: string,
  options: PostgresLeadStoreOptions = {},
): Promise<PostgresLeadStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // A database that is away must turn into a quick 503 (the widget retries), not a request that hangs.
    connectionTimeoutMillis: 3000,
    query_timeout: 10_000,
  });
  // An idle connection the server closes (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, [...POSTGRES_MIGRATIONS, ...(options.migrations ?? [])]);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  const insertSql = `INSERT INTO leads (lead_id, created_at, school_id, school_name, test_mode, received_at, client_ip, lead)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (lead_id) DO NOTHING`;
  const insertParams = (lead: Lead, receipt: Receipt) => [
    lead.leadId,
    lead.createdAt,
    lead.school.id,
    lead.school.name,
    lead.testMode,
    receipt.receivedAt,
    receipt.ip,
    JSON.stringify(lead),
  ];
  const onAccepted = options.onAccepted;

  return {
    pool,
    async insert(lead: Lead, receipt: Receipt): Promise<InsertOutcome> {
      if (onAccepted === undefined) {
        // Autocommit: the row is committed (and, with synchronous_commit on, flushed) before the query returns.
        const result = await pool.query(insertSql, insertParams(lead, receipt));
        return result.rowCount === 1 ? 'accepted' : 'duplicate';
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await client.query(insertSql, insertParams(lead, receipt));
        const accepted = result.rowCount === 1;
        if (accepted) await onAccepted(client, lead, receipt);
        await client.query('COMMIT');
        return accepted ? 'accepted' : 'duplicate';
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async list(listOptions: ListOptions = {}): Promise<StoredLead[]> {
      const filter = where(listOptions, true);
      const limit = listOptions.limit === undefined ? '' : `LIMIT ${Math.max(0, Math.floor(listOptions.limit))}`;
      const { rows } = await pool.query<LeadRow>(
        `SELECT lead, received_at, client_ip, seq FROM leads ${filter.sql} ORDER BY received_at DESC, seq DESC ${limit}`,
        filter.params,
      );
      return rows.map((row) => {
        const receivedAt = row.received_at.toISOString();
        return { lead: row.lead, receivedAt, ip: row.client_ip, cursor: encodeCursor(receivedAt, row.seq) };
      });
    },
    async count(listOptions: ListOptions = {}): Promise<number> {
      const filter = where(listOptions, false);
      const { rows } = await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM leads ${filter.sql}`, filter.params);
      return Number(rows[0]?.n ?? 0);
    },
    async schools(): Promise<SchoolWithLeads[]> {
      const { rows } = await pool.query<SchoolWithLeads>(
        'SELECT school_id AS id, MAX(school_name) AS name FROM leads GROUP BY school_id ORDER BY name, id',
      );
      return rows;
    },
    async ping(): Promise<void> {
      await pool.query('SELECT 1');
    },
    async createSession(idHash: string, expiresAt: string, now: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
      await pool.query('INSERT INTO sessions (id_hash, expires_at) VALUES ($1, $2)', [idHash, expiresAt]);
    },
    async sessionIsValid(idHash: string, now: string): Promise<boolean> {
      const { rowCount } = await pool.query('SELECT 1 FROM sessions WHERE id_hash = $1 AND expires_at > $2', [
        idHash,
        now,
      ]);
      return rowCount === 1;
    },
    async deleteSession(idHash: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
