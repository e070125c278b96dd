// Reference receiver throughput and latency on loopback (POST /api/leads), for each store: SQLite (FULL and
// NORMAL), PostgreSQL behind one receiver process and behind two; and the memory of a 100,000-lead CSV export.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReceiver } from '../../src/receiver/createReceiver.ts';
import { createSqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';
import { createTestDatabase, startPostgresCluster } from '../unit/postgresCluster.ts';
import { sampleLead } from '../unit/receiverFixtures.ts';
import { median, percentile, postLead, startBenchServer, stopBenchServer } from './benchReceiverProcess.ts';

// Each measurement posts leads for this long; three measurements per figure, the median printed with the range.
const RUN_MS = 2500;
const REPEATS = 3;

interface Figure {
  name: string;
  value: number;
  unit: string;
}

interface Run {
  perSecond: number;
  p99: number;
}

/** Posts new leads over `connections` keep-alive connections, spread round-robin over `ports`, for `ms`. */
async function run(ports: readonly number[], connections: number, ms: number): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let turn = 0;
  const deadline = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < deadline) {
      const lead = sampleLead();
      const port = ports[turn++ % ports.length] ?? 0;
      const started = performance.now();
      const status = await postLead(port, agent, lead);
      latencies.push(performance.now() - started);
      if (status !== 201)
        throw new Error(`[schoolmatch] the receiver answered ${status} instead of 201 during the benchmark`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p99: percentile(latencies, 99) };
}

const startServer = (env: Record<string, string>) => startBenchServer('tests/bench/benchReceiverServer.ts', env);

async function benchVariant(label: string, ports: readonly number[]): Promise<Figure[]> {
  await run(ports, 4, 500); // warm-up: JIT, prepared statements, connection pools, WAL growth
  const figures: Figure[] = [];
  for (const connections of [1, 32]) {
    const runs: Run[] = [];
    for (let i = 0; i < REPEATS; i++) runs.push(await run(ports, connections, RUN_MS));
    const rates = runs.map((r) => r.perSecond);
    const p99s = runs.map((r) => r.p99);
    const range = (values: number[], digits: number) =>
      `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
    const where = `${connections} connection${connections === 1 ? '' : 's'}, ${label}`;
    figures.push(
      {
        name: `accepted leads/s, ${where} (range ${range(rates, 0)})`,
        value: Math.round(median(rates)),
        unit: 'leads/s',
      },
      {
        name: `latency p99, ${where} (range ${range(p99s, 1)} ms)`,
        value: Math.round(median(p99s) * 1000) / 1000,
        unit: 'ms',
      },
    );
  }
  return figures;
}

async function benchSqlite(synchronous: 'FULL' | 'NORMAL'): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-bench-'));
  const server = await startServer({ BENCH_DB: join(dir, 'leads.sqlite'), BENCH_SYNC: synchronous });
  try {
    return await benchVariant(`SQLite synchronous=${synchronous}${synchronous === 'FULL' ? ' (default)' : ''}`, [
      server.port,
    ]);
  } finally {
    await stopBenchServer(server.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<Figure[]> {
  // Durable like a production server: fsync on, synchronous_commit on.
  const cluster = await startPostgresCluster({ durable: true });
  try {
    const figures: Figure[] = [];
    for (const processes of [1, 2]) {
      const url = await createTestDatabase(cluster.url);
      const servers = [];
      for (let i = 0; i < processes; i++) servers.push(await startServer({ BENCH_DB: url }));
      try {
        figures.push(
          ...(await benchVariant(
            `PostgreSQL, ${processes} receiver process${processes === 1 ? '' : 'es'}`,
            servers.map((s) => s.port),
          )),
        );
      } finally {
        for (const server of servers) await stopBenchServer(server.child);
      }
    }
    return figures;
  } finally {
    cluster.stop();
  }
}

/** Peak heap growth while the CSV of `count` stored leads is downloaded, and the CSV's size. */
async function csvMemory(count: number): Promise<{ peakMb: number; csvMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-bench-csv-'));
  const store = createSqliteLeadStore(join(dir, 'leads.sqlite'), { synchronous: 'NORMAL' });
  try {
    const receivedAt = new Date().toISOString();
    for (let i = 0; i < count; i++) store.insert(sampleLead(), { receivedAt, ip: '203.0.113.7' });
    const receiver = createReceiver({ store, token: 'bench-token-0123456789', allowedOrigins: [], rateLimit: 1000 });
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = base;
    let bytes = 0;
    const response = await receiver.fetch(
      new Request('http://receiver.bench/api/leads.csv', {
        headers: { Authorization: 'Bearer bench-token-0123456789' },
      }),
    );
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.byteLength;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    return { peakMb: (peak - base) / 1e6, csvMb: bytes / 1e6 };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Accepted leads per second and p99 latency of POST /api/leads on loopback with 1 and 32 keep-alive connections,
 * for SQLite (FULL, the default, and NORMAL), PostgreSQL behind one receiver process and behind two (the client
 * alternates between them, as a load balancer would); then the heap a CSV export of 10,000 and 100,000 leads takes.
 */
export async function benchReceiver(): Promise<Figure[]> {
  const figures = [...(await benchSqlite('FULL')), ...(await benchSqlite('NORMAL')), ...(await benchPostgres())];
  for (const count of [10_000, 100_000]) {
    const { peakMb, csvMb } = await csvMemory(count);
    const label = `${count.toLocaleString('en-US')} leads`;
    figures.push(
      { name: `CSV export of ${label}: size`, value: Math.round(csvMb * 10) / 10, unit: 'MB' },
      {
        name: `CSV export of ${label}: peak heap growth while streaming`,
        value: Math.round(peakMb * 10) / 10,
        unit: 'MB',
      },
    );
  }
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchReceiver())
    console.log(`${figure.name.padEnd(80)} ${String(figure.value).padStart(10)} ${figure.unit}`);
}
