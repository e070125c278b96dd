// `npm start`: the publisher page with the widget (server-rendered at /, script-only at /client.html), the catalog and
// the reference receiver, on one port.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createReceiver, type Receiver } from '../src/receiver/createReceiver.ts';
import { ownOrigins, receiverSettings } from '../src/receiver/receiverSettings.ts';
import { createSqliteLeadStore } from '../src/receiver/sqliteLeadStore.ts';
import { createDemoApp } from './demoApp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `--port 0` / `--port=0` wins over PORT, so tests can ask for a free port without touching the environment.
function portArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice('--port='.length) : (argv[index + 1] ?? '');
}

const port = portArgument(process.argv.slice(2));
const result = receiverSettings(port === undefined ? process.env : { ...process.env, PORT: port });
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}
const settings = result.settings;
const dbPath = resolve(settings.dbPath);
const store = createSqliteLeadStore(dbPath);

// The default allowed origin is the server's own, known only once it listens (PORT=0 picks the port then).
let app: Receiver | null = null;
const server = createAdaptorServer({
  fetch: (request, env) => (app === null ? new Response('starting', { status: 503 }) : app.fetch(request, env)),
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${settings.port} is taken: set PORT to a free port (or PORT=0).` : '';
  console.error(`[schoolmatch] the demo server could not start: ${error.message}.${hint}`);
  store.close();
  process.exit(1);
});

server.listen(settings.port, () => {
  const actualPort = (server.address() as AddressInfo).port;
  const receiver = createReceiver({
    store,
    token: settings.token,
    allowedOrigins: settings.allowedOrigins ?? ownOrigins(actualPort),
    rateLimit: settings.rateLimit,
    log: (line) => console.log(line),
  });
  app = createDemoApp({ root, receiver });

  const base = `http://localhost:${actualPort}`;
  console.log(`[schoolmatch] publisher page:  ${base}/  (server-rendered widget; script-only embed: ${base}/client.html)`);
  console.log(`[schoolmatch] marketer's view: ${base}/leads`);
  console.log(
    `[schoolmatch] marketer token:  ${settings.token}${settings.tokenGenerated ? '  (made at random; set LEADS_TOKEN to keep one)' : ''}`,
  );
  console.log(`[schoolmatch] leads database:  ${dbPath}`);
  console.log(`[schoolmatch] listening on port ${actualPort}`);
  if (!existsSync(join(root, 'dist/server.mjs'))) {
    console.warn('[schoolmatch] dist/server.mjs is not built yet, so / cannot render the widget: run "npm run build" (npm start does it).');
  }
  if (!existsSync(join(root, 'dist/schoolmatch.js'))) {
    console.warn('[schoolmatch] dist/schoolmatch.js is not built yet, so the page shows no widget: run "npm run build" (npm start does it).');
  }
});

let stopping = false;
function shutdown(signal: string): void {
  // A repeated signal (tsx and npm relay them too) changes nothing: the timer below bounds the wait.
  if (stopping) return;
  stopping = true;
  console.log(`[schoolmatch] ${signal}: finishing open requests, then closing the leads database.`);
  // Stop accepting, let in-flight requests finish, then close SQLite (which checkpoints the WAL).
  const force = setTimeout(() => {
    store.close();
    process.exit(0);
  }, 5000);
  force.unref();
  server.close(() => {
    store.close();
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
