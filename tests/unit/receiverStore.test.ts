import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import type { LeadStore, Receipt } from '../../src/receiver/LeadStore.ts';
import { createMemoryLeadStore } from '../../src/receiver/memoryLeadStore.ts';
import { createPostgresLeadStore, POSTGRES_MIGRATIONS } from '../../src/receiver/postgresLeadStore.ts';
import { createSqliteLeadStore, SQLITE_MIGRATIONS } from '../../src/receiver/sqliteLeadStore.ts';
import { createTestDatabase } from './postgresCluster.ts';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const opened: LeadStore[] = [];
let t: TestReceiver | undefined;

afterEach(async () => {
  t?.cleanup();
  t = undefined;
  for (const store of opened.splice(0)) await Promise.resolve(store.close()).catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'leads.sqlite');
}

function receipt(receivedAt: string, ip = '203.0.113.7'): Receipt {
  return { receivedAt, ip };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute)).toISOString();

async function track<T extends LeadStore>(store: T | Promise<T>): Promise<T> {
  const ready = await store;
  opened.push(ready);
  return ready;
}

const STORES: Array<[string, () => Promise<LeadStore>]> = [
  ['SQLite', () => track(createSqliteLeadStore(tempDb()))],
  ['PostgreSQL', async () => track(createPostgresLeadStore(await createTestDatabase(inject('postgresUrl'))))],
  ['memory', () => track(createMemoryLeadStore())],
];

describe.each(STORES)('the %s lead store', (_name, open) => {
  it('stores a lead once with its receipt and reports the second insert of its leadId as a duplicate', async () => {
    const store = await open();
    const lead = sampleLead();
    expect(await store.insert(lead, receipt(at(1), '198.51.100.4'))).toBe('accepted');
    expect(await store.insert({ ...lead, testMode: true }, receipt(at(2)))).toBe('duplicate');
    expect(await store.count()).toBe(1);
    const [stored] = await store.list();
    expect(stored?.lead).toEqual(lead);
    expect(stored?.receivedAt).toBe(at(1));
    expect(stored?.ip).toBe('198.51.100.4');
  });

  it('lists by the time it received leads, newest first, whatever createdAt the client claims', async () => {
    const store = await open();
    const farFuture = sampleLead({ createdAt: '9999-12-31T23:59:59.000Z' });
    const recent = sampleLead({ createdAt: '2026-01-01T00:00:00.000Z' });
    await store.insert(farFuture, receipt(at(1)));
    await store.insert(recent, receipt(at(2)));
    expect((await store.list()).map((s) => s.lead.leadId)).toEqual([recent.leadId, farFuture.leadId]);
  });

  it('pages with the cursor of the last lead shown, ties in receipt time broken by last stored first', async () => {
    const store = await open();
    const leads = Array.from({ length: 7 }, () => sampleLead());
    for (const [i, lead] of leads.entries()) await store.insert(lead, receipt(at(i < 4 ? 5 : 6)));
    const newestFirst = [...leads].reverse().map((lead) => lead.leadId);
    const first = await store.list({ limit: 3 });
    const second = await store.list({ limit: 3, before: first.at(-1)?.cursor ?? '' });
    const third = await store.list({ limit: 3, before: second.at(-1)?.cursor ?? '' });
    expect([...first, ...second, ...third].map((s) => s.lead.leadId)).toEqual(newestFirst);
    expect(third).toHaveLength(1);
  });

  it('filters by school, by test or live, and by receipt time from (inclusive) to (exclusive)', async () => {
    const store = await open();
    const kaplan = { id: 'kaplan-university', name: 'Kaplan University' };
    const a = sampleLead();
    const b = sampleLead({ school: kaplan });
    const c = sampleLead({ testMode: true });
    await store.insert(a, receipt(at(1)));
    await store.insert(b, receipt(at(2)));
    await store.insert(c, receipt(at(3)));
    const ids = async (options: Parameters<LeadStore['list']>[0]) =>
      (await store.list(options)).map((s) => s.lead.leadId);
    expect(await ids({ schoolId: a.school.id })).toEqual([c.leadId, a.leadId]);
    expect(await ids({ testMode: true })).toEqual([c.leadId]);
    expect(await ids({ testMode: false })).toEqual([b.leadId, a.leadId]);
    expect(await ids({ from: at(2), to: at(3) })).toEqual([b.leadId]);
    expect(await store.count({ schoolId: a.school.id, testMode: false })).toBe(1);
    expect(await store.schools()).toEqual([
      { id: 'colorado-technical-university', name: 'Colorado Technical University' },
      kaplan,
    ]);
  });

  it('keeps sign-in sessions until they expire or are deleted', async () => {
    const store = await open();
    await store.createSession('hash-old', at(1), at(0));
    await store.createSession('hash-a', at(30), at(2));
    await store.createSession('hash-b', at(30), at(2));
    expect(await store.sessionIsValid('hash-old', at(0))).toBe(false);
    expect(await store.sessionIsValid('hash-a', at(29))).toBe(true);
    expect(await store.sessionIsValid('hash-a', at(30))).toBe(false);
    expect(await store.sessionIsValid('hash-unknown', at(1))).toBe(false);
    await store.deleteSession('hash-a');
    expect(await store.sessionIsValid('hash-a', at(1))).toBe(false);
    expect(await store.sessionIsValid('hash-b', at(1))).toBe(true);
  });

  it('answers the health check while open', async () => {
    const store = await open();
    await expect(Promise.resolve(store.ping())).resolves.toBeUndefined();
  });
});

