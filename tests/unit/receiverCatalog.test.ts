import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consentText } from '../../src/lead/consentText.ts';
import { en } from '../../widget/messages/en.ts';
import { es } from '../../widget/messages/es.ts';
import { loadCatalog } from '../../src/receiver/loadCatalog.ts';
import {
  demoCatalog,
  demoSchool,
  postRequest,
  sampleLead,
  testReceiver,
  type TestReceiver,
} from './receiverFixtures.ts';

let t: TestReceiver;
afterEach(() => t.cleanup());

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function errorsOf(response: Response): Promise<Array<{ path: string; message: string }>> {
  expect(response.status).toBe(422);
  return ((await response.json()) as { errors: Array<{ path: string; message: string }> }).errors;
}

describe('leads checked against the catalog (CATALOG)', () => {
  it('accepts a lead for a school and program of the catalog with the consent text the widget shows, in English or Spanish', async () => {
    t = testReceiver({ catalog: demoCatalog() });
    expect((await t.receiver.fetch(postRequest(sampleLead()))).status).toBe(201);
    const spanish = sampleLead();
    spanish.consent = {
      ...spanish.consent,
      text: consentText(demoSchool('colorado-technical-university'), es.defaultConsent),
    };
    expect((await t.receiver.fetch(postRequest(spanish))).status).toBe(201);
  });

  it('refuses an unknown school id with 422 at school.id and stores nothing', async () => {
    t = testReceiver({ catalog: demoCatalog() });
    const lead = sampleLead({ school: { id: 'made-up-university', name: 'Made Up University' } });
    const errors = await errorsOf(await t.receiver.fetch(postRequest(lead)));
    expect(errors.map((e) => e.path)).toEqual(['school.id']);
    expect(t.store.count()).toBe(0);
  });

  it('refuses a school name, program id, program name or level that differ from the catalog at their paths', async () => {
    t = testReceiver({ catalog: demoCatalog() });
    const lead = sampleLead();
    const renamed = { ...lead, school: { ...lead.school, name: 'Colorado Tech (best school)' } };
    expect((await errorsOf(await t.receiver.fetch(postRequest(renamed)))).map((e) => e.path)).toEqual(['school.name']);
    const otherProgram = {
      ...sampleLead(),
      program: { id: 'kaplan-mhim', name: 'Master of Health Information Management', level: 'master' as const },
    };
    expect((await errorsOf(await t.receiver.fetch(postRequest(otherProgram)))).map((e) => e.path)).toEqual([
      'program.id',
    ]);
    const wrongNameAndLevel = {
      ...sampleLead(),
      program: { ...lead.program, name: 'Doctor of Everything', level: 'bachelor' as const },
    };
    const errors = await errorsOf(await t.receiver.fetch(postRequest(wrongNameAndLevel)));
    expect(errors.map((e) => e.path)).toEqual(['program.name', 'program.level']);
    expect(errors[1]?.message).toContain('"doctorate"');
  });

  it("refuses a consent text the school never showed, such as another school's, at consent.text", async () => {
    t = testReceiver({ catalog: demoCatalog() });
    const lead = sampleLead();
    for (const text of ['I agree to anything.', consentText(demoSchool('kaplan-university'), en.defaultConsent)]) {
      const errors = await errorsOf(
        await t.receiver.fetch(postRequest({ ...sampleLead(), consent: { ...lead.consent, text } })),
      );
      expect(errors).toEqual([{ path: 'consent.text', message: expect.stringContaining('consentText') }]);
    }
  });

  it("requires a school's own consentText when the catalog gives one", async () => {
    const catalog = demoCatalog();
    const school = catalog.schools.find((s) => s.id === 'colorado-technical-university')!;
    school.consentText = 'I agree that {school} may call me.';
    t = testReceiver({ catalog });
    const lead = sampleLead();
    const withDefault = await t.receiver.fetch(postRequest(lead));
    expect((await errorsOf(withDefault)).map((e) => e.path)).toEqual(['consent.text']);
    const own = sampleLead({
      consent: { ...lead.consent, text: 'I agree that Colorado Technical University may call me.' },
    });
    expect((await t.receiver.fetch(postRequest(own))).status).toBe(201);
  });

  it('checks shape only when no catalog is set', async () => {
    t = testReceiver();
    const lead = sampleLead({ school: { id: 'made-up-university', name: 'Made Up University' } });
    expect((await t.receiver.fetch(postRequest(lead))).status).toBe(201);
  });
});

describe('loading CATALOG', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const file = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-catalog-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'catalog.json'), text);
    return join(dir, 'catalog.json');
  };

  it('reads a catalog from a file path or a URL', async () => {
    t = testReceiver();
    const fromFile = await loadCatalog(resolve(import.meta.dirname, '../../fixtures/catalog.json'));
    expect(fromFile.ok && fromFile.catalog.schools).toHaveLength(10);
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/catalog.json'), 'utf8');
    server.use(
      http.get('https://cdn.example/catalog.json', () =>
        HttpResponse.text(text, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const fromUrl = await loadCatalog('https://cdn.example/catalog.json');
    expect(fromUrl.ok && fromUrl.catalog.schools.map((s) => s.id)).toContain('colorado-technical-university');
  });

  it.each([
    ['a missing file', () => '/nonexistent/catalog.json', 'could not be read'],
    ['a file that is not JSON', () => file('{ nope'), 'is not JSON'],
    ['JSON that is not a catalog', () => file('{"version": 7}'), 'is not a usable catalog'],
  ])('refuses %s with one line naming CATALOG and what to set', async (_what, location, problem) => {
    t = testReceiver();
    const result = await loadCatalog(location());
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error.startsWith('[schoolmatch] CATALOG')).toBe(true);
    expect(error).toContain(problem);
    expect(error).toContain('Set CATALOG');
    expect(error).not.toContain('\n');
  });

  it('refuses a URL that answers an error status', async () => {
    t = testReceiver();
    server.use(http.get('https://cdn.example/missing.json', () => new HttpResponse(null, { status: 404 })));
    const result = await loadCatalog('https://cdn.example/missing.json');
    expect(result.ok ? '' : result.error).toContain('404');
  });
});
