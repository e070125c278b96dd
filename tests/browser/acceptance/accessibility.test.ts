import { describe, expect, it } from 'vitest';
import { useDemoJourneys } from '../support/testSetup.ts';
import { loadSeedCatalog } from './support/expectedMatches.ts';
import { mouseDriver } from './support/drivers.ts';
import { STUDENT, studentJourney, type JourneyState } from './support/studentJourney.ts';
import { openDemoPage } from './support/openDemoPage.ts';
import { formatViolations, runAxe } from './support/runAxe.ts';

const catalog = loadSeedCatalog();
const setup = useDemoJourneys();

// A phone and a laptop: the whole demo page (article and widget) is audited at each size.
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];

describe('accessibility of the demo article with the widget (axe-core, WCAG 2.2 AA)', () => {
  it.each(VIEWPORTS)(
    'finds no violation anywhere on the page at $width×$height on first view, with answers given, with the dialog open, with field errors shown and on success',
    async (viewport) => {
      const server = await setup.startDemo();
      // The demo page's strict CSP would refuse the injected axe-core script; the widget itself is unchanged.
      const context = await setup.browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      await openDemoPage(page, server);
      const report: string[] = [];
      const audited: JourneyState[] = [];
      await studentJourney(page, mouseDriver(), catalog, {
        school: 'Herzing University',
        answers: { subject: 'medical-billing-coding', educationLevel: 'some-college', usCitizen: 'no' },
        program: 'Associate of Science - Insurance Billing and Coding Specialist',
        contact: STUDENT,
        onState: async (state) => {
          audited.push(state);
          const violations = await runAxe(page);
          if (violations.length > 0) report.push(formatViolations(state, violations));
        },
      });
      expect(audited).toEqual(['first view', 'answers given', 'dialog open', 'field errors shown', 'success']);
      expect(report.join('\n'), 'axe-core violations').toBe('');
      await context.close();
    },
  );
});
