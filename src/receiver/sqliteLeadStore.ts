import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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

/** A lead store in a SQLite file: every method answers at once. Node only. */
export interface SqliteLeadStore extends LeadStore {
  insert(lead: Lead, receipt: Receipt): InsertOutcome;
  list(options?: ListOptions): StoredLead[];
  count(options?: ListOptions): number;
  schools(): SchoolWithLeads[];
  ping(): void;
  createSession(idHash: string, expiresAt: string, now: string): void;
  sessionIsValid(idHash: string, now: string): boolean;
  deleteSession(idHash: string): void;
  close(): void;
  /** The database, for modules that keep their own tables in the same file. */
  db: Database.Database;
}

/** Options of {@link createSqliteLeadStore}. */
export interface SqliteLeadStoreOptions {
  /** When a commit reaches the disk: FULL (default) before insert() returns; NORMAL at the next checkpoint. */
  synchronous?: 'FULL' | 'NORMAL';
  /** More migrations (another module's tables), applied after the store's own; use versions from 100 up. */
  migrations?: readonly Migration[];
  /**
   * Runs in the transaction that stores an accepted lead (never for a duplicate), so what it writes is
   * committed with the lead or not at all; throwing rolls the lead back and insert() throws.
   */
  onAccepted?: (db: Database.Database, lead: Lead, receipt: Receipt) => void;
}

