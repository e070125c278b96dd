// A lead's way page → receiver → CRM inside one process: the receiver, a forwarding SQLite store, the webhook
// worker and a loopback CRM; the marketer's view of deliveries and duplicates, Retry, and a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import { createReceiver, type Receiver } from '../../src/receiver/createReceiver.ts';
import { createWebhookWorker, type WebhookWorker } from '../../src/receiver/webhooks/createWebhookWorker.ts';
import {
  openForwardingLeadStore,
  type ForwardingLeadStore,
} from '../../src/receiver/webhooks/openForwardingLeadStore.ts';
import { retryAction } from '../../src/receiver/webhooks/renderDeliveries.ts';
import type { WebhookDestination } from '../../src/receiver/webhooks/webhookSettings.ts';
import { postRequest, TEST_TOKEN } from './receiverFixtures.ts';
import { startTestCrm, testSecret, type CrmAnswer, type TestCrm } from './webhookCrm.ts';
import { uniqueLead } from './webhookFixtures.ts';

const T0 = Date.parse('2026-12-07T10:00:00.000Z');
const BEARER = { Authorization: `Bearer ${TEST_TOKEN}` };
const secret = testSecret();

interface Setup {
  receiver: Receiver;
  opened: ForwardingLeadStore;
  worker: WebhookWorker;
  crm: TestCrm;
  dbPath: string;
  destinations: WebhookDestination[];
}

