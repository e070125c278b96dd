import { PROGRAM_LEVELS, type Program, type ProgramLevel, type School } from './catalog/schema.ts';
import { EDUCATION_LEVELS, type Answers, type EducationLevel } from './questions.ts';

/** Why a school shows no program, or fewer programs, for the answers given. */
export type HiddenReason =
  | { kind: 'needs-diploma' }
  | { kind: 'requires-education'; minimum: EducationLevel }
  | { kind: 'level-not-open'; education: EducationLevel }
  | { kind: 'citizenship' }
  | { kind: 'subject'; subjectId: string };

// The program levels open to each education (SPEC section 2), in EDUCATION_LEVELS order, one bit per
// level of PROGRAM_LEVELS: none (no diploma); certificate, associate, bachelor (high school, some college);
// certificate, bachelor (associate); certificate, graduate certificate, master (bachelor); certificate,
// graduate certificate, doctorate (master); certificate, graduate certificate (doctorate).
const OPEN = [0, 0b111, 0b111, 0b101, 0b11001, 0b101001, 0b1001];

/** The OPEN bits of an education; an unknown one (answers can come from page scripts) opens nothing. */
export const openMask = (education: EducationLevel): number => OPEN[EDUCATION_LEVELS.indexOf(education)] ?? 0;

/** A program level's bit in openMask. */
export const levelBit = (level: ProgramLevel): number => 1 << PROGRAM_LEVELS.indexOf(level);

const isOpen = (education: EducationLevel, level: ProgramLevel): boolean => (openMask(education) & levelBit(level)) > 0;

/** The program levels open to a student with the given highest education (SPEC section 2). */
export function openLevels(education: EducationLevel): readonly ProgramLevel[] {
  return PROGRAM_LEVELS.filter((level) => isOpen(education, level));
}

/** Whether every answered question admits the program. */
export function isProgramShown(school: School, program: Program, answers: Answers): boolean {
  return (
    !(answers.usCitizen === 'no' && school.rules.requiresUsCitizen) &&
    (answers.educationLevel === undefined || isOpen(answers.educationLevel, program.level)) &&
    (answers.subject === undefined || program.subjects.includes(answers.subject))
  );
}

/**
 * Why some of the school's programs are hidden: citizenship, then subject (only when no program of the
 * school is in the chosen subject), then education (about the programs in the chosen subject, lowest
 * requirement first); deduplicated, [] when every program is shown, never [] when none is.
 */
export function hiddenReasons(school: School, { subject, educationLevel, usCitizen }: Answers): HiddenReason[] {
  const reasons: HiddenReason[] = usCitizen === 'no' && school.rules.requiresUsCitizen ? [{ kind: 'citizenship' }] : [];
  const candidates = school.programs.filter((program) => subject === undefined || program.subjects.includes(subject));
  if (subject !== undefined && !candidates.length) reasons.push({ kind: 'subject', subjectId: subject });
  else if (educationLevel === 'no-diploma') reasons.push({ kind: 'needs-diploma' });
  else if (educationLevel !== undefined) {
    const rank = EDUCATION_LEVELS.indexOf(educationLevel);
    // The lowest education that opens each candidate program the student's does not.
    const minimums = candidates
      .filter(({ level }) => !isOpen(educationLevel, level))
      .map(({ level }) => EDUCATION_LEVELS.findIndex((education) => isOpen(education, level)));
    // Below that minimum the student is told what is required (lowest first); at or above it the level is
    // simply not offered to them (e.g. an associate holder and associate programs).
    EDUCATION_LEVELS.forEach((minimum, i) => i > rank && minimums.includes(i) && reasons.push({ kind: 'requires-education', minimum }));
    if (minimums.some((i) => i <= rank)) reasons.push({ kind: 'level-not-open', education: educationLevel });
  }
  return reasons;
}
