import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookWorker } from '../../src/receiver/webhooks/createWebhookWorker.ts';
import { createPgWebhookOutbox, enqueuePgDeliveries, PG_WEBHOOK_OUTBOX_SCHEMA } from '../../src/receiver/webhooks/pgWebhookOutbox.ts';
import { CONTRACT_DESTINATIONS, describeWebhookOutbox } from './webhookOutboxContract.ts';
import { startPgCluster, type PgCluster } from './webhookPgCluster.ts';
import { sampleLead } from './receiverFixtures.ts';
import { startTestCrm, testSecret, type CrmAnswer } from './webhookCrm.ts';

let cluster: PgCluster;

// A connection the cluster's shutdown cuts reports an error event; the tests are over by then.
function quietPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  pool.on('error', () => undefined);
  return pool;
}
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(async () => {
  await cluster.stop();
});

describeWebhookOutbox('PostgreSQL', async () => {
  const database = `outbox_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const pool = quietPool(cluster.url.replace(/\/postgres$/, `/${database}`));
  await pool.query('CREATE TABLE leads (lead_id uuid PRIMARY KEY, lead jsonb NOT NULL, received_at timestamptz NOT NULL, client_ip text NOT NULL)');
  await pool.query(PG_WEBHOOK_OUTBOX_SCHEMA);
  return {
    outbox: createPgWebhookOutbox(pool),
    async add(lead, receipt) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO leads VALUES ($1, $2, $3, $4)', [lead.leadId, lead, receipt.receivedAt, receipt.ip]);
        await enqueuePgDeliveries(client, lead, CONTRACT_DESTINATIONS, Date.parse(receipt.receivedAt));
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    async cleanup() {
      await pool.end();
    },
  };
});

describe('two workers with their own connections on one PostgreSQL outbox', () => {
  it('delivers 100 leads exactly once to each destination, never two attempts of one delivery at once', async () => {
    const database = `workers_${crypto.randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, `/${database}`);
    const pools = [quietPool(url), quietPool(url)];
    const [first, second] = pools as [pg.Pool, pg.Pool];
    const secret = testSecret();
    const slowly = (): CrmAnswer => ({ status: 201, delayMs: Math.floor(Math.random() * 15) });
    const crms = [await startTestCrm(secret, slowly), await startTestCrm(secret, slowly)];
    try {
      await first.query('CREATE TABLE leads (lead_id uuid PRIMARY KEY, lead jsonb NOT NULL, received_at timestamptz NOT NULL, client_ip text NOT NULL)');
      await first.query(PG_WEBHOOK_OUTBOX_SCHEMA);
      const destinations = crms.map((crm) => ({ school: '*', url: crm.url, secret, includeTest: false }));
      const leads = Array.from({ length: 100 }, () => sampleLead());
      for (const lead of leads) {
        await first.query('INSERT INTO leads VALUES ($1, $2, $3, $4)', [lead.leadId, lead, new Date().toISOString(), '203.0.113.9']);
        await enqueuePgDeliveries(first, lead, destinations, Date.now());
      }
      const workers = pools.map((pool) => createWebhookWorker({ outbox: createPgWebhookOutbox(pool), destinations, pollMs: 10, batchSize: 7 }));
      for (const worker of workers) worker.start();
      await Promise.all(crms.map((crm) => crm.waitFor(100, 30_000)));
      await Promise.all(workers.map((worker) => worker.stop()));

      for (const crm of crms) {
        expect(crm.received).toHaveLength(100);
        expect(new Set(crm.received.map((hook) => hook.id))).toEqual(new Set(leads.map((lead) => lead.leadId)));
        expect(crm.received.every((hook) => hook.signatureValid)).toBe(true);
        expect(crm.maxConcurrentPerId()).toBe(1);
      }
      expect(await createPgWebhookOutbox(first).summary()).toEqual({ pending: 0, delivered: 200, failed: 0 });
    } finally {
      await Promise.all(crms.map((crm) => crm.close()));
      await Promise.all(pools.map((pool) => pool.end()));
    }
  }, 60_000);
});
