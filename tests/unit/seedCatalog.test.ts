import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import { CatalogSchema, type Catalog, type ProgramLevel } from '../../src/catalog/schema.ts';
import type { QuestionId } from '../../src/questions.ts';
import { featured, popular, type SeedHeading } from './seedLists.ts';

// The fixture is read as raw JSON so the schema, not a type assertion, decides whether it is valid.
const raw: unknown = JSON.parse(readFileSync(new URL('../../fixtures/catalog.json', import.meta.url), 'utf8'));
const parsed = v.safeParse(CatalogSchema, raw);

function seedCatalog(): Catalog {
  if (!parsed.success) throw new Error(`fixtures/catalog.json is not a valid catalog: ${v.summarize(parsed.issues)}`);
  return parsed.output;
}

// Both certificate levels are listed under the article's "Certificate" heading.
const HEADING_LEVELS: Record<SeedHeading['heading'], readonly ProgramLevel[]> = {
  Doctorate: ['doctorate'],
  "Master's": ['master'],
  "Bachelor's": ['bachelor'],
  "Associate's": ['associate'],
  Certificate: ['certificate', 'graduate-certificate'],
};

const QUESTION_BY_TEXT: Record<string, QuestionId> = {
  'Which subject are you interested in?': 'subject',
  'What is your highest level of education?': 'educationLevel',
  'Are you a US citizen?': 'usCitizen',
};

/** Every program of the seed catalog as "School / Program", for readable set comparisons. */
function programsWhere(test: (name: string, subjects: readonly string[]) => boolean): string[] {
  return seedCatalog().schools.flatMap((school) =>
    school.programs.filter((p) => test(p.name, p.subjects)).map((p) => `${school.name} / ${p.name}`),
  );
}

const taggedWith = (subjectId: string): string[] => programsWhere((_, subjects) => subjects.includes(subjectId));