describe.each(STORES.slice(0, 2))('the %s database', (_name, open) => {
  it('fails loudly on a broken constraint other than a repeated leadId instead of calling it a duplicate', async () => {
    const store = await open();
    const broken = { receivedAt: null, ip: '203.0.113.7' } as unknown as Receipt;
    await expect(Promise.resolve().then(() => store.insert(sampleLead(), broken))).rejects.toThrow(/null/i);
    expect(await store.count()).toBe(0);
  });

  it('fails the health check once closed', async () => {
    const store = await open();
    await store.close();
    await expect(Promise.resolve().then(() => store.ping())).rejects.toThrow();
  });
});

describe("writing another module's rows with each accepted lead (onAccepted, extra migrations)", () => {
  const outbox = { version: 100, sql: 'CREATE TABLE outbox (lead_id TEXT NOT NULL)' };

  it('SQLite: commits the rows with the lead, skips duplicates, and rolls the lead back when the hook fails', async () => {
    let fail = false;
    const store = await track(
      createSqliteLeadStore(tempDb(), {
        migrations: [outbox],
        onAccepted: (db, lead) => {
          db.prepare('INSERT INTO outbox (lead_id) VALUES (?)').run(lead.leadId);
          if (fail) throw new Error('outbox full');
        },
      }),
    );
    const lead = sampleLead();
    expect(store.insert(lead, receipt(at(1)))).toBe('accepted');
    expect(store.insert(lead, receipt(at(2)))).toBe('duplicate');
    fail = true;
    expect(() => store.insert(sampleLead(), receipt(at(3)))).toThrow('outbox full');
    expect(store.count()).toBe(1);
    expect(store.db.prepare('SELECT lead_id FROM outbox').all()).toEqual([{ lead_id: lead.leadId }]);
  });

  it('PostgreSQL: commits the rows with the lead, skips duplicates, and rolls the lead back when the hook fails', async () => {
    let fail = false;
    const store = await track(
      createPostgresLeadStore(await createTestDatabase(inject('postgresUrl')), {
        migrations: [outbox],
        onAccepted: async (client, lead) => {
          await client.query('INSERT INTO outbox (lead_id) VALUES ($1)', [lead.leadId]);
          if (fail) throw new Error('outbox full');
        },
      }),
    );
    const lead = sampleLead();
    const [first, second] = await Promise.all([store.insert(lead, receipt(at(1))), store.insert(lead, receipt(at(1)))]);
    expect([first, second].sort()).toEqual(['accepted', 'duplicate']);
    fail = true;
    await expect(store.insert(sampleLead(), receipt(at(3)))).rejects.toThrow('outbox full');
    expect(await store.count()).toBe(1);
    expect((await store.pool.query('SELECT lead_id FROM outbox')).rows).toEqual([{ lead_id: lead.leadId }]);
  });
});

describe('PostgreSQL migrations', () => {
  it('are applied once when several processes start on an empty database at the same moment', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => track(createPostgresLeadStore(url, { maxConnections: 2 }))),
    );
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(await stores[0]?.insert(sampleLead(), receipt(at(1)))).toBe('accepted');
  });

  it('refuses to open a database it cannot reach, with the driver saying why', async () => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = '/no_such_database';
    await expect(createPostgresLeadStore(url.toString())).rejects.toThrow(/no_such_database/);
  });
});

