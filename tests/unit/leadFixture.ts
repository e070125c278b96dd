import type { Lead } from '../../src/lead/schema.ts';

/** A valid lead, as buildLead makes it, for tests that need one. */
export function validLead(leadId = '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f'): Lead {
  return {
    schemaVersion: 1,
    leadId,
    createdAt: '2026-01-31T14:05:00.000Z',
    testMode: false,
    school: { id: 'colorado-technical-university', name: 'Colorado Technical University' },
    program: { id: 'ctu-bs-hcm', name: 'BS in Healthcare Management', level: 'bachelor' },
    answers: { subject: 'healthcare-administration', educationLevel: 'high-school', usCitizen: true },
    contact: {
      firstName: 'José',
      lastName: "O'Brien",
      email: 'jose@example.com',
      phone: '+12125550123',
      postalCode: '10001',
    },
    consent: {
      text: 'By checking this box I agree that Colorado Technical University may contact me.',
      givenAt: '2026-01-31T14:05:00.000Z',
    },
    source: { publisherId: 'pub-1', pageUrl: 'https://news.example.com/careers/medical-records' },
    client: { userAgent: 'Mozilla/5.0', language: 'en-US', timeToCompleteMs: 42_000 },
  };
}
