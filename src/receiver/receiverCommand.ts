// `npm run receiver`: the reference receiver alone (POST /api/leads, /healthz, the marketer's view), for production.
import { portArgument } from './portArgument.ts';
import { receiverSettings } from './receiverSettings.ts';
import { serveReceiver } from './serveReceiver.ts';

const port = portArgument(process.argv.slice(2));
const result = receiverSettings(port === undefined ? process.env : { ...process.env, PORT: port });
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}
await serveReceiver({
  settings: result.settings,
  name: 'the receiver',
  extraLines: (base) => [`[schoolmatch] lead endpoint:   ${base}/api/leads`],
});