// The child stores leads one by one and, after each insert returns, appends the leadId to a log:
// every id in the log is a lead the receiver would have answered 201 for.
const CHILD = `
import { appendFileSync } from 'node:fs';
import { createSqliteLeadStore } from ${JSON.stringify(join(ROOT, 'src/receiver/sqliteLeadStore.ts'))};
import { sampleLead } from ${JSON.stringify(join(ROOT, 'tests/unit/receiverFixtures.ts'))};
const store = createSqliteLeadStore(process.env.LEADS_DB);
for (let i = 0; i < 100000; i++) {
  const lead = sampleLead();
  if (store.insert(lead, { receivedAt: new Date().toISOString(), ip: '127.0.0.1' }) === 'accepted') {
    appendFileSync(process.env.ACCEPTED_LOG, lead.leadId + '\\n');
  }
}
`;

function acceptedIds(log: string): string[] {
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((id) => id.length === 36)
    : [];
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the SQLite lead store on disk', () => {
  it('creates the database directory, uses WAL and keeps leads across a restart', () => {
    const path = tempDb();
    const first = createSqliteLeadStore(path);
    const lead = sampleLead();
    first.insert(lead, receipt(at(1)));
    first.close();
    expect(existsSync(path)).toBe(true);
    const again = createSqliteLeadStore(path);
    expect(again.list().map((s) => s.lead)).toEqual([lead]);
    again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('upgrades a file written before schema versions, keeping its leads', () => {
    const path = tempDb();
    createSqliteLeadStore(path).close(); // makes the directory
    rmSync(path, { force: true });
    const lead = sampleLead({ testMode: true });
    const legacy = new Database(path);
    legacy.exec(`CREATE TABLE leads (lead_id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, school_id TEXT NOT NULL,
                 received_at TEXT NOT NULL, lead_json TEXT NOT NULL);
                 CREATE INDEX leads_by_created_at ON leads (created_at);`);
    legacy
      .prepare('INSERT INTO leads VALUES (?, ?, ?, ?, ?)')
      .run(lead.leadId, lead.createdAt, lead.school.id, at(1), JSON.stringify(lead));
    legacy.close();

    const store = createSqliteLeadStore(path);
    expect(store.list({ testMode: true }).map((s) => [s.lead, s.receivedAt, s.ip])).toEqual([[lead, at(1), 'unknown']]);
    expect(store.schools()).toEqual([{ id: lead.school.id, name: lead.school.name }]);
    expect(store.insert(lead, receipt(at(2)))).toBe('duplicate');
    store.close();
    const raw = new Database(path, { readonly: true });
    const versions = raw.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{
      version: number;
    }>;
    raw.close();
    expect(versions.map((row) => row.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
  });

  it('loses no accepted lead when the process is killed mid-write', async () => {
    const path = tempDb();
    const log = join(path, '..', '..', 'accepted.log');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      cwd: ROOT,
      env: { ...process.env, LEADS_DB: path, ACCEPTED_LOG: log },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    try {
      await waitFor(() => acceptedIds(log).length >= 200, 20_000);
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`the child stored too few leads: ${String(error)}\n${stderr}`);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const accepted = acceptedIds(log);
    const store = createSqliteLeadStore(path);
    const stored = new Set(store.list().map((s) => s.lead.leadId));
    expect(accepted.length).toBeGreaterThanOrEqual(200);
    expect(accepted.filter((id) => !stored.has(id))).toEqual([]);
    expect(store.insert(sampleLead(), receipt(at(1)))).toBe('accepted');
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  }, 30_000);
});

describe('the receiver under concurrent load', () => {
  it('stores exactly the distinct leads of 500 concurrent POSTs, half of them duplicates', async () => {
    t = testReceiver();
    const leads: Lead[] = Array.from({ length: 250 }, () => sampleLead());
    const posts = [...leads, ...leads].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(posts.map((lead) => t!.receiver.fetch(postRequest(lead))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(250);
    expect(statuses.filter((s) => s === 200)).toHaveLength(250);
    expect(t.store.count()).toBe(250);
    expect(new Set(t.store.list().map((s) => s.lead.leadId))).toEqual(new Set(leads.map((l) => l.leadId)));
  });
});
