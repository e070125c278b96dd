import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Catalog } from '../catalog/schema.ts';
import { createReceiver, type Receiver } from './createReceiver.ts';
import type { LeadStore } from './LeadStore.ts';
import { loadCatalog } from './loadCatalog.ts';
import { describeLeadDb } from './openLeadStore.ts';
import { ownOrigins, type ReceiverSettings } from './receiverSettings.ts';
import { createWebhookWorker, type WebhookWorker } from './webhooks/createWebhookWorker.ts';
import type { LeadForwarding } from './webhooks/LeadForwarding.ts';
import { openForwardingLeadStore } from './webhooks/openForwardingLeadStore.ts';
import { readWebhookSettings, type WebhookDestination } from './webhooks/webhookSettings.ts';

/** Options of {@link serveReceiver}. */
export interface ServeReceiverOptions {
  settings: ReceiverSettings;
  /** What is starting, for messages ("the receiver", "the demo server"). */
  name: string;
  /** Wraps the receiver in more routes (the demo's page); the receiver alone when absent. */
  wrap?: (receiver: Receiver) => Receiver;
  /** Lines printed after the receiver's own, once the port is known. */
  extraLines?: (base: string) => string[];
  /**
   * The webhook destinations when LEADS_WEBHOOKS is unset, once the port is known (the demo forwards to its
   * own CRM route); `loopback` is this server's http://127.0.0.1:PORT, or null when it does not listen there.
   */
  defaultWebhooks?: (loopback: string | null) => WebhookDestination[];
}

function fatal(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Opens the store and the catalog the settings name, listens on HOST:PORT, prints where everything is
 * (never a token given in LEADS_TOKEN), and on SIGINT/SIGTERM finishes open requests before closing the store.
 */
export async function serveReceiver(options: ServeReceiverOptions): Promise<void> {
  const { settings, name } = options;
  let catalog: Catalog | undefined;
  if (settings.catalog !== null) {
    const loaded = await loadCatalog(settings.catalog);
    if (!loaded.ok) fatal(loaded.error);
    catalog = loaded.catalog;
  }
  // A bad LEADS_WEBHOOKS file stops the start before anything is opened.
  let destinations: readonly WebhookDestination[] = [];
  if (settings.webhooksFile !== null) {
    const read = readWebhookSettings(settings.webhooksFile);
    if (!read.ok) fatal(read.error);
    destinations = read.destinations;
  }
  let store: LeadStore;
  let forwarding: LeadForwarding;
  try {
    ({ store, forwarding } = await openForwardingLeadStore(settings.dbPath, {
      destinations: () => destinations,
      dedupeDays: settings.dedupeDays,
    }));
  } catch (error) {
    fatal(
      `[schoolmatch] LEADS_DB ${describeLeadDb(settings.dbPath)} could not be opened (${error instanceof Error ? error.message : String(error)}). Check that the database is running and the URL or path is right.`,
    );
  }

  // The default allowed origin is the server's own, known only once it listens (PORT=0 picks the port then).
  let app: Receiver | null = null;
  let worker: WebhookWorker | null = null;
  const server = createAdaptorServer({
    fetch: (request, env) => (app === null ? new Response('starting', { status: 503 }) : app.fetch(request, env)),
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint =
      error.code === 'EADDRINUSE'
        ? ` Port ${settings.port} is taken: set PORT to a free port (or PORT=0).`
        : error.code === 'EADDRNOTAVAIL'
          ? ` This machine has no address ${settings.host}: set HOST to one of its addresses, or 0.0.0.0.`
          : '';
    void Promise.resolve(store.close()).finally(() =>
      fatal(`[schoolmatch] ${name} could not start: ${error.message}.${hint}`),
    );
  });

  server.listen(settings.port, settings.host, () => {
    const port = (server.address() as AddressInfo).port;
    if (settings.webhooksFile === null && options.defaultWebhooks !== undefined) {
      const loopback = ['127.0.0.1', '0.0.0.0', 'localhost'].includes(settings.host)
        ? `http://127.0.0.1:${port}`
        : null;
      destinations = options.defaultWebhooks(loopback);
    }
    // Every process sends due deliveries, its own leads' at once and, by polling, those left by others.
    const sender = createWebhookWorker({ outbox: forwarding.outbox, destinations, log: (line) => console.log(line) });
    sender.start();
    worker = sender;
    const receiver = createReceiver({
      store,
      token: settings.token,
      allowedOrigins: settings.allowedOrigins ?? ownOrigins(port),
      rateLimit: settings.rateLimit,
      trustProxy: settings.trustProxy,
      catalog,
      log: (line) => console.log(line),
      forwarding,
      onDeliveriesQueued: () => sender.kick(),
    });
    app = options.wrap?.(receiver) ?? receiver;

    const shownHost =
      settings.host === '0.0.0.0' || settings.host === '::'
        ? 'localhost'
        : settings.host.includes(':')
          ? `[${settings.host}]`
          : settings.host;
    const base = `http://${shownHost}:${port}`;
    for (const line of options.extraLines?.(base) ?? []) console.log(line);
    console.log(`[schoolmatch] marketer's view: ${base}/leads`);
    console.log(`[schoolmatch] health check:    ${base}/healthz`);
    // A token the operator chose is never printed (logs are read by more people than the marketer);
    // a random one is, since nobody could sign in otherwise.
    console.log(
      settings.tokenGenerated
        ? `[schoolmatch] marketer token:  ${settings.token}  (made at random; set LEADS_TOKEN to keep one)`
        : '[schoolmatch] marketer token:  the one in LEADS_TOKEN (not shown)',
    );
    console.log(`[schoolmatch] leads database:  ${describeLeadDb(settings.dbPath)}`);
    console.log(
      `[schoolmatch] catalog:         ${settings.catalog ?? 'none (CATALOG unset: leads are checked for shape only)'}`,
    );
    console.log(
      `[schoolmatch] webhooks:        ${
        destinations.length === 0
          ? 'none (LEADS_WEBHOOKS unset: leads are stored, not forwarded)'
          : `${destinations.length} destination${destinations.length === 1 ? '' : 's'} (${settings.webhooksFile ?? 'the demo CRM'})`
      }; dedupe window ${settings.dedupeDays} days`,
    );
    console.log(
      `[schoolmatch] listening on port ${port} (HOST ${settings.host}${settings.trustProxy ? ', TRUST_PROXY=1' : ''})`,
    );
  });

  let stopping = false;
  const shutdown = (signal: string): void => {
    // A repeated signal (tsx and npm relay them too) changes nothing: the timer below bounds the wait.
    if (stopping) return;
    stopping = true;
    console.log(`[schoolmatch] ${signal}: finishing open requests, then closing the leads database.`);
    // Attempts under way are awaited (the timer bounds them); one cut short is retried when its claim runs out.
    const exit = () =>
      void Promise.resolve(worker?.stop())
        .then(() => store.close())
        .catch(() => undefined)
        .finally(() => process.exit(0));
    setTimeout(exit, 5000).unref();
    // Stop accepting, let in-flight requests finish, then close the store (SQLite checkpoints its WAL).
    server.close(exit);
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
