import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import type { Receipt } from '../../src/receiver/LeadStore.ts';
import { createWebhookWorker, type WebhookWorkerOptions } from '../../src/receiver/webhooks/createWebhookWorker.ts';
import {
  createMemoryWebhookOutbox,
  type MemoryWebhookOutbox,
} from '../../src/receiver/webhooks/memoryWebhookOutbox.ts';
import type { Delivery } from '../../src/receiver/webhooks/WebhookOutbox.ts';
import type { WebhookDestination } from '../../src/receiver/webhooks/webhookSettings.ts';
import { sampleLead } from './receiverFixtures.ts';
import { refusingUrl, startTestCrm, testSecret, type CrmAnswer, type TestCrm } from './webhookCrm.ts';

const T0 = Date.parse('2026-12-07T10:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const RECEIPT: Receipt = { receivedAt: new Date(T0).toISOString(), ip: '203.0.113.7' };

const secret = testSecret();
const crms: TestCrm[] = [];
let outbox: MemoryWebhookOutbox;
let logs: string[];

beforeEach(() => {
  // Only Date is faked: the CRM's sockets and the 15 s abort timer run on real time, while the schedule and
  // the signatures' timestamps (checked by Webhook.verify against Date.now) follow the fake clock.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  outbox = createMemoryWebhookOutbox();
  logs = [];
});

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(crms.splice(0).map((crm) => crm.close()));
});

async function crm(answers?: CrmAnswer[]): Promise<TestCrm> {
  const started = await startTestCrm(secret, answers);
  crms.push(started);
  return started;
}

function destination(url: string, overrides: Partial<WebhookDestination> = {}): WebhookDestination {
  return { school: '*', url, secret, includeTest: false, ...overrides };
}

function worker(destinations: WebhookDestination[], options: Partial<WebhookWorkerOptions> = {}) {
  return createWebhookWorker({
    outbox,
    destinations,
    random: () => 0.5,
    timeoutMs: 500,
    log: (line) => logs.push(line),
    ...options,
  });
}

function queue(lead: Lead, destinations: WebhookDestination[]): Delivery {
  const [delivery] = outbox.enqueue(lead, RECEIPT, destinations, Date.now());
  if (delivery === undefined) throw new Error('the lead matched no destination');
  return delivery;
}

function stateOf(delivery: Delivery): Delivery {
  const found = outbox.forLeads([delivery.leadId]).find((each) => each.id === delivery.id);
  if (found === undefined) throw new Error('the delivery is gone');
  return found;
}

function advanceTo(at: number): void {
  vi.setSystemTime(at);
}

