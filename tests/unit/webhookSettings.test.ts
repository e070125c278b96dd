import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWebhookSettings, readWebhookSettings } from '../../src/receiver/webhooks/webhookSettings.ts';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(json: unknown): string {
  const result = parseWebhookSettings(typeof json === 'string' ? json : JSON.stringify(json), 'hooks.json');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('the LEADS_WEBHOOKS file', () => {
  it('reads destinations and defaults includeTest to false', () => {
    const path = join(dir, 'good.json');
    writeFileSync(
      path,
      JSON.stringify([
        { school: 'colorado-technical-university', url: 'https://crm.example/hooks/leads', secret: SECRET },
        { school: '*', url: 'http://127.0.0.1:9000/leads', secret: SECRET, includeTest: true },
        { school: '*', url: 'http://localhost/leads', secret: SECRET },
      ]),
    );
    expect(readWebhookSettings(path)).toEqual({
      ok: true,
      destinations: [
        {
          school: 'colorado-technical-university',
          url: 'https://crm.example/hooks/leads',
          secret: SECRET,
          includeTest: false,
        },
        { school: '*', url: 'http://127.0.0.1:9000/leads', secret: SECRET, includeTest: true },
        { school: '*', url: 'http://localhost/leads', secret: SECRET, includeTest: false },
      ],
    });
  });

  it('accepts an empty list: no lead is forwarded', () => {
    expect(parseWebhookSettings('[]', 'hooks.json')).toEqual({ ok: true, destinations: [] });
  });

  it('refuses a file that does not exist, naming LEADS_WEBHOOKS and the path', () => {
    const result = readWebhookSettings(join(dir, 'missing.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(
      /^\[schoolmatch\] LEADS_WEBHOOKS \(.*missing\.json\): the file cannot be read \(no such file\)/,
    );
    expect(result.error).not.toContain('\n');
  });

  it('refuses a path it cannot read as a file', () => {
    const result = readWebhookSettings(dir);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(
        /^\[schoolmatch\] LEADS_WEBHOOKS \(.*\): the file cannot be read \(it is a directory\)/,
      );
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf('[{ school: "*" }]')).toMatch(
      /^\[schoolmatch\] LEADS_WEBHOOKS \(hooks\.json\): the file is not JSON \(.+\)\. Fix the file/,
    );
  });

  it.each([
    [{ school: '*', url: 'https://crm.example/x', secret: SECRET }, 'the file must be a JSON array of destinations'],
    [['https://crm.example/x'], 'destination 1 must be an object'],
    [[{ url: 'https://crm.example/x', secret: SECRET }], 'destination 1 "school" is missing'],
    [[{ school: 7, url: 'https://crm.example/x', secret: SECRET }], 'destination 1 "school" must be a string'],
    [
      [{ school: 'Colorado Tech', url: 'https://crm.example/x', secret: SECRET }],
      'destination 1 "school" must be a school id',
    ],
    [[{ school: '*', secret: SECRET }], 'destination 1 "url" is missing'],
    [[{ school: '*', url: 'crm.example/x', secret: SECRET }], 'destination 1 "url" is not a URL; got "crm.example/x"'],
    [[{ school: '*', url: 'ftp://crm.example/x', secret: SECRET }], 'destination 1 "url" must be an https: URL'],
    [
      [{ school: '*', url: 'https://crm.example/x', secret: SECRET, includeTest: 'yes' }],
      'destination 1 "includeTest" must be true or false',
    ],
    [
      [{ school: '*', url: 'https://crm.example/x', secret: SECRET, includeTests: true }],
      'destination 1 "includeTests" has a key this file does not know',
    ],
  ])('refuses %j: %s', (json, problem) => {
    const error = errorOf(json);
    expect(error).toContain(`[schoolmatch] LEADS_WEBHOOKS (hooks.json): ${problem}`);
    expect(error).not.toContain('\n');
  });

  it('refuses http: to any host but localhost and 127.0.0.1', () => {
    const error = errorOf([
      { school: '*', url: 'https://crm.example/ok', secret: SECRET },
      { school: '*', url: 'http://crm.example/leads', secret: SECRET },
    ]);
    expect(error).toBe(
      '[schoolmatch] LEADS_WEBHOOKS (hooks.json): destination 2 "url" must be https: (http: only on localhost or 127.0.0.1), so leads never cross a network unencrypted; got "http://crm.example/leads". Fix the file, or unset LEADS_WEBHOOKS to forward no leads.',
    );
  });

  it.each([
    [
      'a secret without the whsec_ prefix',
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'must be "whsec_" followed by a base64 key',
    ],
    ['a secret that is not base64', 'whsec_not base64!', 'must be "whsec_" followed by a base64 key'],
    ['an empty key', 'whsec_', 'must be "whsec_" followed by a base64 key'],
    ['a key too short to be safe', 'whsec_c2hvcnQ=', 'must hold a key of 24 to 64 bytes, not 5'],
  ])('refuses %s and says how to make a good one', (_name, secret, problem) => {
    const error = errorOf([{ school: '*', url: 'https://crm.example/x', secret }]);
    expect(error).toContain(`destination 1 "secret" ${problem}`);
    expect(error).toContain("randomBytes(32).toString('base64')");
  });

  it('refuses the same school and URL twice, which would send each lead there twice', () => {
    const entry = { school: '*', url: 'https://crm.example/x', secret: SECRET };
    expect(errorOf([entry, entry])).toContain('destination 2 repeats school "*" with url "https://crm.example/x"');
  });
});
