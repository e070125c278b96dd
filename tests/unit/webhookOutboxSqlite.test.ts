import Database from 'better-sqlite3';
import { createSqliteWebhookOutbox, SQLITE_WEBHOOK_OUTBOX_SCHEMA } from '../../src/receiver/webhooks/sqliteWebhookOutbox.ts';
import { CONTRACT_DESTINATIONS, describeWebhookOutbox } from './webhookOutboxContract.ts';

describeWebhookOutbox('SQLite', async () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE leads (lead_id TEXT PRIMARY KEY, lead_json TEXT NOT NULL, received_at TEXT NOT NULL, client_ip TEXT)');
  db.exec(SQLITE_WEBHOOK_OUTBOX_SCHEMA);
  const outbox = createSqliteWebhookOutbox(db);
  const insertLead = db.prepare('INSERT INTO leads (lead_id, lead_json, received_at, client_ip) VALUES (?, ?, ?, ?)');
  return {
    outbox,
    async add(lead, receipt) {
      db.transaction(() => {
        insertLead.run(lead.leadId, JSON.stringify(lead), receipt.receivedAt, receipt.ip);
        outbox.enqueue(lead, CONTRACT_DESTINATIONS, Date.parse(receipt.receivedAt));
      })();
    },
    async cleanup() {
      db.close();
    },
  };
});
