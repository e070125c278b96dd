import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRequest, sampleLead } from '../unit/receiverFixtures.ts';
import { launchBrowser } from './support/launchBrowser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'demo-smoke-token-0123456789';
const bundleBuilt = existsSync(join(ROOT, 'dist/schoolmatch.js'));

let child: ChildProcess;
let dir: string;
let origin: string;
let output = '';

// 'close' fires once every process holding the output pipes (npx, tsx and the server itself) has exited.
function outputClosed(): Promise<void> {
  return new Promise((done) => {
    if (child.stdout?.closed === true) return done();
    child.once('close', () => done());
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'schoolmatch-demo-'));
  // Detached: the server runs as npx → tsx → node, and stopping it signals this group only.
  child = spawn('npx', ['tsx', 'demo/server.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, LEADS_DB: join(dir, 'leads.sqlite'), LEADS_TOKEN: TOKEN, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  let port: string | undefined;
  while ((port = /listening on port (\d+)/.exec(output)?.[1]) === undefined) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`demo/server.ts did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo server of npm start', () => {
  it('prints the page URL and the marketer view URL, but never the token set in LEADS_TOKEN', () => {
    expect(output).toContain(`${origin}/`);
    expect(output).toContain(`${origin}/leads`);
    expect(output).toContain('LEADS_TOKEN (not shown)');
    expect(output).not.toContain(TOKEN);
  });

  it('checks leads against the catalog its page shows', async () => {
    const lead = sampleLead({ school: { id: 'made-up-university', name: 'Made Up University' } });
    const response = await fetch(`${origin}/api/leads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
      body: JSON.stringify(lead),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      errors: [{ path: 'school.id', message: expect.stringContaining('not a school of the catalog') }],
    });
  });

  it('serves the seed article with the script-only widget snippet at /client.html under a same-origin-only CSP', async () => {
    const response = await fetch(`${origin}/client.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<h1>Medical Records Careers: Salary Info &amp; Job Description</h1>');
    expect(html).toContain('<table class="career-table">');
    for (const heading of ['Medical Coders', 'Health Information Managers', 'Medical Secretary'])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain(
      '<school-match catalog="/catalog.json" endpoint="/api/leads" publisher="demo-publisher" placement="article-inline"></school-match>',
    );
    expect(html).toContain('<script async src="/schoolmatch.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toContain('style=');
    expect((await fetch(`${origin}/article.css`)).headers.get('Content-Type')).toContain('text/css');
  });

  it('serves the same article at / with the widget server-rendered, allowing only its published style hash', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    const styleSource = (JSON.parse(readFileSync(join(ROOT, 'dist/csp.json'), 'utf8')) as { 'style-src': string })[
      'style-src'
    ];
    expect(response.headers.get('Content-Security-Policy')).toBe(`default-src 'self'; style-src 'self' ${styleSource}`);
    const html = await response.text();
    expect(html).toContain('<h1>Medical Records Careers: Salary Info &amp; Job Description</h1>');
    expect(html).toContain(
      '<school-match endpoint="/api/leads" publisher="demo-publisher" placement="article-inline"><template shadowrootmode="open"><style>',
    );
    expect(html).toContain('<article aria-label="Kaplan University">');
    expect(html).toContain('<script async src="/schoolmatch.js"></script>');
    // The only script without src is the inline catalog, which is data, not code.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toEqual(['<script type="application/json">']);
    expect(html).not.toContain('style=');
  });

  it('serves the widget bundle, or says how to build it when it is missing', async () => {
    const response = await fetch(`${origin}/schoolmatch.js`);
    if (bundleBuilt) {
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toContain('javascript');
      expect((await response.text()).length).toBeGreaterThan(1000);
    } else {
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('npm run build');
    }
  });

  it('serves the catalog from fixtures/catalog.json', async () => {
    const response = await fetch(`${origin}/catalog.json`);
    expect(response.status).toBe(200);
    const catalog = (await response.json()) as { version: number; schools: unknown[] };
    expect(catalog.version).toBe(1);
    expect(catalog.schools).toHaveLength(10);
  });

  it('stores a POSTed lead and shows it to the marketer with the token', async () => {
    const lead = sampleLead();
    const posted = await fetch(postRequest(lead).url.replace('http://receiver.test', origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId, Origin: origin },
      body: JSON.stringify(lead),
    });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    const view = await fetch(`${origin}/leads`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(await view.text()).toContain(lead.contact.email);
    expect(await (await fetch(`${origin}/leads`)).text()).not.toContain(lead.contact.email);
  });

  it('forwards each accepted lead to its demo CRM, which verified the signature, and flags a repeat of the same person', async () => {
    expect(output).toContain(`[schoolmatch] demo CRM:        ${origin}/demo/crm`);
    const first = sampleLead({
      contact: { ...sampleLead().contact, email: 'crm.check@example.com', phone: '+13125550142' },
    });
    const repeat = sampleLead({ contact: first.contact });
    for (const lead of [first, repeat]) {
      const posted = await fetch(`${origin}/api/leads`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.leadId },
        body: JSON.stringify(lead),
      });
      expect(posted.status).toBe(201);
    }
    let crm = '';
    const deadline = Date.now() + 10_000;
    while (!(crm = await (await fetch(`${origin}/demo/crm`)).text()).includes(first.leadId)) {
      if (Date.now() > deadline) throw new Error(`the demo CRM did not list ${first.leadId}:\n${crm}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(crm).not.toContain(repeat.leadId);
    const view = await (await fetch(`${origin}/leads`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
    expect(view).toContain(`duplicate of <code>${first.leadId}</code>, not forwarded`);
    expect(view).toMatch(/127\.0\.0\.1:\d+\/demo\/crm\/webhook<\/span>: delivered 200, 1 attempt/);
  });

  it('answers a chunked upload past 64 KB with 413 over real HTTP', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((done, fail) => {
      const req = request(
        `${origin}/api/leads`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => done({ status: res.statusCode ?? 0, body }));
        },
      );
      // The server may close the connection before the whole upload is written; the answer still arrives.
      req.on('error', (error) => fail(error));
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(body).toContain('64 KB');
  });

  it.each(['/', '/client.html'])('renders the widget on %s in Chromium without a CSP violation', async (path) => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${origin}${path}`);
      if (bundleBuilt) {
        await page.waitForFunction(
          () => (document.querySelector('school-match')?.shadowRoot?.childElementCount ?? 0) > 0,
          null,
          { timeout: 15_000 },
        );
      }
      expect(await page.locator('table.career-table tbody tr').count()).toBe(7);
      expect(problems.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('closes the leads database and exits on SIGTERM, keeping the stored lead', async () => {
    const closed = outputClosed();
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    await closed;
    expect(output).toContain('SIGTERM: finishing open requests, then closing the leads database.');
    // Closing the last connection checkpoints the write-ahead log into the database file and removes it.
    expect(existsSync(join(dir, 'leads.sqlite-wal'))).toBe(false);
    const db = new Database(join(dir, 'leads.sqlite'), { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number }).n).toBe(3);
    db.close();
  });
});
