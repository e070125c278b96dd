import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog, School } from '../../src/catalog/schema.ts';
import { buildLead, type BuildLeadInput } from '../../src/lead/buildLead.ts';
import { consentText } from '../../src/lead/consentText.ts';
import { en } from '../../widget/messages/en.ts';
import { es } from '../../widget/messages/es.ts';
import { newLeadId } from '../../src/lead/newLeadId.ts';
import { LeadIdSchema } from '../../src/lead/schema.ts';

const ctu: School = {
  id: 'colorado-technical-university',
  name: 'Colorado Technical University',
  rank: 1,
  online: true,
  questions: ['usCitizen', 'educationLevel', 'subject'],
  rules: { requiresUsCitizen: true },
  programs: [
    {
      id: 'ctu-bs-hcm',
      name: 'BS in Healthcare Management',
      level: 'bachelor',
      subjects: ['healthcare-administration'],
    },
    {
      id: 'ctu-mba-hcm',
      name: 'MBA - Healthcare Management',
      level: 'master',
      subjects: ['healthcare-administration'],
    },
  ],
};
const catalog: Catalog = {
  version: 1,
  subjects: [{ id: 'healthcare-administration', label: 'Healthcare Administration & Management' }],
  schools: [ctu],
};
const contact = {
  firstName: 'Ana',
  lastName: 'Pérez',
  email: 'ana@example.com',
  phone: '+12125550123',
  postalCode: '10001',
};

function input(overrides: Partial<BuildLeadInput> = {}): BuildLeadInput {
  return {
    leadId: '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f',
    now: new Date('2026-03-01T12:00:30.000Z'),
    openedAt: Date.parse('2026-03-01T12:00:00.000Z'),
    catalog,
    schoolId: ctu.id,
    programId: 'ctu-bs-hcm',
    answers: { subject: 'healthcare-administration', educationLevel: 'high-school', usCitizen: 'yes' },
    contact,
    consentText: consentText(ctu, en.defaultConsent),
    config: { publisher: 'pub-7', placement: 'sidebar', testMode: true },
    page: {
      url: 'https://news.example.com/careers/medical-records?utm_source=nl&utm_campaign=spring&email=ana%40example.com&gclid=G1&x=1#top',
      referrer: 'https://search.example/results?q=ana+perez',
    },
    client: { userAgent: 'Mozilla/5.0', language: 'en-US', gpc: true },
    ...overrides,
  };
}