describe('the seed catalog (fixtures/catalog.json)', () => {
  it('is a valid catalog by the catalog schema', () => {
    expect(parsed.success ? [] : v.summarize(parsed.issues)).toEqual([]);
  });

  it('comes out of parseCatalog whole, in rank order, with nothing skipped', () => {
    const result = parseCatalog(raw);
    expect(result.ok ? result.skipped : result.error).toEqual([]);
    expect(result.ok && result.catalog).toEqual(seedCatalog());
  });

  it('lists the ten Popular Schools in the article order, ranked 1 to 10 and all online', () => {
    const schools = seedCatalog().schools.map(({ rank, name, online }) => ({ rank, name, online }));
    expect(schools).toEqual(popular.map(({ rank, name, online }) => ({ rank, name, online })));
    expect(schools.every((s) => s.online)).toBe(true);
  });

  it('lists every program name exactly as written, in the order written', () => {
    const catalog = seedCatalog();
    popular.forEach((seed, i) => {
      const names = catalog.schools[i]?.programs.map((p) => p.name);
      expect(names, seed.name).toEqual(seed.headings.flatMap((h) => h.programs));
    });
  });

  it('puts every program under the heading the article lists it under', () => {
    const catalog = seedCatalog();
    popular.forEach((seed, i) => {
      const programs = catalog.schools[i]?.programs ?? [];
      for (const { heading, programs: names } of seed.headings) {
        const underHeading = programs.filter((p) => HEADING_LEVELS[heading].includes(p.level)).map((p) => p.name);
        expect(underHeading, `${seed.name} ${heading}`).toEqual(names);
      }
    });
  });

  it('makes the George Washington graduate certificate a graduate-certificate and the other certificates and the diploma certificates', () => {
    const levels = Object.fromEntries(
      seedCatalog()
        .schools.flatMap((s) => s.programs)
        .filter((p) => p.level === 'certificate' || p.level === 'graduate-certificate')
        .map((p) => [p.name, p.level]),
    );
    expect(levels).toEqual({
      'Medical Office Administration': 'certificate',
      'Medical Billing and Coding Certificate': 'certificate',
      'Graduate Certificate in Health Care Quality': 'graduate-certificate',
      'Diploma: Medical Office Admin': 'certificate',
    });
  });

  it('features the eight Featured Schools with exactly the programs on their cards', () => {
    const cards = seedCatalog()
      .schools.filter((s) => s.featured !== undefined)
      .map((s) => ({
        name: s.name,
        programs: (s.featured ?? []).map((id) => s.programs.find((p) => p.id === id)?.name ?? `missing ${id}`),
      }));
    expect(cards).toEqual(featured.map(({ name, programs }) => ({ name, programs })));
  });

  it("does not feature Northcentral University or Saint Joseph's University", () => {
    const notFeatured = seedCatalog()
      .schools.filter((s) => s.featured === undefined)
      .map((s) => s.name);
    expect(notFeatured).toEqual(['Northcentral University', "Saint Joseph's University"]);
  });

  it("asks each featured school's first question the one its card shows", () => {
    const catalog = seedCatalog();
    for (const card of featured) {
      const school = catalog.schools.find((s) => s.name === card.name);
      expect(QUESTION_BY_TEXT[card.question], card.question).toBeDefined();
      expect(school?.questions[0], card.name).toBe(QUESTION_BY_TEXT[card.question]);
    }
  });

  it('asks citizenship first at CTU and AIU, subject first at Kaplan and education level then subject elsewhere', () => {
    const orders = Object.fromEntries(seedCatalog().schools.map((s) => [s.name, s.questions]));
    const citizenFirst = ['usCitizen', 'educationLevel', 'subject'];
    expect(orders).toEqual({
      'Kaplan University': ['subject', 'educationLevel', 'usCitizen'],
      'George Mason University': ['educationLevel', 'subject', 'usCitizen'],
      'The George Washington University': ['educationLevel', 'subject', 'usCitizen'],
      'Colorado Technical University': citizenFirst,
      'Herzing University': ['educationLevel', 'subject', 'usCitizen'],
      'American InterContinental University': citizenFirst,
      'American University': ['educationLevel', 'subject', 'usCitizen'],
      'Southern New Hampshire University': ['educationLevel', 'subject', 'usCitizen'],
      'Northcentral University': ['educationLevel', 'subject', 'usCitizen'],
      "Saint Joseph's University": ['educationLevel', 'subject', 'usCitizen'],
    });
  });

  it('requires US citizenship only at Colorado Technical University and American InterContinental University', () => {
    const requiring = seedCatalog()
      .schools.filter((s) => s.rules.requiresUsCitizen)
      .map((s) => s.name);
    expect(requiring).toEqual(['Colorado Technical University', 'American InterContinental University']);
  });

  it('leaves every school on the default consent text', () => {
    expect(seedCatalog().schools.filter((s) => s.consentText !== undefined)).toEqual([]);
  });
});

