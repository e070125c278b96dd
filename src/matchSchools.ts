import type { Catalog, Program, School } from './catalog/schema.ts';
import { catalogIndex, LEVEL_BIT } from './catalogIndex.ts';
import { openLevels } from './eligibility.ts';
import { EDUCATION_LEVELS, type Answers, type EducationLevel } from './questions.ts';

/** A school with the programs the answers admit. */
export interface SchoolMatch {
  school: School;
  /** The shown programs, in catalog order (the school's own array when all are shown). */
  programs: readonly Program[];
}

/** The schools and programs the answers admit, and the schools they hide. */
export interface MatchResult {
  /** Schools with at least one shown program, in rank order. */
  shown: readonly SchoolMatch[];
  /** Schools with no shown program, in rank order. */
  hidden: readonly School[];
  /** How many programs are shown in all. */
  programCount: number;
}

const ALL_LEVELS = 63;

// One bit mask per education level, built once, so "is this level open" is a single AND.
const OPEN_MASK = Object.fromEntries(
  EDUCATION_LEVELS.map((level) => [level, openLevels(level).reduce((mask, l) => mask | LEVEL_BIT[l], 0)]),
) as Record<EducationLevel, number>;
const NONE = new Uint32Array(0);

/** Filters the catalog's schools and programs by the answers (pure; same inputs, same result). */
export function matchSchools(catalog: Catalog, answers: Answers): MatchResult {
  const index = catalogIndex(catalog);
  const { schools, programs, start, level, levelMask, citizensOnly, whole } = index;
  const open = answers.educationLevel === undefined ? ALL_LEVELS : (OPEN_MASK[answers.educationLevel] ?? 0);
  const blockCitizensOnly = answers.usCitizen === 'no';
  const subject = answers.subject;
  // With a subject, walk only the programs that list it (ascending, so school by school).
  const inSubject = subject === undefined ? undefined : (index.bySubject.get(subject) ?? NONE);
  let p = 0;
  const shown: SchoolMatch[] = [];
  const hidden: School[] = [];
  let programCount = 0;
  for (let s = 0; s < schools.length; s++) {
    const school = schools[s] as School;
    const end = start[s + 1] as number;
    if (blockCitizensOnly && citizensOnly[s] === 1) {
      if (inSubject !== undefined) while (p < inSubject.length && (inSubject[p] as number) < end) p++;
      hidden.push(school);
      continue;
    }
    const first = start[s] as number;
    let kept: Program[] | undefined;
    if (inSubject !== undefined) {
      while (p < inSubject.length && (inSubject[p] as number) < end) {
        const k = inSubject[p++] as number;
        if ((open & (level[k] as number)) !== 0) (kept ??= []).push(programs[k] as Program);
      }
    } else if (((levelMask[s] as number) & ~open) === 0) {
      shown.push(whole[s] as SchoolMatch);
      programCount += end - first;
      continue;
    } else if (((levelMask[s] as number) & open) !== 0) {
      for (let k = first; k < end; k++) {
        if ((open & (level[k] as number)) !== 0) (kept ??= []).push(programs[k] as Program);
      }
    }
    if (kept === undefined) hidden.push(school);
    else {
      shown.push(kept.length === end - first ? (whole[s] as SchoolMatch) : { school, programs: kept });
      programCount += kept.length;
    }
  }
  return { shown, hidden, programCount };
}
