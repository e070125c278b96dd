// The demo's LEADS_WEBHOOKS file: one destination, the demo CRM route on the demo's own server.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The secret of an earlier run is kept, so a CRM page left open still verifies what arrives.
function earlierSecret(path: string): string | undefined {
  try {
    const [first] = JSON.parse(readFileSync(path, 'utf8')) as Array<{ secret?: unknown }>;
    return typeof first?.secret === 'string' && first.secret.startsWith('whsec_') ? first.secret : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the demo's webhooks file at `path` (every school, test leads included, to `url`) and returns its secret. */
export function writeDemoWebhooksFile(path: string, url: string): string {
  const secret = earlierSecret(path) ?? `whsec_${randomBytes(32).toString('base64')}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify([{ school: '*', url, secret, includeTest: true }], null, 2)}\n`, {
    mode: 0o600,
  });
  return secret;
}
