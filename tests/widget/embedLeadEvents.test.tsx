import { afterEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../fixtures/catalog.json';
import type { DeliveryOptions } from '../../src/delivery/createDelivery.ts';
import { mount } from '../../widget/mountWidget.ts';

// The delivery is replaced so the test can play the outbox: a lead queued earlier that gets through later.
const deliveries = vi.hoisted(() => [] as DeliveryOptions[]);
vi.mock('../../src/delivery/createDelivery.ts', () => ({
  createDelivery: (options: DeliveryOptions) => {
    deliveries.push(options);
    return { send: vi.fn(), resume: vi.fn(), destroy: vi.fn() };
  },
}));

afterEach(() => {
  document.body.replaceChildren();
  deliveries.length = 0;
});

describe('a lead queued earlier', () => {
  it('is reported to the page as schoolmatch:lead "delivered" once it gets through, with its school and program', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const ready = new Promise((resolve) => target.addEventListener('schoolmatch:ready', resolve, { once: true }));
    const handle = mount(target, { catalog, endpoint: '/api/leads', publisher: 'pub-123' });
    await ready;
    const heard: CustomEvent[] = [];
    document.addEventListener('schoolmatch:lead', (event) => heard.push(event as CustomEvent));
    const onChange = deliveries[0]?.onChange;
    onChange?.({ status: 'delivered', leadId: 'lead-1', schoolId: 'kaplan-university', programId: 'kaplan-bs-hcm' });
    onChange?.({
      status: 'rejected',
      leadId: 'lead-2',
      schoolId: 'kaplan-university',
      programId: 'kaplan-bs-hcm',
      errors: [],
    });
    expect(heard.map((event) => event.detail)).toEqual([
      { leadId: 'lead-1', schoolId: 'kaplan-university', programId: 'kaplan-bs-hcm', status: 'delivered' },
    ]);
    expect(heard[0]?.composed).toBe(true);
    handle.destroy();
  });
});
