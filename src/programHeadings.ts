import type { Program, ProgramLevel } from './catalog/schema.ts';

/** A heading programs are grouped under, in display order (both certificate levels share one). */
export type ProgramHeading = 'doctorate' | 'master' | 'bachelor' | 'associate' | 'certificate';

/** Programs of one heading, in catalog order. */
export interface ProgramGroup {
  heading: ProgramHeading;
  programs: readonly Program[];
}

const ORDER: readonly ProgramHeading[] = ['doctorate', 'master', 'bachelor', 'associate', 'certificate'];

const HEADING_OF: Record<ProgramLevel, ProgramHeading> = {
  doctorate: 'doctorate',
  master: 'master',
  bachelor: 'bachelor',
  associate: 'associate',
  'graduate-certificate': 'certificate',
  certificate: 'certificate',
};

/** Groups programs under Doctorate, Master's, Bachelor's, Associate's, Certificate, leaving out empty groups. */
export function programHeadings(programs: readonly Program[]): ProgramGroup[] {
  return ORDER.map((heading) => ({
    heading,
    programs: programs.filter((program) => HEADING_OF[program.level] === heading),
  })).filter((group) => group.programs.length > 0);
}
