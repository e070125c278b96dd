import type { Locator, Page } from 'playwright-core';
import {
  featuredSchools,
  LEVEL_HEADINGS,
  nextQuestion,
  popularHeadings,
  popularOrder,
  QUESTION_TEXT,
  shownFeatured,
  shownPrograms,
  type Answers,
  type RawCatalog,
} from './expectedMatches.ts';

/** The two regions of the widget, found by their SPEC accessible names. */
export function regions(page: Page): { featured: Locator; popular: Locator } {
  return {
    featured: page.getByRole('region', { name: 'Featured Schools', exact: true }),
    popular: page.getByRole('region', { name: 'Popular Schools', exact: true }),
  };
}

const clean = (texts: string[]): string[] => texts.map((t) => t.replace(/\s+/g, ' ').trim());
const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Accessible names of the articles directly in a region. */
async function articleNames(region: Locator): Promise<string[]> {
  const articles = region.getByRole('article');
  const names: string[] = [];
  for (const article of await articles.all()) {
    names.push(
      await article.evaluate((el) => {
        const ids = el.getAttribute('aria-labelledby');
        const root = el.getRootNode() as Document | ShadowRoot;
        if (ids)
          return ids
            .split(/\s+/)
            .map((id) => root.getElementById(id)?.textContent ?? '')
            .join(' ')
            .trim();
        return el.getAttribute('aria-label') ?? el.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim() ?? '';
      }),
    );
  }
  return names;
}

/**
 * Compares what every featured card and the popular list show with what the SPEC rules say
 * for these answers; returns one line per difference (empty when the page is right).
 */
export async function matchMismatches(
  page: Page,
  catalog: RawCatalog,
  answers: Answers,
  options: { maxSchools?: number; featured?: boolean } = {},
): Promise<string[]> {
  const maxSchools = options.maxSchools ?? 10;
  const problems: string[] = [];
  const { featured, popular } = regions(page);

  // Popular Schools: exactly the schools with a shown program, their programs grouped and filtered.
  const expectedPopular = catalog.schools.filter((s) => shownPrograms(s, answers).length > 0).slice(0, maxSchools);
  const popularNames = await articleNames(popular);
  if (
    !same(
      popularNames,
      expectedPopular.map((s) => s.name),
    )
  ) {
    problems.push(
      `Popular Schools lists [${popularNames.join(' | ')}], expected [${expectedPopular.map((s) => s.name).join(' | ')}]`,
    );
  }
  for (const school of expectedPopular) {
    const article = popular.getByRole('article', { name: school.name, exact: true });
    if ((await article.count()) !== 1) continue;
    const items = clean(await article.getByRole('listitem').allTextContents());
    const expected = popularOrder(school, answers);
    if (!same(items, expected))
      problems.push(`Popular ${school.name} lists [${items.join(' | ')}], expected [${expected.join(' | ')}]`);
    const levelHeadings = LEVEL_HEADINGS.map((h) => h.heading);
    const headings = clean(await article.getByRole('heading').allTextContents()).filter((h) =>
      levelHeadings.includes(h),
    );
    const wanted = popularHeadings(school, answers);
    if (!same(headings, wanted)) {
      problems.push(
        `Popular ${school.name} has headings [${headings.join(' | ')}], expected level headings [${wanted.join(' | ')}]`,
      );
    }
    if (school.online === true && !((await article.textContent()) ?? '').includes('Online Programs Available')) {
      problems.push(`Popular ${school.name} is online but is not marked "Online Programs Available"`);
    }
  }

  if (options.featured === false) return problems;

  // Featured Schools: one card per featured school with a shown program, in rank order.
  for (const school of featuredSchools(catalog)) {
    const card = featured.getByRole('article', { name: school.name, exact: true });
    const count = await card.count();
    const shown = shownPrograms(school, answers).map((p) => p.name);
    const next = nextQuestion(school, answers);
    if (shown.length === 0) {
      // SPEC: hidden, or a card that says why with nothing to pick or request.
      if (count > 0) {
        const radios = await card.getByRole('radio').count();
        const items = clean(await card.getByRole('listitem').allTextContents()).filter((t) =>
          school.programs.some((p) => p.name === t),
        );
        const requests = await card.getByRole('button', { name: /Request info/ }).count();
        if (radios > 0 || items.length > 0 || requests > 0) {
          problems.push(
            `Featured ${school.name} matches nothing yet still shows [${items.join(' | ')}] (${radios} radios, ${requests} "Request info" buttons)`,
          );
        }
      }
      continue;
    }
    if (count !== 1) {
      problems.push(`Featured ${school.name}: expected one card, found ${count}`);
      continue;
    }
    const items = clean(await card.getByRole('listitem').allTextContents());
    const programItems = items.filter((t) => school.programs.some((p) => p.name === t));
    const wrongItems = programItems.filter((t) => !shown.includes(t));
    if (wrongItems.length > 0)
      problems.push(`Featured ${school.name} shows programs the answers exclude: [${wrongItems.join(' | ')}]`);
    const selects = card.getByRole('combobox');
    if (next !== null) {
      const mustShow = shownFeatured(school, answers)
        .map((p) => p.name)
        .filter((n) => !programItems.includes(n));
      if (mustShow.length > 0)
        problems.push(`Featured ${school.name} does not show its featured programs [${mustShow.join(' | ')}]`);
      const selectCount = await selects.count();
      const question = card.getByRole('combobox', { name: QUESTION_TEXT[next], exact: true });
      if (selectCount !== 1 || (await question.count()) !== 1) {
        problems.push(
          `Featured ${school.name} should ask only "${QUESTION_TEXT[next]}" (found ${selectCount} question(s))`,
        );
      }
    } else {
      const radioCount = await card.getByRole('radio').count();
      const unnamed: string[] = [];
      for (const name of shown) {
        if ((await card.getByRole('radio', { name, exact: true }).count()) !== 1) unnamed.push(name);
      }
      if (radioCount !== shown.length || unnamed.length > 0) {
        problems.push(
          `Featured ${school.name} offers ${radioCount} radios; expected exactly [${shown.join(' | ')}]${unnamed.length ? `, missing [${unnamed.join(' | ')}]` : ''}`,
        );
      }
      if ((await card.getByRole('button', { name: /Request info/ }).count()) < 1)
        problems.push(`Featured ${school.name} has no "Request info" button once all questions are answered`);
    }
  }
  const featuredNames = await articleNames(featured);
  const rankOrder = featuredSchools(catalog)
    .map((s) => s.name)
    .filter((n) => featuredNames.includes(n));
  if (!same(featuredNames, rankOrder))
    problems.push(`Featured cards are [${featuredNames.join(' | ')}], expected featured schools in rank order`);
  return problems;
}

/** Polls until the page matches the SPEC for these answers, and returns the last differences. */
export async function settledMismatches(
  page: Page,
  catalog: RawCatalog,
  answers: Answers,
  options: { featured?: boolean } = {},
  timeoutMs = 5000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let problems = await matchMismatches(page, catalog, answers, options);
  while (problems.length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(200);
    problems = await matchMismatches(page, catalog, answers, options);
  }
  return problems;
}
