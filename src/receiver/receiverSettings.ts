/** The reference receiver's settings, read from the environment. */
export interface ReceiverSettings {
  /** 0 asks the system for a free port. */
  port: number;
  dbPath: string;
  token: string;
  /** True when LEADS_TOKEN was unset and the token was made at random (print it so the marketer can sign in). */
  tokenGenerated: boolean;
  /** null: the server's own origin (http://localhost:PORT and http://127.0.0.1:PORT), known once it listens. */
  allowedOrigins: string[] | null;
  rateLimit: number;
}

/** The settings, or a message saying which variable is wrong and what to set. */
export type SettingsResult = { ok: true; settings: ReceiverSettings } | { ok: false; error: string };

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    const bare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

/** The own origins a server on `port` answers at, the default ALLOWED_ORIGINS. */
export function ownOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/** Reads PORT, LEADS_DB, LEADS_TOKEN, ALLOWED_ORIGINS and RATE_LIMIT (defaults 8080, data/leads.sqlite, random, own origin, 60). */
export function receiverSettings(env: Record<string, string | undefined>): SettingsResult {
  const fail = (error: string): SettingsResult => ({ ok: false, error: `[schoolmatch] ${error}` });
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const portText = value('PORT') ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    return fail(`PORT must be a whole number from 0 to 65535 (0 picks a free port); got "${portText}". Set PORT=8080 or leave it unset.`);
  }

  const rateText = value('RATE_LIMIT') ?? '60';
  const rateLimit = /^\d{1,9}$/.test(rateText) ? Number(rateText) : NaN;
  if (!(rateLimit >= 1)) {
    return fail(`RATE_LIMIT must be a whole number of requests a minute per client address, 1 or more; got "${rateText}". Set RATE_LIMIT=60 or leave it unset.`);
  }

  const tokenText = value('LEADS_TOKEN');
  if (tokenText !== undefined && tokenText.length < 16) {
    return fail('LEADS_TOKEN must be at least 16 characters so it cannot be guessed. Set a longer one, or leave it unset to get a random token printed at start.');
  }
  if (tokenText !== undefined && !/^[\x21-\x7e]+$/.test(tokenText)) {
    return fail('LEADS_TOKEN may contain only visible ASCII characters (no spaces), as it is sent in an Authorization header. Set another one, or leave it unset.');
  }

  let allowedOrigins: string[] | null = null;
  const originsText = value('ALLOWED_ORIGINS');
  if (originsText !== undefined) {
    allowedOrigins = [];
    for (const entry of originsText.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
      const origin = parseOrigin(entry);
      if (origin === null) {
        return fail(`ALLOWED_ORIGINS must be a comma-separated list of origins like https://publisher.example (scheme, host and optional port; no path); "${entry}" is not one. Fix it, or leave ALLOWED_ORIGINS unset to allow only this server's own origin.`);
      }
      allowedOrigins.push(origin);
    }
  }

  return {
    ok: true,
    settings: {
      port,
      dbPath: value('LEADS_DB') ?? 'data/leads.sqlite',
      token: tokenText ?? randomToken(),
      tokenGenerated: tokenText === undefined,
      allowedOrigins,
      rateLimit,
    },
  };
}
