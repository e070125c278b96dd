import { describe, expect, it } from 'vitest';
import { receiverSettings } from '../../src/receiver/receiverSettings.ts';

function settingsOf(env: Record<string, string>) {
  const result = receiverSettings(env);
  if (!result.ok) throw new Error(result.error);
  return result.settings;
}

function errorOf(env: Record<string, string>): string {
  const result = receiverSettings(env);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.error;
}

describe('receiver settings from the environment', () => {
  it('defaults to port 8080 on 127.0.0.1 only, no trusted proxy, data/leads.sqlite, no catalog, the own origin, 60 a minute and a random printed token', () => {
    const settings = settingsOf({});
    expect(settings.port).toBe(8080);
    expect(settings.host).toBe('127.0.0.1');
    expect(settings.trustProxy).toBe(false);
    expect(settings.catalog).toBeNull();
    expect(settings.dbPath).toBe('data/leads.sqlite');
    expect(settings.allowedOrigins).toBeNull();
    expect(settings.rateLimit).toBe(60);
    expect(settings.dedupeDays).toBe(30);
    expect(settings.webhooksFile).toBeNull();
    expect(settings.tokenGenerated).toBe(true);
    expect(settings.token.length).toBeGreaterThanOrEqual(32);
    expect(settingsOf({}).token).not.toBe(settings.token);
  });

  it('reads PORT, LEADS_DB, LEADS_TOKEN, ALLOWED_ORIGINS and RATE_LIMIT', () => {
    const settings = settingsOf({
      PORT: '0',
      LEADS_DB: '/var/lib/leads.sqlite',
      LEADS_TOKEN: 'a-long-enough-secret-token',
      ALLOWED_ORIGINS: 'https://publisher.example, http://localhost:5173/',
      RATE_LIMIT: '120',
    });
    expect(settings).toEqual({
      port: 0,
      host: '127.0.0.1',
      trustProxy: false,
      catalog: null,
      dbPath: '/var/lib/leads.sqlite',
      token: 'a-long-enough-secret-token',
      tokenGenerated: false,
      allowedOrigins: ['https://publisher.example', 'http://localhost:5173'],
      rateLimit: 120,
      dedupeDays: 30,
      webhooksFile: null,
    });
  });

  it('reads DEDUPE_DAYS (0 turns the dedupe window off) and the path in LEADS_WEBHOOKS', () => {
    expect(settingsOf({ DEDUPE_DAYS: '45', LEADS_WEBHOOKS: '/etc/schoolmatch/hooks.json' })).toMatchObject({
      dedupeDays: 45,
      webhooksFile: '/etc/schoolmatch/hooks.json',
    });
    expect(settingsOf({ DEDUPE_DAYS: '0' }).dedupeDays).toBe(0);
  });

  it('reads HOST, TRUST_PROXY, CATALOG and a PostgreSQL LEADS_DB', () => {
    const settings = settingsOf({
      HOST: '0.0.0.0',
      TRUST_PROXY: '1',
      CATALOG: 'https://cdn.example/catalog.json',
      LEADS_DB: 'postgres://leads:secret@db.internal:5432/leads',
    });
    expect(settings).toMatchObject({
      host: '0.0.0.0',
      trustProxy: true,
      catalog: 'https://cdn.example/catalog.json',
      dbPath: 'postgres://leads:secret@db.internal:5432/leads',
    });
  });

  it.each([
    [{ HOST: 'every interface' }, 'HOST'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ RATE_LIMIT: '0' }, 'RATE_LIMIT'],
    [{ DEDUPE_DAYS: 'thirty' }, 'DEDUPE_DAYS'],
    [{ DEDUPE_DAYS: '-1' }, 'DEDUPE_DAYS'],
    [{ DEDUPE_DAYS: '4000' }, 'DEDUPE_DAYS'],
    [{ RATE_LIMIT: '1.5' }, 'RATE_LIMIT'],
    [{ LEADS_TOKEN: 'short' }, 'LEADS_TOKEN'],
    [{ LEADS_TOKEN: 'has spaces in the middle of it' }, 'LEADS_TOKEN'],
    [{ ALLOWED_ORIGINS: 'publisher.example' }, 'ALLOWED_ORIGINS'],
    [{ ALLOWED_ORIGINS: 'https://publisher.example/path' }, 'ALLOWED_ORIGINS'],
  ])('refuses %o with a message naming %s and what to set', (env, name) => {
    const error = errorOf(env);
    expect(error.startsWith(`[schoolmatch] ${name}`)).toBe(true);
    expect(error).toMatch(/Set|Fix|leave/);
  });
});
