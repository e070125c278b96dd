// Forwarding as `npm run receiver` runs it: real receiver processes, real HTTP, a loopback CRM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import { createTestDatabase } from './postgresCluster.ts';
import { startTestCrm, testSecret, type CrmAnswer, type TestCrm } from './webhookCrm.ts';
import { uniqueLead } from './webhookFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const children: ChildProcess[] = [];
const crms: TestCrm[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(crms.splice(0).map((crm) => crm.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface ReceiverProcess {
  origin: string;
  output: () => string;
  exited: Promise<number | null>;
  child: ChildProcess;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-forwarding-process-'));
  dirs.push(dir);
  return dir;
}

function spawnReceiver(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/receiverCommand.ts', '--port', '0'], {
    cwd: ROOT,
    env: {
      ...process.env,
      RATE_LIMIT: '100000',
      LEADS_TOKEN: 'forwarding-test-token-0123456789',
      HOST: '',
      TRUST_PROXY: '',
      CATALOG: '',
      DEDUPE_DAYS: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

async function startReceiver(env: Record<string, string>): Promise<ReceiverProcess> {
  const started = spawnReceiver(env);
  const deadline = Date.now() + 30_000;
  let port: string | undefined;
  while ((port = /listening on port (\d+)/.exec(started.output())?.[1]) === undefined) {
    if (started.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the receiver did not start:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, ...started };
}

async function postLead(origin: string, lead: Lead): Promise<number> {
  const response = await fetch(`${origin}/api/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
    body: JSON.stringify(lead),
  });
  await response.arrayBuffer();
  return response.status;
}

function webhooksFile(destinations: Array<{ url: string; secret: string }>): string {
  const path = join(tempDir(), 'webhooks.json');
  writeFileSync(path, JSON.stringify(destinations.map((destination) => ({ school: '*', ...destination }))));
  return path;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('two receiver processes on one PostgreSQL database', () => {
  it('deliver 100 leads, each posted to both, exactly once to each destination and never two attempts at once', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const secret = testSecret();
    const slowly = (): CrmAnswer => ({ status: 201, delayMs: Math.floor(Math.random() * 20) });
    crms.push(await startTestCrm(secret, slowly), await startTestCrm(secret, slowly));
    const env = { LEADS_DB: url, LEADS_WEBHOOKS: webhooksFile(crms.map((crm) => ({ url: crm.url, secret }))) };
    const receivers = [await startReceiver(env), await startReceiver(env)];

    const leads = Array.from({ length: 100 }, () => uniqueLead());
    for (let i = 0; i < leads.length; i += 10) {
      // Every lead reaches both processes at once, as a widget retrying through a load balancer might send it.
      const statuses = await Promise.all(
        leads.slice(i, i + 10).flatMap((lead) => receivers.map((r) => postLead(r.origin, lead))),
      );
      expect(statuses.every((status) => status === 201 || status === 200)).toBe(true);
    }
    await Promise.all(crms.map((crm) => crm.waitFor(100, 30_000)));
    await until(
      async () =>
        (
          await query<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM webhook_deliveries WHERE state = 'delivered'")
        )[0]?.n === 200,
      'every delivery is recorded as delivered',
    );
    // Both workers poll again meanwhile: nothing more may arrive.
    await new Promise((r) => setTimeout(r, 1500));

    for (const crm of crms) {
      expect(crm.received).toHaveLength(100);
      expect(new Set(crm.received.map((hook) => hook.id))).toEqual(new Set(leads.map((lead) => lead.leadId)));
      expect(crm.received.every((hook) => hook.signatureValid)).toBe(true);
      expect(crm.maxConcurrentPerId()).toBe(1);
    }
    const body = crms[0]?.received[0]?.body as { data?: { receipt?: { ip?: string; receivedAt?: string } } };
    expect(body.data?.receipt?.ip).toBe('127.0.0.1');
    expect(await query(url, 'SELECT state, COUNT(*)::int AS n FROM webhook_deliveries GROUP BY state')).toEqual([
      { state: 'delivered', n: 200 },
    ]);
  }, 120_000);

  it('flag exactly one of two copies of a person that reach the two processes at the same moment, and forward only the other', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const secret = testSecret();
    crms.push(await startTestCrm(secret));
    const env = { LEADS_DB: url, LEADS_WEBHOOKS: webhooksFile([{ url: crms[0]?.url ?? '', secret }]) };
    const [one, two] = [await startReceiver(env), await startReceiver(env)];
    const pairs = Array.from({ length: 20 }, () => {
      const first = uniqueLead();
      return [first, uniqueLead({ contact: first.contact })] as const;
    });
    const statuses = await Promise.all(pairs.flatMap(([a, b]) => [postLead(one.origin, a), postLead(two.origin, b)]));
    expect(statuses.every((status) => status === 201)).toBe(true);

    const rows = await query<{ lead_id: string; duplicate_of: string | null }>(
      url,
      'SELECT lead_id, duplicate_of FROM lead_dedupe',
    );
    const duplicateOf = new Map(rows.map((row) => [row.lead_id, row.duplicate_of]));
    for (const [a, b] of pairs) {
      const flags = [duplicateOf.get(a.leadId), duplicateOf.get(b.leadId)];
      expect(flags.filter((flag) => flag !== null)).toHaveLength(1);
    }
    await crms[0]?.waitFor(20);
    await new Promise((r) => setTimeout(r, 1000));
    const originals = new Set(rows.filter((row) => row.duplicate_of === null).map((row) => row.lead_id));
    expect(new Set(crms[0]?.received.map((hook) => hook.id))).toEqual(originals);
    expect(crms[0]?.received).toHaveLength(20);
  }, 120_000);
});

describe('a receiver restarted between two attempts', () => {
  it('sends the pending delivery after the restart', async () => {
    const secret = testSecret();
    const crm = await startTestCrm(secret, [{ status: 503 }, { status: 201 }]);
    crms.push(crm);
    const dbPath = join(tempDir(), 'leads.sqlite');
    const env = { LEADS_DB: dbPath, LEADS_WEBHOOKS: webhooksFile([{ url: crm.url, secret }]) };
    const first = await startReceiver(env);
    const lead = uniqueLead();
    expect(await postLead(first.origin, lead)).toBe(201);
    await crm.waitFor(1);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const db = new Database(dbPath);
    try {
      const pending = db.prepare('SELECT state, attempts, last_status FROM webhook_deliveries').all();
      expect(pending).toEqual([{ state: 'pending', attempts: 1, last_status: 503 }]);
      // The next attempt is due 30 s (±25%) later; rather than wait, the test moves that time to now.
      db.prepare('UPDATE webhook_deliveries SET next_attempt_at = ?').run(Date.now());
    } finally {
      db.close();
    }

    await startReceiver(env);
    await crm.waitFor(2);
    expect(crm.received.map((hook) => hook.id)).toEqual([lead.leadId, lead.leadId]);
    expect(crm.received.every((hook) => hook.signatureValid)).toBe(true);
  }, 60_000);
});

describe('a bad LEADS_WEBHOOKS file', () => {
  it('stops npm run receiver with one line naming LEADS_WEBHOOKS and the problem', async () => {
    const path = join(tempDir(), 'webhooks.json');
    writeFileSync(path, JSON.stringify([{ school: '*', url: 'http://crm.example/leads', secret: testSecret() }]));
    const started = spawnReceiver({ LEADS_DB: join(tempDir(), 'leads.sqlite'), LEADS_WEBHOOKS: path });
    expect(await started.exited).toBe(1);
    const lines = started.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[schoolmatch\] LEADS_WEBHOOKS \(.*webhooks\.json\): destination 1 "url" must be https: \(http: only on localhost or 127\.0\.0\.1\)/,
    );
  }, 30_000);
});
