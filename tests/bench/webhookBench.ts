// Forwarding on loopback: how long from a lead's POST to its webhook arriving at a CRM, at a steady 20 leads/s,
// and what forwarding costs in accepted leads/s; for SQLite and PostgreSQL, each receiver in its own process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDatabase, startPostgresCluster } from '../unit/postgresCluster.ts';
import { startTestCrm, testSecret, type TestCrm } from '../unit/webhookCrm.ts';
import { uniqueLead } from '../unit/webhookFixtures.ts';
import { median, percentile, postLead, startBenchServer, stopBenchServer } from './benchReceiverProcess.ts';

/** Seconds of the steady 20 leads/s run (WEBHOOK_BENCH_SECONDS overrides, for a quicker look). */
const STEADY_SECONDS = Number(process.env['WEBHOOK_BENCH_SECONDS'] ?? 30);
const STEADY_RATE = 20;
const THROUGHPUT_MS = 2500;
const REPEATS = 3;

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const startServer = (env: Record<string, string>) => startBenchServer('tests/bench/benchForwardingServer.ts', env);

/** Posts one new lead every 50 ms for `seconds`; the time from each POST to its webhook at the CRM. */
interface Steady {
  p50: number;
  p99: number;
  max: number;
  count: number;
  /** The same for POST → 201 alone: how much of the time is the receiver storing the lead. */
  acceptedP50: number;
  acceptedP99: number;
}

async function steady(port: number, crm: TestCrm, seconds: number): Promise<Steady> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const sentAt = new Map<string, number>();
  const count = seconds * STEADY_RATE;
  const before = crm.received.length;
  const start = performance.now();
  const posts: Array<Promise<number>> = [];
  const acceptLatencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / STEADY_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const lead = uniqueLead();
    const sent = performance.now();
    sentAt.set(lead.leadId, sent);
    posts.push(
      postLead(port, agent, lead).then((status) => {
        acceptLatencies.push(performance.now() - sent);
        return status;
      }),
    );
  }
  const statuses = await Promise.all(posts);
  if (statuses.some((status) => status !== 201))
    throw new Error('[schoolmatch] the receiver refused a lead during the webhook benchmark');
  await crm.waitFor(before + count, 60_000);
  agent.destroy();
  const latencies = crm.received
    .slice(before)
    .map((hook) => hook.arrivedAt - (sentAt.get(hook.id) ?? NaN))
    .sort((a, b) => a - b);
  if (latencies.length !== count || latencies.some(Number.isNaN)) {
    throw new Error(
      `[schoolmatch] the CRM received ${latencies.length} webhooks for ${count} leads, or one it was not sent`,
    );
  }
  acceptLatencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    count,
    acceptedP50: percentile(acceptLatencies, 50),
    acceptedP99: percentile(acceptLatencies, 99),
  };
}

/** Accepted leads/s over 32 keep-alive connections for THROUGHPUT_MS, every lead a new person. */
async function throughput(port: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  let accepted = 0;
  const deadline = performance.now() + THROUGHPUT_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < deadline) {
        if ((await postLead(port, agent, uniqueLead())) !== 201)
          throw new Error('[schoolmatch] the receiver refused a lead during the webhook benchmark');
        accepted += 1;
      }
    }),
  );
  agent.destroy();
  return accepted / ((performance.now() - started) / 1000);
}

async function benchStore(label: string, location: () => Promise<string>): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-webhook-bench-'));
  const secret = testSecret();
  const crm = await startTestCrm(secret);
  const webhooks = join(dir, 'webhooks.json');
  writeFileSync(webhooks, JSON.stringify([{ school: '*', url: crm.url, secret }]));
  try {
    const figures: Figure[] = [];
    const forwarding = await startServer({ BENCH_DB: await location(), BENCH_WEBHOOKS: webhooks });
    try {
      await steady(forwarding.port, crm, 2); // warm-up: JIT, prepared statements, connection pools
      const latency = await steady(forwarding.port, crm, STEADY_SECONDS);
      const seconds = `${STEADY_RATE} leads/s for ${STEADY_SECONDS} s, ${label}`;
      figures.push(
        { name: `POST → webhook at the CRM, p50 (${seconds})`, value: Math.round(latency.p50 * 10) / 10, unit: 'ms' },
        {
          name: `POST → webhook at the CRM, p99 (${latency.count} leads; max ${latency.max.toFixed(1)} ms)`,
          value: Math.round(latency.p99 * 10) / 10,
          unit: 'ms',
          target: '< 1000 ms',
        },
        {
          name: `of which POST → 201 (the lead stored), p50 / p99 ${latency.acceptedP50.toFixed(1)} ms /`,
          value: Math.round(latency.acceptedP99 * 10) / 10,
          unit: 'ms',
        },
      );
      const rates: number[] = [];
      for (let i = 0; i < REPEATS; i++) rates.push(await throughput(forwarding.port));
      figures.push({
        name: `accepted leads/s, 32 connections, 1 webhook each, ${label} (range ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`,
        value: Math.round(median(rates)),
        unit: 'leads/s',
      });
    } finally {
      await stopBenchServer(forwarding.child);
    }
    const plain = await startServer({ BENCH_DB: await location(), BENCH_WEBHOOKS: '' });
    try {
      await throughput(plain.port);
      const rates: number[] = [];
      for (let i = 0; i < REPEATS; i++) rates.push(await throughput(plain.port));
      figures.push({
        name: `accepted leads/s, 32 connections, no webhooks, ${label} (range ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`,
        value: Math.round(median(rates)),
        unit: 'leads/s',
      });
    } finally {
      await stopBenchServer(plain.child);
    }
    return figures;
  } finally {
    await crm.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * For SQLite (synchronous=FULL) and PostgreSQL (fsync on): the time from POST to webhook at a loopback CRM at a
 * steady 20 leads/s (p50, p99), and accepted leads/s over 32 connections with one webhook per lead and with none.
 */
export async function benchWebhooks(): Promise<Figure[]> {
  const figures: Figure[] = [];
  // WEBHOOK_BENCH_STORE=sqlite or postgresql measures one store only.
  const only = process.env['WEBHOOK_BENCH_STORE']?.toLowerCase();
  if (only !== 'postgresql') {
    const sqliteDir = mkdtempSync(join(tmpdir(), 'schoolmatch-webhook-bench-db-'));
    let n = 0;
    figures.push(
      ...(await benchStore('SQLite', async () => join(sqliteDir, `leads-${++n}.sqlite`)).finally(() =>
        rmSync(sqliteDir, { recursive: true, force: true }),
      )),
    );
  }
  if (only === 'sqlite') return figures;
  const cluster = await startPostgresCluster({ durable: true });
  try {
    figures.push(...(await benchStore('PostgreSQL', () => createTestDatabase(cluster.url))));
  } finally {
    cluster.stop();
  }
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchWebhooks()) {
    console.log(
      `${figure.name.padEnd(100)} ${String(figure.value).padStart(10)} ${figure.unit}${figure.target ? `  (target ${figure.target})` : ''}`,
    );
  }
}