const dirs: string[] = [];
const closers: Array<() => Promise<void> | void> = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(async () => {
  vi.useRealTimers();
  for (const close of closers.splice(0).reverse()) await close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(dbPath: string, destinations: WebhookDestination[]): Promise<Omit<Setup, 'crm'>> {
  const opened = await openForwardingLeadStore(dbPath, { destinations: () => destinations, dedupeDays: 30 });
  closers.push(() => opened.store.close());
  // Rounds are run by the test (runOnce), so the fake clock decides when a retry is due.
  const worker = createWebhookWorker({
    outbox: opened.forwarding.outbox,
    destinations,
    random: () => 0.5,
    timeoutMs: 500,
  });
  const receiver = createReceiver({
    store: opened.store,
    token: TEST_TOKEN,
    allowedOrigins: ['https://publisher.example'],
    rateLimit: 10_000,
    clientAddress: () => '203.0.113.7',
    forwarding: opened.forwarding,
  });
  return { receiver, opened, worker, dbPath, destinations };
}

async function setup(answers?: CrmAnswer[], extra: Partial<WebhookDestination> = {}): Promise<Setup> {
  const crm = await startTestCrm(secret, answers);
  closers.push(() => crm.close());
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-flow-'));
  dirs.push(dir);
  const destinations = [{ school: '*', url: crm.url, secret, includeTest: false, ...extra }];
  return { crm, ...(await open(join(dir, 'leads.sqlite'), destinations)) };
}

async function post(s: Pick<Setup, 'receiver'>, lead: Lead): Promise<number> {
  return (await s.receiver.fetch(postRequest(lead))).status;
}

function get(s: Pick<Setup, 'receiver'>, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return s.receiver.fetch(new Request(`http://receiver.test${path}`, { headers }));
}

async function signIn(s: Setup): Promise<string> {
  const response = await s.receiver.fetch(
    new Request('http://receiver.test/leads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TEST_TOKEN }).toString(),
    }),
  );
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

function retry(
  s: Setup,
  deliveryId: string,
  form: Record<string, string>,
  headers: Record<string, string>,
): Promise<Response> {
  return s.receiver.fetch(
    new Request(`http://receiver.test${retryAction(deliveryId)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    }),
  );
}

function csvRows(text: string): Array<Record<string, string>> {
  // The test leads hold no commas, quotes or line breaks, so a plain split reads them.
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('a lead accepted by the receiver', () => {
  it('reaches the CRM signed, with the lead and its receipt: when it was received and from which address', async () => {
    const s = await setup();
    const lead = uniqueLead();
    expect(await post(s, lead)).toBe(201);
    expect(await s.worker.runOnce()).toBe(1);
    expect(s.crm.received).toHaveLength(1);
    expect(s.crm.received[0]?.signatureValid).toBe(true);
    expect(s.crm.received[0]?.body).toEqual({
      type: 'lead.created',
      timestamp: new Date(T0).toISOString(),
      data: { lead, receipt: { receivedAt: new Date(T0).toISOString(), ip: '203.0.113.7' } },
    });
  });

  it('is stored but not forwarded when it repeats a person within the window, and shows as a duplicate in the view and the CSV', async () => {
    const s = await setup();
    const first = uniqueLead();
    // The widget lower-cases the domain; the person may type the rest in any case.
    const again = uniqueLead({
      contact: { ...first.contact, email: first.contact.email.replace(/^[^@]+/, (local) => local.toUpperCase()) },
    });
    expect(await post(s, first)).toBe(201);
    vi.setSystemTime(T0 + 3 * 24 * 60 * 60 * 1000);
    expect(await post(s, again)).toBe(201);
    await s.worker.runOnce();
    expect(s.crm.received.map((hook) => hook.id)).toEqual([first.leadId]);

    const page = await (await get(s, '/leads', BEARER)).text();
    expect(page).toContain(`duplicate of <code>${first.leadId}</code>, not forwarded`);
    expect(page).toContain('Webhooks: 0 pending, 0 failed, 1 delivered.');
    const rows = csvRows(await (await get(s, '/api/leads.csv', BEARER)).text());
    expect(rows.map((row) => [row['leadId'], row['duplicateOf']])).toEqual([
      [again.leadId, first.leadId],
      [first.leadId, ''],
    ]);
  });

  it('goes to a destination without includeTest only when it is not a test lead', async () => {
    const s = await setup();
    await post(s, uniqueLead({ testMode: true }));
    const live = uniqueLead();
    await post(s, live);
    await s.worker.runOnce();
    expect(s.crm.received.map((hook) => hook.id)).toEqual([live.leadId]);
  });
});

describe("the marketer's view of deliveries", () => {
  it('shows a failed delivery with its status, and Retry from the signed-in page sends it again', async () => {
    const s = await setup([{ status: 400 }, { status: 201 }]);
    const lead = uniqueLead();
    await post(s, lead);
    await s.worker.runOnce();
    const cookie = await signIn(s);
    const page = await (await get(s, '/leads', { Cookie: cookie })).text();
    expect(page).toContain('Webhooks: 0 pending, <strong class="error">1 failed</strong>, 0 delivered.');
    expect(page).toContain('failed, 1 attempt, last 400 (answered 400)');
    const [delivery] = await s.opened.forwarding.outbox.forLeads([lead.leadId]);
    if (delivery === undefined) throw new Error('no delivery');
    const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(page).toContain(`action="${retryAction(delivery.id)}"`);

    const response = await retry(
      s,
      delivery.id,
      { csrf: token },
      { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', Origin: 'null' },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/leads');
    expect(await s.opened.forwarding.outbox.summary()).toEqual({ pending: 1, delivered: 0, failed: 0 });
    await s.worker.runOnce();
    expect(s.crm.received.map((hook) => hook.id)).toEqual([lead.leadId, lead.leadId]);
    expect(await (await get(s, '/leads', { Cookie: cookie })).text()).toContain('delivered 201, 1 attempt');
  });

  it('refuses a Retry sent from another site, even with the session cookie', async () => {
    const s = await setup([{ status: 400 }]);
    const lead = uniqueLead();
    await post(s, lead);
    await s.worker.runOnce();
    const cookie = await signIn(s);
    const [delivery] = await s.opened.forwarding.outbox.forLeads([lead.leadId]);
    if (delivery === undefined) throw new Error('no delivery');
    const page = await (await get(s, '/leads', { Cookie: cookie })).text();
    const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

    const crossSite = await retry(
      s,
      delivery.id,
      { csrf: token },
      { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('sent from another site');
    const noToken = await retry(s, delivery.id, {}, { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain('reload /leads and press Retry there');
    const otherSession = await retry(
      s,
      delivery.id,
      { csrf: token },
      { Cookie: await signIn(s), 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(otherSession.status).toBe(403);
    const anonymous = await retry(s, delivery.id, { csrf: token }, { 'Sec-Fetch-Site': 'same-origin' });
    expect(anonymous.status).toBe(401);
    expect(await s.opened.forwarding.outbox.summary()).toEqual({ pending: 0, delivered: 0, failed: 1 });
  });

  it('lets a script retry with the Bearer token', async () => {
    const s = await setup([{ status: 410 }]);
    const lead = uniqueLead();
    await post(s, lead);
    await s.worker.runOnce();
    const [delivery] = await s.opened.forwarding.outbox.forLeads([lead.leadId]);
    if (delivery === undefined) throw new Error('no delivery');
    const response = await s.receiver.fetch(
      new Request(`http://receiver.test${retryAction(delivery.id)}`, { method: 'POST', headers: BEARER }),
    );
    expect(response.status).toBe(303);
    expect(await s.opened.forwarding.outbox.summary()).toEqual({ pending: 1, delivered: 0, failed: 0 });
  });
});

describe('a receiver restarted between two attempts', () => {
  it('continues the delivery on the schedule after the restart', async () => {
    const s = await setup([{ status: 500 }, { status: 201 }]);
    const lead = uniqueLead();
    await post(s, lead);
    await s.worker.runOnce();
    expect(await s.opened.forwarding.outbox.forLeads([lead.leadId])).toMatchObject([
      { state: 'pending', attempts: 1, nextAttemptAt: T0 + 30_000 },
    ]);
    await s.worker.stop();
    await s.opened.store.close();

    const restarted = await open(s.dbPath, s.destinations);
    vi.setSystemTime(T0 + 29_999);
    expect(await restarted.worker.runOnce()).toBe(0);
    vi.setSystemTime(T0 + 30_000);
    expect(await restarted.worker.runOnce()).toBe(1);
    expect(await restarted.opened.forwarding.outbox.forLeads([lead.leadId])).toMatchObject([
      { state: 'delivered', attempts: 2, lastStatus: 201 },
    ]);
    expect(s.crm.received.map((hook) => hook.at)).toEqual([T0, T0 + 30_000]);
  });
});
