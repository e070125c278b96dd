import type { Page } from 'playwright-core';
import { projectPath } from './expectedMatches.ts';

/** The WCAG rule sets the SPEC promises (2.2 AA and everything below it). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (which pierces open shadow roots) on the whole page and returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.addScriptTag({ path: projectPath('node_modules/axe-core/axe.min.js') });
  return page.evaluate(
    async (tags) => {
      type AxeResult = {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      };
      const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map(
          (n) => `${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        ),
      }));
    },
    [...WCAG_TAGS],
  );
}

/** A readable list of violations for an assertion message. */
export function formatViolations(state: string, violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `[${state}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}
