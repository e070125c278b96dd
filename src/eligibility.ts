import type { Program, ProgramLevel, School } from './catalog/schema.ts';
import { EDUCATION_LEVELS, type Answers, type EducationLevel } from './questions.ts';

/** Why a school shows no program, or fewer programs, for the answers given. */
export type HiddenReason =
  | { kind: 'needs-diploma' }
  | { kind: 'requires-education'; minimum: EducationLevel }
  | { kind: 'level-not-open'; education: EducationLevel }
  | { kind: 'citizenship' }
  | { kind: 'subject'; subjectId: string };

const OPEN_LEVELS: Record<EducationLevel, readonly ProgramLevel[]> = {
  'no-diploma': [],
  'high-school': ['certificate', 'associate', 'bachelor'],
  'some-college': ['certificate', 'associate', 'bachelor'],
  associate: ['certificate', 'bachelor'],
  bachelor: ['certificate', 'graduate-certificate', 'master'],
  master: ['certificate', 'graduate-certificate', 'doctorate'],
  doctorate: ['certificate', 'graduate-certificate'],
};

// The lowest education that opens each program level: below it a student is told what is required,
// at or above it the level is simply not offered to them (e.g. an associate holder and associate programs).
const MINIMUM_EDUCATION: Record<ProgramLevel, EducationLevel> = {
  certificate: 'high-school',
  associate: 'high-school',
  bachelor: 'high-school',
  'graduate-certificate': 'bachelor',
  master: 'bachelor',
  doctorate: 'master',
};

/** The program levels open to a student with the given highest education (SPEC section 2). */
export function openLevels(education: EducationLevel): readonly ProgramLevel[] {
  // Answers can come from page scripts at run time; an unknown level opens nothing rather than throwing.
  return OPEN_LEVELS[education] ?? [];
}

/** Whether every answered question admits the program. */
export function isProgramShown(school: School, program: Program, answers: Answers): boolean {
  if (answers.usCitizen === 'no' && school.rules.requiresUsCitizen) return false;
  if (answers.educationLevel !== undefined && !openLevels(answers.educationLevel).includes(program.level)) {
    return false;
  }
  return answers.subject === undefined || program.subjects.includes(answers.subject);
}

/**
 * Why some of the school's programs are hidden: citizenship, then subject (only when no program of the
 * school is in the chosen subject), then education (about the programs in the chosen subject);
 * deduplicated, [] when every program is shown, never [] when none is.
 */
export function hiddenReasons(school: School, answers: Answers): HiddenReason[] {
  const reasons: HiddenReason[] = [];
  if (answers.usCitizen === 'no' && school.rules.requiresUsCitizen) reasons.push({ kind: 'citizenship' });
  const { subject, educationLevel } = answers;
  let candidates: readonly Program[] = school.programs;
  if (subject !== undefined) {
    candidates = candidates.filter((program) => program.subjects.includes(subject));
    if (candidates.length === 0) {
      reasons.push({ kind: 'subject', subjectId: subject });
      return reasons;
    }
  }
  if (educationLevel === undefined) return reasons;
  if (educationLevel === 'no-diploma') {
    reasons.push({ kind: 'needs-diploma' });
    return reasons;
  }
  const open = openLevels(educationLevel);
  const rank = EDUCATION_LEVELS.indexOf(educationLevel);
  const minimums = new Set<EducationLevel>();
  let notOpen = false;
  for (const program of candidates) {
    if (open.includes(program.level)) continue;
    const minimum = MINIMUM_EDUCATION[program.level];
    if (EDUCATION_LEVELS.indexOf(minimum) > rank) minimums.add(minimum);
    else notOpen = true;
  }
  // Lowest requirement first, so the first reason is the nearest step up for the student.
  for (const minimum of EDUCATION_LEVELS) {
    if (minimums.has(minimum)) reasons.push({ kind: 'requires-education', minimum });
  }
  if (notOpen) reasons.push({ kind: 'level-not-open', education: educationLevel });
  return reasons;
}
