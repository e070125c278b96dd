import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { Catalog } from '../../src/catalog/schema.ts';
import { consentText } from '../../src/lead/consentText.ts';
import { en } from '../../widget/messages/en.ts';
import type { Lead } from '../../src/lead/schema.ts';
import { postRequest, sampleLead, testReceiver, type TestReceiver } from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

function statesCatalog(): Catalog {
  const result = parseCatalog(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/catalog-states.json'), 'utf8')),
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.catalog;
}

/** A v2 lead for Colorado Technical University (closed to Arkansas; asks postalCode, military and startDate) from a ZIP code. */
function ctuLead(
  postalCode: string,
  state: string,
  answers: Partial<Lead['answers']> = { postalCode, military: 'veteran', startDate: 'immediately' },
): Lead {
  const lead = sampleLead();
  const ctu = statesCatalog().schools.find((school) => school.id === 'colorado-technical-university')!;
  return {
    ...lead,
    answers: { ...lead.answers, ...answers },
    contact: { ...lead.contact, postalCode, state: state as 'NY' },
    consent: { ...lead.consent, text: consentText(ctu, en.defaultConsent) },
  };
}

async function errorsOf(response: Response) {
  expect(response.status).toBe(422);
  return ((await response.json()) as { errors: { path: string; message: string }[] }).errors;
}

describe('leads checked against a catalog with state rules and optional questions (CATALOG)', () => {
  it('accepts a lead from a state the school enrols, with the answers it asks', async () => {
    t = testReceiver({ catalog: statesCatalog() });
    expect((await t.receiver.fetch(postRequest(ctuLead('75201', 'TX')))).status).toBe(201);
  });

  it('refuses a lead from a state the school does not enrol, at contact.postalCode', async () => {
    t = testReceiver({ catalog: statesCatalog() });
    expect(await errorsOf(await t.receiver.fetch(postRequest(ctuLead('72201', 'AR'))))).toEqual([
      {
        path: 'contact.postalCode',
        message:
          'is in AR, where "colorado-technical-university" does not offer "ctu-dm-hcml" (see its states in the catalog)',
      },
    ]);
    expect(t.store.count()).toBe(0);
  });

  it('refuses a lead without an answer to an optional question the school asks, at its path', async () => {
    t = testReceiver({ catalog: statesCatalog() });
    const errors = await errorsOf(await t.receiver.fetch(postRequest(ctuLead('75201', 'TX', { postalCode: '75201' }))));
    expect(errors).toEqual([
      { path: 'answers.military', message: 'is required: "colorado-technical-university" asks it in the catalog' },
      { path: 'answers.startDate', message: 'is required: "colorado-technical-university" asks it in the catalog' },
    ]);
  });

  it('still accepts a v1 lead for a school with neither state rules nor optional questions', async () => {
    t = testReceiver({ catalog: statesCatalog() });
    const lead = sampleLead({
      school: { id: 'american-university', name: 'American University' },
      program: { id: 'au-ms-hcm', name: 'Master of Science in Healthcare Management', level: 'master' },
    });
    const au = statesCatalog().schools.find((school) => school.id === 'american-university')!;
    lead.consent = { ...lead.consent, text: consentText(au, en.defaultConsent) };
    expect((await t.receiver.fetch(postRequest(lead))).status).toBe(201);
  });
});
