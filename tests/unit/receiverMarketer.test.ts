import { afterEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import { createReceiver } from '../../src/receiver/createReceiver.ts';
import { postRequest, sampleLead, TEST_TOKEN, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

const BEARER = { Authorization: `Bearer ${TEST_TOKEN}` };

/** An RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += char;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

async function store(...leads: Lead[]): Promise<void> {
  for (const lead of leads) expect((await t.receiver.fetch(postRequest(lead))).status).toBe(201);
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return t.receiver.fetch(new Request(`http://receiver.test${path}`, { headers }));
}

function signIn(token: string, headers: Record<string, string> = {}): Promise<Response> {
  return t.receiver.fetch(
    new Request('http://receiver.test/leads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token }).toString(),
    }),
  );
}

/** The `name=value` of the session cookie a sign-in answer sets, as a browser would send it back. */
function sessionOf(response: Response): string {
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

describe('the marketer view GET /leads', () => {
  it('shows only a token form and no personal data without the token', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await store(lead);
    const response = await get('/leads');
    expect(response.status).toBe(401);
    const page = await response.text();
    expect(page).toContain('<form method="post" action="/leads">');
    expect(page).toContain('name="token"');
    for (const pii of [
      lead.contact.email,
      lead.contact.phone,
      lead.contact.firstName,
      lead.contact.postalCode,
      lead.school.name,
    ]) {
      expect(page).not.toContain(pii);
    }
  });

  it('shows no leads with a wrong Bearer token', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await store(lead);
    const page = await (await get('/leads', { Authorization: 'Bearer wrong-token-0123456789' })).text();
    expect(page).not.toContain(lead.contact.email);
  });

  it('lists leads by the time they were received, newest first, escaping every value', async () => {
    let clock = Date.UTC(2026, 10, 1, 8);
    t = testReceiver({ now: () => clock });
    // A client-supplied createdAt far in the future must not keep a lead on top.
    const older = sampleLead({ createdAt: '9999-12-31T23:59:59.000Z' });
    const newer = sampleLead({ school: { id: 'evil-school', name: '<img src=x onerror=alert(1)> & "Co"' } });
    await store(older);
    clock += 60_000;
    await store(newer);
    const response = await get('/leads', BEARER);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    expect(page.indexOf('2026-11-01T08:01:00.000Z')).toBeGreaterThan(-1);
    expect(page.indexOf('2026-11-01T08:01:00.000Z')).toBeLessThan(page.indexOf('2026-11-01T08:00:00.000Z'));
    expect(page).toContain(older.contact.email);
    expect(page).toContain('203.0.113.7');
  });

  it('pages through the leads 100 at a time with an "Older leads" link', async () => {
    let clock = Date.UTC(2026, 10, 1, 8);
    t = testReceiver({ now: () => clock });
    const leads = Array.from({ length: 150 }, (_, i) =>
      sampleLead({ contact: { ...sampleLead().contact, email: `student${i}@example.com` } }),
    );
    for (const lead of leads) {
      clock += 1000;
      await store(lead);
    }
    const first = await (await get('/leads', BEARER)).text();
    expect(first).toContain('100 shown, newest received first (150 in all)');
    expect(first).toContain('student149@example.com');
    expect(first).not.toContain('student49@example.com');
    const next = /<a href="(\/leads\?before=[^"]+)" rel="next">Older leads<\/a>/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = await (await get((next ?? '').replaceAll('&amp;', '&'), BEARER)).text();
    expect(second).toContain('50 shown');
    expect(second).toContain('student49@example.com');
    expect(second).toContain('student0@example.com');
    expect(second).not.toContain('student50@example.com');
    expect(second).not.toContain('rel="next"');
  });

  it('shows only test or only live leads with ?mode=', async () => {
    t = testReceiver();
    const live = sampleLead({ contact: { ...sampleLead().contact, email: 'live@example.com' } });
    const test = sampleLead({ testMode: true, contact: { ...sampleLead().contact, email: 'test@example.com' } });
    await store(live, test);
    const testPage = await (await get('/leads?mode=test', BEARER)).text();
    expect(testPage).toContain('test@example.com');
    expect(testPage).not.toContain('live@example.com');
    const livePage = await (await get('/leads?mode=live', BEARER)).text();
    expect(livePage).toContain('live@example.com');
    expect(livePage).not.toContain('test@example.com');
  });

  it('filters the list by school with ?school=', async () => {
    t = testReceiver();
    const ctu = sampleLead({ contact: { ...sampleLead().contact, email: 'ctu@example.com' } });
    const other = sampleLead({
      school: { id: 'kaplan-university', name: 'Kaplan University' },
      contact: { ...sampleLead().contact, email: 'kaplan@example.com' },
    });
    await store(ctu, other);
    const page = await (await get('/leads?school=kaplan-university', BEARER)).text();
    expect(page).toContain('kaplan@example.com');
    expect(page).not.toContain('ctu@example.com');
    expect(page).toContain('<option value="kaplan-university" selected>');
  });

  it('signs in with the token typed into the form and keeps it out of the URL', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await store(lead);
    const wrong = await signIn('nope');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That token is not right');

    const response = await signIn(TEST_TOKEN);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/leads');
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain(TEST_TOKEN);
    expect(cookie).not.toContain('Secure');

    const page = await (await get('/leads', { Cookie: sessionOf(response) })).text();
    expect(page).toContain(lead.contact.email);
  });

  it('gives every sign-in its own random session, not a value derived from the token', async () => {
    t = testReceiver();
    const first = sessionOf(await signIn(TEST_TOKEN));
    const second = sessionOf(await signIn(TEST_TOKEN));
    expect(first).not.toBe(second);
    expect((await get('/leads', { Cookie: 'schoolmatch_leads=made-up-session-value' })).status).toBe(401);
  });

  it('keeps the marketer signed in on another receiver process sharing the database', async () => {
    t = testReceiver();
    const lead = sampleLead();
    await store(lead);
    const cookie = sessionOf(await signIn(TEST_TOKEN));
    const other = createReceiver({ store: t.store, token: TEST_TOKEN, allowedOrigins: [], rateLimit: 100 });
    const page = await other.fetch(new Request('http://receiver.test/leads', { headers: { Cookie: cookie } }));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(lead.contact.email);
  });

  it('revokes the session on sign-out, even if the browser kept the cookie', async () => {
    t = testReceiver();
    const cookie = sessionOf(await signIn(TEST_TOKEN));
    expect((await get('/leads', { Cookie: cookie })).status).toBe(200);
    const out = await t.receiver.fetch(
      new Request('http://receiver.test/leads/sign-out', { method: 'POST', headers: { Cookie: cookie } }),
    );
    expect(out.status).toBe(303);
    expect(out.headers.get('Set-Cookie')).toContain('Max-Age=0');
    expect((await get('/leads', { Cookie: cookie })).status).toBe(401);
  });

  it('ends the session after eight hours', async () => {
    let clock = Date.UTC(2026, 10, 1, 8);
    t = testReceiver({ now: () => clock });
    const cookie = sessionOf(await signIn(TEST_TOKEN));
    clock += 8 * 60 * 60 * 1000 - 1000;
    expect((await get('/leads', { Cookie: cookie })).status).toBe(200);
    clock += 2000;
    expect((await get('/leads', { Cookie: cookie })).status).toBe(401);
  });

  it('marks the cookie Secure behind a trusted TLS proxy, and ignores the proxy header when no proxy is trusted', async () => {
    const https = { 'X-Forwarded-Proto': 'https' };
    t = testReceiver({ trustProxy: true });
    expect((await signIn(TEST_TOKEN, https)).headers.get('Set-Cookie')).toContain('Secure');
    expect((await signIn(TEST_TOKEN)).headers.get('Set-Cookie')).not.toContain('Secure');
    t.cleanup();
    t = testReceiver();
    expect((await signIn(TEST_TOKEN, https)).headers.get('Set-Cookie')).not.toContain('Secure');
  });

  it.each([['/leads'], ['/api/leads.csv']])(
    'answers 429 on %s after 10 wrong Bearer tokens a minute from one address, even to the right one',
    async (path) => {
      let clock = Date.UTC(2026, 10, 1, 8);
      let address = '198.51.100.1';
      t = testReceiver({ now: () => clock, clientAddress: () => address });
      for (let i = 0; i < 10; i++)
        expect((await get(path, { Authorization: `Bearer guess-${i}-0123456789abcdef` })).status).toBe(401);
      const limited = await get(path, BEARER);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(await limited.text()).not.toContain('ana.oneil@example.com');
      address = '198.51.100.2';
      expect((await get(path, BEARER)).status).toBe(200);
      address = '198.51.100.1';
      clock += 60_000;
      expect((await get(path, BEARER)).status).toBe(200);
    },
  );

  it('answers 429 to the token form after 10 wrong tokens a minute from one address', async () => {
    t = testReceiver();
    for (let i = 0; i < 10; i++) expect((await signIn(`guess-${i}`)).status).toBe(401);
    const limited = await signIn(TEST_TOKEN);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Set-Cookie')).toBeNull();
    expect(await limited.text()).toContain('Too many wrong tokens');
  });
});

