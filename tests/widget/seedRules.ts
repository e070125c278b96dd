// The SPEC's matching rules written out again, independently of src/, so tests check the widget against them.
import type { Catalog, Program, ProgramLevel, School } from '../../src/catalog/schema.ts';
import type { Answers, EducationLevel } from '../../src/questions.ts';

const OPEN: Record<EducationLevel, readonly ProgramLevel[]> = {
  'no-diploma': [],
  'high-school': ['certificate', 'associate', 'bachelor'],
  'some-college': ['certificate', 'associate', 'bachelor'],
  associate: ['certificate', 'bachelor'],
  bachelor: ['certificate', 'graduate-certificate', 'master'],
  master: ['certificate', 'graduate-certificate', 'doctorate'],
  doctorate: ['certificate', 'graduate-certificate'],
};

const HEADING_ORDER: readonly ProgramLevel[][] = [
  ['doctorate'],
  ['master'],
  ['bachelor'],
  ['associate'],
  ['certificate', 'graduate-certificate'],
];

/** Whether the SPEC's rules admit the program for the answers. */
export function admits(school: School, program: Program, answers: Answers): boolean {
  if (answers.subject !== undefined && !program.subjects.includes(answers.subject)) return false;
  if (answers.educationLevel !== undefined && !OPEN[answers.educationLevel].includes(program.level)) return false;
  return !(answers.usCitizen === 'no' && school.rules.requiresUsCitizen);
}

/** The popular list the SPEC expects: school names with their admitted program names in heading order. */
export function expectedPopular(catalog: Catalog, answers: Answers): { name: string; programs: string[] }[] {
  return catalog.schools
    .map((school) => ({
      name: school.name,
      programs: HEADING_ORDER.flatMap((levels) =>
        school.programs.filter((p) => levels.includes(p.level) && admits(school, p, answers)).map((p) => p.name),
      ),
    }))
    .filter((school) => school.programs.length > 0);
}
