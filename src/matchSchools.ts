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

// Per schools array (catalogs are treated as immutable), built once: the schools in rank order, and per
// subject (under `undefined`, for every program) a flat list of [school's rank position, level bit, program]
// triples in rank order, so a 10,000-school match walks only the programs in the subject and reads no
// program object (property reads dominate otherwise).
const cache = new WeakMap<readonly School[], [School[], Map<string | undefined, unknown[]>]>();

/** Filters the catalog's schools and programs by the answers (pure; same inputs, same result). */
export function matchSchools(catalog: Catalog, { subject, educationLevel, usCitizen }: Answers): MatchResult {
  let index = cache.get(catalog.schools);
  if (!index) {
    // A stable sort: equal ranks keep catalog order (parseCatalog sorts already; hand-built catalogs may not).
    const ranked = [...catalog.schools].sort((a, b) => a.rank - b.rank);
    const bySubject = new Map<string | undefined, unknown[]>();
    ranked.forEach((school, s) => {
      for (const program of school.programs) {
        // A Set: a program listing a subject twice must still appear once.
        for (const id of new Set([undefined, ...program.subjects])) {
          const list = bySubject.get(id) ?? [];
          bySubject.set(id, list);
          list.push(s, levelBit(program.level), program);
        }
      }
    });
    cache.set(catalog.schools, (index = [ranked, bySubject]));
  }
  const [ranked, bySubject] = index;
  const shown: SchoolMatch[] = [];
  const hidden: School[] = [];
  let programCount = 0;
  const open = educationLevel ? openMask(educationLevel) : 63;
  const list = bySubject.get(subject) ?? [];
  let q = 0;
  for (let s = 0; s < ranked.length; s++) {
    const school = ranked[s] as School;
    const kept: Program[] = [];
    for (; list[q] === s; q += 3) if (open & (list[q + 1] as number)) kept.push(list[q + 2] as Program);
    if (!kept.length || (usCitizen === 'no' && school.rules.requiresUsCitizen)) hidden.push(school);
    else {
      shown.push({ school, programs: kept });
      programCount += kept.length;
    }
  }
  return { shown, hidden, programCount };
}