describe('buildLead', () => {
  it('builds the lead for an admitted program with every SPEC field', () => {
    const result = buildLead(input());
    expect(result).toEqual({
      ok: true,
      lead: {
        schemaVersion: 1,
        leadId: '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f',
        createdAt: '2026-03-01T12:00:30.000Z',
        testMode: true,
        school: { id: ctu.id, name: ctu.name },
        program: { id: 'ctu-bs-hcm', name: 'BS in Healthcare Management', level: 'bachelor' },
        answers: { subject: 'healthcare-administration', educationLevel: 'high-school', usCitizen: true },
        contact: { ...contact, state: 'NY' },
        consent: { text: consentText(ctu, en.defaultConsent), givenAt: '2026-03-01T12:00:30.000Z' },
        source: {
          publisherId: 'pub-7',
          placementId: 'sidebar',
          pageUrl: 'https://news.example.com/careers/medical-records',
          referrer: 'https://search.example/results',
          utm: { source: 'nl', campaign: 'spring' },
          clickIds: { gclid: 'G1' },
        },
        client: { userAgent: 'Mozilla/5.0', language: 'en-US', timeToCompleteMs: 30_000, gpc: true },
      },
    });
  });

  it('refuses a program the education answer does not admit', () => {
    expect(buildLead(input({ programId: 'ctu-mba-hcm' }))).toMatchObject({ ok: false, reason: 'not-admitted' });
  });

  it('refuses any program of a citizens-only school for a non-citizen', () => {
    const answers = { subject: 'healthcare-administration', educationLevel: 'high-school', usCitizen: 'no' } as const;
    expect(buildLead(input({ answers }))).toMatchObject({ ok: false, reason: 'not-admitted' });
  });

  it('refuses to build a lead while a question is unanswered', () => {
    const answers = { subject: 'healthcare-administration', educationLevel: 'high-school' } as const;
    const result = buildLead(input({ answers }));
    expect(result).toMatchObject({ ok: false, reason: 'missing-answer' });
    expect(!result.ok && result.message).toMatch(/^\[schoolmatch\] /);
  });

  it('refuses schools and programs that are not in the catalog', () => {
    expect(buildLead(input({ schoolId: 'nope' }))).toMatchObject({ ok: false, reason: 'not-admitted' });
    expect(buildLead(input({ programId: 'nope' }))).toMatchObject({ ok: false, reason: 'not-admitted' });
  });

  it('puts contact data nowhere but in contact, even when the page address holds it', () => {
    const result = buildLead(input());
    if (!result.ok) throw new Error(result.message);
    const { contact: _contact, ...rest } = result.lead;
    const text = JSON.stringify(rest);
    for (const value of ['ana@example.com', 'ana%40example.com', 'Pérez', '2125550123', '10001', 'ana+perez']) {
      expect(text).not.toContain(value);
    }
  });

  it('leaves out placement, sub id, referrer, utm and click ids that are absent', () => {
    const result = buildLead(
      input({
        config: { publisher: 'p', testMode: false },
        page: { url: 'http://localhost:8080/', referrer: '' },
        client: { userAgent: 'UA', language: 'es' },
      }),
    );
    expect(result.ok && result.lead.source).toEqual({ publisherId: 'p', pageUrl: 'http://localhost:8080/' });
    expect(result.ok && result.lead.client).not.toHaveProperty('gpc');
    expect(result.ok && result.lead.source).not.toHaveProperty('placementId');
  });

  it('refuses a contact the schema would refuse rather than sending it', () => {
    expect(buildLead(input({ contact: { ...contact, phone: '2125550123' } }))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('the page source of a lead', () => {
  const source = (url: string, referrer: string) => {
    const result = buildLead(input({ config: { publisher: 'p', testMode: false }, page: { url, referrer } }));
    return result.ok ? result.lead.source : result.reason;
  };

  it('copies only utm_* parameters and the three click ids, never other query parameters', () => {
    expect(
      source(
        'https://a.example/p?utm_medium=email&utm_term=t&utm_content=c&fbclid=F&msclkid=M&name=Ana&utm_other=x',
        '',
      ),
    ).toEqual({
      publisherId: 'p',
      pageUrl: 'https://a.example/p',
      utm: { medium: 'email', term: 't', content: 'c' },
      clickIds: { fbclid: 'F', msclkid: 'M' },
    });
  });

  it('drops user names and passwords from page and referrer addresses', () => {
    expect(source('https://user:secret@a.example/p', 'https://me:pw@b.example/q#frag')).toEqual({
      publisherId: 'p',
      pageUrl: 'https://a.example/p',
      referrer: 'https://b.example/q',
    });
  });

  it('makes no lead on a page that is not http(s), and leaves out a referrer that is not', () => {
    expect(source('about:srcdoc', '')).toBe('invalid');
    expect(source('https://a.example/', 'android-app://com.example')).toEqual({
      publisherId: 'p',
      pageUrl: 'https://a.example/',
    });
  });
});

describe('consentText', () => {
  it('is the SPEC default text naming the school in English', () => {
    expect(consentText(ctu, en.defaultConsent)).toBe(
      'By checking this box and submitting this form, I agree that Colorado Technical University may contact me about its programs by email, phone and text message, including by automated means, at the email and phone number I provided. Consent is not a condition of enrollment or purchase. Message and data rates may apply.',
    );
  });

  it('names the school in Spanish too', () => {
    expect(consentText(ctu, es.defaultConsent)).toMatch(
      /^Al marcar esta casilla .* acepto que Colorado Technical University se comunique conmigo/,
    );
  });

  it("uses the school's own consent text when the catalog has one, with the name filled in as written", () => {
    const school = { ...ctu, name: 'A $& B', consentText: 'I agree that {school} may call me.' };
    expect(consentText(school, es.defaultConsent)).toBe('I agree that A $& B may call me.');
  });
});

describe('newLeadId', () => {
  it('makes distinct UUID v4 ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newLeadId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(v.is(LeadIdSchema, id)).toBe(true);
  });

  it('still makes UUID v4 ids where crypto.randomUUID is missing', () => {
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    const getRandomValues = vi.spyOn(crypto, 'getRandomValues');
    try {
      const ids = [newLeadId(), newLeadId()];
      expect(getRandomValues).toHaveBeenCalled();
      expect(ids[0]).not.toBe(ids[1]);
      for (const id of ids) expect(v.is(LeadIdSchema, id)).toBe(true);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
      vi.restoreAllMocks();
    }
    expect(typeof crypto.randomUUID).toBe(original ? 'function' : 'undefined');
  });
});
