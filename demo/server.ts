// `npm start`: the publisher page with the widget (server-rendered at /, script-only at /client.html), the catalog and
// the reference receiver, on one port.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portArgument } from '../src/receiver/portArgument.ts';
import { receiverSettings } from '../src/receiver/receiverSettings.ts';
import { serveReceiver } from '../src/receiver/serveReceiver.ts';
import { createDemoApp } from './demoApp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const port = portArgument(process.argv.slice(2));
// The demo checks leads against the catalog its page shows, unless CATALOG names another.
const env = { CATALOG: join(root, 'fixtures/catalog.json'), ...process.env, ...(port === undefined ? {} : { PORT: port }) };
const result = receiverSettings(env);
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}

await serveReceiver({
  settings: result.settings,
  name: 'the demo server',
  wrap: (receiver) => createDemoApp({ root, receiver }),
  extraLines: (base) => {
    const lines = [`[schoolmatch] publisher page:  ${base}/  (server-rendered widget; script-only embed: ${base}/client.html)`];
    if (!existsSync(join(root, 'dist/server.mjs'))) {
      lines.push('[schoolmatch] dist/server.mjs is not built yet, so / cannot render the widget: run "npm run build" (npm start does it).');
    }
    if (!existsSync(join(root, 'dist/schoolmatch.js'))) {
      lines.push('[schoolmatch] dist/schoolmatch.js is not built yet, so the page shows no widget: run "npm run build" (npm start does it).');
    }
    return lines;
  },
});
