import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/** Where the receiver forwards leads: one school's (or every school's, `"*"`) to one URL, signed with one secret. */
export interface WebhookDestination {
  /** A school id, or `"*"` for every school. */
  school: string;
  url: string;
  /** `whsec_` and the base64 signing key (Standard Webhooks). */
  secret: string;
  /** Forward test leads (`testMode: true`) too; false by default. */
  includeTest: boolean;
}

/** The destinations of a LEADS_WEBHOOKS file, or one line naming LEADS_WEBHOOKS and the problem. */
export type WebhookSettingsResult = { ok: true; destinations: WebhookDestination[] } | { ok: false; error: string };

// Standard Webhooks secrets are 24 to 64 random bytes; a shorter key is guessable, a longer one is a mistake.
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);
const MAKE_SECRET = `node -e "console.log('whsec_' + require('node:crypto').randomBytes(32).toString('base64'))"`;

function urlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `is not a URL; got "${text}"`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'http:')
    return `must be https: (http: only on localhost or 127.0.0.1), so leads never cross a network unencrypted; got "${text}"`;
  return `must be an https: URL; got "${text}"`;
}

function secretProblem(text: string): string | null {
  const key = text.startsWith('whsec_') ? text.slice('whsec_'.length) : null;
  if (key === null || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(key) || key === '') {
    return `must be "whsec_" followed by a base64 key; make one with ${MAKE_SECRET}`;
  }
  const bytes = Buffer.from(key, 'base64').length;
  if (bytes < MIN_KEY_BYTES || bytes > MAX_KEY_BYTES) {
    return `must hold a key of ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes, not ${bytes}; make one with ${MAKE_SECRET}`;
  }
  return null;
}

const DestinationSchema = v.strictObject(
  {
    school: v.pipe(
      v.string('must be a string: a school id from the catalog, or "*" for every school'),
      v.regex(
        /^(\*|[a-z0-9-]{1,120})$/,
        'must be a school id from the catalog (lower-case letters, digits, -) or "*" for every school',
      ),
    ),
    url: v.pipe(
      v.string('must be a string: the https: URL of the school system that receives the leads'),
      v.rawCheck(({ dataset, addIssue }) => {
        const problem = dataset.typed ? urlProblem(dataset.value) : null;
        if (problem !== null) addIssue({ message: problem });
      }),
    ),
    secret: v.pipe(
      v.string(`must be a string: "whsec_" and a base64 key; make one with ${MAKE_SECRET}`),
      v.rawCheck(({ dataset, addIssue }) => {
        const problem = dataset.typed ? secretProblem(dataset.value) : null;
        if (problem !== null) addIssue({ message: problem });
      }),
    ),
    includeTest: v.optional(v.boolean('must be true or false'), false),
  },
  (issue) =>
    issue.expected === 'never'
      ? 'has a key this file does not know (the keys are school, url, secret and includeTest)'
      : issue.received === 'undefined' && issue.path !== undefined
        ? 'is missing'
        : 'must be an object { "school", "url", "secret", "includeTest" }',
);

const FileSchema = v.pipe(
  v.array(DestinationSchema, 'must be a JSON array of destinations [{ "school", "url", "secret", "includeTest" }]'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((destination, index) => {
      const key = destinationKey(destination);
      if (seen.has(key)) {
        addIssue({
          message: `repeats school "${destination.school}" with url "${destination.url}"; each lead would be sent there twice`,
          path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: destination }],
        });
      }
      seen.add(key);
    });
  }),
);

/** The name a destination's deliveries are stored under: its school and URL (the secret may change). */
export function destinationKey(destination: Pick<WebhookDestination, 'school' | 'url'>): string {
  return `${destination.school} ${destination.url}`;
}

function where(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const index = path[0]?.key;
  const field = path[1]?.key;
  if (typeof index !== 'number') return 'the file';
  return field === undefined ? `destination ${index + 1}` : `destination ${index + 1} "${String(field)}"`;
}

/** Checks the text of a LEADS_WEBHOOKS file; `source` (its path) is named in the error. */
export function parseWebhookSettings(text: string, source: string): WebhookSettingsResult {
  const fail = (problem: string): WebhookSettingsResult => ({
    ok: false,
    error: `[schoolmatch] LEADS_WEBHOOKS (${source}): ${problem}. Fix the file, or unset LEADS_WEBHOOKS to forward no leads.`,
  });
  let json: unknown;
  try {
    // An editor's byte order mark is not a mistake worth stopping the start for.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = v.safeParse(FileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return fail(`${where(issue)} ${issue.message}`);
  }
  return { ok: true, destinations: result.output };
}

/** Reads and checks the LEADS_WEBHOOKS file at `path`. */
export function readWebhookSettings(path: string): WebhookSettingsResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : String(code ?? error);
    return {
      ok: false,
      error: `[schoolmatch] LEADS_WEBHOOKS (${path}): the file cannot be read (${reason}). Set LEADS_WEBHOOKS to the path of a readable JSON file, or unset it to forward no leads.`,
    };
  }
  return parseWebhookSettings(text, path);
}
