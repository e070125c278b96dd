import { afterEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
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
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

async function store(...leads: Lead[]): Promise<void> {
  for (const lead of leads) expect((await t.receiver.fetch(postRequest(lead))).status).toBe(201);
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return t.receiver.fetch(new Request(`http://receiver.test${path}`, { headers }));
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
    for (const pii of [lead.contact.email, lead.contact.phone, lead.contact.firstName, lead.contact.postalCode, lead.school.name]) {
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

  it('lists leads newest first with the Bearer token, escaping every value', async () => {
    t = testReceiver();
    const older = sampleLead({ createdAt: '2026-11-01T08:00:00.000Z' });
    const newer = sampleLead({
      createdAt: '2026-11-02T08:00:00.000Z',
      school: { id: 'evil-school', name: '<img src=x onerror=alert(1)> & "Co"' },
    });
    await store(older, newer);
    const response = await get('/leads', BEARER);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    expect(page.indexOf('2026-11-02T08:00:00.000Z')).toBeLessThan(page.indexOf('2026-11-01T08:00:00.000Z'));
    expect(page).toContain(older.contact.email);
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
    const wrong = await t.receiver.fetch(
      new Request('http://receiver.test/leads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'token=nope',
      }),
    );
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('That token is not right');

    const signIn = await t.receiver.fetch(
      new Request('http://receiver.test/leads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: TEST_TOKEN }).toString(),
      }),
    );
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('Location')).toBe('/leads');
    const cookie = signIn.headers.get('Set-Cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain(TEST_TOKEN);

    const page = await (await get('/leads', { Cookie: cookie.split(';')[0] ?? '' })).text();
    expect(page).toContain(lead.contact.email);
  });

  it('forgets the token when the marketer signs out', async () => {
    t = testReceiver();
    const out = await t.receiver.fetch(new Request('http://receiver.test/leads/sign-out', { method: 'POST' }));
    expect(out.status).toBe(303);
    expect(out.headers.get('Set-Cookie')).toContain('Max-Age=0');
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
        utm: { source: '=HYPERLINK("http://evil.example","click")', medium: '+cmd', campaign: '-2+3', term: '\tTAB', content: '\rCR' },
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

  it('exports every lead, newest first, or one school with ?school=', async () => {
    t = testReceiver();
    const a = sampleLead({ createdAt: '2026-11-01T00:00:00.000Z' });
    const b = sampleLead({ createdAt: '2026-11-03T00:00:00.000Z', school: { id: 'kaplan-university', name: 'Kaplan University' } });
    await store(a, b);
    const all = parseCsv((await (await get('/api/leads.csv', BEARER)).text()).replace(/^\uFEFF/, ''));
    expect(all.slice(1).map((row) => row[0])).toEqual([b.leadId, a.leadId]);
    const one = parseCsv((await (await get('/api/leads.csv?school=kaplan-university', BEARER)).text()).replace(/^\uFEFF/, ''));
    expect(one.slice(1).map((row) => row[0])).toEqual([b.leadId]);
  });
});