describe('the seed catalog subjects', () => {
  it('are the seven subjects of the specification, in order', () => {
    expect(seedCatalog().subjects).toEqual([
      { id: 'health-information-management', label: 'Health Information Management' },
      { id: 'health-informatics', label: 'Health Informatics' },
      { id: 'healthcare-administration', label: 'Healthcare Administration & Management' },
      { id: 'medical-billing-coding', label: 'Medical Billing & Coding' },
      { id: 'medical-office-administration', label: 'Medical Office Administration' },
      { id: 'health-care-quality', label: 'Health Care Quality' },
      { id: 'health-science', label: 'Health Science' },
    ]);
  });

  it('tag every program with at least one known subject and use every subject', () => {
    const known = seedCatalog().subjects.map((s) => s.id);
    expect(programsWhere((_, subjects) => subjects.length === 0)).toEqual([]);
    expect(programsWhere((_, subjects) => subjects.some((id) => !known.includes(id)))).toEqual([]);
    expect(known.filter((id) => taggedWith(id).length === 0)).toEqual([]);
  });

  it('put exactly the two billing and coding programs in Medical Billing & Coding', () => {
    expect(taggedWith('medical-billing-coding')).toEqual([
      'Kaplan University / Medical Billing and Coding Certificate',
      'Herzing University / Associate of Science - Insurance Billing and Coding Specialist',
    ]);
  });

  it('put exactly the two medical office programs in Medical Office Administration', () => {
    expect(taggedWith('medical-office-administration')).toEqual([
      'Kaplan University / Medical Office Administration',
      'Herzing University / Diploma: Medical Office Admin',
    ]);
  });

  it('put exactly the two George Washington programs in Health Care Quality', () => {
    expect(taggedWith('health-care-quality')).toEqual([
      'The George Washington University / MSHS in Health Care Quality',
      'The George Washington University / Graduate Certificate in Health Care Quality',
    ]);
  });

  it('put exactly the Kaplan and SNHU health science programs in Health Science', () => {
    expect(taggedWith('health-science')).toEqual([
      'Kaplan University / Bachelor: Health Science',
      'Southern New Hampshire University / BS Health Science',
    ]);
  });

  it('put exactly the programs whose name says Informatics in Health Informatics', () => {
    expect(taggedWith('health-informatics')).toEqual(programsWhere((name) => name.includes('Informatics')));
    expect(taggedWith('health-informatics')).toHaveLength(8);
  });

  it('put exactly the programs whose name says Health Information Management or Healthcare Info Mgmt in Health Information Management', () => {
    expect(taggedWith('health-information-management')).toEqual(
      programsWhere((name) => /Health Information Management|Healthcare Info Mgmt/.test(name)),
    );
    expect(taggedWith('health-information-management')).toHaveLength(6);
  });

  it('put exactly the programs whose name says health care administration or management in Healthcare Administration & Management', () => {
    const saysAdministration =
      /health ?care (admin|management|mgmt)|health admin|health systems management|MSM in Healthcare|HSA Mgt\./i;
    expect(taggedWith('healthcare-administration')).toEqual(programsWhere((name) => saysAdministration.test(name)));
    expect(taggedWith('healthcare-administration')).toHaveLength(35);
  });

  it('give programs that name two subjects both of them', () => {
    const both = programsWhere((_, s) => s.length > 1);
    expect(both).toEqual([
      'Colorado Technical University / MS - Healthcare Management - Informatics',
      'Colorado Technical University / B.S. - Health Care Management - Health Informatics',
      'Southern New Hampshire University / BS Healthcare Administration - Healthcare Info Mgmt',
      "Saint Joseph's University / MS - Health Admin Informatics",
    ]);
  });
});

describe('the seed catalog ids', () => {
  it('are well-formed and unique across schools and programs', () => {
    const catalog = seedCatalog();
    const ids = catalog.schools.flatMap((s) => [s.id, ...s.programs.map((p) => p.id)]);
    expect(ids.filter((id) => !/^[a-z0-9-]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('give each school a short prefix shared by all its program ids and by no other school', () => {
    const prefixes = seedCatalog().schools.map((s) => {
      const prefix = s.programs[0]?.id.split('-')[0] ?? '';
      expect(
        s.programs.filter((p) => !p.id.startsWith(`${prefix}-`)),
        s.name,
      ).toEqual([]);
      return prefix;
    });
    expect(new Set(prefixes).size).toBe(10);
  });

  it('match the example of the specification for Colorado Technical University', () => {
    const ctu = seedCatalog().schools.find((s) => s.id === 'colorado-technical-university');
    expect(ctu?.featured).toEqual(['ctu-dm-hcml', 'ctu-mba-hcm', 'ctu-bs-hcm']);
    expect(ctu?.programs[0]).toEqual({
      id: 'ctu-dm-hcml',
      name: 'Doctor of Management - Health Care Management and Leadership',
      level: 'doctorate',
      subjects: ['healthcare-administration'],
    });
  });
});
