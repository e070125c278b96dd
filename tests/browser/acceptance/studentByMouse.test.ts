import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from '../support/testSetup.ts';
import { loadSeedCatalog, shownPrograms, schoolNamed } from './support/expectedMatches.ts';
import { mouseDriver } from './support/drivers.ts';
import { STUDENT, requestDialog, studentJourney, type JourneyPlan } from './support/studentJourney.ts';
import { assertOneStoredLead } from './support/leadExpectations.ts';
import { collectPageErrors, marketerView, openDemoPage } from './support/openDemoPage.ts';
import { readStoredLeadDocuments } from './support/storedLeads.ts';

const catalog = loadSeedCatalog();
const setup = useDemoJourneys();

describe('a student using the mouse on the demo article', () => {
  it('answers Kaplan’s questions, sees every list follow the answers, requests info and the marketer receives exactly that lead', async () => {
    const plan: JourneyPlan = {
      school: 'Kaplan University',
      answers: { subject: 'healthcare-administration', educationLevel: 'bachelor', usCitizen: 'no' },
      program: 'Master of Healthcare Admin',
      contact: STUDENT,
    };
    // The chosen answers must leave the chosen program open, or the journey tests nothing.
    expect(shownPrograms(schoolNamed(catalog, plan.school), plan.answers).map((p) => p.name)).toContain(plan.program);

    const server = await setup.startDemo();
    const context = await setup.browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      const events: { type: string; detail: unknown }[] = [];
      Object.defineProperty(window, '__smEvents', { value: events });
      for (const type of ['schoolmatch:answer', 'schoolmatch:lead']) {
        document.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
      }
    });
    const facts = await openDemoPage(
      page,
      server,
      '?utm_source=newsletter&utm_medium=email&gclid=abc123&email=leak%40example.com#schools',
    );

    const { consentLabel, statusText } = await studentJourney(page, mouseDriver(), catalog, plan);
    expect(statusText).toContain('Kaplan University');

    // On success the dialog offers the other schools that match the answers, and only those.
    const dialogText = (await requestDialog(page, plan.school).textContent()) ?? '';
    const others = catalog.schools.filter((s) => s.name !== plan.school);
    const matching = others.filter((s) => shownPrograms(s, plan.answers).length > 0).map((s) => s.name);
    const notMatching = others.filter((s) => shownPrograms(s, plan.answers).length === 0).map((s) => s.name);
    expect(
      matching.filter((name) => !dialogText.includes(name)),
      'matching schools not offered',
    ).toEqual([]);
    expect(
      notMatching.filter((name) => dialogText.includes(name)),
      'non-matching schools offered',
    ).toEqual([]);
    await assertOneStoredLead(server, catalog, plan, facts, consentLabel);

    // Query and fragment may carry personal data: only utm_* and click ids are kept, apart from the URL.
    const [lead] = readStoredLeadDocuments(server.dbFile) as Record<string, any>[];
    expect(lead?.['source']?.pageUrl).toBe(facts.pageUrl);
    expect(lead?.['source']?.utm).toEqual({ source: 'newsletter', medium: 'email' });
    expect(lead?.['source']?.clickIds).toEqual({ gclid: 'abc123' });
    expect(JSON.stringify(lead)).not.toContain('leak@example.com');

    // The publisher hears each answer and the lead, never the student's contact details.
    const events = await page.evaluate(
      () => (window as unknown as { __smEvents: { type: string; detail: Record<string, unknown> }[] }).__smEvents,
    );
    expect(events.filter((e) => e.type === 'schoolmatch:answer').map((e) => e.detail)).toEqual([
      { question: 'subject', value: 'healthcare-administration' },
      { question: 'educationLevel', value: 'bachelor' },
      { question: 'usCitizen', value: 'no' },
    ]);
    const leadEvents = events.filter((e) => e.type === 'schoolmatch:lead').map((e) => e.detail);
    expect(leadEvents).toEqual([
      { leadId: lead?.['leadId'], schoolId: 'kaplan-university', programId: 'kaplan-mha', status: 'delivered' },
    ]);
    // The phone and ZIP code as typed or normalised, not any "734" or "10001": a random leadId may hold those digits.
    expect(JSON.stringify(events)).not.toMatch(/María|O'Neil|example\.com|734-5678|2127345678|\b10001\b/i);

    const view = await marketerView(server);
    expect(view.status).toBe(200);
    expect(view.withToken).toContain('María');
    expect(view.withToken).toContain('Master of Healthcare Admin');
    expect(view.withToken).toContain('Maria.Lopez@example.com');
    expect(view.withoutToken).not.toContain('María');
    expect(view.withoutToken).not.toContain('Maria.Lopez@example.com');

    expect(errors).toEqual([]);
    await context.close();
  });
});
