// `npm start`: the publisher page with the widget (server-rendered at /, script-only at /client.html), the catalog and
// the reference receiver, on one port.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl } from '../src/receiver/openLeadStore.ts';
import { portArgument } from '../src/receiver/portArgument.ts';
import { receiverSettings } from '../src/receiver/receiverSettings.ts';
import { serveReceiver } from '../src/receiver/serveReceiver.ts';
import { readWebhookSettings } from '../src/receiver/webhooks/webhookSettings.ts';
import { createDemoApp } from './demoApp.ts';
import { createDemoCrm, DEMO_CRM_WEBHOOK_PATH, type DemoCrm } from './demoCrm.ts';
import { writeDemoWebhooksFile } from './demoWebhooks.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const port = portArgument(process.argv.slice(2));
// The demo checks leads against the catalog its page shows, unless CATALOG names another.
const env = {
  CATALOG: join(root, 'fixtures/catalog.json'),
  ...process.env,
  ...(port === undefined ? {} : { PORT: port }),
};
const result = receiverSettings(env);
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}

// Unless LEADS_WEBHOOKS names another, the demo forwards every lead to its own demo CRM (/demo/crm/webhook):
// it writes a webhooks file for that, so a newcomer sees a lead go page → receiver → CRM.
// The file sits beside a SQLite LEADS_DB (each demo database has its own), else in data/.
const webhooksFile = join(
  isPostgresUrl(result.settings.dbPath) ? join(root, 'data') : dirname(resolve(result.settings.dbPath)),
  'demo-webhooks.json',
);
let crm: DemoCrm | null = null;

await serveReceiver({
  settings: result.settings,
  name: 'the demo server',
  defaultWebhooks: (loopback) => {
    if (loopback === null) return [];
    const secret = writeDemoWebhooksFile(webhooksFile, `${loopback}${DEMO_CRM_WEBHOOK_PATH}`);
    crm = createDemoCrm({ secret });
    // Read back as LEADS_WEBHOOKS would be: the file the newcomer sees is the one in use.
    const read = readWebhookSettings(webhooksFile);
    if (!read.ok) throw new Error(read.error);
    return read.destinations;
  },
  wrap: (receiver) => {
    const demoCrm = crm;
    const app = createDemoApp({ root, receiver });
    if (demoCrm === null) return app;
    return {
      fetch: async (request, env) =>
        new URL(request.url).pathname.startsWith('/demo/crm')
          ? demoCrm.routes.fetch(request, env)
          : app.fetch(request, env),
    };
  },
  extraLines: (base) => {
    const lines = [
      `[schoolmatch] publisher page:  ${base}/  (server-rendered widget; script-only embed: ${base}/client.html)`,
    ];
    if (crm !== null)
      lines.push(
        `[schoolmatch] demo CRM:        ${base}/demo/crm  (receives every lead as a signed webhook; ${webhooksFile})`,
      );
    if (!existsSync(join(root, 'dist/server.mjs'))) {
      lines.push(
        '[schoolmatch] dist/server.mjs is not built yet, so / cannot render the widget: run "npm run build" (npm start does it).',
      );
    }
    if (!existsSync(join(root, 'dist/schoolmatch.js'))) {
      lines.push(
        '[schoolmatch] dist/schoolmatch.js is not built yet, so the page shows no widget: run "npm run build" (npm start does it).',
      );
    }
    return lines;
  },
});
