import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  EmailSchema,
  LeadSchema,
  NameSchema,
  PageAddressSchema,
  PhoneSchema,
  PostalCodeSchema,
} from '../../src/lead/schema.ts';
import { leadErrorMessage } from '../../src/receiver/leadErrorMessage.ts';
import { validLead } from './leadFixture.ts';

// The path and message of each problem, as the receiver answers them with 422.
function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = v.safeParse(LeadSchema, input);
  return result.success ? [] : result.issues.map(leadErrorMessage);
}

describe('LeadSchema', () => {
  it('accepts a complete lead as buildLead makes it', () => {
    expect(errorsOf(validLead())).toEqual([]);
  });

  it('drops keys it does not know instead of storing them', () => {
    const result = v.parse(LeadSchema, {
      ...validLead(),
      ssn: '123-45-6789',
      contact: { ...validLead().contact, note: 'x' },
    });
    expect(result).not.toHaveProperty('ssn');
    expect(result.contact).not.toHaveProperty('note');
  });

  it('names each missing field by its dotted path with the message "is required"', () => {
    const { contact, ...lead } = validLead();
    const { email: _email, ...rest } = contact;
    expect(errorsOf({ ...lead, contact: rest })).toEqual([{ path: 'contact.email', message: 'is required' }]);
    expect(errorsOf(lead)).toEqual([{ path: 'contact', message: 'is required' }]);
  });

  it('refuses a schema version other than 1', () => {
    expect(errorsOf({ ...validLead(), schemaVersion: 2 }).map((error) => error.path)).toEqual(['schemaVersion']);
  });

  it('refuses lead ids that are not lower-case UUID v4', () => {
    for (const leadId of ['abc', '3f2b8c1e-9d4a-1c6b-8e2f-1a2b3c4d5e6f', '3F2B8C1E-9D4A-4C6B-8E2F-1A2B3C4D5E6F']) {
      expect(errorsOf({ ...validLead(), leadId }).map((error) => error.path)).toEqual(['leadId']);
    }
  });

  it('refuses timestamps that are not UTC ISO 8601', () => {
    for (const createdAt of ['2026-01-31T14:05:00+01:00', '2026-01-31', 'yesterday', '2026-13-45T99:00:00Z']) {
      expect(errorsOf({ ...validLead(), createdAt }).map((error) => error.path)).toEqual(['createdAt']);
    }
    expect(errorsOf({ ...validLead(), createdAt: '2026-01-31T14:05:00Z' })).toEqual([]);
  });

  it('refuses unknown program levels and education levels and a non-boolean citizenship', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, program: { ...lead.program, level: 'phd' } })[0]?.path).toBe('program.level');
    expect(errorsOf({ ...lead, answers: { ...lead.answers, educationLevel: 'college' } })[0]?.path).toBe(
      'answers.educationLevel',
    );
    expect(errorsOf({ ...lead, answers: { ...lead.answers, usCitizen: 'yes' } })[0]?.path).toBe('answers.usCitizen');
  });

  it('refuses a page address or referrer that still carries a query or fragment', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, source: { ...lead.source, pageUrl: 'https://a.example/p?email=x@y.z' } })[0]?.path).toBe(
      'source.pageUrl',
    );
    expect(errorsOf({ ...lead, source: { ...lead.source, referrer: 'https://a.example/#me' } })[0]?.path).toBe(
      'source.referrer',
    );
    expect(errorsOf({ ...lead, source: { ...lead.source, referrer: 'https://search.example/' } })).toEqual([]);
  });

  it('refuses a negative or fractional time to complete', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, client: { ...lead.client, timeToCompleteMs: -1 } })[0]?.path).toBe(
      'client.timeToCompleteMs',
    );
    expect(errorsOf({ ...lead, client: { ...lead.client, timeToCompleteMs: 1.5 } })[0]?.path).toBe(
      'client.timeToCompleteMs',
    );
  });

  it('keeps the consent text exactly as given', () => {
    const text = '  Consent  text. ';
    expect(v.parse(LeadSchema, { ...validLead(), consent: { ...validLead().consent, text } }).consent.text).toBe(text);
  });
});

describe('contact field schemas', () => {
  it('explains a bad contact field in words the form can show', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, contact: { ...lead.contact, phone: '+11125550123' } })).toEqual([
      { path: 'contact.phone', message: 'must be a US phone number, like (212) 555-0123' },
    ]);
    expect(errorsOf({ ...lead, contact: { ...lead.contact, postalCode: 1234 } })).toEqual([
      { path: 'contact.postalCode', message: 'must be a 5-digit ZIP code' },
    ]);
  });

  it('explains too-long tracking values and falls back to a message naming what was expected', () => {
    const lead = validLead();
    expect(errorsOf({ ...lead, source: { ...lead.source, utm: { term: 'x'.repeat(501) } } })).toEqual([
      { path: 'source.utm.term', message: 'must be at most 500 characters' },
    ]);
    expect(errorsOf({ ...lead, program: { ...lead.program, level: 'phd' } })[0]?.message).toBe(
      'must be one of certificate, associate, bachelor, graduate-certificate, master, doctorate; got "phd"',
    );
  });

  it.each(['José', "O'Brien", 'Anne-Marie', '李', 'Мария', 'St. John', 'Nguyễn Văn'])('accept the name %s', (name) => {
    expect(v.safeParse(NameSchema, name).success).toBe(true);
  });

  it.each(['', '   ', 'R2D2', 'a@b', '<script>', "'-.", 'x'.repeat(51)])('refuse the name %j', (name) => {
    expect(v.safeParse(NameSchema, name).success).toBe(false);
  });

  it('trims names', () => {
    expect(v.parse(NameSchema, '  Ana ')).toBe('Ana');
  });

  it('trims emails and wants the domain in lower case, as the form sends it', () => {
    expect(v.parse(EmailSchema, '  Jane.Doe+x@example.com ')).toBe('Jane.Doe+x@example.com');
    expect(v.safeParse(EmailSchema, 'jane@Example.COM').success).toBe(false);
  });

  it.each([
    'plain',
    'a@b',
    'a@@b.com',
    'a b@c.com',
    'a@-b.com',
    '.a@b.com',
    `${'a'.repeat(65)}@b.com`,
    `a@${'b'.repeat(250)}.com`,
  ])('refuse the email %j', (email) => {
    expect(v.safeParse(EmailSchema, email).success).toBe(false);
  });

  it.each(['+12125550123', '+14155550199', '+18005551234'])('accept the phone %s', (phone) => {
    expect(v.safeParse(PhoneSchema, phone).success).toBe(true);
  });

  it.each([
    '2125550123',
    '+1 212 555 0123',
    '+11125550123',
    '+12121550123',
    '+19115550123',
    '+12129115555',
    '+12925550123',
    '+442071234567',
  ])('refuse the phone %s', (phone) => {
    expect(v.safeParse(PhoneSchema, phone).success).toBe(false);
  });

  it('accepts 5-digit ZIP codes only', () => {
    expect(v.safeParse(PostalCodeSchema, '02134').success).toBe(true);
    for (const zip of ['2134', '021345', '02134-1234', 'ABCDE'])
      expect(v.safeParse(PostalCodeSchema, zip).success).toBe(false);
  });

  it('accepts http and https page addresses without query or fragment', () => {
    expect(v.safeParse(PageAddressSchema, 'http://localhost:8080/').success).toBe(true);
    expect(v.safeParse(PageAddressSchema, 'ftp://example.com/').success).toBe(false);
  });
});
