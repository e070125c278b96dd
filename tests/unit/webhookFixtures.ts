import type { Lead } from '../../src/lead/schema.ts';
import { sampleLead } from './receiverFixtures.ts';

let next = 0;

/** A valid lead from a person no other test lead has used (own email and phone), so the dedupe window ignores it. */
export function uniqueLead(overrides: Partial<Lead> = {}): Lead {
  next += 1;
  const base = sampleLead();
  const n = String(next % 10_000).padStart(4, '0');
  const area = 212 + Math.floor(next / 10_000);
  return sampleLead({
    contact: {
      ...base.contact,
      email: `student.${next}.${crypto.randomUUID().slice(0, 8)}@example.com`,
      phone: `+1${area}555${n}`,
    },
    ...overrides,
  });
}
