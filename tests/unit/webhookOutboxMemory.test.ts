import { createMemoryWebhookOutbox } from '../../src/receiver/webhooks/memoryWebhookOutbox.ts';
import { CONTRACT_DESTINATIONS, describeWebhookOutbox } from './webhookOutboxContract.ts';

describeWebhookOutbox('in memory', async () => {
  const outbox = createMemoryWebhookOutbox();
  return {
    outbox,
    async add(lead, receipt) {
      outbox.enqueue(lead, receipt, CONTRACT_DESTINATIONS, Date.parse(receipt.receivedAt));
    },
    async cleanup() {},
  };
});
