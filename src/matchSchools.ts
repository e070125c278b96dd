import type { Catalog, Program, School } from './catalog/schema.ts';
import { levelBit, OPEN_MASK } from './eligibility.ts';
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

// Flat arrays of numbers, so a 10,000-school match reads no program object (property reads dominate
// otherwise). Program k of the flat list belongs to school s when start[s] <= k < start[s + 1].
// A tuple, not an object: its parts are read once per match, and the bundle carries no property names.
type Index = [
  ranked: School[],
  programs: Program[],
  start: number[],
  /** Each program's level bit. */
  bits: number[],
  /** Each school's level bits OR-ed. */
  masks: number[],
  /** Ascending flat indexes of the programs that list each subject. */
  bySubject: Map<string, number[]>,
];

// Built once per schools array (catalogs are treated as immutable).
const cache = new WeakMap<readonly School[], Index>();

function indexOf(schools: readonly School[]): Index {
  let index = cache.get(schools);
  if (index) return index;
  // A stable sort: equal ranks keep catalog order (parseCatalog sorts already; hand-built catalogs may not).
  const ranked = [...schools].sort((a, b) => a.rank - b.rank);
  const programs: Program[] = [];
  const start: number[] = [];
  const bits: number[] = [];
  const masks: number[] = [];
  const bySubject = new Map<string, number[]>();
  for (const school of ranked) {
    start.push(programs.length);
    let mask = 0;
    for (const program of school.programs) {
      const k = programs.push(program) - 1;
      mask |= bits[k] = levelBit(program.level);
      for (const id of program.subjects) {
        const list = bySubject.get(id) ?? [];
        bySubject.set(id, list);
        // A program listing a subject twice must still appear once.
        if (list[list.length - 1] !== k) list.push(k);
      }
    }
    masks.push(mask);
  }
  start.push(programs.length);
  cache.set(schools, (index = [ranked, programs, start, bits, masks, bySubject]));
  return index;
}

/** Filters the catalog's schools and programs by the answers (pure; same inputs, same result). */
export function matchSchools(catalog: Catalog, { subject, educationLevel, usCitizen }: Answers): MatchResult {
  const [ranked, programs, start, bits, masks, bySubject] = indexOf(catalog.schools);
  const shown: SchoolMatch[] = [];
  const hidden: School[] = [];
  let programCount = 0;
  const open = educationLevel ? (OPEN_MASK[educationLevel] ?? 0) : 63;
  // With a subject, walk only the programs that list it (ascending, so school by school).
  const list = subject === undefined ? undefined : (bySubject.get(subject) ?? []);
  let q = 0;
  for (let s = 0; s < ranked.length; s++) {
    const school = ranked[s] as School;
    const first = start[s] as number;
    const end = start[s + 1] as number;
    const mask = masks[s] as number;
    // Undefined while every program of the school is shown.
    let kept: Program[] | undefined = [];
    if (list) {
      for (let k; q < list.length && (k = list[q] as number) < end; q++) if (open & (bits[k] as number)) kept.push(programs[k] as Program);
    } else if (!(mask & ~open)) {
      kept = undefined; // every level open: the whole school, without looking at its programs
    } else if (mask & open) {
      for (let k = first; k < end; k++) if (open & (bits[k] as number)) kept.push(programs[k] as Program);
    }
    const count = kept ? kept.length : end - first;
    if (!count || (usCitizen === 'no' && school.rules.requiresUsCitizen)) hidden.push(school);
    else {
      shown.push({ school, programs: kept ?? school.programs });
      programCount += count;
    }
  }
  return { shown, hidden, programCount };
}
