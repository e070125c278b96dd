import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createPgWebhookOutbox, enqueuePgDeliveries, PG_WEBHOOK_OUTBOX_SCHEMA } from '../../src/receiver/webhooks/pgWebhookOutbox.ts';
import { CONTRACT_DESTINATIONS, describeWebhookOutbox } from './webhookOutboxContract.ts';
import { startPgCluster, type PgCluster } from './webhookPgCluster.ts';

let cluster: PgCluster;
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
  const pool = new pg.Pool({ connectionString: cluster.url.replace(/\/postgres$/, `/${database}`) });
  await pool.query('CREATE TABLE leads (lead_id text PRIMARY KEY, lead_json jsonb NOT NULL, received_at timestamptz NOT NULL, client_ip text)');
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