/**
 * The schema, one step per version; each step runs once, in order, recorded in schema_migrations.
 * Version 1 is the layout files written before versioning already have, so they upgrade in place.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE IF NOT EXISTS leads (
        lead_id     TEXT PRIMARY KEY NOT NULL,
        created_at  TEXT NOT NULL,
        school_id   TEXT NOT NULL,
        received_at TEXT NOT NULL,
        lead_json   TEXT NOT NULL
      );`,
  },
  {
    version: 2,
    sql: `
      ALTER TABLE leads ADD COLUMN client_ip TEXT NOT NULL DEFAULT 'unknown';
      ALTER TABLE leads ADD COLUMN school_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE leads ADD COLUMN test_mode INTEGER NOT NULL DEFAULT 0;
      UPDATE leads SET school_name = json_extract(lead_json, '$.school.name'),
                       test_mode = CASE WHEN json_extract(lead_json, '$.testMode') THEN 1 ELSE 0 END;
      DROP INDEX IF EXISTS leads_by_created_at;
      DROP INDEX IF EXISTS leads_by_school;
      -- An index ends with the rowid on its own, so these also order ties by insertion.
      CREATE INDEX leads_by_received_at ON leads (received_at);
      CREATE INDEX leads_by_school_received_at ON leads (school_id, received_at);
      CREATE TABLE sessions (
        id_hash    TEXT PRIMARY KEY NOT NULL,
        expires_at TEXT NOT NULL
      );`,
  },
];

function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE takes the write lock first, so of two processes opening the file at once one migrates
  // and the other (waiting on busy_timeout) then finds every version applied.
  db.transaction(() => {
    const applied = new Set(
      db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((row) => row.version),
    );
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    }
  }).immediate();
}

interface LeadRow {
  lead_json: string;
  received_at: string;
  client_ip: string;
  seq: number;
}

// The WHERE clause and parameters of a listing; every value is bound, never spliced into the SQL.
function where(options: ListOptions, paging: boolean): { sql: string; params: Record<string, string | number> } {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (options.schoolId !== undefined) (clauses.push('school_id = @schoolId'), (params['schoolId'] = options.schoolId));
  if (options.testMode !== undefined)
    (clauses.push('test_mode = @testMode'), (params['testMode'] = options.testMode ? 1 : 0));
  if (options.from !== undefined) (clauses.push('received_at >= @from'), (params['from'] = options.from));
  if (options.to !== undefined) (clauses.push('received_at < @to'), (params['to'] = options.to));
  const cursor = paging && options.before !== undefined ? decodeCursor(options.before) : null;
  if (cursor !== null) {
    clauses.push('(received_at, rowid) < (@cursorAt, @cursorSeq)');
    params['cursorAt'] = cursor.receivedAt;
    params['cursorSeq'] = cursor.seq;
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** Opens (creating the file and its directory when missing, and migrating its schema) the SQLite lead store at `path`. */
export function createSqliteLeadStore(path: string, options: SqliteLeadStoreOptions = {}): SqliteLeadStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // A second process (a restart overlapping the old one, a backup) waits instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  // WAL: readers (the marketer's view) never block the writer, and a commit is one append to the log.
  db.pragma('journal_mode = WAL');
  // FULL: every commit is fsynced before insert() returns, so a lead answered with 201 survives a process
  // crash *and* a power cut or kernel panic. NORMAL survives a process crash only (the WAL is fsynced at
  // checkpoints). A real site gets well under one lead a second and FULL still takes over a hundred a second
  // (see the receiver benchmark), so the default pays one fsync per lead for the stronger promise.
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  migrate(db, [...SQLITE_MIGRATIONS, ...(options.migrations ?? [])]);

  // Outside BEGIN…COMMIT each statement is its own transaction: one lead, one atomic, durable commit.
  // ON CONFLICT (lead_id) DO NOTHING: a repeated leadId (a retried delivery) is "no change", and any other
  // broken constraint still fails loudly instead of passing for a duplicate.
  const insert = db.prepare(
    `INSERT INTO leads (lead_id, created_at, school_id, school_name, test_mode, received_at, client_ip, lead_json)
     VALUES (@leadId, @createdAt, @schoolId, @schoolName, @testMode, @receivedAt, @ip, @json)
     ON CONFLICT (lead_id) DO NOTHING`,
  );
  const schools = db.prepare<[], SchoolWithLeads>(
    'SELECT school_id AS id, MAX(school_name) AS name FROM leads GROUP BY school_id ORDER BY name, id',
  );
  const createSession = db.prepare('INSERT INTO sessions (id_hash, expires_at) VALUES (?, ?)');
  const pruneSessions = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const findSession = db.prepare<[string, string], { n: number }>(
    'SELECT 1 AS n FROM sessions WHERE id_hash = ? AND expires_at > ?',
  );
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
  // Listings vary by filter; their statements are prepared once per shape.
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (found === undefined) prepared.set(sql, (found = db.prepare(sql)));
    return found;
  };

  const insertRow = (lead: Lead, receipt: Receipt) =>
    insert.run({
      leadId: lead.leadId,
      createdAt: lead.createdAt,
      schoolId: lead.school.id,
      schoolName: lead.school.name,
      testMode: lead.testMode ? 1 : 0,
      receivedAt: receipt.receivedAt,
      ip: receipt.ip,
      json: JSON.stringify(lead),
    }).changes === 1;
  const onAccepted = options.onAccepted;
  const insertWithHook =
    onAccepted === undefined
      ? undefined
      : db.transaction((lead: Lead, receipt: Receipt) => {
          const accepted = insertRow(lead, receipt);
          if (accepted) onAccepted(db, lead, receipt);
          return accepted;
        });

  return {
    db,
    insert(lead: Lead, receipt: Receipt): InsertOutcome {
      const accepted =
        insertWithHook === undefined ? insertRow(lead, receipt) : insertWithHook.immediate(lead, receipt);
      return accepted ? 'accepted' : 'duplicate';
    },
    list(options: ListOptions = {}): StoredLead[] {
      const filter = where(options, true);
      // SQLite reads LIMIT -1 as "no limit".
      const sql = `SELECT lead_json, received_at, client_ip, rowid AS seq FROM leads ${filter.sql}
                   ORDER BY received_at DESC, rowid DESC LIMIT @limit`;
      const rows = statement(sql).all({ ...filter.params, limit: options.limit ?? -1 }) as LeadRow[];
      return rows.map((row) => ({
        lead: JSON.parse(row.lead_json) as Lead,
        receivedAt: row.received_at,
        ip: row.client_ip,
        cursor: encodeCursor(row.received_at, row.seq),
      }));
    },
    count(options: ListOptions = {}): number {
      const filter = where(options, false);
      return (statement(`SELECT COUNT(*) AS n FROM leads ${filter.sql}`).get(filter.params) as { n: number }).n;
    },
    schools(): SchoolWithLeads[] {
      return schools.all();
    },
    ping(): void {
      db.prepare('SELECT 1').get();
    },
    createSession(idHash: string, expiresAt: string, now: string): void {
      pruneSessions.run(now);
      createSession.run(idHash, expiresAt);
    },
    sessionIsValid(idHash: string, now: string): boolean {
      return findSession.get(idHash, now) !== undefined;
    },
    deleteSession(idHash: string): void {
      deleteSession.run(idHash);
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
