import type { Catalog, Program, ProgramLevel, School } from './catalog/schema.ts';
import { isSchoolClosed, levelFilter, programFilter, stateFilter } from './eligibility.ts';
import type { Answers } from './questions.ts';

/** A school with the programs the answers admit. */
export interface SchoolMatch {
  school: School;
  /** The shown programs, in catalog order. */
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

/** A school with its programs in one subject, and their levels. */
interface SubjectRow {
  school: School;
  programs: readonly Program[];
  levels: readonly ProgramLevel[];
}

// Per schools array (catalogs are treated as immutable) and subject (`undefined`: any), built on first use:
// every school in rank order with its programs in that subject and their levels, so matching a 10,000-school
// catalog on a new education answer reads no program object (property reads dominate otherwise).
const index = new WeakMap<readonly School[], Map<string | undefined, SubjectRow[]>>();

function rowsFor(schools: readonly School[], subject: string | undefined): SubjectRow[] {
  let bySubject = index.get(schools);
  if (!bySubject) index.set(schools, (bySubject = new Map()));
  let rows = bySubject.get(subject);
  if (!rows) {
    const inSubject = programFilter({ subject });
    // A stable sort: equal ranks keep catalog order (parseCatalog sorts already; hand-built catalogs may not).
    rows = [...schools]
      .sort((a, b) => a.rank - b.rank)
      .map((school) => {
        const programs = school.programs.filter(inSubject);
        return { school, programs, levels: programs.map((program) => program.level) };
      });
    bySubject.set(subject, rows);
  }
  return rows;
}

/** Filters the catalog's schools and programs by the answers, with the rules of src/eligibility.ts (pure). */
export function matchSchools(catalog: Catalog, answers: Answers): MatchResult {
  const shown: SchoolMatch[] = [];
  const hidden: School[] = [];
  let programCount = 0;
  const isLevelOpen = levelFilter(answers.educationLevel);
  const isOffered = stateFilter(answers);
  for (const { school, programs, levels } of rowsFor(catalog.schools, answers.subject)) {
    const kept: Program[] = [];
    if (!isSchoolClosed(school, answers))
      for (let i = 0; i < levels.length; i++)
        if (isLevelOpen(levels[i]!) && isOffered(school, programs[i]!)) kept.push(programs[i]!);
    if (!kept.length) hidden.push(school);
    else {
      shown.push({ school, programs: kept });
      programCount += kept.length;
    }
  }
  return { shown, hidden, programCount };
}
