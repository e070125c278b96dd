// One receiver process for the benchmark: BENCH_DB is a SQLite path or a postgres:// URL, BENCH_SYNC the SQLite
// synchronous mode. Prints "listening on port N" once ready; no per-request logging (it would dominate).
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createReceiver } from '../../src/receiver/createReceiver.ts';
import type { LeadStore } from '../../src/receiver/LeadStore.ts';
import { createPostgresLeadStore } from '../../src/receiver/postgresLeadStore.ts';
import { createSqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';

const location = process.env['BENCH_DB'] ?? '';
const store: LeadStore = /^postgres(ql)?:\/\//.test(location)
  ? await createPostgresLeadStore(location)
  : createSqliteLeadStore(location, { synchronous: process.env['BENCH_SYNC'] === 'NORMAL' ? 'NORMAL' : 'FULL' });
const receiver = createReceiver({
  store,
  token: 'bench-token-0123456789',
  allowedOrigins: [],
  rateLimit: 1_000_000_000,
});
const server = createAdaptorServer({ fetch: receiver.fetch });
server.listen(0, '127.0.0.1', () => console.log(`listening on port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void Promise.resolve(store.close()).finally(() => process.exit(0))));
