import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadStore } from '../../src/receiver/LeadStore.ts';
import { createMemoryLeadStore } from '../../src/receiver/memoryLeadStore.ts';
import { createSqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
let t: TestReceiver | undefined;

afterEach(() => {
  t?.cleanup();
  t = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'leads.sqlite');
}

// The child stores leads one by one and, after each insert returns, appends the leadId to a log:
// every id in the log is a lead the receiver would have answered 201 for.
const CHILD = `
import { appendFileSync } from 'node:fs';
import { createSqliteLeadStore } from ${JSON.stringify(join(ROOT, 'src/receiver/sqliteLeadStore.ts'))};
import { sampleLead } from ${JSON.stringify(join(ROOT, 'tests/unit/receiverFixtures.ts'))};
const store = createSqliteLeadStore(process.env.LEADS_DB);
for (let i = 0; i < 100000; i++) {
  const lead = sampleLead({ createdAt: new Date(Date.UTC(2026, 0, 1) + i).toISOString() });
  if (store.insert(lead) === 'accepted') appendFileSync(process.env.ACCEPTED_LOG, lead.leadId + '\\n');
}
`;

function acceptedIds(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((id) => id.length === 36) : [];
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each([
  ['SQLite', () => createSqliteLeadStore(tempDb())],
  ['memory', () => createMemoryLeadStore()],
] as Array<[string, () => LeadStore & { close?: () => void }]>)('the %s lead store', (_name, open) => {
  it('stores a lead once and reports the second insert of its leadId as a duplicate', async () => {
    const store = open();
    const lead = sampleLead();
    expect(await store.insert(lead)).toBe('accepted');
    expect(await store.insert({ ...lead, testMode: true })).toBe('duplicate');
    expect(await store.count()).toBe(1);
    expect(await store.list()).toEqual([lead]);
    store.close?.();
  });

  it('lists newest first, one school only when asked, and at most the limit', async () => {
    const store = open();
    const a = sampleLead({ createdAt: '2026-01-01T00:00:00.000Z' });
    const b = sampleLead({ createdAt: '2026-03-01T00:00:00.000Z', school: { id: 'kaplan-university', name: 'Kaplan University' } });
    const c = sampleLead({ createdAt: '2026-02-01T00:00:00.000Z' });
    for (const lead of [a, b, c]) await store.insert(lead);
    expect((await store.list()).map((l) => l.leadId)).toEqual([b.leadId, c.leadId, a.leadId]);
    expect((await store.list({ schoolId: a.school.id })).map((l) => l.leadId)).toEqual([c.leadId, a.leadId]);
    expect((await store.list({ limit: 1 })).map((l) => l.leadId)).toEqual([b.leadId]);
    store.close?.();
  });
});

describe('the SQLite lead store on disk', () => {
  it('creates the database directory, uses WAL and keeps leads across a restart', () => {
    const path = tempDb();
    const first = createSqliteLeadStore(path);
    const lead = sampleLead();
    first.insert(lead);
    first.close();
    expect(existsSync(path)).toBe(true);
    const again = createSqliteLeadStore(path);
    expect(again.list()).toEqual([lead]);
    again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
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
    const stored = new Set(store.list().map((lead) => lead.leadId));
    expect(accepted.length).toBeGreaterThanOrEqual(200);
    expect(accepted.filter((id) => !stored.has(id))).toEqual([]);
    expect(store.insert(sampleLead())).toBe('accepted');
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  }, 30_000);
});

describe('the receiver under concurrent load', () => {
  it('stores exactly the distinct leads of 500 concurrent POSTs, half of them duplicates', async () => {
    t = testReceiver();
    const leads = Array.from({ length: 250 }, () => sampleLead());
    const posts = [...leads, ...leads].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(posts.map((lead) => t!.receiver.fetch(postRequest(lead))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(250);
    expect(statuses.filter((s) => s === 200)).toHaveLength(250);
    expect(t.store.count()).toBe(250);
    expect(new Set(t.store.list().map((l) => l.leadId))).toEqual(new Set(leads.map((l) => l.leadId)));
  });
});
