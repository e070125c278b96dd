import type { Catalog, Program, School } from './catalog/schema.ts';
import { levelBit, openMask } from './eligibility.ts';
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

// Per schools array (catalogs are treated as immutable) and subject (`undefined`: any), built on first use: every
// school in rank order with its programs in the subject and their level bits, so a 10,000-school match reads
// no program object (property reads dominate otherwise).
const cache = new WeakMap<readonly School[], Map<string | undefined, [School, Program[], number[]][]>>();

/** Filters the catalog's schools and programs by the answers (pure; same inputs, same result). */
export function matchSchools(catalog: Catalog, { subject, educationLevel, usCitizen }: Answers): MatchResult {
  let bySubject = cache.get(catalog.schools);
  if (!bySubject) cache.set(catalog.schools, (bySubject = new Map()));
  let rows = bySubject.get(subject);
  if (!rows) {
    // A stable sort: equal ranks keep catalog order (parseCatalog sorts already; hand-built catalogs may not).
    rows = [...catalog.schools]
      .sort((a, b) => a.rank - b.rank)
      .map((school) => {
        const programs = school.programs.filter((program) => subject === undefined || program.subjects.includes(subject));
        // A school without programs in the subject reuses its empty list as its (empty) bit list: one array
        // less per school keeps the index small, and the match fast.
        return [school, programs, programs.length ? programs.map((program) => levelBit(program.level)) : (programs as never[])];
      });
    bySubject.set(subject, rows);
  }
  const shown: SchoolMatch[] = [];
  const hidden: School[] = [];
  let programCount = 0;
  const open = educationLevel ? openMask(educationLevel) : 63;
  for (const [school, programs, bits] of rows) {
    const kept: Program[] = [];
    for (let i = 0; i < bits.length; i++) if (open & (bits[i] as number)) kept.push(programs[i] as Program);
    if (!kept.length || (usCitizen === 'no' && school.rules.requiresUsCitizen)) hidden.push(school);
    else {
      shown.push({ school, programs: kept });
      programCount += kept.length;
    }
  }
  return { shown, hidden, programCount };
}
