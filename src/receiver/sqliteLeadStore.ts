import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Lead } from '../lead/schema.ts';
import type { InsertOutcome, LeadStore, ListOptions } from './LeadStore.ts';

/** A lead store in a SQLite file, plus `close()` for shutdown. Node only. */
export interface SqliteLeadStore extends LeadStore {
  insert(lead: Lead): InsertOutcome;
  list(options?: ListOptions): Lead[];
  count(): number;
  /** Closes the database; the store must not be used afterwards. */
  close(): void;
}

/** Options of {@link createSqliteLeadStore}. */
export interface SqliteLeadStoreOptions {
  /** When a commit reaches the disk: FULL (default) before insert() returns; NORMAL at the next checkpoint. */
  synchronous?: 'FULL' | 'NORMAL';
}

/** Opens (creating the file and its directory when missing) the SQLite lead store at `path`. */
export function createSqliteLeadStore(path: string, options: SqliteLeadStoreOptions = {}): SqliteLeadStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL: readers (the marketer's view) never block the writer, and a commit is one append to the log.
  db.pragma('journal_mode = WAL');
  // FULL: every commit is fsynced before insert() returns, so a lead answered with 201 survives a process
  // crash *and* a power cut or kernel panic. NORMAL survives a process crash only (the WAL is fsynced at
  // checkpoints). A real site gets well under one lead a second and FULL still takes over a hundred a second
  // (see the receiver benchmark), so the default pays one fsync per lead for the stronger promise.
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  // A second process (a restart overlapping the old one, a backup) waits instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS leads (
      lead_id     TEXT PRIMARY KEY NOT NULL,
      created_at  TEXT NOT NULL,
      school_id   TEXT NOT NULL,
      received_at TEXT NOT NULL,
      lead_json   TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS leads_by_created_at ON leads (created_at);
    CREATE INDEX IF NOT EXISTS leads_by_school ON leads (school_id, created_at);
  `);

  // Outside BEGIN…COMMIT each statement is its own transaction: one lead, one atomic, durable commit.
  // OR IGNORE turns a repeated leadId (a retried delivery) into "no change" instead of an error.
  const insert = db.prepare(
    `INSERT OR IGNORE INTO leads (lead_id, created_at, school_id, received_at, lead_json)
     VALUES (@leadId, @createdAt, @schoolId, @receivedAt, @json)`,
  );
  const listAll = db.prepare<[number], { lead_json: string }>(
    'SELECT lead_json FROM leads ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const listSchool = db.prepare<[string, number], { lead_json: string }>(
    'SELECT lead_json FROM leads WHERE school_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM leads');

  return {
    insert(lead: Lead): InsertOutcome {
      const result = insert.run({
        leadId: lead.leadId,
        createdAt: lead.createdAt,
        schoolId: lead.school.id,
        receivedAt: new Date().toISOString(),
        json: JSON.stringify(lead),
      });
      return result.changes === 1 ? 'accepted' : 'duplicate';
    },
    list(options: ListOptions = {}): Lead[] {
      // SQLite reads LIMIT -1 as "no limit".
      const limit = options.limit ?? -1;
      const rows = options.schoolId === undefined ? listAll.all(limit) : listSchool.all(options.schoolId, limit);
      return rows.map((row) => JSON.parse(row.lead_json) as Lead);
    },
    count(): number {
      return countAll.get()?.n ?? 0;
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}