describe('the CSV export GET /api/leads.csv', () => {
  it('answers 401 without the token or with a wrong one', async () => {
    t = testReceiver();
    await store(sampleLead());
    expect((await get('/api/leads.csv')).status).toBe(401);
    const wrong = await get('/api/leads.csv', { Authorization: `Bearer ${TEST_TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('ana.oneil@example.com');
  });

  it('round-trips commas, quotes and line breaks and defuses formula cells', async () => {
    t = testReceiver();
    const tricky = sampleLead({
      school: { id: 'tricky', name: 'Smith, "Jones"\r\n& Co' },
      consent: { text: 'Line one\nline two, with "quotes"', givenAt: '2026-11-26T09:59:58.000Z' },
      source: {
        publisherId: '@publisher',
        pageUrl: 'https://news.example/a',
        utm: {
          source: '=HYPERLINK("http://evil.example","click")',
          medium: '+cmd',
          campaign: '-2+3',
          term: '\tTAB',
          content: '\rCR',
        },
      },
    });
    await store(tricky);
    const response = await get('/api/leads.csv', BEARER);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/csv');
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(2);
    const header = rows[0] ?? [];
    const cell = (name: string) => rows[1]?.[header.indexOf(name)];
    expect(rows[1]).toHaveLength(header.length);
    expect(cell('schoolName')).toBe('Smith, "Jones"\r\n& Co');
    expect(cell('consentText')).toBe('Line one\nline two, with "quotes"');
    expect(cell('utmSource')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('utmMedium')).toBe("'+cmd");
    expect(cell('utmCampaign')).toBe("'-2+3");
    expect(cell('utmTerm')).toBe("'\tTAB");
    expect(cell('utmContent')).toBe("'\rCR");
    expect(cell('publisherId')).toBe("'@publisher");
    expect(cell('email')).toBe('ana.oneil@example.com');
  });

  it('defuses formulas hidden behind leading spaces or line breaks', async () => {
    t = testReceiver();
    const lead = sampleLead({
      source: {
        publisherId: 'demo-publisher',
        pageUrl: 'https://news.example/a',
        utm: { source: ' =1+1', medium: '\n@SUM(A1)', campaign: '  -2', term: '\r\n+cmd', content: 'plain - text' },
        clickIds: { gclid: 'a=b' },
      },
    });
    await store(lead);
    const rows = parseCsv((await (await get('/api/leads.csv', BEARER)).text()).replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const cell = (name: string) => rows[1]?.[header.indexOf(name)];
    expect(cell('utmSource')).toBe("' =1+1");
    expect(cell('utmMedium')).toBe("'\n@SUM(A1)");
    expect(cell('utmCampaign')).toBe("'  -2");
    expect(cell('utmTerm')).toBe("'\r\n+cmd");
    expect(cell('utmContent')).toBe('plain - text');
    expect(cell('gclid')).toBe('a=b');
  });

  it('exports every lead newest received first with receivedAt and ip, or one school with ?school=', async () => {
    let clock = Date.UTC(2026, 10, 1, 8);
    t = testReceiver({ now: () => clock });
    const a = sampleLead({ createdAt: '2026-11-03T00:00:00.000Z' });
    const b = sampleLead({
      createdAt: '2026-11-01T00:00:00.000Z',
      school: { id: 'kaplan-university', name: 'Kaplan University' },
    });
    await store(a);
    clock += 60_000;
    await store(b);
    const all = parseCsv((await (await get('/api/leads.csv', BEARER)).text()).replace(/^\uFEFF/, ''));
    const header = all[0] ?? [];
    expect(all.slice(1).map((row) => row[0])).toEqual([b.leadId, a.leadId]);
    expect(all[2]?.[header.indexOf('receivedAt')]).toBe('2026-11-01T08:00:00.000Z');
    expect(all[2]?.[header.indexOf('ip')]).toBe('203.0.113.7');
    const one = parseCsv(
      (await (await get('/api/leads.csv?school=kaplan-university', BEARER)).text()).replace(/^\uFEFF/, ''),
    );
    expect(one.slice(1).map((row) => row[0])).toEqual([b.leadId]);
  });

  it('exports the leads received from one date to another, both days included', async () => {
    let clock = Date.UTC(2026, 10, 1, 23, 59);
    t = testReceiver({ now: () => clock });
    const leads = [sampleLead(), sampleLead(), sampleLead(), sampleLead()];
    for (const lead of leads) {
      await store(lead);
      clock += 24 * 60 * 60 * 1000; // Nov 1, 2, 3, 4 at 23:59
    }
    const csv = await (await get('/api/leads.csv?from=2026-11-02&to=2026-11-03', BEARER)).text();
    const ids = parseCsv(csv.replace(/^\uFEFF/, ''))
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual([leads[2]?.leadId, leads[1]?.leadId]);
  });

  it('refuses a from or to that is not a date with 400 naming it', async () => {
    t = testReceiver();
    const response = await get('/api/leads.csv?from=yesterday', BEARER);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ path: 'from', message: expect.stringContaining('2026-01-31') }],
    });
    expect((await get('/api/leads.csv?to=2026-02-30', BEARER)).status).toBe(400);
  });

  it('streams the CSV in pieces as it reads the leads, rather than as one built string', async () => {
    t = testReceiver();
    const leads = Array.from({ length: 1200 }, () => sampleLead());
    for (const lead of leads) t.store.insert(lead, { receivedAt: new Date().toISOString(), ip: '203.0.113.7' });
    const response = await get('/api/leads.csv', BEARER);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let text = '';
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks += 1;
      text += decoder.decode(read.value, { stream: true });
    }
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(
      new Set(
        parseCsv(text.replace(/^\uFEFF/, ''))
          .slice(1)
          .map((row) => row[0]),
      ),
    ).toEqual(new Set(leads.map((l) => l.leadId)));
  });

  it('is not readable from a publisher page: no CORS header, even for an allowed origin', async () => {
    t = testReceiver();
    const response = await get('/api/leads.csv', { ...BEARER, Origin: 'https://publisher.example' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await t.receiver.fetch(
      new Request('http://receiver.test/api/leads.csv', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://publisher.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      }),
    );
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });
});
