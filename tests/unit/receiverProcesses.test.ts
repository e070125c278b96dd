// The receiver as the command `npm run receiver` runs it: real processes, real HTTP, SQLite or PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import { createTestDatabase, startPostgresCluster, type PostgresCluster } from './postgresCluster.ts';
import { sampleLead } from './receiverFixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'process-test-token-0123456789';

interface ReceiverProcess {
  origin: string;
  output: () => string;
  child: ChildProcess;
  exited: Promise<NodeJS.Signals | number | null>;
}

const children: ChildProcess[] = [];
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Starts `npm run receiver`'s entry (without the npm and tsx wrappers, so a signal reaches the server itself). */
async function startReceiver(env: Record<string, string>): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/receiverCommand.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, RATE_LIMIT: '100000', LEADS_TOKEN: TOKEN, HOST: '', TRUST_PROXY: '', CATALOG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.on('exit', (code, signal) => done(signal ?? code)),
  );
  const deadline = Date.now() + 30_000;
  let port: string | undefined;
  while ((port = /listening on port (\d+)/.exec(output)?.[1]) === undefined) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the receiver did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, output: () => output, child, exited };
}

function postLead(origin: string, lead: Lead): Promise<number> {
  return fetch(`${origin}/api/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
    body: JSON.stringify(lead),
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

async function storedIds(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ lead_id: string }>('SELECT lead_id FROM leads');
    return new Set(rows.map((row) => row.lead_id));
  } finally {
    await client.end();
  }
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-process-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('npm run receiver', () => {
  it('is the receiver alone: listens on 127.0.0.1 by default, answers /healthz, serves no demo page and never prints LEADS_TOKEN', async () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.receiver).toContain(
      'src/receiver/receiverCommand.ts',
    );
    const receiver = await startReceiver({ LEADS_DB: join(tempDir(), 'leads.sqlite') });
    expect(receiver.output()).toContain('HOST 127.0.0.1');
    const health = await fetch(`${receiver.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${receiver.origin}/`)).status).toBe(404);
    expect(await postLead(receiver.origin, sampleLead())).toBe(201);
    expect((await fetch(`${receiver.origin}/leads`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(
      200,
    );
    expect(receiver.output()).toContain('LEADS_TOKEN (not shown)');
    expect(receiver.output()).not.toContain(TOKEN);
  }, 60_000);

  it('prints a token it made at random, since nobody else knows it', async () => {
    const receiver = await startReceiver({ LEADS_DB: join(tempDir(), 'leads.sqlite'), LEADS_TOKEN: '' });
    const token = /marketer token:\s+(\S+)\s+\(made at random/.exec(receiver.output())?.[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect((await fetch(`${receiver.origin}/leads`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );
  }, 60_000);

  it('stops at start with one line naming LEADS_DB when PostgreSQL cannot be reached', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/receiverCommand.ts', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, LEADS_DB: 'postgres://nobody:secret-password@127.0.0.1:1/leads' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (exitCode) => done(exitCode)));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[schoolmatch] LEADS_DB postgres://nobody:***@127.0.0.1:1/leads could not be opened');
    expect(stderr).not.toContain('secret-password');
  }, 60_000);
});

describe('two receiver processes on one PostgreSQL database', () => {
  it('store 200 leads once when each is posted to both processes at the same moment, answering every pair 201 and 200', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const [a, b] = await Promise.all([startReceiver({ LEADS_DB: url }), startReceiver({ LEADS_DB: url })]);
    const leads = Array.from({ length: 200 }, () => sampleLead());
    const answers = await Promise.all(
      leads.map((lead) => Promise.all([postLead(a!.origin, lead), postLead(b!.origin, lead)])),
    );
    expect(answers.filter((pair) => [...pair].sort().join() !== '200,201')).toEqual([]);
    expect(await storedIds(url)).toEqual(new Set(leads.map((lead) => lead.leadId)));
  }, 60_000);

  it("share the marketer's sign-in: a session started on one works on the other until signed out there", async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const [a, b] = await Promise.all([startReceiver({ LEADS_DB: url }), startReceiver({ LEADS_DB: url })]);
    const signIn = await fetch(`${a!.origin}/leads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    const cookie = (signIn.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(`${b!.origin}/leads`, { headers: { Cookie: cookie } })).status).toBe(200);
    await fetch(`${b!.origin}/leads/sign-out`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    expect((await fetch(`${a!.origin}/leads`, { headers: { Cookie: cookie } })).status).toBe(401);
  }, 60_000);

  it('keep every lead answered 201 or 200 when one process is killed (SIGKILL) mid-flood', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const [victim, survivor] = await Promise.all([startReceiver({ LEADS_DB: url }), startReceiver({ LEADS_DB: url })]);
    const answered: string[] = [];
    let sent = 0;
    // 16 senders, each alternating between the processes until 600 leads are sent; the victim dies after 100 answers.
    const sender = async () => {
      while (sent < 600) {
        const lead = sampleLead();
        const target = sent++ % 2 === 0 ? victim! : survivor!;
        try {
          const status = await postLead(target.origin, lead);
          if (status === 201 || status === 200) answered.push(lead.leadId);
          if (answered.length === 100) victim!.child.kill('SIGKILL');
        } catch {
          // The killed process drops its connections: those leads were never answered, so the widget keeps them.
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, sender));
    expect(await victim!.exited).toBe('SIGKILL');
    expect(answered.length).toBeGreaterThan(300);
    const stored = await storedIds(url);
    expect(answered.filter((id) => !stored.has(id))).toEqual([]);
    expect(await postLead(survivor!.origin, sampleLead())).toBe(201);
  }, 60_000);
});

describe('a PostgreSQL database that goes away', () => {
  it('turns leads into 503 with Retry-After and /healthz into 503 until it is back', async () => {
    const cluster: PostgresCluster = await startPostgresCluster();
    cleanups.push(() => cluster.stop());
    const url = await createTestDatabase(cluster.url);
    const receiver = await startReceiver({ LEADS_DB: url });
    expect(await postLead(receiver.origin, sampleLead())).toBe(201);

    cluster.pause();
    const lead = sampleLead();
    const refused = await fetch(`${receiver.origin}/api/leads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
      body: JSON.stringify(lead),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('5');
    expect((await fetch(`${receiver.origin}/healthz`)).status).toBe(503);

    cluster.resume();
    expect(await postLead(receiver.origin, lead)).toBe(201);
    expect((await fetch(`${receiver.origin}/healthz`)).status).toBe(200);
    expect(await storedIds(url)).toContain(lead.leadId);
  }, 60_000);
});
