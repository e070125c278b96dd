// Reference receiver throughput and latency on loopback: POST /api/leads into a temp SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { createReceiver } from '../../src/receiver/createReceiver.ts';
import { createSqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';
import { sampleLead } from '../unit/receiverFixtures.ts';

const REQUESTS = 2000;

interface Figure {
  name: string;
  value: number;
  unit: string;
}

function post(port: number, agent: Agent, body: string, leadId: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/leads',
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Idempotency-Key': leadId },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function run(port: number, connections: number, count: number): Promise<{ perSecond: number; p50: number; p99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const leads = Array.from({ length: count }, () => sampleLead());
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < leads.length) {
      const lead = leads[next++]!;
      const started = performance.now();
      const status = await post(port, agent, JSON.stringify(lead), lead.leadId);
      latencies.push(performance.now() - started);
      if (status !== 201) throw new Error(`[schoolmatch] the receiver answered ${status} instead of 201 during the benchmark`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchVariant(synchronous: 'FULL' | 'NORMAL'): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-bench-'));
  const store = createSqliteLeadStore(join(dir, 'leads.sqlite'), { synchronous });
  const receiver = createReceiver({ store, token: 'bench-token-0123456789', allowedOrigins: [], rateLimit: 1_000_000_000 });
  const server = createAdaptorServer({ fetch: receiver.fetch });
  try {
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    const { port } = server.address() as AddressInfo;
    await run(port, 4, 200); // warm-up: JIT, prepared statements, WAL file growth
    const one = await run(port, 1, REQUESTS);
    const many = await run(port, 32, REQUESTS);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const tag = synchronous === 'FULL' ? 'FULL, default' : 'NORMAL';
    return [
      { name: `accepted leads/s, 1 connection (synchronous=${tag})`, value: Math.round(one.perSecond), unit: 'leads/s' },
      { name: `latency p50, 1 connection (synchronous=${tag})`, value: round(one.p50), unit: 'ms' },
      { name: `latency p99, 1 connection (synchronous=${tag})`, value: round(one.p99), unit: 'ms' },
      { name: `accepted leads/s, 32 concurrent (synchronous=${tag})`, value: Math.round(many.perSecond), unit: 'leads/s' },
      { name: `latency p50, 32 concurrent (synchronous=${tag})`, value: round(many.p50), unit: 'ms' },
      { name: `latency p99, 32 concurrent (synchronous=${tag})`, value: round(many.p99), unit: 'ms' },
    ];
  } finally {
    await new Promise((closed) => server.close(closed));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Accepted leads per second and latency percentiles of POST /api/leads on loopback, with 1 and 32 concurrent
 * connections ({@link REQUESTS} leads each), for the shipped synchronous=FULL store and, for comparison, NORMAL.
 */
export async function benchReceiver(): Promise<Figure[]> {
  return [...(await benchVariant('FULL')), ...(await benchVariant('NORMAL'))];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchReceiver()) console.log(`${figure.name.padEnd(56)} ${String(figure.value).padStart(10)} ${figure.unit}`);
}
