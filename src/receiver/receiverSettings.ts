import { DEFAULT_DEDUPE_DAYS } from './findDuplicateOf.ts';

/** The reference receiver's settings, read from the environment. */
export interface ReceiverSettings {
  /** 0 asks the system for a free port. */
  port: number;
  /** The interface to listen on: 127.0.0.1 (this machine only) unless HOST says otherwise. */
  host: string;
  /** Whether a proxy in front sets X-Forwarded-For and X-Forwarded-Proto (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** A SQLite file path, or a postgres:// (postgresql://) URL. */
  dbPath: string;
  /** The catalog leads are checked against (a file path or URL), or null to check their shape only. */
  catalog: string | null;
  token: string;
  /** True when LEADS_TOKEN was unset and the token was made at random (print it so the marketer can sign in). */
  tokenGenerated: boolean;
  /** null: the server's own origin (http://localhost:PORT and http://127.0.0.1:PORT), known once it listens. */
  allowedOrigins: string[] | null;
  rateLimit: number;
  /** DEDUPE_DAYS: a lead for the same school and person within this many days is stored as a duplicate (0: none is). */
  dedupeDays: number;
  /** LEADS_WEBHOOKS: the path of the JSON file of webhook destinations, or null to forward no leads. */
  webhooksFile: string | null;
}

/** The settings, or a message saying which variable is wrong and what to set. */
export type SettingsResult = { ok: true; settings: ReceiverSettings } | { ok: false; error: string };

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    const bare =
      url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

/** The own origins a server on `port` answers at, the default ALLOWED_ORIGINS. */
export function ownOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/**
 * Reads PORT, HOST, TRUST_PROXY, LEADS_DB, LEADS_TOKEN, ALLOWED_ORIGINS, RATE_LIMIT, CATALOG, DEDUPE_DAYS and
 * LEADS_WEBHOOKS (defaults 8080, 127.0.0.1, off, data/leads.sqlite, random, own origin, 60, none, 30, none).
 * The LEADS_WEBHOOKS file itself is read at start (readWebhookSettings).
 */
export function receiverSettings(env: Record<string, string | undefined>): SettingsResult {
  const fail = (error: string): SettingsResult => ({ ok: false, error: `[schoolmatch] ${error}` });
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const portText = value('PORT') ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    return fail(
      `PORT must be a whole number from 0 to 65535 (0 picks a free port); got "${portText}". Set PORT=8080 or leave it unset.`,
    );
  }

  const host = value('HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) {
    return fail(
      `HOST must be an address or host name to listen on, like 127.0.0.1 (this machine only) or 0.0.0.0 (every interface); got "${host}". Set HOST or leave it unset.`,
    );
  }

  const trustText = value('TRUST_PROXY') ?? '0';
  if (trustText !== '0' && trustText !== '1') {
    return fail(
      `TRUST_PROXY must be 1 (a proxy in front sets X-Forwarded-For and X-Forwarded-Proto) or 0; got "${trustText}". Set TRUST_PROXY=1 only behind such a proxy, or leave it unset.`,
    );
  }

  const rateText = value('RATE_LIMIT') ?? '60';
  const rateLimit = /^\d{1,9}$/.test(rateText) ? Number(rateText) : NaN;
  if (!(rateLimit >= 1)) {
    return fail(
      `RATE_LIMIT must be a whole number of requests a minute per client address, 1 or more; got "${rateText}". Set RATE_LIMIT=60 or leave it unset.`,
    );
  }

  const tokenText = value('LEADS_TOKEN');
  if (tokenText !== undefined && tokenText.length < 16) {
    return fail(
      'LEADS_TOKEN must be at least 16 characters so it cannot be guessed. Set a longer one, or leave it unset to get a random token printed at start.',
    );
  }
  if (tokenText !== undefined && !/^[\x21-\x7e]+$/.test(tokenText)) {
    return fail(
      'LEADS_TOKEN may contain only visible ASCII characters (no spaces), as it is sent in an Authorization header. Set another one, or leave it unset.',
    );
  }

  let allowedOrigins: string[] | null = null;
  const originsText = value('ALLOWED_ORIGINS');
  if (originsText !== undefined) {
    allowedOrigins = [];
    for (const entry of originsText
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')) {
      const origin = parseOrigin(entry);
      if (origin === null) {
        return fail(
          `ALLOWED_ORIGINS must be a comma-separated list of origins like https://publisher.example (scheme, host and optional port; no path); "${entry}" is not one. Fix it, or leave ALLOWED_ORIGINS unset to allow only this server's own origin.`,
        );
      }
      allowedOrigins.push(origin);
    }
  }

  const dedupeText = value('DEDUPE_DAYS') ?? String(DEFAULT_DEDUPE_DAYS);
  const dedupeDays = /^\d{1,4}$/.test(dedupeText) ? Number(dedupeText) : NaN;
  if (!(dedupeDays >= 0 && dedupeDays <= 3650)) {
    return fail(
      `DEDUPE_DAYS must be a whole number of days from 0 (no dedupe) to 3650; got "${dedupeText}". Set DEDUPE_DAYS=30 or leave it unset.`,
    );
  }

  return {
    ok: true,
    settings: {
      port,
      host,
      trustProxy: trustText === '1',
      dbPath: value('LEADS_DB') ?? 'data/leads.sqlite',
      catalog: value('CATALOG') ?? null,
      token: tokenText ?? randomToken(),
      tokenGenerated: tokenText === undefined,
      allowedOrigins,
      rateLimit,
      dedupeDays,
      webhooksFile: value('LEADS_WEBHOOKS') ?? null,
    },
  };
}
