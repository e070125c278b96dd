// One receiver process as `npm run receiver` runs it, for the webhook benchmark: the forwarding store (dedupe
// window and outbox) and a webhook worker. BENCH_DB is a SQLite path or a postgres:// URL; BENCH_WEBHOOKS the
// path of a LEADS_WEBHOOKS file, or empty for none. Prints "listening on port N" once ready; no request logging.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createReceiver } from '../../src/receiver/createReceiver.ts';
import { createWebhookWorker } from '../../src/receiver/webhooks/createWebhookWorker.ts';
import { openForwardingLeadStore } from '../../src/receiver/webhooks/openForwardingLeadStore.ts';
import { readWebhookSettings, type WebhookDestination } from '../../src/receiver/webhooks/webhookSettings.ts';

let destinations: WebhookDestination[] = [];
const file = process.env['BENCH_WEBHOOKS'] ?? '';
if (file !== '') {
  const read = readWebhookSettings(file);
  if (!read.ok) throw new Error(read.error);
  destinations = read.destinations;
}
const { store, forwarding } = await openForwardingLeadStore(process.env['BENCH_DB'] ?? '', {
  destinations: () => destinations,
  dedupeDays: 30,
});
const worker = createWebhookWorker({ outbox: forwarding.outbox, destinations });
worker.start();
const receiver = createReceiver({
  store,
  token: 'bench-token-0123456789',
  allowedOrigins: [],
  rateLimit: 1_000_000_000,
  forwarding,
  onDeliveriesQueued: () => worker.kick(),
});
const server = createAdaptorServer({ fetch: receiver.fetch });
server.listen(0, '127.0.0.1', () => console.log(`listening on port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () =>
  server.close(
    () =>
      void worker
        .stop()
        .then(() => store.close())
        .finally(() => process.exit(0)),
  ),
);
