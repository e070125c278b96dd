import { expect } from 'vitest';
import { stateOfZip } from '../../../../src/zipState.ts';
import { readStoredLeadDocuments, waitForLeadCount } from './storedLeads.ts';
import { defaultConsentText, schoolNamed, type RawCatalog } from './expectedMatches.ts';
import type { DemoServer } from './startDemoServer.ts';
import type { ContactInput, JourneyPlan } from './studentJourney.ts';

/** What the page told us about itself, for the lead's source fields. */
export interface PageFacts {
  publisher: string;
  placement: string | null;
  subId: string | null;
  testMode: boolean;
  pageUrl: string;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The contact block the receiver must store for what the student typed (trimmed, domain lower-cased, E.164). */
export function expectedContact(input: ContactInput): Record<string, string> {
  const [local, domain] = input.email.trim().split('@');
  const digits = input.phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return {
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    email: `${local ?? ''}@${(domain ?? '').toLowerCase()}`,
    phone: `+1${digits}`,
    postalCode: input.postalCode.trim(),
    // Since v2 every lead names the ZIP code's state (the lookup has its own unit tests).
    state: stateOfZip(input.postalCode.trim()) ?? 'none',
  };
}

/**
 * Waits for the receiver to hold exactly one lead, checks the CSV export and (when the stored
 * row carries the lead JSON) every SPEC §4 field of it, and returns the stored document.
 */
export async function assertOneStoredLead(
  server: DemoServer,
  catalog: RawCatalog,
  plan: JourneyPlan,
  page: PageFacts,
  consentLabel: string,
): Promise<void> {
  const records = await waitForLeadCount(server.origin, server.token, 1);
  // A second copy would arrive within moments if a retry or the outbox double-sent it.
  await new Promise((r) => setTimeout(r, 1500));
  const settled = await waitForLeadCount(server.origin, server.token, 1, 0);
  expect(settled, `the CSV export should hold exactly one lead, got ${JSON.stringify(records)}`).toHaveLength(1);

  const school = schoolNamed(catalog, plan.school);
  const program = school.programs.find((p) => p.name === plan.program);
  if (!program) throw new Error(`fixtures/catalog.json: ${plan.school} has no program "${plan.program}"`);
  const contact = expectedContact(plan.contact);
  const cells = Object.values(settled[0] ?? {});
  const hasCell = (value: string): boolean => cells.some((c) => c === value || c.replace(/^'/, '') === value);
  for (const value of [
    school.id,
    program.id,
    contact['firstName'],
    contact['lastName'],
    contact['email'],
    contact['phone'],
    contact['postalCode'],
    page.publisher,
  ]) {
    expect(hasCell(value ?? ''), `the CSV row should hold "${value}"; it is ${JSON.stringify(settled[0])}`).toBe(true);
  }

  const documents = readStoredLeadDocuments(server.dbFile);
  if (documents.length === 0) return; // the receiver stores columns only; the CSV checks above stand
  expect(documents).toHaveLength(1);
  const lead = documents[0] as Record<string, any>;
  expect(lead['schemaVersion']).toBe(1);
  expect(lead['leadId']).toMatch(UUID_V4);
  expect(new Date(lead['createdAt'] as string).toISOString()).toBe(lead['createdAt']);
  expect(lead['testMode']).toBe(page.testMode);
  expect(lead['school']).toEqual({ id: school.id, name: school.name });
  expect(lead['program']).toEqual({ id: program.id, name: program.name, level: program.level });
  expect(lead['answers']).toEqual({
    subject: plan.answers.subject,
    educationLevel: plan.answers.educationLevel,
    usCitizen: plan.answers.usCitizen === 'yes',
  });
  expect(lead['contact']).toEqual(contact);
  const consentText = school.consentText ?? defaultConsentText(school.name);
  expect(lead['consent']?.text).toBe(consentText);
  expect(consentLabel).toBe(consentText);
  expect(Number.isNaN(Date.parse(lead['consent']?.givenAt as string))).toBe(false);
  expect(lead['source']?.publisherId).toBe(page.publisher);
  if (page.placement !== null) expect(lead['source']?.placementId).toBe(page.placement);
  if (page.subId !== null) expect(lead['source']?.subId).toBe(page.subId);
  expect(lead['source']?.pageUrl).toBe(page.pageUrl);
  expect(lead['client']?.timeToCompleteMs).toBeGreaterThanOrEqual(3000);
  expect(typeof lead['client']?.userAgent).toBe('string');
}