describe('forwarding a lead to a school system', () => {
  it('delivers a lead answered 201 once, signed, with the lead and its receipt as the body', async () => {
    const school = await crm([{ status: 201 }]);
    const lead = sampleLead();
    const delivery = queue(lead, [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    expect(await sender.runOnce()).toBe(1);
    expect(await sender.runOnce()).toBe(0);

    expect(school.received).toHaveLength(1);
    const [hook] = school.received;
    expect(hook?.signatureValid).toBe(true);
    expect(hook?.id).toBe(lead.leadId);
    expect(hook?.timestamp).toBe(String(T0 / 1000));
    expect(hook?.body).toEqual({
      type: 'lead.created',
      timestamp: RECEIPT.receivedAt,
      data: { lead, receipt: RECEIPT },
    });
    expect(stateOf(delivery)).toMatchObject({
      state: 'delivered',
      attempts: 1,
      lastStatus: 201,
      lastAttemptAt: T0,
      nextAttemptAt: null,
    });
    expect(outbox.summary()).toEqual({ pending: 0, delivered: 1, failed: 0 });
    expect(logs).toEqual([
      `[schoolmatch] webhook delivered 201 leadId=${lead.leadId} to ${new URL(school.url).origin}`,
    ]);
  });

  it('retries 500, 500, 200 with the same webhook-id at 30 s and 2 min, then marks it delivered', async () => {
    const school = await crm([{ status: 500 }, { status: 500 }, { status: 200 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastStatus: 500,
      nextAttemptAt: T0 + 30 * SECOND,
    });
    advanceTo(T0 + 30 * SECOND - 1);
    expect(await sender.runOnce()).toBe(0);
    advanceTo(T0 + 30 * SECOND);
    expect(await sender.runOnce()).toBe(1);
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      attempts: 2,
      nextAttemptAt: T0 + 30 * SECOND + 2 * MINUTE,
    });
    advanceTo(T0 + 30 * SECOND + 2 * MINUTE - 1);
    expect(await sender.runOnce()).toBe(0);
    advanceTo(T0 + 30 * SECOND + 2 * MINUTE);
    expect(await sender.runOnce()).toBe(1);

    expect(school.received.map((hook) => hook.at)).toEqual([T0, T0 + 30 * SECOND, T0 + 30 * SECOND + 2 * MINUTE]);
    expect(new Set(school.received.map((hook) => hook.id))).toEqual(new Set([delivery.leadId]));
    expect(school.received.every((hook) => hook.signatureValid)).toBe(true);
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', attempts: 3, lastStatus: 200, firstAttemptAt: T0 });
  });

  it('retries a school system that does not answer in time', async () => {
    const school = await crm(['no-answer', { status: 201 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)], { timeoutMs: 300 });

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      lastStatus: null,
      lastError: 'no answer in 0.3 s',
      nextAttemptAt: T0 + 30 * SECOND,
    });
    advanceTo(T0 + 30 * SECOND);
    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(school.received).toHaveLength(2);
  });

  it('retries a school system that refuses the connection', async () => {
    const url = await refusingUrl();
    const delivery = queue(sampleLead(), [destination(url)]);
    const sender = worker([destination(url)]);

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastStatus: null,
      lastError: 'network error ECONNREFUSED',
      nextAttemptAt: T0 + 30 * SECOND,
    });
    advanceTo(T0 + 30 * SECOND);
    expect(await sender.runOnce()).toBe(1);
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      attempts: 2,
      nextAttemptAt: T0 + 30 * SECOND + 2 * MINUTE,
    });
  });

  it('retries a connection dropped before the answer', async () => {
    const school = await crm(['hang-up', { status: 202 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'pending',
      lastStatus: null,
      lastError: expect.stringMatching(/^network error/),
    });
    advanceTo(T0 + 30 * SECOND);
    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', lastStatus: 202 });
  });

  it('waits at least the 7 s a 429 Retry-After asks for, and the backoff when that is longer', async () => {
    const school = await crm([{ status: 429, headers: { 'Retry-After': '7' } }, { status: 201 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({ lastStatus: 429, nextAttemptAt: T0 + 30 * SECOND });
    advanceTo(T0 + 7 * SECOND);
    expect(await sender.runOnce()).toBe(0);
    advanceTo(T0 + 30 * SECOND);
    expect(await sender.runOnce()).toBe(1);
    expect(stateOf(delivery).state).toBe('delivered');
  });

  it('waits for a Retry-After longer than the backoff, in seconds or as a date', async () => {
    const school = await crm([
      { status: 503, headers: { 'Retry-After': '120' } },
      { status: 429, headers: { 'Retry-After': new Date(T0 + 120 * SECOND + 15 * MINUTE).toUTCString() } },
      { status: 201 },
    ]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    advanceTo(T0 + 119 * SECOND);
    expect(await sender.runOnce()).toBe(0);
    advanceTo(T0 + 120 * SECOND);
    expect(await sender.runOnce()).toBe(1);
    expect(stateOf(delivery).nextAttemptAt).toBe(T0 + 120 * SECOND + 15 * MINUTE);
    advanceTo(T0 + 120 * SECOND + 15 * MINUTE);
    expect(await sender.runOnce()).toBe(1);
    expect(stateOf(delivery).state).toBe('delivered');
  });

  it('fails a lead answered 400 for good after one attempt, and Retry sends it again', async () => {
    const school = await crm([{ status: 400 }, { status: 201 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastStatus: 400,
      lastError: 'answered 400',
      nextAttemptAt: null,
    });
    expect(outbox.summary()).toEqual({ pending: 0, delivered: 0, failed: 1 });
    advanceTo(T0 + 48 * HOUR);
    expect(await sender.runOnce()).toBe(0);
    expect(school.received).toHaveLength(1);

    expect(outbox.retry(delivery.id, Date.now())).toBe(true);
    expect(outbox.summary()).toEqual({ pending: 1, delivered: 0, failed: 0 });
    expect(await sender.runOnce()).toBe(1);
    expect(school.received.map((hook) => hook.id)).toEqual([delivery.leadId, delivery.leadId]);
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', lastStatus: 201 });
    expect(outbox.retry(delivery.id, Date.now())).toBe(false);
  });

  it('does not follow a redirect: the lead goes only where LEADS_WEBHOOKS says', async () => {
    const school = await crm([{ status: 302, headers: { Location: 'http://elsewhere.example/' } }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    await worker([destination(school.url)]).runOnce();
    expect(stateOf(delivery)).toMatchObject({ state: 'failed', lastStatus: 302 });
    expect(stateOf(delivery).lastError).toContain('redirects are not followed');
  });

  it('keeps retrying a school system that always fails for 24 hours, then fails the delivery', async () => {
    const school = await crm([{ status: 500 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const sender = worker([destination(school.url)]);

    await sender.runOnce();
    for (let due = stateOf(delivery).nextAttemptAt; due !== null; due = stateOf(delivery).nextAttemptAt) {
      advanceTo(due);
      expect(await sender.runOnce()).toBe(1);
    }
    const last = school.received[school.received.length - 1]?.at ?? T0;
    expect(last - T0).toBeGreaterThanOrEqual(24 * HOUR);
    expect(stateOf(delivery)).toMatchObject({ state: 'failed', attempts: school.received.length, lastStatus: 500 });
    expect(stateOf(delivery).lastError).toMatch(/^answered 500; still failing \d+ h after the first attempt/);
    expect(school.received.every((hook) => hook.id === delivery.leadId && hook.signatureValid)).toBe(true);
  });

  it('sends a test lead only to destinations with includeTest, and a lead only to its school or "*"', async () => {
    const [all, allWithTests, ctu, other] = [await crm(), await crm(), await crm(), await crm()];
    const destinations = [
      destination(all.url),
      destination(allWithTests.url, { includeTest: true }),
      destination(ctu.url, { school: 'colorado-technical-university', includeTest: true }),
      destination(other.url, { school: 'another-school', includeTest: true }),
    ];
    const testLead = sampleLead({ testMode: true });
    const realLead = sampleLead();
    outbox.enqueue(testLead, RECEIPT, destinations, T0);
    outbox.enqueue(realLead, RECEIPT, destinations, T0);
    await worker(destinations).runOnce();

    expect(all.received.map((hook) => hook.id)).toEqual([realLead.leadId]);
    expect(new Set(allWithTests.received.map((hook) => hook.id))).toEqual(new Set([testLead.leadId, realLead.leadId]));
    expect(new Set(ctu.received.map((hook) => hook.id))).toEqual(new Set([testLead.leadId, realLead.leadId]));
    expect(other.received).toEqual([]);
  });

  it('fails a delivery whose destination was removed from LEADS_WEBHOOKS, without sending it', async () => {
    const school = await crm();
    const delivery = queue(sampleLead(), [destination(school.url)]);
    await worker([]).runOnce();
    expect(stateOf(delivery)).toMatchObject({
      state: 'failed',
      lastStatus: null,
      lastError: 'its destination is no longer in LEADS_WEBHOOKS',
    });
    expect(school.received).toEqual([]);
  });
});

describe('several workers on one outbox', () => {
  it('never attempts a delivery twice at once, and retries the claim of a worker that died mid-attempt', async () => {
    const school = await crm(['no-answer', { status: 201 }]);
    const delivery = queue(sampleLead(), [destination(school.url)]);
    const leaseMs = 60 * SECOND;
    const dying = worker([destination(school.url)], { timeoutMs: 1000, leaseMs });
    const other = worker([destination(school.url)], { leaseMs });

    const firstAttempt = dying.runOnce();
    await school.waitFor(1);
    expect(await other.runOnce()).toBe(0);
    advanceTo(T0 + leaseMs - 1);
    expect(await other.runOnce()).toBe(0);

    // The first worker is as good as dead: its lease runs out before it records anything.
    advanceTo(T0 + leaseMs);
    expect(await other.runOnce()).toBe(1);
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', attempts: 1 });

    await firstAttempt;
    expect(stateOf(delivery)).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(logs).toContain(
      `[schoolmatch] webhook attempt not recorded leadId=${delivery.leadId} to ${new URL(school.url).origin}: its claim expired and another worker took it`,
    );
  });
});

describe('the worker in the background', () => {
  it('sends a lead as soon as it is kicked, not at the next poll, and stops cleanly', async () => {
    const school = await crm();
    const sender = worker([destination(school.url)], { pollMs: 60 * MINUTE });
    sender.start();
    const lead = sampleLead();
    queue(lead, [destination(school.url)]);
    sender.kick();
    await school.waitFor(1);
    await sender.stop();
    expect(school.received.map((hook) => hook.id)).toEqual([lead.leadId]);

    queue(sampleLead(), [destination(school.url)]);
    sender.kick();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(school.received).toHaveLength(1);
    expect(outbox.summary()).toEqual({ pending: 1, delivered: 1, failed: 0 });
  });

  it('keeps polling when the outbox fails for a moment', async () => {
    const school = await crm();
    queue(sampleLead(), [destination(school.url)]);
    let failures = 1;
    const flaky: MemoryWebhookOutbox = {
      ...outbox,
      claimDue(now, leaseMs, limit) {
        if (failures-- > 0) throw new Error('database is locked');
        return outbox.claimDue(now, leaseMs, limit);
      },
    };
    const sender = createWebhookWorker({
      outbox: flaky,
      destinations: [destination(school.url)],
      pollMs: 20,
      log: (line) => logs.push(line),
    });
    sender.start();
    await school.waitFor(1);
    await sender.stop();
    expect(logs[0]).toBe('[schoolmatch] webhook outbox unavailable: database is locked');
    expect(outbox.summary().delivered).toBe(1);
  });
});
