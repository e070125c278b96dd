import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The acceptance suite's own reading of the SPEC matching rules, written from the SPEC table and
 * the raw catalog JSON only, so a mistake in the product's matching code cannot hide itself here.
 */

/** A program level (SPEC §3). */
export type Level = 'certificate' | 'associate' | 'bachelor' | 'graduate-certificate' | 'master' | 'doctorate';
/** A highest-education answer (SPEC §2). */
export type Education =
  'no-diploma' | 'high-school' | 'some-college' | 'associate' | 'bachelor' | 'master' | 'doctorate';
/** A qualifying question id. */
export type Question = 'subject' | 'educationLevel' | 'usCitizen';

/** A program as written in the catalog JSON. */
export interface RawProgram {
  id: string;
  name: string;
  level: Level;
  subjects: string[];
}
/** A school as written in the catalog JSON. */
export interface RawSchool {
  id: string;
  name: string;
  rank: number;
  online?: boolean;
  questions: Question[];
  rules?: { requiresUsCitizen?: boolean };
  featured?: string[];
  consentText?: string;
  programs: RawProgram[];
}
/** The catalog JSON as a marketer writes it. */
export interface RawCatalog {
  version: 1;
  subjects: { id: string; label: string }[];
  schools: RawSchool[];
}
/** The answers given so far; an absent key is unanswered. */
export interface Answers {
  subject?: string;
  educationLevel?: Education;
  usCitizen?: 'yes' | 'no';
}

/** SPEC §2 "highest education → program levels open", copied by hand. */
export const OPEN_LEVELS: Record<Education, readonly Level[]> = {
  'no-diploma': [],
  'high-school': ['certificate', 'associate', 'bachelor'],
  'some-college': ['certificate', 'associate', 'bachelor'],
  associate: ['certificate', 'bachelor'],
  bachelor: ['certificate', 'graduate-certificate', 'master'],
  master: ['certificate', 'graduate-certificate', 'doctorate'],
  doctorate: ['certificate', 'graduate-certificate'],
};

/** SPEC §2 question texts (en). */
export const QUESTION_TEXT: Record<Question, string> = {
  subject: 'Which subject are you interested in?',
  educationLevel: 'What is your highest level of education?',
  usCitizen: 'Are you a US citizen?',
};
/** SPEC §2 education option labels (en). */
export const EDUCATION_LABELS: Record<Education, string> = {
  'no-diploma': 'Less than high school',
  'high-school': 'High school diploma or GED',
  'some-college': 'Some college, no degree',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctoral degree',
};
/** SPEC §2 citizenship option labels (en). */
export const CITIZENSHIP_LABELS = { yes: 'Yes', no: 'No' } as const;

/** SPEC §2 popular-list headings, in display order. */
export const LEVEL_HEADINGS: readonly { heading: string; levels: readonly Level[] }[] = [
  { heading: 'Doctorate', levels: ['doctorate'] },
  { heading: "Master's", levels: ['master'] },
  { heading: "Bachelor's", levels: ['bachelor'] },
  { heading: "Associate's", levels: ['associate'] },
  { heading: 'Certificate', levels: ['certificate', 'graduate-certificate'] },
];

/** Absolute path of a file under the project root. */
export function projectPath(relative: string): string {
  return fileURLToPath(new URL(`../../../../${relative}`, import.meta.url));
}

/** The seed catalog as raw JSON, schools in rank order. */
export function loadSeedCatalog(): RawCatalog {
  const catalog = JSON.parse(readFileSync(projectPath('fixtures/catalog.json'), 'utf8')) as RawCatalog;
  return { ...catalog, schools: [...catalog.schools].sort((a, b) => a.rank - b.rank) };
}

/** Whether every answered question admits the program (SPEC §2 matching rules). */
export function admits(school: RawSchool, program: RawProgram, answers: Answers): boolean {
  if (answers.subject !== undefined && !program.subjects.includes(answers.subject)) return false;
  if (answers.educationLevel !== undefined && !OPEN_LEVELS[answers.educationLevel].includes(program.level))
    return false;
  if (answers.usCitizen === 'no' && school.rules?.requiresUsCitizen === true) return false;
  return true;
}

/** The school's programs the answers admit, in catalog order. */
export function shownPrograms(school: RawSchool, answers: Answers): RawProgram[] {
  return school.programs.filter((program) => admits(school, program, answers));
}

/** Shown program names in popular-list order: grouped under the SPEC headings, catalog order within. */
export function popularOrder(school: RawSchool, answers: Answers): string[] {
  const shown = shownPrograms(school, answers);
  return LEVEL_HEADINGS.flatMap(({ levels }) => shown.filter((p) => levels.includes(p.level)).map((p) => p.name));
}

/** The headings a popular-list school shows for these answers. */
export function popularHeadings(school: RawSchool, answers: Answers): string[] {
  const shown = shownPrograms(school, answers);
  return LEVEL_HEADINGS.filter(({ levels }) => shown.some((p) => levels.includes(p.level))).map((h) => h.heading);
}

/** The first of the school's questions (in its own order) not yet answered, or null when all are. */
export function nextQuestion(school: RawSchool, answers: Answers): Question | null {
  return school.questions.find((q) => answers[q] === undefined) ?? null;
}

/** Featured schools in rank order. */
export function featuredSchools(catalog: RawCatalog): RawSchool[] {
  return catalog.schools.filter((s) => s.featured !== undefined && s.featured.length > 0);
}

/** The school's featured programs that the answers admit. */
export function shownFeatured(school: RawSchool, answers: Answers): RawProgram[] {
  const featured = new Set(school.featured ?? []);
  return shownPrograms(school, answers).filter((p) => featured.has(p.id));
}

/** The school with this name; throws when the seed catalog lacks it (a fixture problem, not a product one). */
export function schoolNamed(catalog: RawCatalog, name: string): RawSchool {
  const school = catalog.schools.find((s) => s.name === name);
  if (!school) throw new Error(`fixtures/catalog.json has no school named "${name}"`);
  return school;
}

/** The option label the student picks for an answer. */
export function answerLabel(catalog: RawCatalog, question: Question, value: string): string {
  switch (question) {
    case 'subject': {
      const subject = catalog.subjects.find((s) => s.id === value);
      if (!subject) throw new Error(`fixtures/catalog.json has no subject "${value}"`);
      return subject.label;
    }
    case 'educationLevel':
      return EDUCATION_LABELS[value as Education];
    case 'usCitizen':
      return CITIZENSHIP_LABELS[value as 'yes' | 'no'];
  }
}

/** The default consent text (en) of SPEC §3 for a school. */
export function defaultConsentText(school: string): string {
  return `By checking this box and submitting this form, I agree that ${school} may contact me about its programs by email, phone and text message, including by automated means, at the email and phone number I provided. Consent is not a condition of enrollment or purchase. Message and data rates may apply.`;
}
