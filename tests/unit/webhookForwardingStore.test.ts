import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Lead } from '../../src/lead/schema.ts';
import type { Receipt } from '../../src/receiver/LeadStore.ts';
import { createPostgresLeadStore } from '../../src/receiver/postgresLeadStore.ts';
import { createSqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';
import type { ForwardingRules } from '../../src/receiver/webhooks/LeadForwarding.ts';
import {
  openForwardingLeadStore,
  type ForwardingLeadStore,
} from '../../src/receiver/webhooks/openForwardingLeadStore.ts';
import { createTestDatabase } from './postgresCluster.ts';
import { sampleLead } from './receiverFixtures.ts';
import { CONTRACT_DESTINATIONS, describeWebhookOutbox } from './webhookOutboxContract.ts';
import { uniqueLead } from './webhookFixtures.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-12-07T10:00:00.000Z');
const dirs: string[] = [];
const opened: ForwardingLeadStore[] = [];

afterEach(async () => {
  for (const { store } of opened.splice(0)) await Promise.resolve(store.close()).catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sqliteLocation(): string {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-forwarding-'));
  dirs.push(dir);
  return join(dir, 'leads.sqlite');
}

const LOCATIONS: Array<[string, () => Promise<string>]> = [
  ['SQLite', async () => sqliteLocation()],
  ['PostgreSQL', () => createTestDatabase(inject('postgresUrl'))],
];

async function open(location: string, rules: Partial<ForwardingRules> = {}): Promise<ForwardingLeadStore> {
  const opened_ = await openForwardingLeadStore(location, {
    destinations: () => CONTRACT_DESTINATIONS,
    dedupeDays: 30,
    ...rules,
  });
  opened.push(opened_);
  return opened_;
}

const receiptAt = (at: number, ip = '198.51.100.4'): Receipt => ({ receivedAt: new Date(at).toISOString(), ip });

for (const [name, location] of LOCATIONS) {
  describeWebhookOutbox(`${name} lead store`, async () => {
    const { store, forwarding } = await open(await location());
    return {
      outbox: forwarding.outbox,
      async add(lead, receipt) {
        expect(await store.insert(lead, receipt)).toBe('accepted');
      },
      async cleanup() {},
    };
  });

  describe(`the ${name} lead store with forwarding`, () => {
    it('stores a second lead for the same school and email in another case as a duplicate, not forwarded', async () => {
      const { store, forwarding } = await open(await location());
      const first = uniqueLead();
      const second = uniqueLead({
        contact: { ...first.contact, email: first.contact.email.toUpperCase(), phone: '+13125550199' },
      });
      expect(await store.insert(first, receiptAt(T0))).toBe('accepted');
      expect(await store.insert(second, receiptAt(T0 + DAY))).toBe('accepted');
      expect(await store.count()).toBe(2);
      expect(await forwarding.duplicatesOf([first.leadId, second.leadId])).toEqual(
        new Map([[second.leadId, first.leadId]]),
      );
      expect(await forwarding.outbox.forLeads([second.leadId])).toEqual([]);
      expect((await forwarding.outbox.forLeads([first.leadId])).length).toBe(2);
    });

    it('flags the same phone with another email, but not the same person at another school or after the window', async () => {
      const { store, forwarding } = await open(await location());
      const first = uniqueLead();
      const samePhone = uniqueLead({ contact: { ...first.contact, email: 'another.address@example.com' } });
      const otherSchool = uniqueLead({
        contact: first.contact,
        school: { id: 'another-school', name: 'Another School' },
      });
      const later = uniqueLead({ contact: first.contact });
      await store.insert(first, receiptAt(T0));
      await store.insert(samePhone, receiptAt(T0 + 1000));
      await store.insert(otherSchool, receiptAt(T0 + 2000));
      await store.insert(later, receiptAt(T0 + 30 * DAY + 1));
      expect(await forwarding.duplicatesOf([first, samePhone, otherSchool, later].map((lead) => lead.leadId))).toEqual(
        new Map([[samePhone.leadId, first.leadId]]),
      );
      expect((await forwarding.outbox.forLeads([later.leadId])).length).toBe(2);
    });

    it('flags nothing with DEDUPE_DAYS=0', async () => {
      const { store, forwarding } = await open(await location(), { dedupeDays: 0 });
      const [a, b] = [sampleLead(), sampleLead()];
      await store.insert(a, receiptAt(T0));
      await store.insert(b, receiptAt(T0 + 1000));
      expect(await forwarding.duplicatesOf([a.leadId, b.leadId])).toEqual(new Map());
    });

    it('stores nothing when its deliveries cannot be queued: the lead and its deliveries commit together', async () => {
      const { store, forwarding } = await open(await location(), {
        destinations: () => {
          throw new Error('destinations unavailable');
        },
      });
      const lead = uniqueLead();
      await expect(Promise.resolve().then(() => store.insert(lead, receiptAt(T0)))).rejects.toThrow(
        'destinations unavailable',
      );
      expect(await store.count()).toBe(0);
      expect(await forwarding.duplicatesOf([lead.leadId])).toEqual(new Map());
      expect(await forwarding.outbox.summary()).toEqual({ pending: 0, delivered: 0, failed: 0 });
    });

    it('keeps the deliveries of a lead stored twice (a retried POST) to one per destination', async () => {
      const { store, forwarding } = await open(await location());
      const lead = uniqueLead();
      expect(await store.insert(lead, receiptAt(T0))).toBe('accepted');
      expect(await store.insert(lead, receiptAt(T0 + 5000))).toBe('duplicate');
      expect(await forwarding.outbox.summary()).toEqual({ pending: 2, delivered: 0, failed: 0 });
    });
  });
}

describe('upgrading a store that already holds leads', () => {
  it('counts the leads stored before forwarding existed as originals (SQLite)', async () => {
    const path = sqliteLocation();
    const before = createSqliteLeadStore(path);
    const old = uniqueLead();
    before.insert(old, receiptAt(T0));
    before.close();
    const { store, forwarding } = await open(path);
    const repeat = uniqueLead({ contact: old.contact });
    await store.insert(repeat, receiptAt(T0 + DAY));
    expect(await forwarding.duplicatesOf([old.leadId, repeat.leadId])).toEqual(new Map([[repeat.leadId, old.leadId]]));
  });

  it('counts the leads stored before forwarding existed as originals (PostgreSQL)', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const before = await createPostgresLeadStore(url);
    const old = uniqueLead();
    await before.insert(old, receiptAt(T0));
    await before.close();
    const { store, forwarding } = await open(url);
    const repeat = uniqueLead({ contact: old.contact });
    await store.insert(repeat, receiptAt(T0 + DAY));
    expect(await forwarding.duplicatesOf([old.leadId, repeat.leadId])).toEqual(new Map([[repeat.leadId, old.leadId]]));
  });
});

describe('two PostgreSQL receivers storing copies of one person at the same moment', () => {
  it('flag exactly one of each pair as the duplicate', async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    const [one, two] = [await open(url), await open(url)];
    const pairs: Array<[Lead, Lead]> = Array.from({ length: 25 }, () => {
      const first = uniqueLead();
      return [first, uniqueLead({ contact: first.contact })];
    });
    await Promise.all(
      pairs.flatMap(([a, b]) => [one.store.insert(a, receiptAt(T0)), two.store.insert(b, receiptAt(T0))]),
    );
    const duplicates = await one.forwarding.duplicatesOf(pairs.flat().map((lead) => lead.leadId));
    for (const [a, b] of pairs) {
      const flagged = [duplicates.get(a.leadId), duplicates.get(b.leadId)];
      expect(flagged.filter((of) => of !== undefined)).toHaveLength(1);
      expect(flagged).toContain(duplicates.has(a.leadId) ? b.leadId : a.leadId);
    }
    const queued = await one.forwarding.outbox.summary();
    expect(queued.pending).toBe(
      25 * CONTRACT_DESTINATIONS.filter((d) => d.school === '*' || d.school === 'colorado-technical-university').length,
    );
  });
});
