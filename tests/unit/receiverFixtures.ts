// Shared by the receiver tests and the receiver benchmark: valid leads and a receiver on a temp SQLite file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { Catalog, School } from '../../src/catalog/schema.ts';
import { consentText } from '../../src/lead/consentText.ts';
import { en } from '../../widget/messages/en.ts';
import type { Lead } from '../../src/lead/schema.ts';
import { createReceiver, type Receiver, type ReceiverOptions } from '../../src/receiver/createReceiver.ts';
import { createSqliteLeadStore, type SqliteLeadStore } from '../../src/receiver/sqliteLeadStore.ts';

/** The demo's catalog (fixtures/catalog.json), the one the widget on the demo page shows. */
export function demoCatalog(): Catalog {
  const path = resolve(import.meta.dirname, '../../fixtures/catalog.json');
  const result = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`fixtures/catalog.json is not a usable catalog: ${result.error.message}`);
  return result.catalog;
}

/** A school of the demo catalog, by id. */
export function demoSchool(id: string): School {
  const school = demoCatalog().schools.find((candidate) => candidate.id === id);
  if (school === undefined) throw new Error(`fixtures/catalog.json has no school "${id}"`);
  return school;
}

const CTU_CONSENT = consentText(demoSchool('colorado-technical-university'), en.defaultConsent);

/**
 * A valid lead (Colorado Technical University's doctorate, as in the demo catalog, with the English consent
 * text the widget shows for it), with a fresh leadId unless one is given.
 */
export function sampleLead(overrides: Partial<Lead> = {}): Lead {
  return {
    schemaVersion: 1,
    leadId: crypto.randomUUID(),
    createdAt: '2026-11-26T10:00:00.000Z',
    testMode: false,
    school: { id: 'colorado-technical-university', name: 'Colorado Technical University' },
    program: {
      id: 'ctu-dm-hcml',
      name: 'Doctor of Management - Health Care Management and Leadership',
      level: 'doctorate',
    },
    answers: { subject: 'healthcare-administration', educationLevel: 'master', usCitizen: true },
    contact: {
      firstName: 'Ana',
      lastName: "O'Neil",
      email: 'ana.oneil@example.com',
      phone: '+12125550123',
      postalCode: '10001',
    },
    consent: {
      text: CTU_CONSENT,
      givenAt: '2026-11-26T09:59:58.000Z',
    },
    source: {
      publisherId: 'demo-publisher',
      placementId: 'article-inline',
      pageUrl: 'https://news.example/careers/medical-records',
    },
    client: { userAgent: 'Mozilla/5.0 (test)', language: 'en-US', timeToCompleteMs: 42_000 },
    ...overrides,
  };
}

/** A receiver on a SQLite file in a fresh temp directory, with the handles a test needs to inspect and clean up. */
export interface TestReceiver {
  receiver: Receiver;
  store: SqliteLeadStore;
  dir: string;
  dbPath: string;
  logs: string[];
  cleanup(): void;
}

/** The marketer token the test receivers use. */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** Starts a receiver on a temp SQLite file; options override the test defaults. */
export function testReceiver(options: Partial<ReceiverOptions> = {}): TestReceiver {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-receiver-'));
  const dbPath = join(dir, 'leads.sqlite');
  const store = createSqliteLeadStore(dbPath);
  const logs: string[] = [];
  const receiver = createReceiver({
    store,
    token: TEST_TOKEN,
    allowedOrigins: ['https://publisher.example'],
    rateLimit: 10_000,
    clientAddress: () => '203.0.113.7',
    log: (line) => logs.push(line),
    ...options,
  });
  return {
    receiver,
    store,
    dir,
    dbPath,
    logs,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A POST of `body` (JSON-encoded unless a string) to /api/leads with the lead headers the widget sends. */
export function postRequest(body: unknown, headers: Record<string, string> = {}): Request {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const leadId = (body as { leadId?: unknown } | null)?.leadId;
  return new Request('http://receiver.test/api/leads', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof leadId === 'string' ? { 'Idempotency-Key': leadId } : {}),
      ...headers,
    },
    body: text,
  });
}
