import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Catalog, School } from '../../src/catalog/schema.ts';
import { buildLead, type BuildLeadInput } from '../../src/lead/buildLead.ts';
import { LeadSchema } from '../../src/lead/schema.ts';
import { leadErrorMessage } from '../../src/receiver/leadErrorMessage.ts';
import { validLead } from './leadFixture.ts';

// A school that asks the optional questions, open in Arkansas and Texas only, with a nursing-like program
// open in Texas only.
const school: School = {
  id: 'arkansas-online',
  name: 'Arkansas Online',
  rank: 1,
  online: true,
  questions: ['postalCode', 'educationLevel', 'subject', 'usCitizen', 'military', 'startDate'],
  rules: { requiresUsCitizen: false, states: ['AR', 'TX'] },
  programs: [
    { id: 'ao-bs-hs', name: 'BS Health Science', level: 'bachelor', subjects: ['health-science'] },
    { id: 'ao-bsn', name: 'BS Nursing', level: 'bachelor', subjects: ['health-science'], states: ['TX'] },
  ],
};
const catalog: Catalog = {
  version: 1,
  subjects: [{ id: 'health-science', label: 'Health Science' }],
  schools: [school],
};
const answers = {
  subject: 'health-science',
  educationLevel: 'high-school',
  usCitizen: 'yes',
  postalCode: '72201',
  military: 'veteran',
  startDate: '1-3-months',
} as const;
const contact = {
  firstName: 'Ana',
  lastName: 'Pérez',
  email: 'ana@example.com',
  phone: '+15015550123',
  postalCode: '72201',
};

function input(overrides: Partial<BuildLeadInput> = {}): BuildLeadInput {
  return {
    leadId: '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f',
    now: new Date('2026-03-01T12:00:30.000Z'),
    openedAt: Date.parse('2026-03-01T12:00:00.000Z'),
    catalog,
    schoolId: school.id,
    programId: 'ao-bs-hs',
    answers,
    contact,
    consentText: 'I agree that Arkansas Online may contact me.',
    config: { publisher: 'pub-7', testMode: false },
    page: { url: 'https://news.example.com/careers', referrer: '' },
    client: { userAgent: 'Mozilla/5.0', language: 'en-US' },
    ...overrides,
  };
}

const built = (overrides: Partial<BuildLeadInput> = {}) => {
  const result = buildLead(input(overrides));
  if (!result.ok) throw new Error(result.message);
  return result.lead;
};

describe('buildLead, v2', () => {
  it("carries the answers to the optional questions the school asks, and the contact ZIP code's state", () => {
    const lead = built();
    expect(lead.answers).toEqual({
      subject: 'health-science',
      educationLevel: 'high-school',
      usCitizen: true,
      postalCode: '72201',
      military: 'veteran',
      startDate: '1-3-months',
    });
    expect(lead.contact.state).toBe('AR');
  });

  it('leaves out optional answers the school does not ask, even when the student gave them', () => {
    const v1School = {
      ...school,
      questions: ['educationLevel', 'subject', 'usCitizen'],
      rules: { requiresUsCitizen: false },
    } satisfies School;
    const lead = built({ catalog: { ...catalog, schools: [v1School] } });
    expect(lead.answers).toEqual({ subject: 'health-science', educationLevel: 'high-school', usCitizen: true });
    expect(lead.contact.state).toBe('AR');
  });

  it('refuses to build a lead while an optional question the school asks is unanswered', () => {
    const { military: _military, ...rest } = answers;
    expect(buildLead(input({ answers: rest }))).toMatchObject({ ok: false, reason: 'missing-answer' });
  });

  it('refuses a program the ZIP code answer rules out, like any program the answers do not admit', () => {
    expect(buildLead(input({ programId: 'ao-bsn' }))).toMatchObject({ ok: false, reason: 'not-admitted' });
  });

  it('refuses a program the school does not offer in the state of the ZIP code typed in the form', () => {
    expect(buildLead(input({ contact: { ...contact, postalCode: '10001' } }))).toMatchObject({
      ok: false,
      reason: 'not-available',
    });
    expect(buildLead(input({ programId: 'ao-bsn', answers: { ...answers, postalCode: '75201' } }))).toMatchObject({
      ok: false,
      reason: 'not-available',
    });
    expect(
      built({
        programId: 'ao-bsn',
        answers: { ...answers, postalCode: '75201' },
        contact: { ...contact, postalCode: '75201' },
      }).contact.state,
    ).toBe('TX');
  });

  it('refuses a contact ZIP code that belongs to no US state', () => {
    expect(buildLead(input({ contact: { ...contact, postalCode: '00000' } }))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('carries the consent evidence it is given, and none when it is given none', () => {
    const evidence = {
      trustedFormCertUrl: 'https://cert.trustedform.com/2b4a9f0e8c7d6b5a4f3e2d1c0b9a8f7e6d5c4b3a',
      jornayaLeadId: 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D',
    };
    expect(built({ evidence }).evidence).toEqual(evidence);
    expect(built()).not.toHaveProperty('evidence');
  });
});

// The path and message of each problem, as the receiver answers them with 422.
function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = v.safeParse(LeadSchema, input);
  return result.success ? [] : result.issues.map(leadErrorMessage);
}

describe('LeadSchema, v2', () => {
  it('still accepts a v1 lead, without contact.state, optional answers or evidence', () => {
    const lead = validLead();
    expect(lead.contact).not.toHaveProperty('state');
    expect(errorsOf(lead)).toEqual([]);
  });

  it('accepts a v2 lead with every v2 field', () => {
    const lead = validLead();
    const v2 = {
      ...lead,
      answers: { ...lead.answers, postalCode: '10001', military: 'spouse', startDate: 'not-sure' },
      contact: { ...lead.contact, state: 'NY' },
      evidence: {
        trustedFormCertUrl: 'https://cert.trustedform.com/abc123',
        jornayaLeadId: '0123456789abcdef0123456789abcdef0123',
      },
    };
    expect(errorsOf(v2)).toEqual([]);
    expect(v.parse(LeadSchema, v2)).toEqual(v2);
  });

  it('refuses unknown military and start-date answers and a state that is not a USPS code, at their paths', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, answers: { ...lead.answers, military: 'navy' } }).map((error) => error.path)).toEqual([
      'answers.military',
    ]);
    expect(
      errorsOf({ ...lead, answers: { ...lead.answers, startDate: 'tomorrow' } }).map((error) => error.path),
    ).toEqual(['answers.startDate']);
    expect(errorsOf({ ...lead, answers: { ...lead.answers, postalCode: '1234' } }).map((error) => error.path)).toEqual([
      'answers.postalCode',
    ]);
    expect(errorsOf({ ...lead, contact: { ...lead.contact, state: 'ny' } }).map((error) => error.path)).toEqual([
      'contact.state',
    ]);
  });

  it.each([
    ['trustedFormCertUrl', 'http://cert.trustedform.com/abc'],
    ['trustedFormCertUrl', 'https://evil.example/cert.trustedform.com/abc'],
    ['trustedFormCertUrl', 'https://cert.trustedform.com/'],
    ['jornayaLeadId', 'too-short'],
    ['jornayaLeadId', '0123456789abcdef0123456789abcdef01234'],
  ])('refuses evidence.%s %j', (key, value) => {
    expect(errorsOf({ ...validLead(), evidence: { [key]: value } }).map((error) => error.path)).toEqual([
      `evidence.${key}`,
    ]);
  });
});
