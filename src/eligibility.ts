import type { Program, ProgramLevel, School } from './catalog/schema.ts';
import { EDUCATION_LEVELS, type Answers, type EducationLevel } from './questions.ts';
import { isAvailableIn } from './stateAvailability.ts';
import { stateOfZip, type StateCode } from './zipState.ts';

/** Why a school shows no program, or fewer programs, for the answers given. */
export type HiddenReason =
  | { kind: 'needs-diploma' }
  | { kind: 'requires-education'; minimum: EducationLevel }
  | { kind: 'level-not-open'; education: EducationLevel }
  | { kind: 'citizenship' }
  | { kind: 'subject'; subjectId: string }
  | { kind: 'state'; state: StateCode };

/** The program levels open to each highest education (SPEC section 2, "Matching rules"). */
const OPEN_LEVELS: Record<EducationLevel, readonly ProgramLevel[]> = {
  'no-diploma': [],
  'high-school': ['certificate', 'associate', 'bachelor'],
  'some-college': ['certificate', 'associate', 'bachelor'],
  associate: ['certificate', 'bachelor'],
  bachelor: ['certificate', 'graduate-certificate', 'master'],
  master: ['certificate', 'graduate-certificate', 'doctorate'],
  doctorate: ['certificate', 'graduate-certificate'],
};

/** The program levels open to a student with the given highest education; none for an unknown one (answers can come from page scripts). */
export function openLevels(education: EducationLevel): readonly ProgramLevel[] {
  return Object.hasOwn(OPEN_LEVELS, education) ? OPEN_LEVELS[education] : [];
}

/** Whether the citizenship answer rules the whole school out. */
export const isSchoolClosed = (school: School, { usCitizen }: Answers): boolean =>
  usCitizen === 'no' && school.rules.requiresUsCitizen;

/**
 * The test of the subject and education answers for a program (the school's own rules aside), made once
 * per answers so that matching a large catalog looks each answer up once.
 */
export function programFilter({
  subject,
  educationLevel,
}: {
  subject?: string | undefined;
  educationLevel?: EducationLevel | undefined;
}): (program: Program) => boolean {
  const isLevelOpen = levelFilter(educationLevel);
  return (program) => isLevelOpen(program.level) && (subject === undefined || program.subjects.includes(subject));
}

/** The test of the education answer for a program level (any level when unanswered). */
export function levelFilter(educationLevel: EducationLevel | undefined): (level: ProgramLevel) => boolean {
  if (educationLevel === undefined) return () => true;
  const open = openLevels(educationLevel);
  return (level) => open.includes(level);
}

/**
 * (v2) The test of the ZIP code answer for a school's program: the school offers it in the ZIP code's state
 * (its `rules.states` and the program's `states`); every program when unanswered.
 */
export function stateFilter({ postalCode }: Answers): (school: School, program: Program) => boolean {
  const state = postalCode && stateOfZip(postalCode);
  return state ? (school, program) => isAvailableIn(school, program, state) : () => true;
}

/** Whether every answered question admits the program. */
export function isProgramShown(school: School, program: Program, answers: Answers): boolean {
  return !isSchoolClosed(school, answers) && programFilter(answers)(program) && stateFilter(answers)(school, program);
}

/**
 * Why some of the school's programs are hidden: citizenship, then subject (only when no program of the
 * school is in the chosen subject), then education (about the programs in the chosen subject, lowest
 * requirement first); deduplicated, [] when every program is shown, never [] when none is.
 */
export function hiddenReasons(school: School, answers: Answers): HiddenReason[] {
  const { subject, educationLevel } = answers;
  const reasons: HiddenReason[] = isSchoolClosed(school, answers) ? [{ kind: 'citizenship' }] : [];
  const candidates = school.programs.filter(programFilter({ subject }));
  if (subject !== undefined && !candidates.length) reasons.push({ kind: 'subject', subjectId: subject });
  else if (educationLevel === 'no-diploma') reasons.push({ kind: 'needs-diploma' });
  else if (educationLevel !== undefined) {
    const rank = EDUCATION_LEVELS.indexOf(educationLevel);
    // The lowest education that opens each candidate program the student's does not.
    const isOpen = programFilter({ educationLevel });
    const minimums = candidates
      .filter((program) => !isOpen(program))
      .map(({ level }) => EDUCATION_LEVELS.findIndex((education) => openLevels(education).includes(level)));
    // Below that minimum the student is told what is required (lowest first); at or above it the level is
    // simply not offered to them (e.g. an associate holder and associate programs).
    EDUCATION_LEVELS.forEach(
      (minimum, i) => i > rank && minimums.includes(i) && reasons.push({ kind: 'requires-education', minimum }),
    );
    if (minimums.some((i) => i <= rank)) reasons.push({ kind: 'level-not-open', education: educationLevel });
  }
  // (v2) Programs the other answers admit but the school does not offer in the ZIP code's state.
  const state = answers.postalCode && stateOfZip(answers.postalCode);
  const isOpen = programFilter({ educationLevel });
  if (state && candidates.some((program) => isOpen(program) && !isAvailableIn(school, program, state)))
    reasons.push({ kind: 'state', state });
  return reasons;
}
